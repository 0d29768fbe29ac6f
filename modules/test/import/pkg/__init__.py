print('init pkg', __name__, __package__)
VALUE = 'pkg-value'
__all__ = ['VALUE', 'alpha']
