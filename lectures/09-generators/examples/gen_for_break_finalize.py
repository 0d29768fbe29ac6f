def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)
for x in gen('break'):
    print(x)
    break
print('after break')
def first():
    for x in gen('return'):
        return x
print(first())
for a in range(2):
    for x in gen(f'inner {a}'):
        print('inner', a, x)
        break
it = gen('kept')
for x in it:
    break
print('held elsewhere: not closed yet')
it.close()
for x in (y for y in range(3)):
    break
print('genexpr done')
print([x for x in gen('exhausted')])
for i in range(2):
    for x in gen(f'continue {i}'):
        if x:
            continue
        print('c', x)
