try:
    raise ValueError("v")
except "not a class":
    pass
