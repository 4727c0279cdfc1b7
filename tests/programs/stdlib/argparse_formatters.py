"""argparse: formatter classes (raw description, raw text, defaults in help, width)."""
import argparse
import sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='Line one\n    indented line two\n\nAfter a blank line.', epilog='  keep\n  these')
p.add_argument('--a', help='some help that is long enough to be wrapped when the column is narrow enough, yes')
p.print_help()
p = argparse.ArgumentParser(prog='rawtext', formatter_class=argparse.RawTextHelpFormatter)
p.add_argument('--b', help='first line\n  second line kept')
p.print_help()
p = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--n', type=int, default=5, help='a number')
p.add_argument('--s', default='x', help='a string')
p.add_argument('--quiet', action='store_true', help='be quiet')
p.add_argument('pos', nargs='?', default='p', help='positional')
p.add_argument('--nohelp', default=3)
p.print_help()
p = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=10, width=40))
p.add_argument('--alpha', help='alpha help text that wraps in a narrow width')
p.add_argument('x', help='x help')
p.print_help()
