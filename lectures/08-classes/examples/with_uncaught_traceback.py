# An exception escaping a with block: __exit__ runs, then the traceback shows the body line.
class Resource:
    def __enter__(self):
        print('acquire')
        return self
    def __exit__(self, *a):
        print('release')
def work():
    with Resource() as r:
        data = {'a': 1}
        return data['b']
work()
