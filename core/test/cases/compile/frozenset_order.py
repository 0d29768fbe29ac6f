# Regression: frozenset constants must iterate in CPython's order. CPython rebuilds a
# frozenset constant when its const cache first holds it, and again at code creation when
# interning swaps one of its str items for an already interned one (an identifier of the
# module, a keyword, a builtins name). With colliding hashes each rebuild can reorder it.
_invalid = {0x1, 0x2, 0x7f, 0x80, 0x9f, 0xfdd0, 0xfdef, 0xb, 0xfffe, 0xffff, 0x1fffe, 0x1ffff,
            0x2fffe, 0x2ffff, 0x3fffe, 0x3ffff, 0x4fffe, 0x4ffff, 0x10fffe, 0x10ffff}


def gettext(message):
    return message


def ngettext(a, b, n):
    return a


def install(names):
    allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
    return allowed & set(names)


def kind(word, c):
    if word in {'True', 'None', 'False'}:
        return 1
    if c not in {'1', '2', '3'}:
        return 2
    return word in {'temp', 'cdata', 'ignore', 'include', 'rcdata'}
