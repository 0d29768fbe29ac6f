class Base:
    """A base class."""
    attr = 1
    def __init__(self):
        self.a = 1
        self.b: int = 2
        self.__private = 3
    @property
    def prop(self):
        return self.__private
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls()

class Child(Base, metaclass=type):
    def __init__(self):
        super().__init__()
        self.c = __class__
    def m(self):
        return super().prop
    x: int = 5
    y: str

def make():
    class Local:
        def f(self):
            return Local
    return Local
