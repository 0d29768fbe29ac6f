# Notes on a cause and on the final exception.
try:
    try:
        {}["missing"]
    except KeyError as k:
        k.add_note("the cause's note")
        raise LookupError("lookup failed") from k
except LookupError as e:
    e.add_note("caught once")
    raise
