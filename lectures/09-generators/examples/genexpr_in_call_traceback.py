def total(rows):
    return sum(r['price'] * r['qty'] for r in rows)
print(total([{'price': 2, 'qty': 3}]))
print(total([{'price': 2, 'qty': 3}, {'price': 1}]))
