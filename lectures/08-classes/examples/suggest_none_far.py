# No suggestion when nothing is close enough.
class Thing:
    def __init__(self):
        self.alpha = 1
        self.beta = 2
t = Thing()
print(t.alpha, t.beta)
print(sorted(vars(t)))
print(getattr(t, 'gamma', 'no gamma'))
t.zzzzzzzzzzzz
