log = []
for i in range(5):
    try:
        if i % 2:
            continue
        if i == 4:
            break
        log.append(i)
    finally:
        log.append(f'f{i}')
print(log)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('finally', i)
print(f())
