"""argparse: which strings are options (negative numbers, lone prefix characters, an option named by a prefix character)."""
import argparse, sys
sys.stderr = sys.stdout
for args in (["-1."], ["-.5"], ["-1.5"], ["-5"], ["-٣"], ["-²"], ["-1\n"], ["-"], ["+-"], ["--"], ["-1e3"]):
    p = argparse.ArgumentParser(prog="n", prefix_chars="-+")
    p.add_argument("v", nargs="*")
    p.add_argument("-", dest="dash", action="store_true")
    try:
        print(repr(args), p.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)
