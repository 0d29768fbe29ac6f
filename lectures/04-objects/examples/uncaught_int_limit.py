# Printing an int with more than 4300 decimal digits raises ValueError (CVE-2020-10735).
x = 7 ** 5000
print(x % 1000)
print(x)
