# add_note appends to __notes__; notes print after the message in tracebacks.
e = ValueError('bad')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
class Annotated(Exception):
    pass
def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f'while processing item {item!r}')
        raise
print(process(2))
process(0)
