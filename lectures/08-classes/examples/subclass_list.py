# Subclassing list: a Stack with extra methods; list methods keep working.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        if not self:
            raise IndexError('peek from empty stack')
        return self[-1]
    def __repr__(self):
        return f'Stack({list.__repr__(self)})'
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), s.pop(), len(s), s, bool(s))
print(s + [9], type(s + [9]).__name__, type(s[:]).__name__, type(s * 2).__name__)
s.extend('ab')
s.sort(key=str)
print(s, sorted(s, key=str, reverse=True), list(reversed(s)))
e = Stack()
try:
    e.peek()
except IndexError as err:
    print(err)
try:
    e.pop()
except IndexError as err:
    print(err)
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
l = Logged()
l.append(1)
l += [2]
l.extend([3])
print(l, isinstance(l, list), Logged([5, 6]))
