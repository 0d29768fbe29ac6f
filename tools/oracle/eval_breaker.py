# Records what python3.13 does when a signal arrives while it spins in `while True: pass`
# (SIGINT half a second in, which its handler turns into KeyboardInterrupt at the next eval
# breaker poll): lectures/02-eval-loop/test/golden/eval_breaker.json, for
# lectures/02-eval-loop/test/evalbreaker.test.ts.
#   PYENV_VERSION=3.13.0 python3.13 tools/oracle/eval_breaker.py
import json, os, signal, subprocess, time

PROGRAM = '''print("spinning")
try:
    while True:
        pass
except KeyboardInterrupt:
    print("the eval breaker raised KeyboardInterrupt inside the loop")
print("after the loop")
'''

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '../../lectures/02-eval-loop/test/golden/eval_breaker.json')
env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION='3.13.0')
exe = subprocess.run(['pyenv', 'which', 'python3.13'], env=env, capture_output=True,
                     text=True).stdout.strip() or 'python3.13'
p = subprocess.Popen([exe, '-c', PROGRAM], env=env, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, text=True)
time.sleep(0.5)
p.send_signal(signal.SIGINT)
stdout, stderr = p.communicate(timeout=10)
json.dump({'program': PROGRAM, 'stdout': stdout, 'stderr': stderr, 'returncode': p.returncode},
          open(out, 'w'), indent=1)
print(stdout, stderr, p.returncode)
