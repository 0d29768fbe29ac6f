# A binary min-heap class (no heapq), used as a priority queue of Job objects ordered by __lt__.
class Heap:
    def __init__(self, items=()):
        self.a = []
        for x in items:
            self.push(x)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.a
        if not a:
            raise IndexError('pop from empty heap')
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, small = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[small]:
                small = l
            if r < len(a) and a[r] < a[small]:
                small = r
            if small == i:
                return top
            a[i], a[small] = a[small], a[i]
            i = small

    def __len__(self):
        return len(self.a)

    def __bool__(self):
        return bool(self.a)

class Job:
    seq = 0
    def __init__(self, priority, name):
        Job.seq += 1
        self.priority, self.name, self.order = priority, name, Job.seq
    def __lt__(self, other):
        return (self.priority, self.order) < (other.priority, other.order)
    def __repr__(self):
        return f'Job({self.priority}, {self.name!r})'

h = Heap([5, 3, 8, 1, 9, 2])
print([h.pop() for _ in range(len(h))])
jobs = Heap()
for p, n in [(2, 'email'), (1, 'deploy'), (3, 'lunch'), (1, 'hotfix'), (2, 'review')]:
    jobs.push(Job(p, n))
order = []
while jobs:
    order.append(jobs.pop())
print(order)
try:
    jobs.pop()
except IndexError as e:
    print(e)
try:
    Heap([1, 'a'])
except TypeError as e:
    print(e)
