"""argparse: actions, nargs, subcommands, version, types and type errors, Namespace."""
import argparse, sys
sys.stderr = sys.stdout
def run(p, args):
    try:
        print(p.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
p = argparse.ArgumentParser(prog='calc')
p.add_argument('nums', type=int, nargs='*')
p.add_argument('--op', default='sum', choices=('sum', 'max'))
p.add_argument('-q', action='store_false', dest='loud')
p.add_argument('--tag', action='append_const', const='t')
p.add_argument('--ext', action='extend', nargs='+', type=str)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colors')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--ratio', type=float, default='0.5')
p.print_help()
for a in [[], ['1', '2', '3'], ['--op', 'max', '4', '5'], ['-q', '--tag', '--tag'], ['--ext', 'a', 'b', '--ext', 'c'], ['--no-color'], ['--color'],
          ['--version'], ['--rat', '2'], ['-1'], ['--op'], ['x'], ['--', '-5', '6'], ['--ratio=3', '7'], ['-h']]:
    run(p, a)
sp = argparse.ArgumentParser(prog='git')
sp.add_argument('--verbose', action='store_true')
subs = sp.add_subparsers(dest='cmd', help='sub-command help')
c = subs.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
s = subs.add_parser('status')
s.add_argument('paths', nargs='*')
sp.print_help()
for a in [['commit', '-m', 'hi'], ['status', 'a', 'b'], ['--verbose', 'status'], ['commit'], ['push'], []]:
    run(sp, a)
g = argparse.ArgumentParser(prog='g', add_help=False, usage='%(prog)s [stuff]')
g.add_argument('x', metavar='X', help='an x')
gr = g.add_mutually_exclusive_group(required=True)
gr.add_argument('-a', action='store_true')
gr.add_argument('-b', action='store_true')
g.print_help()
run(g, ['1'])
run(g, ['1', '-a'])
run(g, ['-ab', '1'])
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, ns == argparse.Namespace(a=1, b='x'), vars(ns))
n2 = argparse.ArgumentParser(prog='n')
n2.add_argument('-n', type=int)
n2.add_argument('-v', action='count')
run(n2, ['-n5', '-vv'])
run(n2, ['-n', '-5'])
try:
    n2.add_argument('-n')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError(f'{s} is not positive')
    return v
n3 = argparse.ArgumentParser(prog='n3')
n3.add_argument('k', type=positive)
run(n3, ['0'])
run(n3, ['4'])
