x = 42
y = 3.14159
name = 'world'
print(f'hello {name}!', f'{x}', f'{x!r}', f'{name!r}', f'{name!a}', f'{"é"!a}')
print(f'{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{-x:+}|{x: }')
print(f'{y:.2f}|{y:10.3f}|{y:<10.1f}|{y:e}|{y:.3e}|{y:g}|{y:%}|{y:.0f}')
print(f'{x:x}|{x:X}|{x:o}|{x:b}|{x:#x}|{x:#o}|{x:#b}|{x:c}')
print(f'{1234567:,}|{1234567:_}|{1234567.891:,.2f}|{0xffff:_x}')
print(f'{name:>10}|{name:*^11}|{name:.3}|{name:<8}|')
print(f'{x=}', f'{x = }', f'{y=:.1f}', f'{name=!s}')
print(f'{{literal}}', f'{x}{x}', f'a{x}b{y}c')
print(f'{"nested" + "!"}', f'{x * 2}', f'{(1, 2)}', f'{ {1: 2}[1] }')
w = 8
p = 3
print(f'{y:{w}.{p}f}|', f'{name:{w}}|')
print(f'{True}', f'{None}', f'{1e100}', f'{1.5e-7}', f'{-0.0}', f'{float("inf")}')
print(f'{2.5:.0f} {3.5:.0f} {0.125:.2f} {1e16:.1f}')
print(f'{12345:=+10}|{-3.5:=10}|{7:010.3f}')
