# NameError inside a method suggests self.attr (3.13): "Did you mean: 'self.size'?"
class Box:
    def __init__(self):
        self.size = 3
    def volume(self):
        return self.size ** 3
    def area(self):
        return size * size
b = Box()
print(b.volume())
print(b.area())
