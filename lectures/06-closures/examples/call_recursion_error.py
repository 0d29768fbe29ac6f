# Too deep: RecursionError, caught.
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print(e)
def kdown(n=0):
    return kdown(n=n + 1)
try:
    kdown()
except RecursionError as e:
    print(e)
