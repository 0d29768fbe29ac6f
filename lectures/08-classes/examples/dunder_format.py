# __format__ serves format() and f-strings; object.__format__ rejects a non-empty spec.
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents / 100:{spec or ".2f"}}'
m = Money(12345)
print(format(m), format(m, 'short'), f'{m:.1f}', f'{m:short}')
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}', f'{Plain()!s:>8}|')
try:
    format(Plain(), '>10')
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec): return 1
try:
    f'{Bad()}'
except TypeError as e:
    print(e)
class IntSub(int):
    pass
print(f'{IntSub(5):03d}', format(IntSub(255), 'x'))
