# args: -m eval -a
a if b else [c for c in d], lambda x: x, e
