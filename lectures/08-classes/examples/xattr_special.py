# StopIteration.value, SystemExit.code, ImportError, NameError and AttributeError fields.
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
s = StopIteration(5)
s.value = 6
print(s.value, s.args)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code, SystemExit(None).code)
i = ImportError("no module", name="mod", path="/p")
print(i.msg, i.name, i.path, str(i), repr(i))
print(ImportError().msg, ImportError("a", "b").msg, str(ImportError("a", "b")), str(ImportError(3)))
print(ModuleNotFoundError("m", name="n").name, ModuleNotFoundError().name)
n = NameError("x is not defined", name="x")
print(n.name, NameError().name, str(n))
a = AttributeError("no attr", name="attr", obj=[1])
print(a.name, a.obj, a.args, AttributeError().name, AttributeError().obj)
for f in (lambda: ImportError(x=1), lambda: NameError("x", foo=1), lambda: AttributeError(bad=1),
          lambda: ValueError(x=1), lambda: SystemExit(code=1), lambda: StopIteration(value=1)):
    try:
        f()
    except TypeError as x:
        print("TypeError:", x)
i.name = "other"
a.obj = None
print(i.name, a.obj)
