# Arbitrary attributes live in the function's __dict__.
def f():
    return f.count

f.count = 3
print(f(), f.__dict__)
f.other = 'x'
print(f.__dict__)
del f.count
print(f.__dict__)
try:
    f.count
except AttributeError as e:
    print(e)
