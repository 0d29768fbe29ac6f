# Records what python3.13 prints (stdout, stderr, exit code) for the command lines the CLI
# tests run as `ceval ...`. The interpreter's own path is written as "ceval", the one
# normalisation (python3.13 names itself in usage errors where ceval says "ceval"), and the
# test directory is written as <DIR>.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/cli_goldens.py
import json, os, signal, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.path.join(HERE, '..', '..', 'cli', 'test')
CASES = [
    ['-Z'],
    ['-c'],
    ['-c', 'import sys; print(sys.argv)', 'a', 'b'],
    ['-c', 'print(6 * 7)'],
    ['-c', '1/0'],
    ['nonexistent_file.py'],
    ['cases/hello.py', 'one', 'two'],
    ['cases/crash.py'],
    ['cases/badsyntax.py'],
    ['cases/symtable_error.py'],
    ['-c', 'def f():\n    nonlocal q'],
    ['cases/exits.py'],
    ['-m', 'ast', 'cases/hello.py'],
    ['-m', 'dis', 'cases/crash.py'],
    ['-m', 'nosuchmodule_xyz'],
    ['cases/warn_syntax.py'],
    ['cases/warn_invert.py'],
    ['cases/warn_module.py'],
    ['cases/warn_import.py'],
    ['cases/warn_error_import.py'],
    ['-W', 'always', 'cases/warn_invert.py'],
    ['-W', 'always', 'cases/warn_import.py'],
    ['-W', 'error', 'cases/warn_invert.py'],
    ['-W', 'error', 'cases/warn_syntax.py'],
    ['-Werror::DeprecationWarning', 'cases/warn_syntax.py'],
    ['-W', 'ignore::SyntaxWarning', '-W', 'module', 'cases/warn_syntax.py'],
    ['-W', 'bogus', '-W', 'error::NoSuchWarning', '-c', 'print(~True)'],
    ['-W', 'error', '-c', 'x = 1\nprint(x is 1)'],
    ['-c', 'x = True\nprint(~x)\nprint("\\d")'],
    ['-m', 'ast', 'cases/warn_syntax.py'],
    ['-m', 'dis', 'cases/warn_import.py'],
    ['cases/warn_unicode_escape.py'],
    ['-W', 'error::DeprecationWarning', 'cases/warn_unicode_escape.py'],
    ['cases/exec_eval.py'],
    ['cases/compile_errors.py'],
    ['cases/input_stdin.py'],
    ['-c', 'exec("1/0")'],
    # The README's first program.
    ['../../hello.py'],
    # The program on standard input: `-`, and no program named with stdin not a terminal.
    ['-'],
    ['-', 'a', 'b'],
    [],
    ['-W', 'error', '-'],
    ['-m', 'mpkg', 'x', '-y'],
    ['-m', 'mpkg.tool', 'a'],
    ['-m', 'mpkg.missing'],
    ['-m', 'mpkg.sub'],
    ['-m', 'nopkg_xyz.sub'],
]

# What a case reads on its standard input (others inherit none: they must not read it).
STDIN_PROGRAM = ('import sys\nprint(sys.argv, repr(sys.path[0]))\n'
                 'def f(x):\n    return 1 / x\n\nf(0)\n')
STDIN = {
    'cases/input_stdin.py': 'bob\nalice\nthird\nrest\nof it',
    # Keyed by the whole command line when the last argument does not name the case.
    ('-',): STDIN_PROGRAM,
    ('-', 'a', 'b'): 'import sys\nprint(sys.argv)\nprint(input())\n',
    (): 'x = (\n',
    ('-W', 'error', '-'): 'print("ok")\n',
}


def main():
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0', PYTHONDONTWRITEBYTECODE='1')
    exe = sys.executable
    out = []
    for args in CASES:
        stdin = STDIN.get(tuple(args), STDIN.get(args[-1]) if args else None)
        p = subprocess.run([exe] + args, cwd=CLI, env=env, capture_output=True, timeout=60,
                           input=None if stdin is None else stdin.encode('utf-8'))
        norm = lambda b: b.decode('utf-8').replace(exe, 'ceval').replace(os.path.abspath(CLI), '<DIR>')
        case = {'args': args, 'stdout': norm(p.stdout), 'stderr': norm(p.stderr),
                'returncode': p.returncode}
        if stdin is not None:
            case['stdin'] = stdin
        out.append(case)
    with open(os.path.join(CLI, 'golden', 'cli.json'), 'w') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    # python3.13 -h, so the test can check that ceval -h lists every one of its options.
    p = subprocess.run([exe, '-h'], env=env, capture_output=True, timeout=60)
    with open(os.path.join(CLI, 'golden', 'help.txt'), 'w') as f:
        f.write(p.stdout.decode('utf-8').replace(exe, 'python3.13'))
    # Ctrl-C: SIGINT once the program has printed 'start'; python3.13 prints the
    # KeyboardInterrupt traceback and dies by SIGINT (returncode -2).
    p = subprocess.Popen([exe, 'cases/spin.py'], cwd=CLI, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    assert p.stdout.readline() == b'start\n'
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == -signal.SIGINT, p.returncode
    with open(os.path.join(CLI, 'golden', 'sigint.txt'), 'w') as f:
        f.write(err.decode('utf-8').replace(os.path.abspath(CLI), '<DIR>'))


main()
