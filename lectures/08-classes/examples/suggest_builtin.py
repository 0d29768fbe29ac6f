# Suggestions work for builtin types too: [].apend.
items = [1, 2]
items.append(3)
print(items)
try:
    items.extned([4])
except AttributeError as e:
    print(e, '| name:', e.name, '| obj is items:', e.obj is items)
print(len(items))
items.apend(3)
