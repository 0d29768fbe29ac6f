# Packages and relative imports: __path__, __spec__, __package__, __file__, submodules as
# attributes of their parent, from-imports of submodules, import * with __all__.
import sys
import pkg.alpha
print(pkg.alpha.A)
print(pkg.__path__ == [pkg.__file__.rsplit('/', 1)[0]], pkg.__file__.endswith('pkg/__init__.py'))
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.__spec__.origin == pkg.__file__,
      pkg.__spec__.submodule_search_locations == pkg.__path__, pkg.__spec__.has_location)
print(pkg.alpha.__spec__.submodule_search_locations, pkg.alpha.__package__, pkg.sub.__package__)
print(pkg.sub.PARENT_VALUE, pkg.sub.gamma.G, pkg.beta.B)
print(sorted([k for k in sys.modules if k.startswith('pkg')]))
print(pkg.alpha.__cached__.endswith('__pycache__/alpha.cpython-313.pyc'))
print(type(pkg.__loader__).__name__, pkg.__loader__.name, pkg.alpha.__loader__.path == pkg.alpha.__file__)
from pkg import *
print(VALUE, alpha.__name__)
from pkg.sub import gamma as g2
print(g2 is pkg.sub.gamma)
m = __import__('pkg.sub.gamma')
print(m is pkg, __import__('pkg.sub.gamma', fromlist=['G']) is pkg.sub.gamma)
print(__import__('beta', globals={'__package__': 'pkg'}, level=1) is pkg.beta)
print(__import__('sub', {'__name__': 'pkg.alpha', '__package__': None, '__spec__': None}, None, ['gamma'], 1) is pkg.sub)
import mod_plain
print(mod_plain.X, mod_plain.__package__ == '', mod_plain.__spec__.parent == '', mod_plain.__spec__.submodule_search_locations)
print(sys.modules['mod_plain'] is mod_plain, sys.builtin_module_names.__class__.__name__, 'sys' in sys.builtin_module_names)
print(sys.__spec__.origin, sys.__loader__, sys.__spec__.loader is sys.__loader__)
