from ..beta import B
from .. import VALUE
G = 'gamma(' + B + ',' + VALUE + ')'
