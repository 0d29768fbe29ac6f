x = 5
y = "five"
print(x + y)
