# Writes docs/e2e/goldens.json: what CPython 3.13 prints for the programs the docs' browser
# tests run in the playground (stdout, and the last line of stderr for uncaught exceptions).
# Run: PYENV_VERSION=3.13.0 PYTHONHASHSEED=0 python3.13 tools/oracle/docs-e2e.py
import json, pathlib, subprocess, sys
assert sys.version_info[:2] == (3, 13), sys.version

PROGRAMS = {
    'greet': 'def greet(name):\n    print("hello,", name)\n\n\ndef main():\n    who = "world"\n'
             '    greet(who)\n    greet("ceval")\n\n\nmain()\n',
    'xss': 'print("<img src=x onerror=alert(1)>")\n\n\ndef f():\n    raise ValueError("boom <b>")\n\n\nf()\n',
    'nested': 'def inner(y):\n    z = y\n    return z\n\n\ndef outer():\n    x = "a"\n'
              '    return inner(x)\n\n\nprint(outer())\n',
    'runaway': 'while True:\n    pass\n',
}

out = {}
for name, src in PROGRAMS.items():
    if name == 'runaway':
        out[name] = {'source': src}
        continue
    r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True,
                       env={'PYTHONHASHSEED': '0', 'PATH': '/usr/bin:/bin'})
    err = r.stderr.strip().splitlines()
    out[name] = {'source': src, 'stdout': r.stdout, 'exit': r.returncode,
                 'stderrLast': err[-1] if err else '', 'stderrFirst': err[0] if err else ''}
dest = pathlib.Path(__file__).resolve().parents[2] / 'docs' / 'e2e' / 'goldens.json'
dest.write_text(json.dumps(out, indent=2) + '\n')
print(f'wrote {dest}')
