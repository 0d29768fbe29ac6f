# Names starting with two underscores are mangled inside a class body: __x -> _Class__x.
class Account:
    __rate = 0.05
    def __init__(self):
        self.__balance = 100
    def balance(self):
        return self.__balance
    def __secret(self):
        return 'secret'
    def reveal(self):
        return self.__secret()
a = Account()
print(a.balance(), a.reveal(), a._Account__balance, Account._Account__rate)
print(sorted([k for k in vars(a)]), '_Account__secret' in Account.__dict__)
try:
    a.__balance
except AttributeError as e:
    print(e)
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 'sub'
s = Sub()
print(sorted(vars(s).items()))
class _Under:
    def __m(self): return 'leading underscores stripped'
print(_Under()._Under__m())
class Dunder:
    __not_mangled__ = 1
print(Dunder.__not_mangled__, Account.__init__.__code__.co_names)
