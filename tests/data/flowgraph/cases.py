CASES = [
    ("empty", ""),
    ("try_except_pass_one_line", "try: x = y.z\nexcept AttributeError: pass\n"),
    ("try_except_pass_then_more", "try: x = y.z\nexcept AttributeError: pass\n\nw = 1\n"),
    ("two_try_except_pass", "try: a = b.c\nexcept AttributeError: pass\ntry: d = e.f\nexcept AttributeError: pass\nx = 1\n"),
]
