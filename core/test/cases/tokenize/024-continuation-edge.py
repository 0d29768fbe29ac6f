x = 1
\

y = 2
if x:
    z = 3 \
        + 4
    w = (
  5)
