price = 9.99
print(f'{price:.1f}')
print(f'{price:d}')
