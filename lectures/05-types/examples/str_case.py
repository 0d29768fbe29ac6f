words = 'hello wORLD, 3rd-party o\'neil'
print(words.upper(), words.lower(), words.title(), words.capitalize(), words.swapcase())
print('ǆemal'.title(), 'ǆemal'.capitalize(), 'ﬁsh'.title(), 'ﬁsh'.upper(), 'ß'.title(), 'ŉ'.upper())
print('ΑΣ'.lower(), 'ΑΣ Α'.lower(), 'İstanbul'.lower(), len('İ'.lower()), 'ῼ'.lower(), 'ᾳ'.upper(), 'ᾳ'.title())
print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'ﬀ'.casefold(), 'ABC'.isupper(), 'AbC'.isupper(), '1A'.isupper(), '1'.isupper())
print('Title Case'.istitle(), 'Title case'.istitle(), 'ǅ'.istitle(), ''.istitle(), 'A1 B2'.istitle())
print('Σίσυφος'.upper(), 'ΣΊΣΥΦΟΣ'.lower(), 'iı'.upper(), 'ǈ'.lower(), 'ǈ'.upper())
