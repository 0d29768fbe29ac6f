# Operators, precedence and associativity.
a + b - c * d / e // f % g @ h
-a ** -b ** c
not a and b or c and not d
a < b <= c == d != e > f >= g in h not in i is j is not k
a | b ^ c & d << e >> f
~a + +b - -c
x if y else z if w else v
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
lambda *, k: k
lambda a, /, b: a
(yield)
await_ = 1
a.b.c.d
a[1][2:3][::4][5, 6:7, *r]
f()(g)(*h)(**i)(j, k=l)
f(x for x in y)
f(a, *b, c, d=e, *f, **g)
(x := 10)
[y := 1, y ** 2]
f(z := 3)
a[b := 1]
x = ...
None, True, False
(1,)
()
[]
{}
{1}
{**a, 'b': 1, **c}
{*a, *b}
[*a, *b]
*a, b = c
