# Annotations in a class body go into the class's __annotations__ (SETUP_ANNOTATIONS).
class Config:
    name: str
    port: int = 8080
    tags: list[str] = []
    debug: 'bool'
print(Config.__annotations__)
print(Config.port, hasattr(Config, 'name'))
class Sub(Config):
    extra: float
print(Sub.__annotations__)
class NoAnn:
    x = 1
print(NoAnn.__annotations__)
print('__annotations__' in NoAnn.__dict__)
calls = []
class Side:
    def bump():
        calls.append('evaluated')
        return int
    a: bump() = 1
print(calls, Side.__annotations__)
