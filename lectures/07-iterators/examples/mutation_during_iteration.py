l = [1, 2, 3]
for x in l:
    if x < 3:
        l.append(x * 10)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print(e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print(e)
