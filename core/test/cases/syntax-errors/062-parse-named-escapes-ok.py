x = "\N{EM DASH}" + f"\N{EM DASH}{1}"
print(x)
