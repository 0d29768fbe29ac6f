# More than 15 members: the display stops after 15 and counts the rest.
raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
