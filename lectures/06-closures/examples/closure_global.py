# global writes the module namespace, not a cell.
x = 1

def setx():
    global x
    x = 2

def readx():
    return x

setx()
print(x, readx())
print(setx.__code__.co_names, setx.__closure__)
def g():
    global y
    y = 'new'
g()
print(y)
