src = """
async def ag():
    yield 1
    return 5
"""
try:
    compile(src, 'a', 'exec')
except SyntaxError as e:
    print(e.msg)
async def ok():
    yield 1
    return
a = ok()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print('StopAsyncIteration', e.args)
