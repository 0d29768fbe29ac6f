# except with something that is not an exception class.
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print(e)
try:
    raise NotAnException()
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except NotAnException:
        pass
except TypeError as e:
    print(e)
class E(Exception):
    pass
try:
    raise E from 1
except TypeError as e:
    print(e)
try:
    raise E
except E as e:
    print(repr(e), e.args)
class Weird(Exception):
    def __init__(self):
        raise RuntimeError('constructor failed')
try:
    raise Weird
except RuntimeError as e:
    print(e)
