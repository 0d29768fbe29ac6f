print("start", flush=True)
def work():
    while True:
        pass
work()
