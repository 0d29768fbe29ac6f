def f():
    raise "a string"

f()
