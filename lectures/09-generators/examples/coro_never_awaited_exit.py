async def job():
    pass
kept = job()
also = [job(), job()]
started = job()
try:
    started.send(None)
except StopIteration:
    pass
closed = job()
closed.close()
print('done')
