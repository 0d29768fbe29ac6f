import circ.d
C = 'c'
