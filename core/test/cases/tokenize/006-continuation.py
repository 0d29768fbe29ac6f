x = 1 + \
    2
if a and \
   b:
    pass
y = [1,
  2,
     3]
def f(a,
      b):
    return (a +
b)
z = 'a' \
  'b'
  # comment at odd indentation
w = 1
