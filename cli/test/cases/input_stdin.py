# input() reads lines from sys.stdin; the prompt goes to stdout without a newline.
import sys
print(sys.stdin)
a = input("name? ")
print("got", repr(a))
print("got", repr(input()))
print(repr(sys.stdin.readline()))
try:
    input("more> ")
except EOFError as e:
    print("EOFError:", e)
print(repr(sys.stdin.read()))
sys.stdin = None
input()
