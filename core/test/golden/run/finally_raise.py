def work():
    try:
        raise ValueError("in try")
    finally:
        print("cleanup")
        raise OSError("in finally")

work()
