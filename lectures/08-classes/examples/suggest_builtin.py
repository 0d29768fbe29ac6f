# Suggestions work for builtin types too: [].apend.
items = [1, 2]
items.apend(3)
