vals = [1, 2, 3, 0, 4]
pos = [0]
def nxt():
    v = vals[pos[0]]
    pos[0] += 1
    return v
it = iter(nxt, 0)
print(type(it), list(it), list(it))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
