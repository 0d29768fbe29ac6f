# Drives _sre directly with the code lists re._compiler makes (recorded by
# tools/oracle/sre_programs.py), as re would: generated, do not edit.
import _sre

ARGS = {
    ('(?P<first>\\w+) (?P<last>\\w+)', 0): ('(?P<first>\\w+) (?P<last>\\w+)', 32, [14, 4, 0, 3, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 16, 32, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 3, 1], 2, {'first': 1, 'last': 2}, (None, 'first', 'last')),
    ('(a)(b)?(c)?', 0): ('(a)(b)?(c)?', 32, [14, 8, 1, 1, 3, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 23, 9, 0, 1, 17, 4, 16, 99, 17, 5, 18, 1], 3, {}, (None, None, None, None)),
    ('\\d+', 0): ('\\d+', 32, [14, 4, 0, 1, 4294967295, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 1], 0, {}, (None,)),
    ('x*', 0): ('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,)),
    (b'(?P<k>\\w+)=(?P<v>\\w*)', 0): (b'(?P<k>\\w+)=(?P<v>\\w*)', 0, [14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 4, 0, 1, 17, 1, 16, 61, 17, 2, 24, 9, 0, 4294967295, 13, 4, 8, 4, 0, 1, 17, 3, 1], 2, {'k': 1, 'v': 2}, (None, 'k', 'v')),
    ('[aeiou]', 2): ('[aeiou]', 34, [14, 4, 0, 1, 1, 39, 92, 10, 3, 33685760, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 33686018, 0, 0, 0, 2130466, 0, 0, 0, 0, 0, 131072, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0, {}, (None,)),
    ('^\\s*#.*$', 8): ('^\\s*#.*$', 40, [14, 4, 0, 1, 4294967295, 6, 1, 24, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 16, 35, 24, 5, 0, 4294967295, 2, 1, 6, 6, 1], 0, {}, (None,)),
    ('é+', 2): ('é+', 34, [14, 4, 0, 1, 4294967295, 24, 6, 1, 4294967295, 40, 233, 1, 1], 0, {}, (None,)),
    ('(?:(\\w)(\\d))+', 0): ('(?:(\\w)(\\d))+', 32, [14, 4, 0, 2, 4294967295, 23, 21, 1, 4294967295, 17, 0, 13, 4, 8, 14, 0, 17, 1, 17, 2, 13, 4, 8, 10, 0, 17, 3, 18, 1], 2, {}, (None, None, None)),
    ('a|b', 90): ('a|b', 122, [14, 4, 0, 1, 1, 39, 5, 22, 97, 98, 0, 1], 0, {}, (None,)),
    ('.', 256): ('.', 256, [14, 4, 0, 1, 1, 2, 1], 0, {}, (None,)),
    (b'.', 4): (b'.', 4, [14, 4, 0, 1, 1, 2, 1], 0, {}, (None,)),
    ('abc', 0): ('abc', 32, [14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1], 0, {}, (None,)),
}

def compile(p, flags=0):
    return _sre.compile(*ARGS[(p, flags)])


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.unicode_iscased(0x3a3))
print(_sre.ascii_tolower(ord('Q')), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0x3a3))
show('tolower kw', lambda: _sre.ascii_tolower(character=65))
show('tolower 2', lambda: _sre.ascii_tolower(65, 66))

p = compile(r'(?P<first>\w+) (?P<last>\w+)')
print(repr(p), p.pattern, p.flags, p.groups, dict(p.groupindex))
print(type(p).__name__, type(p).__module__, type(p).__qualname__)
m = p.match('Isaac Newton, physicist')
print(repr(m))
print(m.group(), m.group(0, 1, 'last'), m[1], m['first'], m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(2), m.start('last'), m.regs, m.lastindex, m.lastgroup)
print(m.string, m.re is p, m.pos, m.endpos, bool(m))
show('group 3', lambda: m.group(3))
show('group x', lambda: m.group('x'))
show('group -1', lambda: m.group(-1))
show('group big', lambda: m.group(2**70))
show('group list', lambda: m.group([1]))
show('group kw', lambda: m.group(x=1))
show('start kw', lambda: m.start(group=1))
show('span 2 args', lambda: m.span(1, 2))
show('groupindex set', lambda: setattr(p, 'pattern', 'x'))
show('groupindex write', lambda: p.groupindex.__setitem__('x', 1))
show('match attr', lambda: setattr(m, 'pos', 1))

p = compile(r'(a)(b)?(c)?')
m = p.search('xxabz')
print(m, m.groups(), m.groups('-'), m.groupdict(), m.lastindex, m.lastgroup, m.span(3))
print(p.match('xab'), p.match('xab', 1), p.match('xab', pos=1, endpos=2), p.fullmatch('ab'))
show('match no args', lambda: p.match())
show('match int', lambda: p.match(1))
show('match bytes', lambda: p.match(b'ab'))
show('match bad kw', lambda: p.match('a', poss=1))
show('match pos str', lambda: p.match('a', 'b'))
show('match pos float', lambda: p.match('a', 1.5))
show('match too many', lambda: p.match('a', 1, 2, 3))
show('match dup', lambda: p.match('a', string='a'))

