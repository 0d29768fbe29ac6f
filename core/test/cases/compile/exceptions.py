def f():
    try:
        g()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    except:
        raise
    else:
        return 1
    finally:
        print("done")

def g():
    try:
        return 1
    finally:
        print(2)

def h():
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            pass
    try:
        pass
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass
    raise ValueError("x") from None

def w(path):
    with open(path) as fp, open(path) as q:
        return fp.read()
    with lock:
        pass
