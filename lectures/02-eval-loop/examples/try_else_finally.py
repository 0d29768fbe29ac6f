def step(name):
    print("step", name)

try:
    step("try")
except ValueError:
    step("except")
else:
    step("else")
finally:
    step("finally")

try:
    raise ValueError("x")
except ValueError as err:
    print("caught:", err)
else:
    step("not reached")
finally:
    step("finally 2")

def g():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(g())
raise IndexError("end")
