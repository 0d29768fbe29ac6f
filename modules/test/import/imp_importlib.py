# CPython's own Lib/importlib runs: import_module (absolute and relative) and reload; a
# mod_finder a program puts on sys.meta_path is asked; sys.path_hooks and the importer cache.
import sys
import importlib
print(importlib.import_module('pkg.beta').B, importlib.import_module('.sub', 'pkg').__name__)
print(importlib.import_module('..beta', 'pkg.sub').__name__)
for bad in [('.x', None), ('', None), ('..x', 'pkg')]:
    try:
        importlib.import_module(*bad)
    except Exception as e:
        print(type(e).__name__, e)
import mod_counter
print(mod_counter.RUNS)
again = importlib.reload(mod_counter)
print(again is mod_counter, mod_counter.RUNS)
try:
    importlib.reload(42)
except TypeError as e:
    print('TypeError', e)
import mod_finder
sys.meta_path.insert(0, mod_finder)
import pkg.sub.gamma
try:
    import not_there_at_all
except ModuleNotFoundError as e:
    print(e)
print(mod_finder.SEEN)
sys.meta_path.remove(mod_finder)
def refusing_hook(entry):
    HOOKED.append(entry)
    raise ImportError('not mine')
HOOKED = []
sys.path_hooks.insert(0, refusing_hook)
sys.path_importer_cache.clear()
import mod_plain
print(len(HOOKED) > 0, mod_plain.X)
print(importlib.__name__, importlib._bootstrap.__name__)
