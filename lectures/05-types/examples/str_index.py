s = 'héllo😀wörld'
print(len(s), s[5], s[6], s[-1], s[4:7], s[::-1], s[::3])
print(len('😀'), ord('😀'), chr(128512), '😀'[0])
print(s[100:], s[-100:3], s[2:-2:2])
try:
    s[20]
except IndexError as e:
    print('IndexError:', e)
try:
    s[1.5]
except TypeError as e:
    print('TypeError:', e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
i = 0
while i < len(s):
    print(i, s[i], ord(s[i]))
    i += 3
print('abc' * 3, 3 * 'ab', 'a' + 'b', '' * 5, 'x' * -1)
print('b' in 'abc', 'bc' in 'abc', '' in 'abc', 'd' not in 'abc')
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z', '😀' > 'é', 'ab' < 'abc')
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
