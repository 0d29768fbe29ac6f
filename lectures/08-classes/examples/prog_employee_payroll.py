# Employees with inheritance, abstract-like pay(), class methods, properties and a payroll report.
class Employee:
    _ids = 0
    raise_rate = 1.03

    def __init__(self, name):
        Employee._ids += 1
        self.id = Employee._ids
        self.name = name

    def pay(self):
        raise NotImplementedError(f'{type(self).__name__}.pay')

    @classmethod
    def from_record(cls, record):
        kind, name, *rest = record.split(':')
        kinds = {c.__name__.lower(): c for c in cls.__subclasses__()}
        if kind not in kinds:
            raise ValueError(f'unknown employee kind {kind!r}')
        return kinds[kind](name, *[float(x) for x in rest])

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'

class Salaried(Employee):
    def __init__(self, name, salary):
        super().__init__(name)
        self.salary = salary
    def pay(self):
        return round(self.salary / 12, 2)
    def give_raise(self):
        self.salary = round(self.salary * self.raise_rate, 2)

class Hourly(Employee):
    raise_rate = 1.05
    def __init__(self, name, rate, hours=0):
        super().__init__(name)
        self.rate, self.hours = rate, hours
    def pay(self):
        overtime = max(0, self.hours - 160)
        return round(self.rate * (self.hours - overtime) + self.rate * 1.5 * overtime, 2)

class Intern(Employee):
    pass

records = ['salaried:ann:60000', 'hourly:bob:20:170', 'hourly:cy:25:100']
staff = [Employee.from_record(r) for r in records] + [Intern('dee')]
total = 0
for e in staff:
    try:
        p = e.pay()
        total += p
        print(f'{e.id} {e!r:20} {p:>9.2f}')
    except NotImplementedError as err:
        print(f'{e.id} {e!r:20} no pay rule ({err})')
print('total', round(total, 2))
staff[0].give_raise()
print(staff[0].salary, staff[0].pay(), Hourly.raise_rate, Salaried.raise_rate)
try:
    Employee.from_record('contractor:eve:1')
except ValueError as e:
    print(e)
print([c.__name__ for c in Employee.__subclasses__()])
