for o in [[], (), '', 'é', {}, {}.keys(), {}.values(), {}.items(), set(), frozenset(),
          range(3), reversed([]), reversed(range(2)), enumerate([]), zip(), map(abs, []), filter(None, [])]:
    print(type(iter(o)))
print(type(iter('abc')), type(iter('\u20ac')), type(iter(b'ab')), list(b'ab'))
