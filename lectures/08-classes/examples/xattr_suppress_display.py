# __suppress_context__ and __cause__ decide which chain message the traceback shows.
def show(flag):
    try:
        try:
            raise KeyError("first")
        except KeyError:
            e = ValueError("second")
            e.__suppress_context__ = flag
            raise e
    except ValueError as v:
        return v
v = show(True)
print(repr(v.__context__), v.__suppress_context__)
w = show(False)
w.__cause__ = OSError("explicit")
w.__suppress_context__ = False
raise w
