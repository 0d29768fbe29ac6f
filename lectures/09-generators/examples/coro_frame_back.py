def coroutine(fn):
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

import sys
async def c():
    f = sys._getframe()
    print('running under', f.f_back.f_code.co_name)
    await suspend()
    print('resumed under', f.f_back.f_code.co_name)
co = c()
def driver_one():
    co.send(None)
def driver_two():
    try:
        co.send(None)
    except StopIteration:
        pass
driver_one()
print('suspended f_back:', co.cr_frame.f_back)
driver_two()
