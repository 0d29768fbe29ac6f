# A recipe scaler: Ingredient value objects, Recipe container with __mul__, __iter__, __str__ and units.
class Ingredient:
    def __init__(self, name, qty, unit):
        self.name, self.qty, self.unit = name, qty, unit

    def scaled(self, factor):
        return Ingredient(self.name, self.qty * factor, self.unit)

    def __str__(self):
        qty = int(self.qty) if self.qty == int(self.qty) else round(self.qty, 2)
        return f'{qty} {self.unit} {self.name}'

class Recipe:
    def __init__(self, title, serves, *ingredients):
        self.title, self.serves = title, serves
        self.ingredients = list(ingredients)

    def __iter__(self):
        return iter(self.ingredients)

    def __len__(self):
        return len(self.ingredients)

    def __mul__(self, factor):
        if not isinstance(factor, (int, float)) or factor <= 0:
            raise ValueError(f'scale factor must be a positive number, not {factor!r}')
        return Recipe(self.title, self.serves * factor, *[i.scaled(factor) for i in self])

    __rmul__ = __mul__

    def for_people(self, n):
        return self * (n / self.serves)

    def __getitem__(self, name):
        for i in self:
            if i.name == name:
                return i
        raise KeyError(f'{self.title} has no {name}')

    def __str__(self):
        lines = [f'{self.title} (serves {self.serves:g})']
        lines += ['  - ' + str(i) for i in self]
        return '\n'.join(lines)

pancakes = Recipe('Pancakes', 4, Ingredient('flour', 200, 'g'), Ingredient('milk', 0.5, 'l'),
                  Ingredient('eggs', 2, 'pcs'), Ingredient('sugar', 1.5, 'tbsp'))
print(pancakes)
print(2 * pancakes)
print(pancakes.for_people(6))
print(len(pancakes), str(pancakes['eggs']), [i.name for i in pancakes])
for bad in [lambda: pancakes * 0, lambda: pancakes['salt'], lambda: pancakes * 'x']:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
