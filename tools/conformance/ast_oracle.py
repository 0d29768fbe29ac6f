"""Oracle half of `npm run conformance:ast`: for every file named on stdin, print one JSON
line {"file", "sha", "err"} where sha is the SHA-256 of what `python3.13 -m ast -a` prints
(dump with include_attributes=True, indent=3) and err describes a SyntaxError instead."""
import ast
import hashlib
import json
import sys

for line in sys.stdin:
    path = line.rstrip('\n')
    rec = {'file': path, 'sha': None, 'err': None}
    try:
        with open(path, 'rb') as f:
            src = f.read()
        tree = ast.parse(src, path, 'exec', type_comments=True)
        text = ast.dump(tree, include_attributes=True, indent=3) + '\n'
        rec['sha'] = hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()
    except SyntaxError as e:
        rec['err'] = f'{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset})'
    except (ValueError, MemoryError, RecursionError) as e:
        rec['err'] = f'{type(e).__name__}: {e}'
    print(json.dumps(rec), flush=True)
