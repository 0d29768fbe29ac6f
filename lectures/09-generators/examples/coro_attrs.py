from mod_aio import coroutine, suspend, run

async def inner():
    await suspend('x')
async def outer():
    await inner()
c = outer()
print(c.cr_code is outer.__code__, c.cr_running, c.cr_await, c.cr_origin, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_await.cr_code.co_name, c.cr_suspended)
print(c.cr_await.cr_await.gi_code.co_name)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_back)
run(c)
print(c.cr_frame, c.cr_await, c.cr_suspended)
print(repr(c).split(' at ')[0])
print(sorted(n for n in dir(c) if n.startswith('cr_')))
