# An uncaught ExceptionGroup prints the boxed multi-exception traceback.
def task(n):
    if n % 2:
        raise ValueError(f'task {n} failed')
    raise TypeError(f'task {n} bad type')
errors = []
for n in range(3):
    try:
        task(n)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup('tasks failed', errors)
