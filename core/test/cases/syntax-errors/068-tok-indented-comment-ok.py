    # comment
x = 1
  # another
print(x)
