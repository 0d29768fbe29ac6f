# split/subgroup copy __traceback__, __cause__, __context__ and (a copy of) __notes__.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    eg = e
eg.add_note("a note")
m, r = eg.split(ValueError)
for part in (m, r, eg.subgroup(TypeError)):
    print(repr(part), part.__traceback__ is eg.__traceback__, repr(part.__cause__),
          repr(part.__context__), part.__suppress_context__, part.__notes__,
          part.__notes__ is eg.__notes__)
eg.__notes__ = "not a list"
m, r = eg.split(ValueError)
print(hasattr(m, "__notes__"), hasattr(r, "__notes__"))
eg.__notes__ = ("a", "b")
print(eg.subgroup(ValueError).__notes__)
