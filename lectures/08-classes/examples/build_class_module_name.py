# __module__ comes from the __name__ in the globals where the class statement runs.
ns = {'__name__': 'fake_module'}
exec('class K:\n    pass\n', ns)
print(ns['K'].__module__, ns['K'])
exec('class L:\n    __module__ = "chosen"\n', ns)
print(ns['L'].__module__)
class M:
    pass
print(M.__module__)
M.__module__ = 'elsewhere'
print(M)
ns2 = {}
exec('class N:\n    pass\n', ns2)
print(ns2['N'].__module__)
