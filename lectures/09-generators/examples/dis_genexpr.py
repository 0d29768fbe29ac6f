import dis
code = compile('sum(x*x for x in xs)', 'm', 'exec')
dis.dis(code.co_consts[0])
print(code.co_consts[0].co_name, code.co_consts[0].co_flags & 0x20 != 0)
