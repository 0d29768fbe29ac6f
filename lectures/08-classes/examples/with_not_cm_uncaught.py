# A with statement over a non-context manager, uncaught.
def read(path):
    with path:
        return 'never'
print(read('data.txt'))
