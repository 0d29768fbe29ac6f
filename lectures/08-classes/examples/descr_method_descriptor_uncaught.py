# sorted with key=str.lower over a list containing None: the method descriptor checks its self
# argument and raises CPython's TypeError (no host error may leak).
words = ['pear', 'Apple', None, 'fig']
present = [w for w in words if w]
print(sorted(present))
print(sorted(present, key=str.lower))
print(str.lower.__qualname__, type(str.lower).__name__)
key = str.lower
print(key('MiXeD'), list(map(key, ['A', 'b'])))
print(sorted(words, key=str.lower))
