def grep(pattern):
    print('looking for', pattern)
    matched = []
    try:
        while True:
            line = yield
            if pattern in line:
                matched.append(line)
    except GeneratorExit:
        print('matched', matched)
g = grep('py')
next(g)
for line in ['python', 'java', 'pypy', 'rust']:
    g.send(line)
g.close()
