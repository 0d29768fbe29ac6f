print('%s=%d' % ('a', 1))
print('%s=%d' % ('a',))
