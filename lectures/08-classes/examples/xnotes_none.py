# __notes__ = None prints nothing extra.
e = ValueError("none notes")
e.__notes__ = None
raise e
