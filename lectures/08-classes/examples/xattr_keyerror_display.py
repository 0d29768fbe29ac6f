# KeyError shows the repr of its key, even in the traceback.
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
raise KeyError("")
