# bytearray as a mutable sequence: items, slices, slice assignment, growth, comparisons,
# concatenation and repetition, its own methods, and CPython's over-allocation (__alloc__).
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)


b = bytearray(b'abc')
for s in ['b[5]', 'b[-1]', 'b["x"]', 'b[::-1]', 'b[1:]', 'b[2**70]', 'b.__setitem__(0, 300)', 'b.__setitem__(0, "x")',
          'b.__setitem__(slice(0, 1), 5)', 'b.__setitem__(slice(0, 1), "x")', 'b.__setitem__(slice(0, 3, 2), b"xyz")',
          'b.__setitem__(5, 1)', 'b.__delitem__(7)', 'hash(b)', 'b + "x"', 'b * "x"', 'b.pop(7)', 'bytearray().pop()',
          'b.remove(9)', 'b.insert("x", 1)', 'b.append(256)', 'b.append("a")', 'b.extend(5)', 'b.extend([1, "a"])',
          'b.extend("ab")', 'bytearray("ab")', 'bytearray("ab", "ascii")', 'bytearray("é", "latin-1")', 'bytearray(-1)',
          'bytearray(5.0)', 'bytearray([1, "a"])', 'bytearray([300])', 'bytearray(3)', 'bytearray(b"x", "ascii")',
          'bytearray(range(3))', 'bytearray(memoryview(b"mv"))', 'bytearray(iter(b"gen"))',
          'bytearray(b"x").__alloc__()', 'bytearray(10).__alloc__()', 'bytearray([1, 2, 3]).__alloc__()', 'bytearray().__alloc__()',
          'b == b"abc"', 'b"abc" == b', 'b < b"abd"', 'b == "abc"', 'b < "abc"', 'b >= bytearray(b"abc")', 'b != memoryview(b"abc")',
          'b.copy()', 'b.copy() is b', 'str(b)', 'repr(bytearray(b"\\x00\'"))', 'repr(bytearray(b"\'\\""))', 'b"x" + b', 'b + b"x"',
          'b + memoryview(b"m")', 'b * 2', '0 * b', 'b.__alloc__(1)', 'b.pop(1, 2)', 'len(b)', '98 in b', 'b"bc" in b', '"b" in b',
          '300 in b', 'list(b)', 'sorted(bytearray(b"cab"))', 'bytearray(b"abc") is bytearray(b"abc")']:
    t(s)
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
for i in range(35):
    del b[0]
print(b, b.__alloc__())
b.extend(range(100))
print(len(b), b.__alloc__())
b[10:90] = b''
print(len(b), b.__alloc__())
b = bytearray(b'0123456789')
b[2:5] = b'ab'
print(b)
b[::3] = b'XYZ'
print(b)
del b[::2]
print(b)
b[1:1] = bytearray(b'--')
print(b)
b[len(b):] = [65, 66]
print(b)
b[:] = b
print(b)
b += b'+'
b += memoryview(b'mv')
print(b)
b *= 2
print(b)
b *= 0
print(b, b.__alloc__())
b = bytearray(b'hello')
b.insert(0, 72)
b.insert(-1, 33)
b.insert(100, 46)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(108)
print(b)
b.reverse()
print(b)
b.clear()
print(b, len(b))
x = bytearray(b'abc')
it = iter(x)
print(next(it))
x.append(100)
print(list(it))
try:
    b += 'str'
except TypeError as e:
    print('TypeError', e)
