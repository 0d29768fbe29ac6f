# Assigning a read-only property, uncaught.
class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        return self._balance
a = Account(10)
print(a.balance)
a.balance = 20
