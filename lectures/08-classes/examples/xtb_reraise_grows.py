# Each frame an exception passes through adds one traceback entry.
def a():
    raise IndexError("deep")
def b():
    a()
def c():
    try:
        b()
    except IndexError as e:
        print(len_tb(e.__traceback__))
        raise
def len_tb(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n
try:
    c()
except IndexError as e:
    print(len_tb(e.__traceback__))
