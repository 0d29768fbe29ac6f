def load():
    try:
        raise KeyError("missing")
    except KeyError as e:
        raise RuntimeError("could not load") from e

load()
