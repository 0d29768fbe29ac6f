def tp[T, *Ts, **P]():
    pass
print(tp.__type_params__)
print(tp.__type_params__[0].__name__, type(tp.__type_params__[1]), tp.__type_params__[2].__name__)
def b[T: int, U: (int, str)](x: T) -> U:
    return x
print(b.__type_params__, b(3), b.__name__, b.__qualname__)
print(b.__annotations__)
