# SyntaxError keeps its own layout; notes come after it.
try:
    compile("1 +", "<input>", "exec")
except SyntaxError as e:
    e.add_note("compiled from a string")
    raise
