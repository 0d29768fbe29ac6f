# ImportError and ModuleNotFoundError as CPython words them, with their attributes.
import sys
def attempt(code):
    try:
        exec(code, {'__name__': 'tester'})
    except Exception as e:
        extra = ''
        if isinstance(e, ImportError):
            p = e.path
            if p is not None:
                p = p.rsplit('/', 2)[-2:]
            extra = f' name={e.name!r} path={p!r} name_from={getattr(e, "name_from", None)!r}'
        msg = str(e)
        if '(/' in msg:
            msg = msg[:msg.index('(/')] + '(...' + msg[msg.rindex('/'):]
        print(f'{code!r}: {type(e).__name__}: {msg}{extra}')
    else:
        print(f'{code!r}: ok')
attempt('import no_such_module')
attempt('import no_such.sub')
attempt('import mod_plain.sub')
attempt('from mod_plain import missing')
attempt('from pkg import missing_name')
attempt('from pkg.sub import nope')
attempt('import pkg.nope')
attempt('from . import x')
attempt('from .x import y')
attempt('import pkg.sub.deep')
attempt('from circ.a import A_NAME')
attempt('import circ.c; print(circ.d.D)')
sys.modules['blocked'] = None
attempt('import blocked')
attempt('from blocked import x')
attempt("__import__('')")
attempt("__import__('x', level=-1)")
attempt("__import__(42)")
attempt("__import__('pkg', fromlist=[1])")
attempt("__import__('beta', {'__package__': 1}, level=1)")
attempt("__import__('beta', {}, level=1)")
attempt("__import__('x', {'__package__': 'a'}, level=2)")
print(isinstance(ModuleNotFoundError('x'), ImportError), ModuleNotFoundError.__mro__[1].__name__)
