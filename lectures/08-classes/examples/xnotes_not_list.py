# __notes__ that is not a list: add_note refuses; the traceback shows its repr.
e = KeyError("k")
e.__notes__ = "just a string"
try:
    e.add_note("more")
except TypeError as x:
    print("TypeError:", x)
raise e
