# Records what python3.13 prints (stdout, stderr, exit code) for the command lines the CLI
# tests run as `ceval ...`. The interpreter's own path is written as "ceval", the one
# normalisation (python3.13 names itself in usage errors where ceval says "ceval"), and the
# test directory is written as <DIR>.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/cli_goldens.py
import json, os, subprocess, sys

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
    ['-m', 'mpkg', 'x', '-y'],
    ['-m', 'mpkg.tool', 'a'],
    ['-m', 'mpkg.missing'],
    ['-m', 'mpkg.sub'],
    ['-m', 'nopkg_xyz.sub'],
]

# What a case reads on its standard input (others inherit none: they must not read it).
STDIN = {
    'cases/input_stdin.py': 'bob\nalice\nthird\nrest\nof it',
}


def main():
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0', PYTHONDONTWRITEBYTECODE='1')
    exe = sys.executable
    out = []
    for args in CASES:
        stdin = STDIN.get(args[-1])
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


main()
