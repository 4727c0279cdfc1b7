# format() of ints, floats and complexes: every presentation type with fill, align, sign, #, 0, grouping.
for spec in ["", "d", "5d", "<5d", "^7", "=+8", "08", "+", " ", "-", ",", "_", "_x", "#b", "#o", "#X", "c", "n", "e", ".2e", "f", ".1%", "g", "012,", "#012x", "z", ",.2f"]:
    out = []
    for v in [0, 7, -1234567, 2**70, True]:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
for spec in ["", "f", ".0f", ".3f", "e", ".2E", "g", ".3g", "#g", "G", "%", ".1%", "10.2f", "<10", "^+12.3e", "010.2f", ",.2f", "_.3f", "z.1f", "n", ".0e", "#.0f", "r"]:
    out = []
    for v in [0.0, -0.0, 1.5, -1234.5678, 1e16, 1.23e-7, 1e400, -1e400, 1e400 * 0]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(spec), out)
for spec in ["", ".2f", "^30", "e", "g", "+.1f", "=10"]:
    try:
        print(repr(spec), format(1.5 - 2j, spec), format(-0j, spec), format(3j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(f"{1234.5:_^+15,.1f}", f"{255:#_b}", f"{-3.0:z.0f}", f"{12:x^#8o}", f"{10**20:,}", f"{1e100:.3g}", f"{0.1 + 0.2!r}")
for v, spec in [(1, "s"), (1.5, "d"), (1.5, "x"), (1, ".2"), (1, "c,"), (-1, "c"), (1j, "%"), (1j, "="), (1, "=5s"), (1.5, ",_")]:
    try:
        format(v, spec)
    except (ValueError, OverflowError) as e:
        print(format(v, ""), repr(spec), type(e).__name__ + ":", e)
