from mod_aio import coroutine, suspend, run

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
