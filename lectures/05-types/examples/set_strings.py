a = set('abcdefgh')
b = set(('cat', 'dog', 'emu', 'gnu', 'yak', 'owl', 'elk', 'fox', 'bee', 'ant'))
print(a)
print(b)
print(b - {'cat', 'dog'}, b & {'owl', 'pig'}, {'pig'} | {'owl', 'ant'})
c = set()
i = 0
while i < 100:
    c.add(str(i))
    i += 7
print(c)
print(frozenset(('x', 'y', 'z')), set(('a1', 'a2', 'a3', 'b1', 'b2', 'b3')))
c.discard('0')
c.discard('7')
c.add('new')
print(c, len(c))
