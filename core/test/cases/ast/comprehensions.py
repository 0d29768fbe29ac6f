[x for x in y]
[x for x in y if x if not x]
[x for x in y for z in x]
[(x, y) for x, y in z]
[x for *a, b in c]
{x for x in y}
{k: v for k, v in d.items() if k}
(x for x in y)
[[x for x in y] for y in z]
[x async for x in y]
[x for x in (lambda: y)]
[x for x in y if (z := x)]
sum(x for x in y)
sum((x for x in y), 0)
[i for i in range(10) if i % 2 if i % 3]
