from circ.a import A_NAME
B_NAME = 'b'
