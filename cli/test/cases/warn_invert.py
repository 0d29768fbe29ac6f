# ~ on a bool warns at run time (a DeprecationWarning, shown in __main__), once per line.
# A constant ~True is folded at compile time, where the warning is attributed to <sys>.
t = True
for i in range(3):
    print(~t)
print(~False)
print(~(1 == 1))
print(~True)