p = compile(r'\d+')
print(p.findall('a1b22c333'), p.findall('a1b22c333', 3), p.findall('a1b22c333', 0, 5))
print([m.span() for m in p.finditer('1 22 333')], list(p.finditer('', 0)))
it = p.finditer('7 8')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
sc = p.scanner('12 34 x')
print(type(sc).__name__, sc.pattern is p, sc.search(), sc.match(), sc.search(), sc.search(), sc.search())
sc = p.scanner('12 34')
print(sc.match(), sc.match(), sc.match())
print(p.split('a1b22c'), p.split('a1b22c', 1), p.split('a1b22c', maxsplit=-1), p.split(''))
print(p.sub('#', 'a1b22c'), p.subn('#', 'a1b22c', 1), p.sub('#', 'a1b22c', count=0))
print(p.sub(lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(p.sub(lambda m: None, 'a1b22c'), p.subn(lambda m: '', ''))
show('sub int', lambda: p.sub(lambda m: 5, 'a1'))
show('sub bytes repl', lambda: p.sub(b'x', 'a1'))
show('sub raises', lambda: p.sub(lambda m: 1 / 0, 'a1'))
show('sub no string', lambda: p.sub('x'))
show('split kw', lambda: p.split(string='a1b', maxsplit=1))
print(p == compile(r'\d+'), p != compile(r'\d+'), p == compile(r'x*'), p == 1)
print(hash(p) == hash(compile(r'\d+')), p.__copy__() is p, p.__deepcopy__({}) is p)

p = compile(r'x*')
print(p.sub('-', 'abxd'), p.split('abxd'), p.findall('abxd'), [m.span() for m in p.finditer('axb')])
print(p.subn('-', ''), p.split('x'), p.sub('-', 'xx'))

p = compile(rb'(?P<k>\w+)=(?P<v>\w*)')
m = p.search(b'  key=value; a=')
print(repr(p), m, m.group('k', 'v'), m.groupdict(), m.span('v'))
print(p.findall(b'a=1 b= c=3'), p.sub(b'<>', b'a=1 b='), p.split(b'x a=b y'))
print(p.sub(lambda m: m.group('v') + b'=' + m.group('k'), b'a=1 bb=22'))
show('bytes pattern on str', lambda: p.search('a=1'))
show('bytes sub str result', lambda: p.sub(lambda m: 'x', b'a=1'))

p = compile(r'[aeiou]', 2)
print(repr(p), p.findall('AbEcIdOfU'), p.sub('*', 'Queueing'))
p = compile(r'^\s*#.*$', 8)
print(repr(p), p.findall('x\n  # one\ny\n# two'))
p = compile('é+', 2)
print(repr(p), p.search('cafÉÉé!'), p.findall('ÉeéÉ'))
p = compile(r'(?:(\w)(\d))+')
m = p.match('a1b2c3!')
print(m, m.groups(), m.lastindex, m.regs)
p = compile(r'a|b', 2 | 8 | 16 | 64)
print(repr(p), p.findall('AaBbC'))
print(repr(compile(r'.', 256)), repr(compile(rb'.', 4)))
m = compile(r'\d+').search('x' * 100 + '123')
print(m)
m = compile(r'x*').match('x' * 80)
print(m)
print(repr(compile(r'\d+').match('1')) == repr(compile(r'\d+').match('1')))

p = compile('abc')
code = ARGS[('abc', 0)][2]
show('new pattern', lambda: type(p)())
show('new match', lambda: type(p.match('abc'))())
show('types', lambda: (type(p), type(p.match('abc')), type(p.scanner('a'))))
show('bad code', lambda: _sre.compile('abc', 32, [1, 2, 3], 0, {}, (None,)))
show('neg code', lambda: _sre.compile('abc', 32, [-1], 0, {}, (None,)))
show('big code', lambda: _sre.compile('abc', 32, [2**40], 0, {}, (None,)))
show('str code', lambda: _sre.compile('abc', 32, ['x'], 0, {}, (None,)))
show('code tuple', lambda: _sre.compile('abc', 32, tuple(code), 0, {}, (None,)))
show('pattern int', lambda: _sre.compile(5, 32, code, 0, {}, (None,)))
show('template', lambda: _sre.template('x', ['a', 1]))
show('template neg', lambda: _sre.template('x', ['a', -1, 'b']))
show('template type', lambda: type(_sre.template('x', ['a', 1, 'b'])))
show('eq', lambda: (p == p, p.match('abc') == p.match('abc')))
show('class getitem', lambda: type(p)[str])
show('dir', lambda: [n for n in dir(p) if not n.startswith('__')])
show('dir m', lambda: [n for n in dir(p.match('abc')) if not n.startswith('__')])
show('dir scanner', lambda: [n for n in dir(p.scanner('a')) if not n.startswith('__')])
show('getitem 2', lambda: p.match('abc')[0, 0])
