print('%s and %s' % ('x', 'y'))
print('%d items' % 'three')
