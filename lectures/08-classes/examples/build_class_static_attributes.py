# 3.13 records the names assigned through self.NAME in methods: __static_attributes__.
class A:
    def __init__(self, a):
        self.x = a
        self.y = a
        other = self
        other.z = 1
    def set(self):
        self.w = 2
        self.x = 3
    @staticmethod
    def s(o):
        o.q = 1
print(A.__static_attributes__)

class Empty:
    pass
print(Empty.__static_attributes__)

class Lineno:
    # comment lines count
    pass
print(Lineno.__firstlineno__, Empty.__firstlineno__, A.__firstlineno__)
print('__firstlineno__' in A.__dict__, '__static_attributes__' in A.__dict__)
print(sorted(A.__dict__.keys()))
