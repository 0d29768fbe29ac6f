# super() errors: no arguments, outside a class, wrong first argument.
try:
    super()
except RuntimeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
class A:
    def no_args():
        return super()
    @staticmethod
    def static():
        return super().x
try:
    A.no_args()
except RuntimeError as e:
    print(e)
try:
    A.static()
except RuntimeError as e:
    print(e)
class B:
    def m(self):
        del self
        return super()
try:
    B().m()
except RuntimeError as e:
    print(e)
class C:
    def m(self):
        return super().missing
try:
    C().m()
except AttributeError as e:
    print(e)
