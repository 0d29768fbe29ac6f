def inner():
    try:
        yield 1
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
next(g)
g.close()
print(g.gi_frame)
class_free = iter([1, 2, 3])
def over_list():
    yield from class_free
g = over_list(); next(g); g.close()
print(list(class_free))
