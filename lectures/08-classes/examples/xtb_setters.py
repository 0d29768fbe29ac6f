# tb_next can be rewired (never into a loop); the other attributes are read-only.
def f():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__
a, b = f(), f()
print(a.tb_next, b.tb_next)
a.tb_next = b
print(a.tb_next is b)
for value in (a, 3, "x"):
    try:
        b.tb_next = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del a.tb_next
except TypeError as e:
    print("TypeError", e)
a.tb_next = None
print(a.tb_next)
for name in ("tb_lineno", "tb_frame", "tb_lasti"):
    try:
        setattr(a, name, 1)
    except AttributeError as e:
        print("AttributeError", e)
print(dir(a))
