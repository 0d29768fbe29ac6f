# An iterable class with a separate iterator class; independent passes.
class Team:
    def __init__(self, *members): self.members = list(members)
    def __iter__(self): return TeamIter(self)
    def __len__(self): return len(self.members)
class TeamIter:
    def __init__(self, team):
        self.team, self.i = team, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= len(self.team.members):
            raise StopIteration
        self.i += 1
        return self.team.members[self.i - 1]
t = Team('ann', 'bob', 'cy')
print(list(t), list(t), len(t))
print([(a, b) for a in t for b in t if a < b])
it = iter(t)
print(next(it), list(it), next(it, 'done'))
print(dict(zip(t, range(3))), sorted(t, reverse=True), ' '.join(t))
print(list(enumerate(t, 1)), 'bob' in t, max(t, key=len))
a, *rest = t
print(a, rest)
