# 3.13's TypeError texts for objects that are not context managers.
class OnlyEnter:
    def __enter__(self): pass
class OnlyExit:
    def __exit__(self, *a): pass
for obj in [1, OnlyEnter(), OnlyExit(), None, [1]]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
class Gen:
    def __aenter__(self): pass
    def __aexit__(self, *a): pass
try:
    with Gen():
        pass
except TypeError as e:
    print(e)
