# Regular expressions: tokenizing with named alternatives, findall, sub (template and function),
# split, backreferences and lookarounds over a few hundred KB of generated text.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def make_text(n):
    parts = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = seed % 7
        w = WORDS[seed % len(WORDS)]
        if k == 0:
            parts.append("%s=%d;" % (w, seed % 1000))
        elif k == 1:
            parts.append("%s %s" % (w, w))
        elif k == 2:
            parts.append("(%d.%d)" % (seed % 100, seed % 10))
        elif k == 3:
            parts.append("user%d@host%d.com" % (seed % 50, seed % 7))
        elif k == 4:
            parts.append(w.upper())
        else:
            parts.append(w)
    return " ".join(parts)


TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d+)?)
  | (?P<email>\w+@\w+\.com)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[=;()])
  | (?P<space>\s+)
""", re.VERBOSE)


def tokenize(text):
    counts = {}
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items())


def main():
    text = make_text(60000)
    print(len(text))
    print(tokenize(text))
    print(len(re.findall(r"\b\w+@\w+\.com\b", text)))
    print(len(re.findall(r"(\w+) \1", text)))
    print(len(re.findall(r"(?<=\()\d+(?=\.)", text)))
    out = re.sub(r"(\w+)=(\d+);", r"\2:=\1", text)
    print(len(out), out[:60])
    out2 = re.sub(r"[A-Z]{3,}", lambda m: m.group().lower(), text[:100000])
    print(len(out2), out2.count("alpha"))
    print(len(re.split(r"[;()]\s*", text)))
    print(sum(1 for _ in re.finditer(r"(?i)theta|kappa", text)))
    words = re.compile(r"[a-z]+")
    total = 0
    for line in text[:200000].split(";"):
        if words.match(line.strip()):
            total += 1
    print(total)


main()
