def describe(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [a, *rest]:
            return f'many {a} {rest}'
        case {'k': v}:
            return f'mapping {v}'
        case int(n):
            return f'int {n}'
        case str():
            return 'string'
        case _:
            return 'other'
for v in [[], [1], (1, 2), [1, 2, 3], {'k': 9}, 7, 'ab', 2.5, range(2)]:
    print(describe(v))
