# A bank account with its own exceptions, a transaction log and a savings subclass.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed = needed
        self.available = available

class AccountClosed(BankError):
    pass

class Account:
    interest = 0.0
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.open = True
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def _check(self, amount):
        if not self.open:
            raise AccountClosed(f'account {self.id} is closed')
        if amount <= 0:
            raise ValueError('amount must be positive')

    def deposit(self, amount):
        self._check(amount)
        self._balance += amount
        self.history.append(('deposit', amount))
        return self

    def withdraw(self, amount):
        self._check(amount)
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def close(self):
        self.open = False

    def __repr__(self):
        return f'{type(self).__name__}(#{self.id} {self.owner}: {self._balance})'

class Savings(Account):
    interest = 0.02

    def add_interest(self):
        gained = round(self._balance * self.interest, 2)
        self.deposit(gained)
        return gained

alice = Account('alice', 100)
bob = Savings('bob')
alice.deposit(50).withdraw(30)
alice.transfer(bob, 70)
print(alice, bob)
print(bob.add_interest(), bob)
for action in [lambda: alice.withdraw(500), lambda: bob.deposit(-5), lambda: setattr(alice, 'balance', 1)]:
    try:
        action()
    except InsufficientFunds as e:
        print('insufficient:', e, e.needed, e.available)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
bob.close()
try:
    bob.deposit(1)
except BankError as e:
    print(repr(e))
print(alice.history)
print(bob.history)
alice.transfer(bob, 10)
