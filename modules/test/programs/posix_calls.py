# posix: the calls os.py and posixpath.py build on, with OSError's errno and texts.
import posix
here = posix.getcwd()
# Run from this file's folder, whatever the caller's working folder (restored at the end).
posix.chdir(__file__.rsplit('/', 1)[0])
print(sorted(posix.listdir('posix_tree')), type(posix.listdir()).__name__, sorted(posix.listdir(b'posix_tree')))
st = posix.stat('posix_tree/file.txt')
print(type(st).__name__, st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8], isinstance(st, tuple))
print(posix.stat('posix_tree').st_mode & 0o170000 == 0o040000, posix.lstat('posix_tree/file.txt').st_size)
fd = posix.open('posix_tree/file.txt', posix.O_RDONLY)
print(posix.read(fd, 3), posix.read(fd, 100), posix.read(fd, 10), posix.fstat(fd).st_size)
posix.close(fd)
posix.mkdir('posix_tree/newdir')
fd = posix.open('posix_tree/newdir/out.bin', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b'abc\n'))
posix.close(fd)
posix.rename('posix_tree/newdir/out.bin', 'posix_tree/newdir/moved.bin')
print(sorted(posix.listdir('posix_tree/newdir')))
posix.remove('posix_tree/newdir/moved.bin')
posix.rmdir('posix_tree/newdir')
print(sorted(posix.listdir('posix_tree')))
print(posix.fspath('a/b'), posix.fspath(b'x'), posix.strerror(2), posix.strerror(13), posix.strerror(9999))
print(len(posix.urandom(16)), type(posix.getpid()).__name__, posix.cpu_count() > 0, type(posix.environ).__name__,
      all([type(k) is bytes for k in posix.environ]), type(posix.uname()).__name__, len(posix.uname()))
print(posix.error is OSError, posix.F_OK, posix.R_OK, posix.O_CREAT, posix.O_APPEND, posix.access('posix_tree', posix.F_OK),
      posix.access('nope', posix.F_OK))
for bad in ["posix.stat('no/such/file')", "posix.listdir('missing_dir')", "posix.mkdir('posix_tree')",
            "posix.rmdir('posix_tree/file.txt')", "posix.remove('posix_tree')", "posix.open('none.txt', posix.O_RDONLY)",
            "posix.rename('nothing', 'other')", "posix.stat(1.5)", "posix.fspath(3)", "posix.read(-1, 1)",
            "posix.urandom(-1)", "posix.close(9999)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e, getattr(e, 'errno', None), getattr(e, 'filename', None))
posix.chdir(here)
print(posix.getcwd() == here)
