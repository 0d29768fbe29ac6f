# Compiles core/test/golden/pyc/*.py to .pyc with python3.13 (what `ceval FILE.pyc` must run)
# and records the output python3.13 gives when running the .pyc itself.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/pyc_goldens.py
import json, os, py_compile, subprocess

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'core', 'test', 'golden', 'pyc')
D = os.path.abspath(D)
for name in sorted(os.listdir(D)):
    if not name.endswith('.py'):
        continue
    pyc = name + 'c'
    py_compile.compile(os.path.join(D, name), cfile=os.path.join(D, pyc), dfile=name)
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0')
    p = subprocess.run(['python3.13', pyc], cwd=D, env=env, capture_output=True)
    with open(os.path.join(D, name[:-3] + '.golden.json'), 'w') as f:
        json.dump({'stdout': p.stdout.decode(), 'stderr': p.stderr.decode(),
                   'returncode': p.returncode}, f, indent=1)
        f.write('\n')
