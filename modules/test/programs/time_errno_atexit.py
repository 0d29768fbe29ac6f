# time's struct_time (gmtime, strftime, asctime), clocks that move forward, errno's table,
# and atexit running last-registered-first after the program.
import time, errno, atexit
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_wday, t.tm_yday, t[0], len(t), t.tm_zone, t.tm_gmtoff, type(t).__name__)
print(time.gmtime(1e9), time.gmtime(-86400 * 365.25 * 30))
print(time.gmtime(1700000000.9)[:6])
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %u %y %C %e %I %p %%', fixed))
print(time.strftime('%c | %x | %X | %D | %T | %R | %F | %G-W%V | %k | %l', fixed))
print(time.asctime(fixed), time.asctime((2024, 12, 1, 0, 0, 0, 6, 336, 0)))
print(time.strftime('%G %V %g', (2021, 1, 3, 0, 0, 0, 6, 3, 0)), time.strftime('%G %V', (2020, 12, 31, 0, 0, 0, 3, 366, 0)))
a = time.monotonic(); b = time.monotonic()
print(b >= a, time.perf_counter_ns() > 0, type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.time() > 1.7e9, isinstance(time.localtime(), time.struct_time), time.process_time() >= 0)
time.sleep(0.001)
print(time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, 0)))
for bad in ['time.sleep(-1)', 'time.sleep("1")', 'time.gmtime("x")', 'time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))',
            'time.strftime(1)', 'time.asctime((1, 2))', 'time.struct_time((1, 2))', 'time.gmtime(float("nan"))',
            'time.time(1)', 'time.mktime(5)']:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11], len(errno.errorcode))
print(sorted(errno.errorcode.items())[:5], errno.ENOTSUP, errno.errorcode[errno.ENOTSUP])
def bye(who, punct='!'):
    print('bye', who + punct)
atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
def dropped():
    print('never')
atexit.register(dropped)
atexit.unregister(dropped)
print(atexit._ncallbacks())
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError', e)
print('end of main')
