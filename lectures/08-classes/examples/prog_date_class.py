# A simple Date class: validation, leap years, ordering, adding days, weekday, classmethod parsing.
class DateError(ValueError):
    pass

class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise DateError(f'month {m} out of range')
        if not 1 <= d <= self.days_in(y, m):
            raise DateError(f'day {d} out of range for {y}-{m:02d}')
        self.y, self.m, self.d = y, m, d

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def days_in(cls, y, m):
        return 29 if m == 2 and cls.is_leap(y) else cls.DAYS[m - 1]

    @classmethod
    def parse(cls, text):
        try:
            y, m, d = [int(p) for p in text.split('-')]
        except ValueError:
            raise DateError(f'cannot parse {text!r}') from None
        return cls(y, m, d)

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        for mm in range(1, self.m):
            days += self.days_in(self.y, mm)
        return days + self.d

    def __add__(self, n):
        d = Date(self.y, self.m, self.d)
        for _ in range(n):
            if d.d < self.days_in(d.y, d.m):
                d.d += 1
            elif d.m < 12:
                d.m, d.d = d.m + 1, 1
            else:
                d.y, d.m, d.d = d.y + 1, 1, 1
        return d

    def __sub__(self, other):
        return self.ordinal() - other.ordinal()

    def weekday(self):
        return self.NAMES[(self.ordinal() - 1) % 7]

    def __eq__(self, o):
        return (self.y, self.m, self.d) == (o.y, o.m, o.d)

    def __lt__(self, o):
        return (self.y, self.m, self.d) < (o.y, o.m, o.d)

    def __hash__(self):
        return hash((self.y, self.m, self.d))

    def __repr__(self):
        return f'{self.y:04d}-{self.m:02d}-{self.d:02d}'

d = Date.parse('2024-02-27')
print(d, d + 1, d + 2, d + 3, d + 365, (d + 365).weekday())
print(Date(2024, 12, 31) + 1, Date(2000, 1, 1).weekday(), Date(2024, 3, 1) - Date(2024, 2, 1))
print(sorted([Date(2023, 5, 1), Date(2021, 1, 9), Date(2023, 4, 30)]), Date.is_leap(1900), Date.is_leap(2000))
for text in ['2023-02-29', '2023-13-01', 'yesterday']:
    try:
        Date.parse(text)
    except DateError as e:
        print('DateError:', e)
print(len({Date(2020, 1, 1), Date.parse('2020-1-1')}))
