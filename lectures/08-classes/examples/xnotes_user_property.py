# __notes__ provided by a property: a failing getter is reported, not raised.
class Noted(Exception):
    @property
    def __notes__(self):
        raise RuntimeError("no notes today")
raise Noted("with a broken __notes__")
