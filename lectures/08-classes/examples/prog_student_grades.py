# Students and a course: averages, letter grades, ranking and validation errors.
class GradeError(ValueError):
    pass

class Student:
    def __init__(self, name):
        self.name = name
        self.grades = {}

    def add_grade(self, subject, score):
        if not isinstance(score, (int, float)):
            raise GradeError(f'score for {subject} must be a number, got {score!r}')
        if not 0 <= score <= 100:
            raise GradeError(f'score {score} for {subject} is out of range')
        self.grades.setdefault(subject, []).append(score)

    def average(self, subject=None):
        scores = self.grades.get(subject, []) if subject else [s for v in self.grades.values() for s in v]
        if not scores:
            return 0.0
        return round(sum(scores) / len(scores), 2)

    @staticmethod
    def letter(avg):
        for limit, letter in [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]:
            if avg >= limit:
                return letter
        return 'F'

    def __repr__(self):
        return f'Student({self.name!r}, avg={self.average()})'

class Course:
    def __init__(self, title):
        self.title = title
        self.students = {}

    def enroll(self, *names):
        for n in names:
            self.students[n] = Student(n)

    def __getitem__(self, name):
        return self.students[name]

    def ranking(self):
        return sorted(self.students.values(), key=lambda s: (-s.average(), s.name))

c = Course('Python 101')
c.enroll('ann', 'bob', 'cy')
data = [('ann', 'math', 95), ('ann', 'art', 88), ('bob', 'math', 72), ('bob', 'art', 65),
        ('cy', 'math', 88), ('cy', 'art', 91), ('bob', 'math', 'A+'), ('cy', 'art', 105)]
for name, subject, score in data:
    try:
        c[name].add_grade(subject, score)
    except GradeError as e:
        print('rejected:', e)
for i, s in enumerate(c.ranking(), 1):
    print(f'{i}. {s.name:4} {s.average():6.2f} {Student.letter(s.average())}  math={s.average("math")}')
print(c.ranking())
try:
    c['dan']
except KeyError as e:
    print('no student', e)
