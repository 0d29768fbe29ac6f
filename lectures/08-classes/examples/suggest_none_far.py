# No suggestion when nothing is close enough.
class Thing:
    def __init__(self):
        self.alpha = 1
t = Thing()
t.zzzzzzzzzzzz
