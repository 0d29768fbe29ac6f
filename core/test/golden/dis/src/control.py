import sys


def tries(x):
    try:
        x = 1 / x
    except ZeroDivisionError as e:
        print('zero', e)
    except (TypeError, ValueError):
        raise
    else:
        print('ok')
    finally:
        print('finally')
    return x


def with_stmt(path):
    with open(path) as f, open(path) as g:
        return f.read() + g.read()


def raises(e):
    try:
        raise ValueError('bad') from e
    except* ValueError as eg:
        print(eg)


def matcher(cmd):
    match cmd:
        case ['go', direction]:
            return direction
        case {'action': action, **rest}:
            return action
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case 1 | 2 | 3:
            return 'small'
        case str() as s:
            return s
        case None:
            return None
        case _:
            return 'other'


class Point:
    x: int = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def method(self):
        return super().method()

    @classmethod
    def make(cls):
        return cls(0, 0)


class Child(Point, metaclass=type):
    """Doc."""

    def __init__(self):
        super().__init__(1, 2)
        self.z = __class__


def loop_else(items):
    for i in items:
        if i:
            break
    else:
        return None
    while True:
        try:
            continue
        finally:
            pass


def typed[T: int, *Ts, **P](x: T) -> T:
    return x


type Alias[K] = list[K]
print(sys.argv)
