# Helpers the coroutine examples share, with nothing but functions (no classes yet):
# `coroutine` is what types.coroutine does to a generator function (it marks its code
# CO_ITERABLE_COROUTINE so `await` accepts its generators), `suspend` is the smallest
# awaitable that gives control back to whoever drives the coroutine, and `run` drives one
# to completion by send(None).
def coroutine(fn):
    # what types.coroutine does to a generator function: mark its code awaitable
    fn.__code__ = fn.__code__.replace(co_flags=fn.__code__.co_flags | 0x100)
    return fn
@coroutine
def suspend(v=None):
    return (yield v)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
