def fail(a, b):
    raise ValueError("multi")

fail(
    "first",
    "second",
)
