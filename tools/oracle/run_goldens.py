# Records what python3.13 does with each program in core/test/golden/run/ (and any other
# directory given): stdout, stderr and exit code of `python3.13 prog.py`, run from the
# program's directory with PYTHONHASHSEED=0. Files named mod_*.py are helper modules that
# programs import, not programs. The absolute directory is written as <DIR> (the one
# normalisation; see core/test/run-harness.ts).
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/run_goldens.py [DIR ...]
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, '..', '..', 'core', 'test', 'golden', 'run')


def record(d):
    d = os.path.abspath(d)
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0', PYTHONDONTWRITEBYTECODE='1')
    env.pop('PYTHONPATH', None)
    for name in sorted(os.listdir(d)):
        if not name.endswith('.py') or name.startswith('mod_'):
            continue
        p = subprocess.run(['python3.13', name], cwd=d, env=env, capture_output=True, timeout=60)
        norm = lambda b: b.decode('utf-8').replace(d, '<DIR>')
        out = {'stdout': norm(p.stdout), 'stderr': norm(p.stderr), 'returncode': p.returncode}
        with open(os.path.join(d, name[:-3] + '.golden.json'), 'w') as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print(name, p.returncode)


for d in sys.argv[1:] or [DEFAULT]:
    record(d)
