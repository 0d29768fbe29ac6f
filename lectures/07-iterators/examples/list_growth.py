import sys
l = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(l))
    l.append(i)
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(5))))
print(sys.getsizeof([x for x in range(7)]), sys.getsizeof([0] * 7), sys.getsizeof([1, 2] + [3]))
l = list(range(100))
for i in range(95):
    l.pop()
print(sys.getsizeof(l))
l = []
l.extend(range(10))
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
l = [1]
l.insert(0, 5)
print(sys.getsizeof(l))
