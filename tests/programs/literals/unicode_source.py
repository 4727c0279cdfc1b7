# Non-ASCII identifiers and text in source.
名前 = "name"
π = 3.14159
café = "coffee"
Ωmega = {"ключ": "значение"}
print(名前, π, café, Ωmega)
print("日本語", "emoji 😀", "combining é", len("é"), len("e\u0301"))
print("ﬁ".upper(), "ß".upper(), "İ".lower(), "Σ".lower(), "ΌΣΟΣ".lower())
print(ord("€"), chr(8364), "😀".encode("utf-8"), "é".encode("latin-1"))
def grüße(wer):
    return f"Grüße, {wer}!"
print(grüße("Welt"), grüße.__name__)
class Ñandú:
    pass
print(Ñandú.__name__)
ｆｕｌｌ = "fullwidth identifier normalized"
print(full)
print(sorted(["b", "a", "é", "z", "É"]))
