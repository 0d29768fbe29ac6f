# The traceback display of nested groups with tracebacks at several levels.
def leaf(n):
    raise ValueError(f"leaf {n}")

def collect(name, fs):
    errors = []
    for f in fs:
        try:
            f()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup(name, errors)

def inner():
    collect("inner", [lambda: leaf(1), lambda: leaf(2)])

collect("outer", [inner, lambda: leaf(3), lambda: {}["missing"]])
