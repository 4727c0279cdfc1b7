"""Differential test of lib/argparse.py against CPython 3.12's argparse: random parsers (options of
every action and nargs, positionals, mutually exclusive groups, help texts) and random command
lines, comparing help text, namespaces, errors and exit statuses. Run with CPython 3.12 from the
project root:
    python3.12 tests/data/argparse_differential.py [seed] [count]
"""
import sys, random, io, contextlib, os
import argparse as realap
del sys.modules["argparse"]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lib"))
import argparse as ours
assert ours is not realap
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
random.seed(seed)

def build(mod, spec):
    p = mod.ArgumentParser(prog=spec["prog"], allow_abbrev=spec["abbrev"], exit_on_error=True,
                           description=spec["desc"], prefix_chars=spec["chars"])
    groups = {}
    for kind, names, kw, mx in spec["args"]:
        target = p
        if mx is not None:
            if mx not in groups:
                groups[mx] = p.add_mutually_exclusive_group(required=spec["mxreq"] and mx == 0)
            target = groups[mx]
        names = [spec["chars"][-1] * (len(n) - len(n.lstrip("-"))) + n.lstrip("-") if n.startswith("-") else n
                 for n in names]
        target.add_argument(*names, **kw)
    if spec["sub"]:
        subs = p.add_subparsers(dest="cmd", required=spec["sub"] == 2)
        one = subs.add_parser("one", help="first", aliases=["o"])
        one.add_argument(spec["chars"][-1] + "q", action="store_true")
        one.add_argument("rest", nargs="*")
        subs.add_parser("two").add_argument("n", type=int)
    return p

def run(mod, spec, argv):
    out = io.StringIO()
    try:
        p = build(mod, spec)
    except Exception as e:
        return ("build", type(e).__name__, str(e))
    try:
        helptext = p.format_help()
    except Exception as e:
        helptext = ("helperr", type(e).__name__, str(e))
    with contextlib.redirect_stderr(out), contextlib.redirect_stdout(out):
        try:
            if spec["known"] == 1:
                ns = p.parse_known_args(argv)
            elif spec["known"] == 2:
                ns = p.parse_intermixed_args(argv)
            else:
                ns = p.parse_args(argv)
            return ("ok", repr(ns), out.getvalue(), helptext)
        except SystemExit as e:
            return ("exit", e.code, out.getvalue(), helptext)
        except Exception as e:
            return ("exc", type(e).__name__, str(e))

def rand_spec():
    args = []
    used = set()
    for i in range(random.randint(0, 5)):
        short = random.choice("abcxyz")
        long = random.choice(["foo", "foobar", "fo", "bar", "baz", "ba", "x-y"])
        names = []
        if random.random() < 0.7 and "-" + short not in used:
            names.append("-" + short)
        if random.random() < 0.7 and "--" + long not in used:
            names.append("--" + long)
        if not names:
            continue
        used.update(names)
        action = random.choice([None, None, "store_true", "count", "append", "store_const", "extend"])
        kw = {}
        if action:
            kw["action"] = action
        if action == "store_const":
            kw["const"] = 7
        if action in (None, "append", "extend"):
            kw["nargs"] = random.choice([None, None, "?", "*", "+", 1, 2])
            if action == "extend" and kw["nargs"] is None:
                kw["nargs"] = "+"
            if kw["nargs"] == "?":
                kw["const"] = "C"
            if random.random() < 0.3:
                kw["type"] = int
            if random.random() < 0.2:
                kw["choices"] = ["1", "2", "v"] if "type" not in kw else [1, 2, 3]
        if random.random() < 0.2:
            kw["required"] = True
        if random.random() < 0.5:
            kw["help"] = " ".join(random.choice(["some", "help-text", "words", "that", "wrap", "%(default)s", "very-long-hyphenated-word"]) for _ in range(random.randint(1, 12)))
        if random.random() < 0.2 and action in (None, "append"):
            kw["metavar"] = random.choice(["M", "LONG_METAVAR"])
        mx = random.choice([None, None, None, 0, 1]) if not kw.get("required") else None
        args.append(("opt", names, kw, mx))
    for i in range(random.randint(0, 3)):
        kw = {"nargs": random.choice([None, "?", "*", "+", 1, 2, "..."])}
        if random.random() < 0.3:
            kw["type"] = int
        args.append(("pos", [f"p{i}"], kw, None))
    return {"args": args, "abbrev": random.random() < 0.8, "mxreq": random.random() < 0.2,
            "prog": random.choice(["f", "a-much-longer-program-name-here"]),
            "desc": random.choice([None, "A description " * random.randint(1, 12)]),
            "known": random.choice([0, 0, 1, 2]),
            "chars": random.choice(["-", "-", "-+", "+"]),
            "sub": random.choice([0, 0, 1, 2])}

def rand_argv(spec):
    toks = []
    opts = [n for a in spec["args"] if a[0] == "opt" for n in a[1]]
    for _ in range(random.randint(0, 7)):
        r = random.random()
        if r < 0.35 and opts:
            o = random.choice(opts)
            if o.startswith("-"):
                o = spec["chars"][-1] * (len(o) - len(o.lstrip("-"))) + o.lstrip("-")
            if random.random() < 0.2:
                o = o[:max(2, len(o) - random.randint(1, 3))]
            if random.random() < 0.15:
                o += "=" + random.choice(["1", "v", ""])
            toks.append(o)
        elif r < 0.4:
            toks.append("--")
        elif r < 0.45:
            toks.append(random.choice(["-1", "-q", "--zz", "-ab", "-a1", "-"]))
        elif r < 0.55 and spec["sub"]:
            toks.append(random.choice(["one", "o", "two", "three", "-q", "+q"]))
        else:
            toks.append(random.choice(["1", "2", "v", "x", "3"]))
    return toks

bad = 0
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
for n in range(count):
    spec = rand_spec()
    argv = rand_argv(spec)
    e = run(realap, spec, argv)
    g = run(ours, spec, argv)
    if e != g:
        bad += 1
        if bad < 6:
            print("SPEC", spec)
            print("ARGV", argv)
            print("EXP", e)
            print("GOT", g)
print("bad", bad)
