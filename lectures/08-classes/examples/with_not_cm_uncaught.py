# A with statement over a non-context manager, uncaught.
class Real:
    def __enter__(self): return 'real'
    def __exit__(self, *a): return False
with Real() as r:
    print(r)
def read(path):
    with path:
        return 'never'
print(read('data.txt'))
