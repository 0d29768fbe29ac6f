# A tuple of notes prints like a list; non-str notes print through str().
e = RuntimeError("tuple notes")
e.__notes__ = ("one", 2, 3.5, None)
raise e
