# sorted with key=str.lower over a list containing None: uncaught.
words = ['pear', 'Apple', None, 'fig']
print(sorted([w for w in words if w]))
print(sorted(words, key=str.lower))
