# Builtin bound methods: __self__, __name__, __qualname__; no __func__.
l = [3, 1]
m = l.append
print(m.__self__ is l, m.__name__, m.__qualname__, type(m).__name__)
print(hasattr(m, '__func__'), len.__self__, type(len.__self__).__name__)
m(2)
print(l)
print(str.join.__name__, str.join.__qualname__, str.join.__objclass__)
print(type(str.maketrans).__name__, type(str.__dict__['maketrans']).__name__)
print(dict.fromkeys('ab'), type(dict.__dict__['fromkeys']).__name__)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes.__self__)
f = 'x-y'.split
print(f('-'), f.__self__)
print(list.append == list.append, [].append == [].append, l.append == l.append)
print(object.__init__.__name__, object.__init__.__objclass__)
