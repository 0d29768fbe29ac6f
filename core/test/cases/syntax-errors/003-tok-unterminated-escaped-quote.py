print("it\"s)
