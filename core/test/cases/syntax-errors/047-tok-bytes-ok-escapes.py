b = b"\xff\n"
print(b)
