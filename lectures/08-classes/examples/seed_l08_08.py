# Seed L08-08: functions in a class dict bind self into a method object.
class Meth:
    def m(self):
        return 'm'
mm = Meth()
print(type(mm.m).__name__ == 'method', mm.m.__self__ is mm, mm.m.__func__ is Meth.__dict__['m'])
print(mm.m(), Meth.m(mm))
bound = mm.m
del mm
print(bound(), type(bound.__self__).__name__)
