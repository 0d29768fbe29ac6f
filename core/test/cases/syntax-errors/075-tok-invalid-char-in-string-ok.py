x = "€  "
print(len(x))
