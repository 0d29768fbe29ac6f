# NotImplemented from a slot sends binary_op1 to the other operand's slot.
print(1 + 2.5, 2.5 + 1, 1 + 2j, 2j + 1, True + 1.5, 3 * 1j, 1.5 * True)
try:
    1 + None
except TypeError as e:
    print(e)
try:
    None - 1.5
except TypeError as e:
    print(e)
try:
    2j @ 1
except TypeError as e:
    print(e)
try:
    1 < None
except TypeError as e:
    print(e)
try:
    x = 5
    x += 'a'
except TypeError as e:
    print(e)
try:
    x = 5
    x **= None
except TypeError as e:
    print(e)
try:
    pow(1, 2, None)
    pow(1.5, None)
except TypeError as e:
    print(e)
print(pow(2, 3, None), pow(2.0, 3, None))
