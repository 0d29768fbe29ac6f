# A closure keeps the variable alive in a cell after its frame is gone.
def make_adder(k):
    def add(x):
        return x + k
    return add

add5 = make_adder(5)
add7 = make_adder(7)
print(add5(1), add7(1))
print(add5.__closure__[0].cell_contents, add7.__closure__[0].cell_contents)
print(make_adder.__code__.co_cellvars, add5.__code__.co_freevars)
print(len(add5.__closure__), make_adder.__closure__)
