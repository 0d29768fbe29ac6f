# An uncaught codec error. utf-16-le goes through the codec registry (only utf-8, utf-16,
# utf-32, ascii and latin-1 have C fast paths), so the error carries a note that the
# traceback prints last. (A code page such as cp437 would also show a frame inside
# Lib/encodings/cp437.py, which ceval does not have.)
text = 'lone \ud800 surrogate'
print(text.encode('utf-16', 'replace'))
print(text.encode('utf-16-le'))
