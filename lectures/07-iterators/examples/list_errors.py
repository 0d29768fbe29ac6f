key = 'a'
tests = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: [1][3],
    lambda: [1][key],
    lambda: [1] + (2,),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].insert(1),
    lambda: hash([]),
    lambda: [1, 2, 3].sort(key=len),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e), e)
l = [1]
try:
    l[5] = 0
except IndexError as e:
    print(e)
try:
    del l[5]
except IndexError as e:
    print(e)
