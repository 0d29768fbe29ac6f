for src in ['await x', 'def f():\n    await x\n', 'yield 1', 'async def f():\n    yield 1\n    return 2\n',
            'def f():\n    [x async for x in y]\n', 'def f():\n    async with x: pass\n',
            'def f():\n    async for x in y: pass\n', 'async def f():\n    yield from x\n',
            'lambda: (yield)', '[(yield) for x in y]']:
    try:
        compile(src, 's', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno)
