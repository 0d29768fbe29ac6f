def broken():
    raise ValueError("bad module body")

broken()
