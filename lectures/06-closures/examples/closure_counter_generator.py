# Accumulators: state kept in a closure across calls.
def averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add

avg = averager()
print(avg(10))
print(avg(20))
print(avg(60))
print(avg.__code__.co_freevars)
