x = 3.5
try:
    f'{x:d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{"s":>+5}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{5:=^5s}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{None:5}'
except TypeError as e:
    print('TypeError:', e)
try:
    f'{(1, 2):>9}'
except TypeError as e:
    print('TypeError:', e)
try:
    f'{x:.2z}'
except ValueError as e:
    print('ValueError:', e)
try:
    format(3, '.2d')
except ValueError as e:
    print('ValueError:', e)
print(f'{None!s:>6}|{(1, 2)!r:>9}|{None!r}|{x!s:<5}|')
print(f'{-0.0:z.1f}|{-0.001:z.2f}|{0.0:+.1f}|{-1:z}' if False else f'{-0.0:z.1f}|{-0.001:z.2f}|{0.0:+.1f}')
