def outer():
    return middle()

def middle():
    inner()

def inner():
    raise RuntimeError("deep down")

print("calling")
outer()
