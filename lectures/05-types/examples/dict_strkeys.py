words = ('the', 'quick', 'brown', 'fox', 'jumps', 'over', 'the', 'lazy', 'dog', 'the', 'end', 'fox')
counts = {}
i = 0
while i < len(words):
    w = words[i]
    counts[w] = counts.get(w, 0) + 1
    i += 1
print(counts)
print(set(words))
print(frozenset(counts), counts.keys() & {'fox', 'cat'}, counts.keys() | {'cat'})
print(hash('the') == hash('the'), hash('fox'), hash('é'), hash('😀'), hash('日本'))
index = {}
i = 0
while i < len(words):
    index.setdefault(words[i][0], set()).add(words[i])
    i += 1
print(index)
