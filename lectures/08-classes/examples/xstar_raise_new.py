# An exception raised inside an except* clause joins the rest in a new group.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise RuntimeError("from handler")
except* TypeError:
    pass
