# Fills the ```output / ```dis block after every ```python block of a lecture's notes.md with
# what python3.13 prints for it: `python3.13 -c BLOCK` (stdout then stderr), or for ```dis
# the disassembly of the block compiled as module '<dis>'. PYTHONHASHSEED=0. A fence
# ```python needs=NN (a block waiting for lecture NN) is filled the same way.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/run_notes.py lectures/02-eval-loop/notes.md
import os, re, subprocess, sys, tempfile

DIS = "import dis, sys; dis.dis(compile(sys.stdin.read(), '<dis>', 'exec'))"


def run(code, kind):
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0')
    with tempfile.TemporaryDirectory() as d:
        if kind == 'dis':
            p = subprocess.run(['python3.13', '-c', DIS], input=code.encode(), cwd=d, env=env,
                               capture_output=True)
            return p.stdout.decode()
        p = subprocess.run(['python3.13', '-c', code], cwd=d, env=env, capture_output=True)
        return p.stdout.decode() + p.stderr.decode()


def fill(path):
    lines = open(path).read().split('\n')
    out = []
    i = 0
    while i < len(lines):
        out.append(lines[i])
        if re.fullmatch(r'```python(\s+needs=\d+)?', lines[i].rstrip()):
            j = i + 1
            body = []
            while lines[j].rstrip() != '```':
                body.append(lines[j]); out.append(lines[j]); j += 1
            out.append(lines[j]); j += 1
            k = j
            while k < len(lines) and lines[k].strip() == '':
                k += 1
            if k < len(lines) and lines[k].rstrip() in ('```output', '```dis'):  # '```output ceval' is ours
                kind = lines[k].rstrip()[3:]
                out.extend(lines[j:k + 1])
                m = k + 1
                while lines[m].rstrip() != '```':
                    m += 1
                res = run('\n'.join(body) + '\n', kind)
                out.extend(res.rstrip('\n').split('\n') if res else [])
                out.append('```')
                i = m + 1
                continue
            i = j
            continue
        i += 1
    open(path, 'w').write('\n'.join(out))


for p in sys.argv[1:]:
    fill(p)
