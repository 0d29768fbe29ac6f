# The same exception twice in a group, and as another member's context: shown once in full.
e1 = ValueError("shared")
try:
    raise e1
except ValueError:
    try:
        raise TypeError("child")
    except TypeError as t:
        child = t
raise ExceptionGroup("dups", [e1, child, e1])
