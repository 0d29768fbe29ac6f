# Classic polymorphism: animals that speak, with a base-class default and overrides.
class Animal:
    sound = '...'
    legs = 4

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def speak(self):
        return f'{self.name} says {self.sound}'

    def describe(self):
        return f'{self.name} is a {self.age}-year-old {type(self).__name__.lower()} with {self.legs} legs'

    def __str__(self):
        return f'{type(self).__name__}({self.name})'

class Dog(Animal):
    sound = 'Woof'

    def fetch(self, thing='ball'):
        return f'{self.name} fetches the {thing}'

class Cat(Animal):
    sound = 'Meow'

    def speak(self):
        return super().speak() + ' (and ignores you)'

class Bird(Animal):
    sound = 'Tweet'
    legs = 2

    def __init__(self, name, age, can_fly=True):
        super().__init__(name, age)
        self.can_fly = can_fly

    def describe(self):
        base = super().describe()
        return base + ('' if self.can_fly else ", and it can't fly")

class Fish(Animal):
    legs = 0

pets = [Dog('Rex', 3), Cat('Tom', 5), Bird('Tweety', 1), Bird('Pingu', 4, can_fly=False), Fish('Nemo', 2)]
for pet in pets:
    print(pet.speak())
    print('  ' + pet.describe())
print([str(p) for p in pets])
print(pets[0].fetch(), pets[0].fetch('stick'))
print(sorted(pets, key=lambda p: p.age)[0].name, max(pets, key=lambda p: p.legs).name)
print(sum([p.legs for p in pets]), 'legs in total')
print([type(p).__name__ for p in pets if isinstance(p, Bird)], isinstance(pets[1], Dog))
try:
    pets[1].fetch()
except AttributeError as e:
    print('AttributeError:', e)
