def m(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case ["drop", *objects]:
            return objects
        case {"x": x, "y": y, **rest}:
            return x, y, rest
        case Point(x=0, y=0) | Point(x=1, y=1):
            return "origin"
        case Point(a, b=c) as p if a > 0:
            return p
        case 1 | 2 | 3:
            return "small"
        case None:
            return None
        case str() | bytes():
            return "text"
        case [1, *_, 2]:
            return "ends"
        case _:
            return "other"
