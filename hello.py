# A first program for ceval: `npx ceval hello.py` prints what `python3.13 hello.py` prints.
def greet(name, times=1):
    return ", ".join([f"Hello, {name}!"] * times)


for who in ["world", "ceval"]:
    print(greet(who))
print(greet("again", times=2))

squares = {n: n * n for n in range(5)}
print(squares, sum(squares.values()))

