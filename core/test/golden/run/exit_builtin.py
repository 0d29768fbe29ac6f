def f():
    exit(2)
try:
    f()
finally:
    print("finally before exit")
