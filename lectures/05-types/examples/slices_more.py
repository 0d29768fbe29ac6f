s = '0123456789'
i = -12
while i <= 12:
    print(i, repr(s[i:]), repr(s[:i]), repr(s[::i]) if i != 0 else '-', repr(s[i:i + 3]))
    i += 3
t = tuple(s)
print(t[2:8:3], t[8:2:-3], t[-1:-11:-4], t[100:], t[::-1][:3])
print(b'0123456789'[1:9:2], b'0123456789'[::-4], slice(None, 5, 2).indices(10), slice(-3, None).indices(2))
print(s[None:None], s[:None:2], slice(1, 2, 3) == slice(1, 2, 3), repr(slice(None)), hash(slice(1, 2)) == hash(slice(1, 2)))
