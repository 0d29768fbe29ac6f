# 3.13's AttributeError suggestions: "Did you mean: ...?" appears only in tracebacks.
class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balance += n
a = Account()
try:
    a.balanse
except AttributeError as e:
    print(e, '|', e.name, e.obj is a)
a.deposit(5)
print(a.balance)
a.deposti(1)
