# Notes on a group and on its members, in the boxed display.
v = ValueError("member")
v.add_note("member note 1")
v.add_note("member note 2")
g = ExceptionGroup("with notes", [v, TypeError("plain")])
g.add_note("group note")
raise g
