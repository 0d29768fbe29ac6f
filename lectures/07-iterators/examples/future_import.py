# `from __future__ import annotations` is read by the compiler (future.c) and is also an
# ordinary import at run time: the module and its _Feature records must exist.
from __future__ import annotations
import __future__


def f(x: int, y: list[str] = None) -> dict[str, int]:
    return {}


print(f.__annotations__)
print(annotations, annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(type(annotations).__name__, annotations.optional, annotations.mandatory)
print(__future__.division.getOptionalRelease(), __future__.division.getMandatoryRelease())
print(__future__.all_feature_names)
print([getattr(__future__, n).compiler_flag for n in __future__.all_feature_names])
