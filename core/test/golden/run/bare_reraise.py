def f():
    raise ValueError("original")

try:
    f()
except ValueError:
    print("logging and re-raising")
    raise
