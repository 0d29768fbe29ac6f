# Notes print after the exception line, one line each.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        e.add_note("hint: digits only\n(and no spaces)")
        raise
parse("x1")
