# Chained exceptions inside a group member, and a group as the cause of another error.
def fail(i):
    try:
        [][i]
    except IndexError as e:
        raise ValueError(f"bad {i}") from e

errs = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errs.append(e)
try:
    raise ExceptionGroup("with causes", errs)
except ExceptionGroup as g:
    raise RuntimeError("wrapped") from g
