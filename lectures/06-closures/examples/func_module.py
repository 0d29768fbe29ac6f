# __module__ comes from the globals' __name__ when the def runs.
def f():
    pass

print(f.__module__)
print(__name__)
