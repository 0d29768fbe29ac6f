from . import beta
from .beta import B
from .sub import gamma
A = 'alpha:' + B + ':' + gamma.G
print('init alpha', __name__, __package__, __spec__.parent)
