import mod_circ_a
