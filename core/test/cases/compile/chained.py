# Chained comparisons in every context, and match/with forms.
x = a < b < c
if a < b < c:
    pass
if not (a < b < c):
    pass
y = a if b < c < d else e
while a < b < c:
    pass
assert a < b < c
z = [i for i in x if a < i < b]
match p:
    case [1, *rest]: pass
    case {"k": v}: pass
    case C(1, b=2) | D(): pass
    case 1 | 2: pass
    case _ if x: pass
with a as b:
    c()
for i in x:
    with a:
        break
