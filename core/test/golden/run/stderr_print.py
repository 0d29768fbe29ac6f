import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("direct write\n")
sys.stdout.write("out write\n")
print("a", "b", "c", sep="-", end=".\n")
