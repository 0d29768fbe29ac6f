from .. import VALUE as PARENT_VALUE
