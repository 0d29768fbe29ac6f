def read(lines):
    for line in lines:
        yield line
def strip(src):
    for s in src:
        yield s.strip()
def nonblank(src):
    return (s for s in src if s)
def numbered(src):
    for i, s in enumerate(src, 1):
        yield f'{i}: {s}'
data = ['  alpha ', '', ' beta', '   ', 'gamma  ']
for out in numbered(nonblank(strip(read(data)))):
    print(out)
