x = f"{a:{b)}"
