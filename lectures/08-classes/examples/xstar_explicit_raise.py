# `raise e` of the matched group adds a traceback entry, so it counts as newly raised.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    raise e
except* TypeError:
    pass
