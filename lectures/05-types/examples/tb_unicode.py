data = b'caf\xc3\xa9 \xff'
print(data.decode('utf-8', 'replace'))
print(data.decode('latin-1'))
print(data.decode())
