# Differential fuzzing of lecture 05's codecs: random bytes and strings through every codec
# and error handler we carry, run by python3.13 and by ceval; prints the cases that differ.
# Strings never hold a lone high surrogate right before a lone low one (ceval's JS strings
# would read the two as one pair). Python runs with -W ignore: ceval emits no
# DeprecationWarning for invalid escapes in unicode_escape.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/lecture05_codecs_fuzz.py [SEED] [CASES]
import os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CEVAL = os.path.join(HERE, '..', '..', 'cli', 'bin', 'ceval.js')
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
CODECS = ['utf-8','ascii','latin-1','utf-16','utf-16-le','utf-16-be','utf-32','utf-32-le','utf-32-be',
          'utf-8-sig','cp1252','cp437','iso8859-15','unicode_escape','raw_unicode_escape']
HANDLERS = ['strict','ignore','replace','backslashreplace','xmlcharrefreplace','namereplace',
            'surrogateescape','surrogatepass','bogus']
INTERESTING = [0,0x41,0x5c,0x55,0x75,0x78,0x4e,0x7b,0x7d,0x30,0x37,0x39,0x61,0x46,0x80,0x81,0x8d,0x9d,0xa0,
               0xbf,0xc0,0xc2,0xdf,0xe0,0xed,0xef,0xf0,0xf4,0xf5,0xff,0xfe,0xd8,0xdc,0xbb,0x0a,0x00,0x11,0x10]
def rbytes():
    n = random.choice([0,1,2,3,4,5,6,7,8,9,12,16])
    if random.random() < 0.3:
        # a valid encoding of some text, then corrupted
        s = rstr(allow_sur=False)
        b = bytearray(s.encode(random.choice(['utf-8','utf-16-le','utf-16-be','utf-32-le','utf-8-sig','unicode_escape'])))
        for _ in range(random.randint(0,2)):
            if b:
                b[random.randrange(len(b))] = random.choice(INTERESTING)
        if random.random() < 0.3 and b: del b[-1]
        return bytes(b)
    return bytes(random.choice(INTERESTING) if random.random() < 0.7 else random.randrange(256) for _ in range(n))
CHARS = ['a','Z','\\','\t','\n','\x00','\x7f','\x80','\xe9','\xff','\u0100','\u20ac','\u0152','\u2500',
         '\U0001f600','\udc80','\udcff','\udc41','\ud800','\udbff','\ue000','\uac00','\u4e00','\x9d','"',"'"]
def rstr(allow_sur=True):
    out = []
    for _ in range(random.choice([0,1,2,3,4,5,8])):
        c = random.choice(CHARS)
        if not allow_sur and '\ud800' <= c <= '\udfff': c = 'x'
        # never a high surrogate right before a low one: ceval would hold them as a pair
        if out and '\ud800' <= out[-1] <= '\udbff' and '\udc00' <= c <= '\udfff': c = 'y'
        out.append(c)
    return ''.join(out)


def program(n):
    lines = ['def show(f):', '    try:', '        print(repr(f()))', '    except Exception as e:',
             '        print(type(e).__name__, repr(e), getattr(e, "start", None), '
             'getattr(e, "end", None), getattr(e, "reason", None), str(e))']
    for _ in range(n):
        c = random.choice(CODECS)
        h = random.choice(HANDLERS)
        if random.random() < 0.5:
            lines.append(f'show(lambda: {rbytes()!r}.decode({c!r}, {h!r}))')
        else:
            lines.append(f'show(lambda: {rstr()!r}.encode({c!r}, {h!r}))')
    return lines


def main():
    lines = program(int(sys.argv[2]) if len(sys.argv) > 2 else 3000)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'fuzz.py')
        with open(path, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0')
        py = subprocess.run(['python3.13', '-W', 'ignore', path], env=env, capture_output=True,
                            text=True).stdout.splitlines()
        ce = subprocess.run(['node', CEVAL, path], env=env, capture_output=True,
                            text=True).stdout.splitlines()
    cases = lines[5:]
    bad = [(cases[i], py[i], ce[i] if i < len(ce) else '<missing>')
           for i in range(len(py)) if i >= len(ce) or py[i] != ce[i]]
    for case, want, got in bad[:20]:
        print(case, '\n  python3.13:', want, '\n  ceval:     ', got)
    print(f'{len(cases)} cases, {len(bad)} differ')
    sys.exit(1 if bad else 0)


main()
