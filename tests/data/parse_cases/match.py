match x:
    case 1 | 2: pass
    case -1: pass
    case 1+2j: pass
    case [a, *b, c]: pass
    case {'k': v, **rest}: pass
    case C(a, b=c) if d: pass
    case None | True | False: pass
    case (a as b): pass
    case _: pass
    case a.b: pass
    case [*_]: pass
    case str() | bytes(): pass
