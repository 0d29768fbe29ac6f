# An inventory: a dict subclass with __missing__, item classes with __eq__/__hash__, reports.
class Item:
    def __init__(self, sku, name, price):
        self.sku = sku
        self.name = name
        self.price = price

    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f'Item({self.sku!r}, {self.name!r}, {self.price})'

class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f'{item.name}: wanted {wanted}, only {have} left')

class Stock(dict):
    def __missing__(self, item):
        return 0

class Inventory:
    def __init__(self):
        self.stock = Stock()
        self.catalog = {}

    def add(self, item, qty=1):
        self.catalog[item.sku] = item
        self.stock[item] += qty

    def remove(self, sku, qty=1):
        item = self[sku]
        have = self.stock[item]
        if qty > have:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty

    def __getitem__(self, sku):
        try:
            return self.catalog[sku]
        except KeyError:
            raise KeyError(f'unknown sku {sku!r}') from None

    def __contains__(self, sku):
        return self.stock[self.catalog.get(sku)] > 0 if sku in self.catalog else False

    def __len__(self):
        return sum(self.stock.values())

    def value(self):
        return round(sum([i.price * n for i, n in self.stock.items()]), 2)

    def report(self):
        for item in sorted(self.stock, key=lambda i: i.name):
            print(f'  {item.sku:6} {item.name:8} x{self.stock[item]:<3} @ {item.price:6.2f}')

inv = Inventory()
inv.add(Item('A1', 'widget', 2.5), 10)
inv.add(Item('B2', 'gadget', 12.0), 3)
inv.add(Item('A1', 'widget', 2.5), 5)
inv.add(Item('C3', 'doohick', 0.75))
print(len(inv), inv.value(), 'A1' in inv, 'Z9' in inv)
inv.report()
inv.remove('B2', 3)
print('B2' in inv, inv.stock[inv['B2']], inv.stock[Item('nope', '', 0)])
try:
    inv.remove('C3', 2)
except OutOfStock as e:
    print('OutOfStock:', e)
try:
    inv['Z9']
except KeyError as e:
    print('KeyError:', e)
print(sorted(inv.stock.items(), key=lambda p: p[0].sku))
inv.remove('Z9')
