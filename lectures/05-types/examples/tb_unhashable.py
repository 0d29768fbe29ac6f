seen = set()
seen.add((1, 2))
print(seen)
seen.add({'k': 1})
