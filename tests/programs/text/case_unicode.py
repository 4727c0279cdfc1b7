# Case mappings with full Unicode data: special casing, final sigma, title case, casefold.
words = ["straße", "ﬁnal ﬂow", "İstanbul", "ΌΣΟΣ σοφός", "ǆemal ǅ Ǆ", "ŉ", "ΐ", "hello WORLD", "123abc", "ᾳ ᾼ"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ΑΣ".lower(), "ΑΣ Σ".lower(), "Σ".lower(), "aΣ.".lower(), "aΣ'b".lower(), "ΑΣ'".lower())
print("they're bill's friends".title(), "hello_world-foo bar".title(), "ǉubljana".title())
print("Ab Cd".istitle(), "AB".istitle(), "Ab cd".istitle(), "ǅa".istitle(), "".istitle(), "1A".istitle())
print("ß".casefold() == "ss", "ﬀ".upper(), "ﬃ".title(), "ŉ".title())
print("\u0130".lower().__len__(), "\u0130".casefold().__len__())
u = "abc"
print(u.upper() == "ABC", "ABC".lower())
for s in ["", "a", "A", "aB", "1", "ǅ", "ǆ", "Ǆ", "Ⅻ", "ⅻ", "ª"]:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
