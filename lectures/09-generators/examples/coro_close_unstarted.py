async def f():
    pass
c = f()
print(c.close(), c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
