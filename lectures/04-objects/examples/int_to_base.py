# bin(), oct() and hex(): PyNumber_ToBase over the integer __index__ gives.
print(bin(0), bin(5), bin(-5), bin(2**70), bin(True))
print(oct(0), oct(64), oct(-8), oct(2**64))
print(hex(0), hex(255), hex(-255), hex(2**100 - 1), hex(False))
print(int(bin(-37), 0), int(oct(511), 0), int(hex(-48879), 0))
try:
    bin(1.5)
except TypeError as e:
    print(e)
try:
    oct('x')
except TypeError as e:
    print(e)
try:
    hex(None)
except TypeError as e:
    print(e)
try:
    bin()
except TypeError as e:
    print(e)
try:
    hex(1, 2)
except TypeError as e:
    print(e)
try:
    oct(x=1)
except TypeError as e:
    print(e)
