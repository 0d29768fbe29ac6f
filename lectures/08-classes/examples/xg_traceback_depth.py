# Groups nested deeper than 10 levels are cut off with "... (max_group_depth is 10)".
eg = ValueError("bottom")
for i in range(13):
    eg = ExceptionGroup(f"level {i}", [eg, TypeError(i)])
raise eg
