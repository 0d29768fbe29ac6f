match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | 2j | -3 + 4j | 5 - 6j:
        pass
    case 'a' | "b" 'c' | b'd':
        pass
    case None:
        pass
    case True | False:
        pass
    case name:
        pass
    case _:
        pass
    case a.b.c:
        pass
    case [a, b, *rest]:
        pass
    case (a, b, *_):
        pass
    case [*_]:
        pass
    case ():
        pass
    case []:
        pass
    case (a,):
        pass
    case (a):
        pass
    case {'k': v, 1: w, a.b: c, **rest}:
        pass
    case {}:
        pass
    case Point(x, y, z=0):
        pass
    case Point():
        pass
    case a.B(c=d):
        pass
    case [1, 2] as lst if len(lst) > 1:
        pass
    case (1 | 2) as n:
        pass
    case str() | bytes():
        pass
match x, y:
    case a, b:
        pass
match *x, y:
    case a, *b if b:
        pass
match (x):
    case a, *_,:
        pass
match -x:
    case {**kw}:
        pass
