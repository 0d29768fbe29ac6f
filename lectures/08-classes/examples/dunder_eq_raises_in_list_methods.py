# An exception raised by __eq__ propagates out of list.index, count, remove, `in` and ==.
class Touchy:
    def __init__(self, name): self.name = name
    def __eq__(self, other):
        if isinstance(other, Touchy):
            return self.name == other.name
        raise ValueError(f'cannot compare {self.name} with {type(other).__name__}')
    __hash__ = None
items = [Touchy('a'), Touchy('b')]
print(items.index(Touchy('b')), items.count(Touchy('a')), Touchy('a') in items)
for op in [lambda: items.index(1), lambda: items.count(1), lambda: items.remove(1),
           lambda: 1 in items, lambda: items == [Touchy('a'), 2], lambda: (items[0],) == (1,)]:
    try:
        print(op())
    except ValueError as e:
        print('ValueError:', e)
x = items[0]
print(items.index(x), x in items, [x] == [x])
