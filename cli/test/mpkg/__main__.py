import sys
print('main of', __name__, __spec__.name, __package__, sys.argv, __file__ == sys.argv[0])
