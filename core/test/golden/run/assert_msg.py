def check():
    assert False, "invariant broken"

check()
