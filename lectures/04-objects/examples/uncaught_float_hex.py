# float.fromhex overflow, uncaught: OverflowError with its traceback.
print(float.fromhex('0x1p1023'))
print(float.fromhex('0x1p1024'))
