# A tiny expression interpreter with node classes, an environment and evaluation errors.
class EvalError(Exception):
    pass

class Node:
    def evaluate(self, env):
        raise NotImplementedError(type(self).__name__)

class Num(Node):
    def __init__(self, value):
        self.value = value
    def evaluate(self, env):
        return self.value
    def __repr__(self):
        return repr(self.value)

class Var(Node):
    def __init__(self, name):
        self.name = name
    def evaluate(self, env):
        if self.name not in env:
            raise EvalError(f'undefined variable {self.name!r}')
        return env[self.name]
    def __repr__(self):
        return self.name

class BinOp(Node):
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
           '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    def __init__(self, op, left, right):
        if op not in self.ops:
            raise EvalError(f'unknown operator {op!r}')
        self.op, self.left, self.right = op, left, right
    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        try:
            return self.ops[self.op](a, b)
        except ZeroDivisionError:
            raise EvalError(f'division by zero in {self!r}') from None
    def __repr__(self):
        return f'({self.left!r} {self.op} {self.right!r})'

class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body
    def evaluate(self, env):
        inner = dict(env)
        inner[self.name] = self.value.evaluate(env)
        return self.body.evaluate(inner)
    def __repr__(self):
        return f'let {self.name} = {self.value!r} in {self.body!r}'

def tokenize(text):
    return text.replace('(', ' ( ').replace(')', ' ) ').split()

def parse(tokens):
    tok = tokens.pop(0)
    if tok == '(':
        op = tokens.pop(0)
        left = parse(tokens)
        right = parse(tokens)
        if tokens.pop(0) != ')':
            raise EvalError('expected )')
        return BinOp(op, left, right)
    if tok.lstrip('-').isdigit():
        return Num(int(tok))
    return Var(tok)

env = {'x': 6, 'y': 7}
for src in ['(* x y)', '(+ 1 (* 2 3))', '(/ x (- y 7))', '(+ z 1)', '(% 1 2)']:
    try:
        tree = parse(tokenize(src))
        print(f'{src:16} => {tree!r:20} = {tree.evaluate(env)}')
    except EvalError as e:
        print(f'{src:16} => EvalError: {e}')
prog = Let('a', Num(10), BinOp('-', Var('a'), Var('x')))
print(prog, '=', prog.evaluate(env))
print([c.__name__ for c in Node.__subclasses__()])
try:
    Node().evaluate({})
except NotImplementedError as e:
    print('NotImplementedError', e)
