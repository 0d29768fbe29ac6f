# Bound method reprs name the function's qualname and the repr of self.
class Stack:
    def __init__(self): self.items = []
    def __repr__(self): return f'Stack({self.items})'
    def push(self, x): self.items.append(x)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 'helper'
s = Stack()
print(s.push)
print(Stack.make)
print(Stack.helper.__qualname__)
print(str.upper)
print(int.__add__)
print(repr([].append).split(' at ')[0], repr((1).__add__).split(' at ')[0])
print(Stack.__init__.__qualname__, Stack.__dict__['make'].__func__.__qualname__)
print(type(s.push).__name__, type([].append).__name__, type(str.upper).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(dict.fromkeys).__name__)
