def a():
    raise ZeroDivisionError("simulated")

def b():
    try:
        a()
    except ZeroDivisionError as e:
        print("ok", e)
        return "handled"

print(b())
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    import nowhere_module
except ImportError as e:
    print("ImportError:", e)
print(__name__)
