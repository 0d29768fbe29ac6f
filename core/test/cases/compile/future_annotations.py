# `from __future__ import annotations`: annotations are stored as their unparsed source text.
from __future__ import annotations
def f(a: int, b: list[str] = None, *c: "x", d: dict[str, int | None] = {}, **e: Callable[..., T]) -> tuple[int, ...]:
    x: Foo.bar = 3
    return a
class C:
    y: Optional[int]
    z: 'str' = "s"
    w: lambda x, *y, z=1, **k: x + 1
    v: f"{x!r:>{w}}" = 1
    u: -1 ** 2 * (a if b else c) = 2
    t: x if False else {1: 2, **d}
    s: [*a, (b, c), {e, f}, {g: h for g in i}, (j for j in k if j)]
    r: a[1:2, ::3] @ (~x) < y is not z
    q: 1 .real + 1.5j + 1e309 + ...
