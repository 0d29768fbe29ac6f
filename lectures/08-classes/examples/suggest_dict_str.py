# More builtin suggestions: dict, str.
d = {'a': 1}
try:
    d.itmes()
except AttributeError as e:
    print(e)
print(list(d.items()))
text = 'hello'
print(text.upper())
text.uper()
