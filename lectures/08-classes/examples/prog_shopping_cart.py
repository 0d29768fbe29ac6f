# A shopping cart with products, discounts as strategy classes, __iadd__ and a receipt.
class Product:
    def __init__(self, name, price):
        if price < 0:
            raise ValueError(f'negative price for {name}')
        self.name, self.price = name, price

class Discount:
    def apply(self, total):
        return total
    def __str__(self):
        return 'no discount'

class Percent(Discount):
    def __init__(self, pct):
        self.pct = pct
    def apply(self, total):
        return total * (100 - self.pct) / 100
    def __str__(self):
        return f'{self.pct}% off'

class Fixed(Discount):
    def __init__(self, amount):
        self.amount = amount
    def apply(self, total):
        return max(0, total - self.amount)
    def __str__(self):
        return f'{self.amount:.2f} off'

class Cart:
    def __init__(self):
        self.lines = {}
        self.discount = Discount()

    def __iadd__(self, item):
        product, qty = item if isinstance(item, tuple) else (item, 1)
        name = product.name
        if name in self.lines:
            self.lines[name][1] += qty
        else:
            self.lines[name] = [product, qty]
        return self

    def __isub__(self, name):
        if name not in self.lines:
            raise KeyError(f'{name} is not in the cart')
        del self.lines[name]
        return self

    @property
    def subtotal(self):
        return sum([p.price * q for p, q in self.lines.values()])

    def receipt(self):
        for p, q in self.lines.values():
            print(f'  {p.name:8} {q:>2} x {p.price:6.2f} = {p.price * q:7.2f}')
        print(f'  subtotal {self.subtotal:25.2f}')
        print(f'  {str(self.discount):17} total {self.discount.apply(self.subtotal):10.2f}')

apple, bread, wine = Product('apple', 0.5), Product('bread', 2.25), Product('wine', 12.0)
cart = Cart()
cart += apple, 6
cart += bread
cart += wine
cart += apple, 2
cart.receipt()
cart.discount = Percent(10)
cart -= 'bread'
cart.receipt()
cart.discount = Fixed(50)
cart.receipt()
for bad in [lambda: Product('gold', -1), lambda: cart.__isub__('milk')]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
