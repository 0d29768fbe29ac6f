# OverflowError texts from float operations, and where inf quietly appears instead.
def show(f):
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError', e)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    except ValueError as e:
        print('ValueError', e)
def a():
    return 1e308 * 10
def b():
    return 1e308 ** 2
def c():
    return 2.0 ** 1024
def d():
    return 10 ** 400 + 1.0
def e():
    return int(1e308) * 10 / 1.0
def f():
    return float(2 ** 1024)
def g():
    return (-1e308) ** 3
def h():
    return 1e-308 ** 10
def i():
    return 2 ** -2000
def j():
    return 1.5 ** 3000
def k():
    return pow(10.0, 400)
def l():
    return int(float('inf'))
def m():
    return float('inf') - float('inf')
def n():
    return 0.0 ** -2
def o():
    return (-8.0) ** (1 / 3)
def p():
    return round(1e308, -400)
def q():
    return 10 ** 400 // 1.0
def r():
    return 5.0 // 0
def s():
    return 1.0 % 0.0
def t():
    return (2 ** 1000) ** 2 / 3
def u():
    return float('inf') * 0
def v():
    return float('inf') ** 0
def w():
    return 1.0 ** float('nan')
def x():
    return (-2.0) ** 1025
def y():
    return (1e308 + 1e308j) * 10
def z():
    return 2 ** 1023 * 2.0
show(a)
show(b)
show(c)
show(d)
show(e)
show(f)
show(g)
show(h)
show(i)
show(j)
show(k)
show(l)
show(m)
show(n)
show(o)
show(p)
show(q)
show(r)
show(s)
show(t)
show(u)
show(v)
show(w)
show(x)
show(y)
show(z)
