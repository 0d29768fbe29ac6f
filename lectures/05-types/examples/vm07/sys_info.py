# sys as a single-process interpreter shows it: struct sequences (Objects/structseq.c), the
# version and platform facts, the int<->str digit limit, and the errors of sys's functions.
import sys


def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)


for n in ['version_info', 'float_info', 'int_info', 'hash_info', 'flags', 'thread_info']:
    o = getattr(sys, n)
    ty = type(o)
    print(n, ty, ty.__module__, ty.__name__, ty.n_sequence_fields, ty.n_fields,
          ty.n_unnamed_fields, isinstance(o, tuple), len(o))
    print(' ', o)
t('type(sys.version_info)((3, 1, 2, "a", 0))')
t('type(sys.flags)(tuple(sys.flags))')
t('type(sys.float_info)((1, 2))')
t('type(sys.float_info)(5)')
t('type(sys.int_info)(range(4))')
t('type(sys.int_info)([1, 2, 3, 4], {})')
t('sys.version_info[:2]')
t('sys.version_info >= (3, 13)')
t('sys.version_info.major, sys.version_info[-1]')
t('hash(sys.version_info) == hash(tuple(sys.version_info))')
t('sys.float_info.__reduce__()')
t('sys.version_info.__replace__(major=4)')
t('sys.version_info.__replace__(spam=4)')
t('sys.flags.gil, sys.flags.optimize, sys.flags[3]')
t('type(sys.flags).__match_args__[:3]')
t('[x for x in dir(sys.float_info) if not x.startswith("_")]')
try:
    sys.float_info.max = 3
except AttributeError as e:
    print('AttributeError', e)
t('sys.implementation')
t('sys.implementation.name, type(sys.implementation).__name__')
t('sys.maxsize, sys.maxunicode, sys.byteorder, sys.platform')
t('sys.api_version, sys.hexversion, sys.float_repr_style, sys.abiflags')
t('sys.copyright')
t('sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()')
t('sys.is_finalizing()')
t('sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__')
t('sys.displayhook, sys.excepthook')
for src in ['sys.setrecursionlimit()', 'sys.setrecursionlimit(1, 2)', 'sys.setrecursionlimit(x=1)',
            'sys.setrecursionlimit(1.5)', 'sys.setrecursionlimit(-2**70)',
            'sys.setrecursionlimit(0)', 'sys.setrecursionlimit(True)',
            'sys.getrecursionlimit(1)', 'sys.get_int_max_str_digits(1)', 'sys.exc_info(1)',
            'sys.exception(1)', 'sys.excepthook(1, 2)', 'sys.displayhook()',
            'sys.getfilesystemencoding(1)', 'sys.set_int_max_str_digits()',
            'sys.set_int_max_str_digits(1.5)', 'sys.set_int_max_str_digits(2**70)',
            'sys.set_int_max_str_digits(-1)', 'sys.set_int_max_str_digits(5, maxdigits=5)',
            'sys.set_int_max_str_digits(spam=5)']:
    t(src)
sys.set_int_max_str_digits(640)
t('sys.get_int_max_str_digits(), sys.flags.int_max_str_digits')
t('str(10**700)')
sys.set_int_max_str_digits(maxdigits=0)
t('len(str(10**700)), sys.flags.int_max_str_digits')
sys.set_int_max_str_digits(4300)
t('sys.exception(), sys.exc_info()')
try:
    1 / 0
except ZeroDivisionError:
    t('sys.exception()')
    t('sys.exc_info()[:2]')
    t('sys.exc_info()[2] is sys.exception().__traceback__')
sys.excepthook(ValueError, ValueError(3), None)
sys.excepthook(1, 2, 3)
sys.displayhook(42)
t('_')
sys.displayhook(None)


def hook(tp, v, tb):
    print('hook saw', tp.__name__, v)


sys.excepthook = hook
raise KeyError('uncaught')
