# Format specifications in f-strings: fill, align, sign, width, precision, types.
v = 1234.5678
i = 255
s = "text"
print(f"{v:.2f} {v:10.1f}| {v:<10.3f}| {v:e} {v:.3E} {v:g} {v:%} {v:.0%}")
print(f"{i:d} {i:x} {i:X} {i:o} {i:b} {i:#x} {i:#o} {i:#b} {i:c} {i:n}")
print(f"{i:08b} {i:,} {i * 1000:_} {10**9:,d} {i:_x} {-i:#010x}")
print(f"{s:>10}|{s:<10}|{s:^10}|{s:*^10}|{s:.2}|{s:10.2}|")
print(f"{v:+.1f} {-v:+.1f} {v: .1f} {-v:-.1f} {v:=+12.2f}")
print(f"{0.000123:.2e} {123456789:.3g} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{float('inf'):f} {float('nan'):F} {-0.0:f} {1e100:.2e}")
print(f"{True:d} {True} {None!s:>6} {3+4j:.1f}")
print(f"{12345.6789:,.2f} {0.1:.20f} {1/3:.15g} {2**64:e}")
print(f"{'x':=^9}", f"{7:0>3}", f"{7:0<3}", f"{-7:05}", f"{7.0:010.3f}")
try:
    print(f"{s:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{i:s}")
except ValueError as e:
    print("ValueError:", e)
