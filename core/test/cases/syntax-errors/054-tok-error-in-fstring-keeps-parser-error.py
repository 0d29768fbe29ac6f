x = f"{a b}" + "abc
