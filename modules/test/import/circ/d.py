import circ.c
D = 'd sees c partially: ' + str(hasattr(circ.c, 'C'))
