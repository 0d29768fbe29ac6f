# args: -m single -a
if x: y = 1
