# Builtin methods declared METH_NOARGS or METH_O have their argument count checked before
# they run (Objects/methodobject.c), with messages naming the type that defines them.
def show(f, *args, **kw):
    try:
        f(*args, **kw)
        print('ok')
    except TypeError as e:
        print(e)


show((5).bit_length, 1)
show(True.bit_length, 1, 2)
show((1.5).is_integer, None)
show('ab'.upper, 'x')
show('ab'.join)
show('ab'.join, 'a', 'b')
show([1].append)
show([1].append, 1, 2)
show([1].copy, 1)
show({}.keys, 1)
show({1}.isdisjoint)
show({}.keys().isdisjoint)
show((1, 2).__getnewargs__, 1)
show(b'x'.lower, 1)
show(b'x'.join)
show((1).__format__)
show((1.5).__format__, None)
show((1).__sizeof__, 1)
show('ab'.upper, x=1)
show([].append, object=1)
show(int.from_bytes)
show((1).to_bytes, None)
show('abc'.startswith)
show(b'abc'.endswith)
show(dict.fromkeys)
show(int.from_bytes, b'a', 'big', False, 1)
# Methods whose argument parser checks the positional count (_PyArg_CheckPositional, or the
# keyword parser), and Argument Clinic's naming of None.
show('abc'.count)
show('abc'.find, 'a', 1, 2, 3)
show('abc'.find, None)
show(b'x'.decode, 'utf-8', 'strict', 'x')
show('abc'.replace, 'a')
show('abc'.removeprefix, None)
show('abc'.partition, None)
show('ab'.__mul__)
show([1].__mul__, 1, 2)
show('abc'.center)
show(b'abc'.ljust, 1, b'x', 3)
# Dunders with a method of their own beside the slot wrapper (METH_COEXIST).
show([1].__getitem__)
show({}.__contains__, 1, 2)
show({1}.__contains__)
