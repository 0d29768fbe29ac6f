# Raised and re-raised exceptions together: the raised ones become siblings of the
# re-raised part in a new group with an empty message.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError:
    raise
except* TypeError:
    raise IndexError("new one")
