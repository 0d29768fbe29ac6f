"""Goldens for the parser: core/test/cases/ast/*.py -> core/test/golden/ast/*.json.

Run: PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13 tools/oracle/ast_goldens.py
Each case runs as `python3.13 -m ast ARGS case.py` (cwd = the cases folder), where ARGS come
from a first line `# args: ...` (default `-a`). The golden records the arguments, the exit
code, stdout and stderr, byte for byte.
"""
import glob
import json
import os
import shlex
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES = os.path.join(ROOT, 'core/test/cases/ast')
GOLDEN = os.path.join(ROOT, 'core/test/golden/ast')


def main():
    os.makedirs(GOLDEN, exist_ok=True)
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0',
               PYTHONIOENCODING='utf-8', TERM='dumb', NO_COLOR='1')
    for path in sorted(glob.glob(os.path.join(CASES, '*.py'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            first = f.readline()
        args = ['-a']
        if first.startswith('# args:'):
            args = shlex.split(first[len('# args:'):])
        r = subprocess.run(['python3.13', '-m', 'ast', *args, name], cwd=CASES, env=env,
                           capture_output=True, timeout=60)
        rec = {'args': args, 'rc': r.returncode, 'stdout': r.stdout.decode('utf-8'),
               'stderr': r.stderr.decode('utf-8')}
        out = os.path.join(GOLDEN, name[:-3] + '.json')
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(rec, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print(name, args, r.returncode)


main()
