# Notes added inside except* belong to the matched part; the rest keeps the original notes.
try:
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("original note")
    raise eg
except* ValueError as e:
    e.add_note("added in the handler")
    print(e.__notes__)
    raise
except* TypeError as e:
    print(e.__notes__)
    raise
