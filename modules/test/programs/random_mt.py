# _random.Random: CPython's Mersenne Twister, seeded from ints (their absolute value),
# from other objects by hash, with getrandbits, getstate and setstate.
import _random
r = _random.Random(42)
print(r.random(), r.random(), r.random())
print([r.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 100, 0)])
r.seed(-42)
print(r.random())
r.seed(2**100 + 12345)
print(r.random(), r.getrandbits(200))
r.seed(0)
print(r.random())
r.seed(b'bytes'.__hash__() if False else 7)
print(r.random())
r.seed(3.5)
print(r.random())
r.seed("text")
print(r.random())
s = r.getstate()
print(len(s), s[-1], type(s))
a = [r.random() for i in range(3)]
r.setstate(s)
print(a == [r.random() for i in range(3)])
r2 = _random.Random()
print(0.0 <= r2.random() < 1.0)
for bad in ['r.getrandbits(-1)', 'r.getrandbits(1.5)', 'r.setstate((1, 2))', 'r.setstate([1])',
            'r.random(1)', '_random.Random(1, 2)', 'r.seed(1, 2)', 'r.setstate(s[:-1] + (700,))']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
