# except* refuses exception groups and non-exception classes.
for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 5)):
    try:
        try:
            raise ValueError(1)
        except* t:
            print("caught?")
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError escaped:", e)
