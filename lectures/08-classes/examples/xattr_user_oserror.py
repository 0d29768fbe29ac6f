# OSError subclasses with their own __init__ receive every argument.
class MyOSError(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
e = MyOSError(2, "gone", "f.txt")
print(type(e).__name__, e.errno, e.filename, e.extra, str(e))
print(type(OSError.__new__(OSError, 2, "x")).__name__)
