from mod_aio import coroutine, suspend, run

async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
a = ag()
run(a.__anext__())
try:
    a.aclose().send(None)
except StopIteration:
    print('aclose done')
print(a.ag_frame)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print('closed: StopAsyncIteration')
b = ag()
try:
    b.aclose().send(None)
except StopIteration:
    print('aclose on unstarted')
