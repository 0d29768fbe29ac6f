# A supermarket queue simulation: Customer/Cashier classes, a deterministic generator class, stats.
class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 214013 + 2531011) % 2 ** 32
        return (self.state >> 16) % n

class Customer:
    count = 0
    def __init__(self, arrival, items):
        Customer.count += 1
        self.id = Customer.count
        self.arrival = arrival
        self.items = items
    def __repr__(self):
        return f'C{self.id}({self.items})'

class Cashier:
    def __init__(self, name, speed):
        self.name, self.speed = name, speed
        self.queue = []
        self.busy_until = 0
        self.served = []
    def __len__(self):
        return len(self.queue)
    def __lt__(self, other):
        return (len(self), self.name) < (len(other), other.name)
    def step(self, now):
        if self.queue and now >= self.busy_until:
            c = self.queue.pop(0)
            self.busy_until = now + -(-c.items // self.speed)
            self.served.append((c, now - c.arrival))

rng = Rng(7)
cashiers = [Cashier('ann', 3), Cashier('bob', 2)]
for minute in range(20):
    if rng.next(3) == 0 or minute < 2:
        c = Customer(minute, 1 + rng.next(12))
        min(cashiers).queue.append(c)
    for k in cashiers:
        k.step(minute)
for k in cashiers:
    waits = [w for _, w in k.served]
    avg = sum(waits) / len(waits) if waits else 0
    print(f'{k.name}: served {[c for c, _ in k.served]} avg wait {avg:.2f}, still queued {k.queue}')
print('customers', Customer.count, 'longest queue', max(cashiers).name)
