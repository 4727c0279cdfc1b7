"""argparse: where help and usage go (stdout None falls back to stderr, write errors ignored)."""
import argparse, sys
sys.stderr = sys.__stdout__
p = argparse.ArgumentParser(prog="pm")
sys.stdout = None
p.print_help()
p.print_usage()
sys.stdout = sys.__stdout__
print("survived")
class Broken:
    def write(self, s):
        raise OSError("nope")
p.print_help(Broken())
p.print_help(file=sys.stdout)
