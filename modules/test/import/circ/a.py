from circ.b import B_NAME
A_NAME = 'a'
