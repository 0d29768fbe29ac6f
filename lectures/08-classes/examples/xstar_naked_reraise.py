# A naked exception that except* re-raises comes out as the group wrapping it.
def f():
    try:
        raise ValueError("plain")
    except* ValueError:
        raise
f()
