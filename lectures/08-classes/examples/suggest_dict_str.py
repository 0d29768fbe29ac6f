# More builtin suggestions: dict, str.
d = {'a': 1}
try:
    d.itmes()
except AttributeError as e:
    print(e)
text = 'hello'
text.uper()
