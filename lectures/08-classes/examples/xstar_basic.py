# except* splits a group between clauses; each clause sees its own subgroup.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("ValueError part:", repr(e), e.exceptions)
except* TypeError as e:
    print("TypeError part:", repr(e), type(e).__name__)
print("done")
