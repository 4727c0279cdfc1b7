"""random: thousands of draws of each sequence function (choice, choices, shuffle, sample,
randbytes, randrange with a step, getrandbits of many widths) under seeds of each kind."""
import random


def digest(name, values):
    # A checksum of the reprs: one differing draw anywhere changes it.
    values = list(values)
    h = int.from_bytes(repr(values).encode(), "little") % (2**61 - 1)
    print(name, len(values), h, repr(values[-1])[:60])


for seed in [0, 7, 2**64 + 1, -123456789, "seed", b"\x00\x01", 0.5]:
    r = random.Random(seed)
    print("seed", repr(seed))
    digest("choice", (r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(1500)))
    digest("choice_big", (r.choice(range(10**18)) for _ in range(1000)))
    digest("choices", r.choices(range(100), k=1500))
    digest("choices_w", r.choices("abcde", weights=[5, 1, 0.5, 3, 2], k=1500))
    digest("choices_cum", r.choices([10, 20, 30], cum_weights=[1, 1.5, 4], k=2000))
    items = list(range(100))
    shuffles = []
    for _ in range(200):
        r.shuffle(items)
        shuffles.append(items[0] + 100 * items[-1])
    digest("shuffle", shuffles)
    digest("sample", (tuple(r.sample(range(1000), 7)) for _ in range(500)))
    digest("sample_set", r.sample(range(10**12), 1000))
    digest("sample_counts", r.sample("xyz", 30, counts=[10, 10, 10]))
    digest("randbytes", (r.randbytes(n % 9) for n in range(1000)))
    digest("randrange_step", (r.randrange(-1000, 1000, 3) for _ in range(1500)))
    digest("getrandbits", (r.getrandbits(n % 130) for n in range(1000)))
    digest("randint_big", (r.randint(-(2**80), 2**80) for _ in range(1000)))
