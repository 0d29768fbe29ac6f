name = 'Ada'
age = 36
print('%s is %d' % (name, age), '%r' % name, '%5s|%-5s|' % (name, name), '%.1s' % name)
print('%(name)s is %(age)d, %(name)s!' % {'name': name, 'age': age})
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 1.5, 1.5, 0.00001234, 1e20))
print('%5.2f|%-8.3f|%+d|% d|%05d|%-5d|' % (3.14159, 2.71828, 5, 5, -42, 7))
print('%c%c%c' % (72, 'i', 33), '%%', '100%%' % (), '%s' % (1,), '%s' % [1] if False else '%s' % ((1, 2),))
print(b'%s: %d' % (b'count', 3), b'%5s|' % b'ab', b'%x' % 255, b'%c' % b'z', b'%%')
print('%s' % 'only', '%s %s' % ('a', 'b'), '%d' % 3.9, '%i' % -3.9, '%.3d' % -7, '%s' % None, '%a' % '日')
