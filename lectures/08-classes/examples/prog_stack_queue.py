# Stack and Queue classes with __len__, __bool__, __iter__, custom errors and a bracket checker.
class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise EmptyError('pop from empty stack')
        return self._items.pop()

    def peek(self):
        if not self._items:
            raise EmptyError('peek at empty stack')
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items[::-1])

    def __repr__(self):
        return f'Stack({self._items})'

class Queue:
    def __init__(self, items=()):
        self._in = list(items)
        self._out = []

    def enqueue(self, item):
        self._in.append(item)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError('dequeue from empty queue')
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

    def __bool__(self):
        return len(self) > 0

def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    s = Stack()
    for ch in text:
        if ch in '([{':
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(s) == 0

s = Stack()
for x in 'abc':
    s.push(x)
print(s, len(s), s.peek(), list(s), s.pop(), s)
q = Queue([1, 2])
q.enqueue(3)
out = []
while q:
    out.append(q.dequeue())
print(out, len(q), bool(q))
for t in ['(a[b]{c})', '(]', '((', '', 'x)']:
    print(repr(t), balanced(t))
for bad in [Stack().pop, Stack().peek, Queue().dequeue]:
    try:
        bad()
    except EmptyError as e:
        print(type(e).__name__, e)
Stack().pop()
