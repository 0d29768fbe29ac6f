# Unary and conversion dunders that are missing give CPython's messages.
class E: pass
e = E()
for f in [lambda: -e, lambda: +e, lambda: ~e, lambda: abs(e), lambda: e @ e,
          lambda: e ** 2, lambda: divmod(e, 1), lambda: round(e), lambda: float(e),
          lambda: complex(e), lambda: e[0], lambda: e < 1, lambda: 1 in e, lambda: e(),
          lambda: iter(e), lambda: next(e), lambda: len(e), lambda: hash(E) and reversed(e)]:
    try:
        f()
    except TypeError as err:
        print(err)
