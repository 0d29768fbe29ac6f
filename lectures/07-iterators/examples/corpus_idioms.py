import sys
# common corpus idioms
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(m[0], m[1])])
words = "a bb ccc dd e".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len, sorted(by_len.items()))
print([i for i, w in enumerate(words) if len(w) > 1])
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
stack = list(range(5))
while stack:
    top = stack.pop()
    if top == 2:
        break
print(stack, top)
print(sum(x * x for x in range(10)) if False else sum([x * x for x in range(10)]))
flat = [y for x in m for y in x]
print(flat, flat[::-1], flat[1:-1:2], max(flat), min(flat, key=lambda v: abs(v - 3.6)))
s = sorted(words, key=lambda w: (-len(w), w))
print(s)
a = b = []
a.append(1)
print(b, a is b, a == [1])
print(list(range(10))[slice(2, 8, 3)], [0] * 3 + [1] * 2)
for i, (x, y) in enumerate(zip('ab', 'cd'), start=1):
    print(i, x, y, end='; ')
print()
print(divmod(7, 2), [divmod(v, 3) for v in range(4)])
it = iter(range(10))
pairs = list(zip(it, it))
print(pairs)
