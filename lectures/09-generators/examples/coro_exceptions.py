from mod_aio import coroutine, suspend, run

async def risky(n):
    await suspend()
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n
async def main():
    out = []
    for n in (1, -2, 3):
        try:
            out.append(await risky(n))
        except ValueError as e:
            out.append(str(e))
        finally:
            out.append('f')
    return out
print(run(main()))
