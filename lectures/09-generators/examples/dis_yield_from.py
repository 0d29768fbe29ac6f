import dis
def yf():
    yield from [1, 2]
dis.dis(yf)
print('SEND' in [i.opname for i in dis.get_instructions(yf)])
