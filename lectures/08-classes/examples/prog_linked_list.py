# A singly linked list with __iter__, __len__, __getitem__, __contains__, __repr__ and __reversed__.
class Node:
    __slots__ = ('value', 'next')

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self._len += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        value = self.head.value
        self.head = self.head.next
        self._len -= 1
        return value

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __len__(self):
        return self._len

    def __getitem__(self, index):
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError('LinkedList index out of range')
        for i, v in enumerate(self):
            if i == index:
                return v

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __repr__(self):
        return 'LinkedList([' + ' -> '.join([repr(v) for v in self]) + '])'

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
print(list(reversed(ll)), sum(ll), [x * 10 for x in ll])
print(ll.pop_front(), ll, bool(ll), bool(LinkedList()))
print(ll == LinkedList([1, 2, 3, 4]), ll == [1, 2, 3, 4])
empty = LinkedList()
for bad in [lambda: empty.pop_front(), lambda: ll[10]]:
    try:
        bad()
    except IndexError as e:
        print(e)
try:
    ll.head.extra = 1
except AttributeError as e:
    print(e)
a, b, *rest = ll
print(a, b, rest)
