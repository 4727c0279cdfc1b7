"""argparse: help layout with wrapping, groups and exclusive groups, parsing and the error messages."""
import sys
sys.stderr = sys.stdout
import argparse
p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and numbers, described at some length so that it wraps.', epilog='See the manual.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-n', '--count', type=int, default=3, help='how many')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--mode', choices=['a', 'b'], default='a', help='the mode')
p.add_argument('--flag', action='store_true', help='a flag')
p.add_argument('--items', nargs='+', metavar='ITEM')
p.add_argument('--pair', nargs=2, type=float)
p.add_argument('--opt', nargs='*')
p.add_argument('--very-long-option-name-here', dest='long', help='an option whose name is long enough to push the help text onto the next line')
g = p.add_argument_group('extra', 'Extra options.')
g.add_argument('--x', action='append', help='repeatable')
m = p.add_mutually_exclusive_group()
m.add_argument('--on', action='store_const', const=1, dest='state')
m.add_argument('--off', action='store_const', const=0, dest='state')
p.print_help()
print(p.format_usage(), end='')
print(p.parse_args(['a.txt']))
print(p.parse_args(['a', 'b', '-n', '5', '-vvv', '--mode=b', '--flag', '--items', 'x', 'y', '--pair', '1', '2.5', '--x', '1', '--x', '2', '--on']))
print(p.parse_known_args(['a', '--zzz', 'q']))
for bad in [[], ['a', '-n', 'x'], ['a', '--mode', 'z'], ['a', 'b', 'c'], ['a', '--on', '--off'], ['a', '--pair', '1'], ['a', '--nope']]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
