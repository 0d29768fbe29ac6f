l = [5, 2, 9, 1, 5, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, 2.25, -1]))
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
