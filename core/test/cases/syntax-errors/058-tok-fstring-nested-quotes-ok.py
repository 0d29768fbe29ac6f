x = 1
print(f"{"a" + f"{x}"}")
