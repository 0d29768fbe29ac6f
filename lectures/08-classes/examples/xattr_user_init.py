# A subclass that never calls super().__init__ keeps the args given to the class call.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
class Partial(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = NoSuper(1, 2)
print(e.args, str(e), e.total, e.__dict__)
p = Partial("msg", 5)
print(p.args, str(p), p.b, repr(p))
print(p.__reduce__())
class Coded(ValueError):
    code = 400
    def __str__(self):
        return f"[{self.code}] {super().__str__()}"
print(str(Coded("bad request")), repr(Coded("x")))
raise Coded("shown with code")
