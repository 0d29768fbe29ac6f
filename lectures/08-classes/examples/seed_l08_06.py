# Seed L08-06: type_call runs __new__, then __init__ only for an instance of the class.
log = []
class C:
    def __new__(cls):
        log.append('new')
        return super().__new__(cls)
    def __init__(self):
        log.append('init')
C()
print(log, log == ['new', 'init'])
class Five:
    def __new__(cls):
        return 5
    def __init__(self):
        log.append('init of Five')
print(Five(), log)
