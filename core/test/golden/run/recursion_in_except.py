def again():
    try:
        raise ValueError("v")
    except ValueError:
        again()

again()
