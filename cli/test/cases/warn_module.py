# warnings.warn and the filters: stacklevel, categories, registries, and the actions.
import warnings

def f(level):
    warnings.warn("from f", stacklevel=level)

for i in range(2):
    warnings.warn("hello")
    warnings.warn("old", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    f(1)
    f(2)
    f(3)
warnings.warn(UserWarning("an instance"))
warnings.warn(RuntimeWarning("keeps its class"), DeprecationWarning)
warnings.warn(3)
print(sorted([repr(k) for k in __warningregistry__]))
warnings.simplefilter("once")
warnings.warn("o"); warnings.warn("o"); warnings.warn("o", RuntimeWarning)
warnings.simplefilter("module")
f(1); f(1)
warnings.simplefilter("always")
f(1); f(1)
warnings.filterwarnings("ignore", "abc", append=True)
warnings.filterwarnings("error", module="mod.x", lineno=3)
print(warnings.filters[:3])
for bad in [("a", 5), ("a", UserWarning, "x")]:
    try:
        warnings.warn(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["bogus", 5]:
    try:
        warnings.simplefilter(bad)
    except ValueError as e:
        print(type(e).__name__, e)
warnings.resetwarnings()
print(warnings.filters)
print(warnings.formatwarning("m", UserWarning, "nofile.py", 3), end="|\n")
print(warnings.formatwarning("m", UserWarning, "nofile.py", 3, line="  src  "), end="|\n")
warnings.filterwarnings("ignore", "IGNORE me")
warnings.warn("ignore ME please")
warnings.simplefilter("error", RuntimeWarning)
warnings.warn("still shown")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
warnings.warn("uncaught", RuntimeWarning)
