// `ceval -h` and `ceval -V`: the help and version texts, laid out as python3.13's own
// (Python/initconfig.c usage_line, usage_help). Every python3.13 option is listed, with what
// ceval does with it, and ceval's own options follow in their own section.

import { readFileSync } from 'node:fs';

/** The version of CPython whose behaviour ceval reproduces. */
export const PYTHON_VERSION = '3.13.0';

export const USAGE = 'usage: ceval [option] ... [-c cmd | -m mod | file | -] [arg] ...';

/** ceval's own version, from cli/package.json (dist/ and the bundle both sit one level below). */
export function cevalVersion(): string {
  try {
    const pj = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as
      { version?: string };
    return pj.version ?? '?';
  } catch {
    return '?';
  }
}

/** `-V`: `Python 3.13.0 (ceval 0.1.0)`; `-VV` adds the host, as python's adds its build. */
export function versionText(verbose: boolean): string {
  const base = `Python ${PYTHON_VERSION} (ceval ${cevalVersion()}`;
  return verbose ? `${base}, Node.js ${process.version} ${process.platform}-${process.arch})\n`
    : `${base})\n`;
}

// Options python3.13 has that ceval accepts and ignores, and those it refuses.
const IGNORED = '(accepted, no effect in ceval)';
const REFUSED = '(not supported by ceval)';

/** `-h` / `--help`. */
export function helpText(lectures: readonly number[]): string {
  const nums = lectures.map((n) => String(n).padStart(2, '0')).join(', ');
  return `${USAGE}
ceval runs a Python 3.13 program and prints what python3.13 prints. Options (and
corresponding environment variables), as python3.13 -h lists them:
-b     : issue warnings about converting bytes/bytearray to str and comparing
         bytes/bytearray with str or bytes with int. (-bb: issue errors) ${REFUSED}
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x ${IGNORED}
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only, only works on
         debug builds); also PYTHONDEBUG=x ${REFUSED}
-E     : ignore PYTHON* environment variables (such as PYTHONPATH) ${IGNORED}
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x ${REFUSED}
-I     : isolate Python from the user's environment (implies -E and -s) ${IGNORED}
-m mod : run library module as a script (terminates option list); ceval has
         -m ast and -m dis
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x ${REFUSED}
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension ${REFUSED}
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH ${REFUSED}
-q     : don't print version and copyright messages on interactive startup ${IGNORED}
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x ${IGNORED}
-S     : don't imply 'import site' on initialization ${IGNORED}
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x ${IGNORED}
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity ${REFUSED}
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd ${REFUSED}
-X opt : set implementation-specific option ${REFUSED}
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files ${REFUSED}
--help-env: print help about Python environment variables and exit ${REFUSED}
--help-xoptions: print help about implementation-specific -X options and exit ${REFUSED}
--help-all: print complete help information and exit ${REFUSED}

ceval's own options (before the program, like the others):
--upto NN    : run on VM_NN, the interpreter of lecture NN: core plus the lectures
               numbered NN or less (lectures: ${nums}). What a later lecture
               brings fails with "SystemError: ... arrives in lecture NN".
--trace      : print one line per executed instruction on stderr: the code
               object, source line, offset, the instruction with its argument
               as dis shows it, and the value stack after it
--code-json file : print every code object compiled from file as JSON (its
               fields, as CPython's code objects have them) and exit

Arguments:
file   : program read from script file (.py, or a .pyc written by python3.13)
-      : program read from stdin (default when stdin is not a terminal; ceval
         has no interactive mode)
arg ...: arguments passed to program in sys.argv[1:]
`;
}
