# raise ... from inside except*, with user exception classes.
class ParseError(Exception):
    pass
class ConfigError(Exception):
    pass
try:
    raise ExceptionGroup("load", [ParseError("line 3"), ParseError("line 9"), KeyError("port")])
except* ParseError as group:
    raise ConfigError("config is unreadable") from group
except* KeyError:
    pass
