d = {}
i = 0
while i < 20:
    d[i * 7 % 20] = i
    i += 1
print(d)
i = 0
while i < 20:
    if i % 3 == 0:
        del d[i]
    i += 1
print(d)
d[3] = 'back'
print(d, len(d))
s = {}
s['banana'] = 1
s['apple'] = 2
s['cherry'] = 3
del s['banana']
s['banana'] = 4
print(s, list(s) if False else s.keys())
