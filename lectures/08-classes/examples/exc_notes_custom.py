# __notes__ replaced by hand; a non-list __notes__ and non-str notes in the traceback.
try:
    e = KeyError('k')
    e.__notes__ = ['custom', 'notes']
    raise e
except KeyError as err:
    print(err.__notes__)
e = RuntimeError('with odd notes')
e.__notes__ = 'not a sequence of notes'
try:
    e.add_note('x')
except TypeError as err:
    print(err)
class Boom(Exception):
    pass
b = Boom('visible')
b.add_note('note one')
b.__notes__.append(123)
raise b
