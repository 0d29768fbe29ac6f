x = f"a{b}c{{d}}e{f!r:>{w}.{p}} {y=} {z = !s:^10}"
nested = f"{f'{f"{1+2}"}'}" + F'''multi
{x
 + 1:{'>'}10}
line''' rf"{x}\n{{y}}" fR'\N{BULLET} {a}' f"\N{BULLET}{a}"
s = f'{x:}' f"{'a' if x else 'b'}" f"{x:{y}{z}}" f"{d['k']}" f"{(lambda: 1)()}"
t = f"{x # comment
}" f"""{
    a
}"""
u = f"{x:=10}" f"{(x:=10)}" f'{a!=b}' f"{'''x'''}" f'{x:%Y-%m-%d}' f"{x:{{}}>10}"
v = f"{ x = }" f"{x=!r:^20}" f''
