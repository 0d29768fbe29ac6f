# An uncaught ValueError from int() inside a function: the traceback shows both frames.
def parse(text):
    return int(text, 16)
print(parse('ff'))
print(parse('0x10'))
print(parse('fg'))
