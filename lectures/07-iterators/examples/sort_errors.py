l = [3, 1, 2]
def bad(x):
    l.append(x)
    return x
try:
    l.sort(key=bad)
except ValueError as e:
    print(e)
print(l)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    sorted([1, 2], reverse=1.5)
except TypeError as e:
    print(e)
try:
    [].sort(1)
except TypeError as e:
    print(e)
seen = []
def peek(x):
    seen.append(len(m))
    return x
m = [2, 1]
m.sort(key=peek)
print(m, seen)
