def code(s):
    return ord(s)
print(code('A'))
print(code('AB'))
