# User exception classes: args, str, repr, attributes and the traceback line.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
    def __str__(self):
        return f"{self.key}: {self.args[1]}"
class Quiet(Exception):
    pass
e = ConfigError("port", "not a number")
print(e.args, str(e), repr(e), e.key, e.__dict__)
print(repr(Quiet()), str(Quiet("a", "b")), Quiet.__module__, Quiet.__qualname__)
e.add_note("check config.toml")
raise e
