x = (
    1 +
    2
)
y = [
    a,
    b,
]
def f(
    a,
    b,
):
    return (
        a
        + b
    )
s = 'é' + "😀" + x
t = f'é{x}😀{y!r:>{w}}'
call(
    arg
)(
)
    # comment
if (a and
        b):
    pass
z = a \
    + b
