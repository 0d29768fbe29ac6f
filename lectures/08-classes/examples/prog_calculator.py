# A calculator class with history, operator dispatch through a dict of methods, and errors.
class CalculatorError(Exception):
    pass

class Calculator:
    def __init__(self):
        self.history = []
        self.memory = 0
        self.ops = {'+': self.add, '-': self.sub, '*': self.mul, '/': self.div, '**': self.power}

    def add(self, a, b): return a + b
    def sub(self, a, b): return a - b
    def mul(self, a, b): return a * b

    def div(self, a, b):
        if b == 0:
            raise CalculatorError('cannot divide by zero')
        return a / b

    def power(self, a, b):
        if abs(b) > 100:
            raise CalculatorError(f'exponent {b} too large')
        return a ** b

    def evaluate(self, expression):
        parts = expression.split()
        if len(parts) != 3:
            raise CalculatorError(f'expected "a op b", got {expression!r}')
        a, op, b = parts
        try:
            x = self.memory if a == 'M' else float(a)
            y = self.memory if b == 'M' else float(b)
        except ValueError:
            raise CalculatorError(f'not a number in {expression!r}') from None
        if op not in self.ops:
            raise CalculatorError(f'unknown operator {op!r}')
        result = self.ops[op](x, y)
        if result == int(result):
            result = int(result)
        self.history.append((expression, result))
        self.memory = result
        return result

calc = Calculator()
for expr in ['2 + 3', 'M * 4', '10 / 4', '1 / 0', '2 ** 10', 'M - 24', 'x + 1', '5 % 2', '1 +', '2 ** 1000']:
    try:
        print(f'{expr:10} = {calc.evaluate(expr)}')
    except CalculatorError as e:
        print(f'{expr:10} ! {e}')
print(calc.history)
print(calc.memory, len(calc.history), type(calc.ops['+']).__name__, calc.ops['+'].__self__ is calc)
