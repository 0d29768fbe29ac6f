# _heapq and _bisect: CPython's sift order and insertion points.
import _heapq, _bisect
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for i in range(4)], h)
print(_heapq.heapreplace(h, 4), h, _heapq.heappushpop(h, 1), _heapq.heappushpop(h, 10), h)
data = [(i * 7919) % 1000 for i in range(3000)]
_heapq.heapify(data)
print(data[:20], data[1500:1510])
small = [9, 1, 8, 2, 7, 3]
_heapq.heapify(small)
print(small)
mx = [1, 5, 2, 8, 3]
_heapq._heapify_max(mx)
print(mx, _heapq._heappop_max(mx), mx, _heapq._heapreplace_max(mx, 0), mx)
a = [1, 2, 2, 2, 3, 5, 8]
print([_bisect.bisect_left(a, x) for x in range(10)])
print([_bisect.bisect_right(a, x) for x in range(10)])
print(_bisect.bisect_right(a, 2, 2, 5), _bisect.bisect_left(a, 2, lo=4), _bisect.bisect_left(a, 9, hi=3))
words = ['apple', 'fig', 'banana', 'kiwi']
words.sort(key=len)
print(_bisect.bisect_left(words, 4, key=len), _bisect.bisect_right(words, 4, key=len))
_bisect.insort_right(words, 'plum', key=len)
_bisect.insort_left(words, 'date', key=len)
print(words)
b = [1, 3, 5]
_bisect.insort_left(b, 4)
_bisect.insort_right(b, 3)
_bisect.insort_right(b, 0, 0, 1)
print(b)
for bad in ['_heapq.heappush(1, 2)', '_heapq.heappush([])', '_heapq.heappop([])', '_heapq.heapify(1)',
            '_heapq.heapreplace([], 1)', '_heapq._heappop_max([])', '_heapq.heappop([], 1)',
            '_bisect.bisect_left([])', '_bisect.bisect_right([1], 1, -1)', '_bisect.bisect_left([1], 1, "a")',
            '_heapq.heappush([1], "a")', '_bisect.insort_left([1, 2], "x")']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
