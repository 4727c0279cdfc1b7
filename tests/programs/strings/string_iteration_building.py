# Building strings in loops and comprehensions; common idioms.
words = ["alpha", "beta", "gamma"]
acc = ""
for w in words:
    acc += w[0].upper() + w[1:] + " "
print(repr(acc.rstrip()))
print(" ".join(w[::-1] for w in words), "".join(sorted("hello")), "-".join(w[:2] for w in words))
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(text.title().swapcase()[:20], text.count("the"), text.replace("the", "THE", 2))
vowels = sum(1 for c in text if c in "aeiou")
print(vowels, {c: text.count(c) for c in "aeiou"})
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar)
print("%-10s|%5.1f|%03d" % ("name", 2.25, 7))
