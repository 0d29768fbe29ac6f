import sys
from . import helper
print('tool', __name__, __spec__.name, __spec__.parent, __package__, sys.argv[1:], helper.VALUE)
print(__file__.endswith('mpkg/tool.py'), sys.modules['__main__'].__spec__ is __spec__, 'mpkg.tool' in sys.modules)
1 / 0
