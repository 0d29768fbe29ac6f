# Compares pyodide's python_stdlib.zip (CPython 3.13.2's Lib, what ceval reads by default) with
# the local CPython 3.13.0 Lib (the oracle), and writes modules/stdlib-zip.md: the .py files the
# zip lacks, and those whose text differs between 3.13.0 and the zip.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/stdlib_zip_diff.py
import os, sys, zipfile, hashlib, sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
ZIP = os.path.join(ROOT, 'node_modules', 'pyodide', 'python_stdlib.zip')
LIB = sysconfig.get_paths()['stdlib']
SKIP_DIRS = ('test/', 'idlelib/', 'tkinter/', 'turtledemo/', 'site-packages/', 'lib-dynload/',
             '__pycache__/', 'config-3.13')

lib = {}
for dirpath, dirnames, files in os.walk(LIB):
    rel = os.path.relpath(dirpath, LIB)
    rel = '' if rel == '.' else rel + '/'
    if rel.startswith(SKIP_DIRS) or '/__pycache__' in rel or '/test/' in rel or '/tests/' in rel:
        continue
    for f in files:
        if f.endswith('.py'):
            with open(os.path.join(dirpath, f), 'rb') as fh:
                lib[rel + f] = fh.read()
z = zipfile.ZipFile(ZIP)
zipped = {n: z.read(n) for n in z.namelist() if n.endswith('.py')}
missing = sorted(n for n in lib if n not in zipped)
extra = sorted(n for n in zipped if n not in lib)
differ = sorted(n for n in lib if n in zipped and lib[n] != zipped[n])
out = os.path.join(ROOT, 'modules', 'stdlib-zip.md')
with open(out, 'w') as f:
    f.write('# The stdlib zip against CPython 3.13.0\n\n')
    f.write('Written by `tools/oracle/stdlib_zip_diff.py`: pyodide 0.29.5\'s `python_stdlib.zip` '
            '(CPython 3.13.2\'s Lib, what ceval imports by default) compared with python3.13.0\'s '
            'Lib on the machine that ran it (`test/`, `idlelib/`, `tkinter/` and `turtledemo/` '
            'left out).\n\n')
    f.write(f'- 3.13.0 Lib files compared: {len(lib)}\n- missing from the zip: {len(missing)}\n'
            f'- in both, with different text (3.13.0 vs 3.13.2 and pyodide\'s patches): {len(differ)}\n'
            f'- only in the zip: {len(extra)}\n\n')
    f.write('ceval supplies `collections/abc.py` itself (modules/src/zipimport.ts); for the rest, '
            'point `PYTHONHOME` at a CPython 3.13 install.\n\n## Missing from the zip\n\n')
    f.write('\n'.join(f'- `{n}`' for n in missing) + '\n\n## Different text\n\n')
    f.write('\n'.join(f'- `{n}`' for n in differ) + '\n\n## Only in the zip\n\n')
    f.write('\n'.join(f'- `{n}`' for n in extra) + '\n')
print(len(lib), len(missing), len(differ), len(extra))
