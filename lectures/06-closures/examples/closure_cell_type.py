# Cells: repr-free checks of the cell type and cell_contents.
def f():
    a = 1
    def g():
        return a
    return g

c = f().__closure__[0]
print(type(c))
print(c.cell_contents)
c.cell_contents = 42
print(f.__code__.co_cellvars, c.cell_contents)
CellType = type(c)
print(CellType(1) == CellType(1), CellType(1) == CellType(2), CellType() == CellType())
print(CellType() < CellType(1))
e = CellType()
try:
    e.cell_contents
except ValueError as err:
    print(err)
del c.cell_contents
try:
    c.cell_contents
except ValueError as err:
    print(err)
