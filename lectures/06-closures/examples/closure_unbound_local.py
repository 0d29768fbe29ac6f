# A variable assigned anywhere in a function is local everywhere in it.
x = 'global'

def f():
    print(x)
    x = 'local'

try:
    f()
except UnboundLocalError as e:
    print(e)
f()
