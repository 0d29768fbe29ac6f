if x:
	y = 1
	if y:
		z = 2

	w = 3
  	  # odd comment
else:
    pass
if 1:
        	q = 1
