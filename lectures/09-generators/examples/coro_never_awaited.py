async def job():
    print('never printed')
print('start')
job()
print('middle')
def helper():
    job()
helper()
print('end')
