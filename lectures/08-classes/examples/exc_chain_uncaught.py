# Chained user exceptions in a traceback: "The above exception was the direct cause".
class StorageError(Exception):
    pass
class ConfigError(Exception):
    pass
def load():
    try:
        {}['path']
    except KeyError as e:
        raise StorageError('no path configured') from e
def start():
    try:
        load()
    except StorageError:
        raise ConfigError('cannot start')
start()
