# A member group that was never raised prints no traceback header, only its box.
eg = ExceptionGroup("never raised", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])
raise ExceptionGroup("raised", [eg])
