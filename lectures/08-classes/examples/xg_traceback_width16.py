# Exactly 16 members: the 16th is summarised as "and 1 more exception".
excs = [KeyError(i) for i in range(16)]
try:
    raise BaseExceptionGroup("sixteen", excs)
except BaseExceptionGroup as e:
    eg = e
raise eg
