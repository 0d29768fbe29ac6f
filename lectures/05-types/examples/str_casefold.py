# str.casefold is Unicode full case folding (CaseFolding.txt, statuses C and F), not lower():
# it expands ligatures and sharp s, folds Cherokee upwards, and has no final-sigma context.
words = ('Straße', 'STRASSE', 'ﬀ', 'ﬃ', 'ΐ', 'ΣΑΣ', 'ς', 'İ', 'ı', 'K', 'µ', 'ẞ', 'ꭰ', 'Ꭰ', 'ῼ', 'ŉ',
         'ǰ', 'ﬓ', '𐐀', '\U0001e900', 'ᲀ', 'ϐ', 'ſ', 'Ω', 'Å', 'ꟶ', 'ꞵ')
i = 0
while i < len(words):
    w = words[i]
    print(repr(w), repr(w.casefold()), len(w.casefold()), repr(w.lower()), repr(w.upper()))
    i += 1
print('Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'STRASSE'.lower())
print('ΣΊΣΥΦΟΣ'.casefold(), 'Σίσυφος'.casefold() == 'ΣΊΣΥΦΟΣ'.casefold())
print(ascii('ꭰꭱ'.casefold()), ascii('ᏸᏹ'.casefold()), ascii('ᏸᏹ'.upper()), ascii('ᎠᎡ'.lower()))
# The final sigma: a capital sigma after a cased letter and not before one lowers to ς,
# skipping case-ignorable characters (apostrophes, combining marks) on both sides.
tests = ('ΟΔΟΣ', 'ΟΔΟΣ ΟΔΟΣ.', "ΑΣ'", "ΑΣ'Β", 'ΑΣ\u0301', 'ΑΣ\u0301Β', 'Σ', ' Σ ', "'Σ", 'ΑΣΣ',
         'Α\u0301Σ', '1Σ', 'ΑΣ1', 'ΑΣ😀', 'ΑΣ𐐨')
i = 0
while i < len(tests):
    t = tests[i]
    print(ascii(t), ascii(t.lower()), ascii(t.title()), ascii(t.capitalize()), ascii(t.swapcase()))
    i += 1
# Characters on which Node's Unicode (17) and CPython 3.13's (15.1) disagree: new case pairs
# of Unicode 16 and 17 that CPython does not know yet.
late = ('\u1c89', '\u1c8a', '\ua7cb', '\ua7cc', '\ua7cd', '\ua7dc', '\u019b', '\u0264',
        '\U00010d50', '\U00010d70', '\U00016ea0', '\U00016ebb')
i = 0
while i < len(late):
    c = late[i]
    print(ascii(c), ascii(c.lower()), ascii(c.upper()), ascii(c.casefold()), ascii(c.title()),
          c.isupper(), c.islower(), c.istitle())
    i += 1
# Properties, not mappings: ª and ʰ are lowercase without an upper case, Ⅷ and Ⓐ are uppercase.
props = ('ª', 'ʰ', 'Ⅷ', 'ⅷ', 'Ⓐ', 'ⓐ', 'ǅ', 'ǅa', 'ǅA', 'Aǅ', 'ǈ Ǉ', '\u0345', 'ᾈ', 'ﬀ', 'ß', '𝐀', '𝐚',
         'ᵃ', 'ˮ', '\u02b0a', 'A\u0345')
i = 0
while i < len(props):
    p = props[i]
    print(ascii(p), p.isupper(), p.islower(), p.istitle(), ascii(p.upper()), ascii(p.lower()),
          ascii(p.title()), ascii(p.swapcase()), ascii(p.capitalize()))
    i += 1
print('they\'re bill\'s friends from the UK'.title(), '3rd ǳ ǆ'.title(), 'ǳǳ'.capitalize())
print('ﬁﬂ ŉ ǰ ΐ ΰ և ẖ ẗ ẘ ẙ ẚ'.upper(), 'ﬁﬂ ŉ ǰ'.title(), 'ᾀᾁᾂ ᾈᾉ ᾳ ῃ ῳ ᾼ'.upper(), 'ᾀ ᾈ ᾳ ᾼ'.title())
