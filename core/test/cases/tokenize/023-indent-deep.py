class A:
    def f(self):
        if x:
            for i in y:
                while z:
                    try:
                        pass
                    except E:
                        pass
    # dedent comment
        # odd comment
x = [
    1,
  2,
]
if a:
    pass
  # comment at weird level
else:
	pass
