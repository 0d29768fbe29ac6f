# An int as __notes__ prints its repr on one line.
e = OSError("int notes")
e.__notes__ = 42
raise e
