# A text editor buffer with command objects and undo/redo stacks (the command pattern).
class Command:
    def do(self, doc):
        raise NotImplementedError
    def undo(self, doc):
        raise NotImplementedError
    def __repr__(self):
        return f'{type(self).__name__}({", ".join([f"{k}={v!r}" for k, v in vars(self).items()])})'

class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self.removed = None
    def do(self, doc):
        if self.pos + self.length > len(doc.text):
            raise IndexError(f'cannot delete {self.length} chars at {self.pos} from {len(doc.text)}')
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

class Document:
    def __init__(self):
        self.text = ''
        self.done, self.undone = [], []
    def run(self, cmd):
        cmd.do(self)
        self.done.append(cmd)
        self.undone.clear()
        return self
    def undo(self):
        if not self.done:
            raise LookupError('nothing to undo')
        cmd = self.done.pop()
        cmd.undo(self)
        self.undone.append(cmd)
    def redo(self):
        if not self.undone:
            raise LookupError('nothing to redo')
        cmd = self.undone.pop()
        cmd.do(self)
        self.done.append(cmd)

d = Document()
d.run(Insert(0, 'Hello world')).run(Insert(5, ',')).run(Delete(6, 6)).run(Insert(6, ' there'))
print(repr(d.text), d.done)
d.undo(); print(repr(d.text))
d.undo(); print(repr(d.text))
d.redo(); print(repr(d.text))
try:
    d.run(Delete(3, 50))
except IndexError as e:
    print('IndexError:', e, '| text unchanged:', repr(d.text))
for _ in range(5):
    try:
        d.undo()
    except LookupError as e:
        print('LookupError:', e)
        break
print(repr(d.text), len(d.undone))
d.redo(); d.redo()
print(repr(d.text))
