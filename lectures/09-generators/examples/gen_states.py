def state(g):
    if g.gi_running:
        return 'GEN_RUNNING'
    if g.gi_suspended:
        return 'GEN_SUSPENDED'
    if g.gi_frame is None:
        return 'GEN_CLOSED'
    return 'GEN_CREATED'
log = []
def g():
    log.append(state(it))
    yield 1
    log.append(state(it))
it = g()
print(state(it), log)
next(it)
print(state(it), log)
list(it)
print(state(it), log)
it2 = g()
it2.close()
print(state(it2))
