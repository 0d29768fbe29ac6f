stack = []
for c in '(()(()))':
    if c == '(':
        stack.append(c)
    else:
        stack.pop()
print(stack == [])
q = [1, 2, 3]
while q:
    print(q.pop(0), q)
