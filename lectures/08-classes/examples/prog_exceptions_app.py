# A custom exception hierarchy for a config loader, with chaining, notes and a final traceback.
class ConfigError(Exception):
    def __init__(self, message, *, line=None):
        super().__init__(message)
        self.line = line
    def __str__(self):
        base = super().__str__()
        return f'line {self.line}: {base}' if self.line is not None else base

class ParseError(ConfigError):
    pass

class MissingKey(ConfigError, KeyError):
    pass

def parse(text):
    result = {}
    for n, raw in enumerate(text.split('\n'), 1):
        line = raw.strip()
        if not line or line.startswith('#'):
            continue
        if '=' not in line:
            raise ParseError(f'expected key=value, got {line!r}', line=n)
        k, v = [p.strip() for p in line.split('=', 1)]
        try:
            result[k] = int(v)
        except ValueError:
            result[k] = v
    return result

def require(cfg, *keys):
    for k in keys:
        if k not in cfg:
            raise MissingKey(f'missing required key {k!r}')
    return cfg

good = 'host = example.org\nport = 8080\n# comment\n'
print(require(parse(good), 'host', 'port'))
for text in ['host=a\nnonsense\n', 'host=a\n']:
    try:
        require(parse(text), 'host', 'port')
    except ParseError as e:
        print('ParseError:', e, '| line', e.line)
    except KeyError as e:
        print(type(e).__name__, 'is a KeyError too:', e, isinstance(e, ConfigError))
print([c.__name__ for c in MissingKey.__mro__])

def load(text):
    try:
        return require(parse(text), 'port')
    except ConfigError as e:
        e.add_note('while loading the service configuration')
        raise RuntimeError('service cannot start') from e

load('port 80\n')
