class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    def __repr__(self):
        return f"A({self.v})"
a = A(41)
print(a.get(), a, A, A.x)
print(type(a), a.__dict__)
class B(A):
    def get(self):
        return super().get() * 2
print(B(1).get(), B.__mro__)
print(isinstance(B(1), A), issubclass(B, A))
