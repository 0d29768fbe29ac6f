# iter() over a type with only sq_item: str is a sequence, its iterator
# here is str's own; the generic one shows up for objects with __getitem__ (lecture 08)
s = 'abc'
print(list(s), [c * 2 for c in s])
print(list(reversed('abc')), list(reversed((1, 2, 3))))
