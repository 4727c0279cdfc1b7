# Unicode: code points, surrogates, normalization-free comparisons, and case edge cases.
s = "e\u0301"
print(len(s), s == "é", [hex(ord(c)) for c in s], "é".encode(), s.encode())
print("ﬀ".upper(), "ﬀ".lower(), "İ".lower(), len("İ".lower()), "ς".upper(), "ΣΑΣ".lower())
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ǆ".title(), "ß".casefold(), "ﬁ".casefold())
print(chr(0x10FFFF).isprintable(), "\u00a0".isspace(), "\u3000".isspace(), "٣".isdigit(), int("٣"))
print(sorted(["é", "e", "f", "E", "É"]), max("aé"), min("Zz"), "A" < "a" < "À")
print(str(b"\xe2\x82\xac", "utf-8"), "€" * 3, "a😀b"[1], len("a😀b"), "😀".isalpha())
print(int("１２３"), float("１.５"), "Ⅷ".isnumeric(), "Ⅷ".isdigit())
