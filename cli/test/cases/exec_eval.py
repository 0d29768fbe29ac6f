# exec, eval, compile and vars on the full interpreter: future-flag inheritance, optimize
# levels, closures, namespaces in functions (PEP 667 snapshots), custom builtins, single mode.
import sys
ns = {}
exec(compile('exec("def g(y: int) -> str: pass", ns)', "fut", "exec", 0x1000000))
print(ns["g"].__annotations__)
exec(compile("def g(y: int) -> str: pass", "s", "exec", dont_inherit=True), ns)
print(ns["g"].__annotations__)
print(hex(compile("1", "s", "eval", dont_inherit=True).co_flags))
print(hex(compile("1", "s", "eval", 0x1000000, True).co_flags))
src = '"""doc"""\nassert False, "boom"\nprint(__debug__, d.get("__doc__"))'
for opt in (-1, 0, 1, 2):
    d = {}
    try:
        d = {'d': d}
        exec(compile(src, "o", "exec", optimize=opt), d)
    except AssertionError as e:
        print(opt, "AssertionError", e)
def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
fn = outer()
print(fn.__code__.co_freevars)
d = {}
try:
    exec(fn.__code__, d, closure=fn.__closure__)
    print("ran")
except Exception as e:
    print(type(e).__name__, e)
def h():
    x = 10
    exec("x = 20; y = 30")
    print(x, sorted(locals()))
    print(eval("x + 1"))
    l = {}
    try: exec("z = x * 2", globals(), l)
    except NameError as e: print(e)
    exec("z = 2", globals(), l)
    print(l)
    print(vars()["x"])
h()
print(eval("a + b", {"a": 1}, {"b": 2}))
g = {"__builtins__": {"len": len}}
print(eval("len('abc')", g))
try: eval("print(1)", g)
except NameError as e: print(e)
exec(compile("1 + 1", "s", "single")); exec(compile("None", "s", "single"))
print(_)
print(vars(sys) is sys.__dict__)
print(eval(compile("3 * 4", "e", "eval")))
print(eval("x", {"x": 5}))
e = compile("x = 1", "e", "exec")
print(eval(e, {}))
code = compile("def q(a): return a\n", "m", "exec")
exec(code, d); print(d["q"](7))
print(exec("1"))
print(eval("(lambda: 42)()"))
