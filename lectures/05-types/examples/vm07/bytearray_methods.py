# Every bytes method on bytearray returns bytearrays (Objects/bytearrayobject.c shares
# Objects/bytes_methods.c), and takes any bytes-like argument.
def t(src):
    try:
        print(src, '->', repr(eval(src)))
    except BaseException as e:
        print(src, '!!', type(e).__name__, e)


b = bytearray(b'Hello, World')
for s in ['b.upper()', 'b.lower()', 'b.swapcase()', 'b.title()', 'bytearray(b"hello world").capitalize()',
          'b.find(b"o")', 'b.rfind(bytearray(b"o"))', 'b.find(111)', 'b.index(b"W")', 'b.rindex(b"o")',
          'b.count(b"l")', 'b.count(108)', 'b.find(memoryview(b"World"))', 'b.find(300)', 'b.find("o")',
          'b.startswith((b"x", b"He"))', 'b.endswith(bytearray(b"ld"), 0, 12)', 'b.split(b", ")', 'b.rsplit(b"o", 1)',
          'bytearray(b"  a  b  ").split(None, 1)', 'bytearray(b"  a  b  ").rsplit()', 'bytearray(b"a\\nb\\r\\nc").splitlines()',
          'bytearray(b"x\\n").splitlines(True)', 'bytearray(b"a-b-c").partition(b"-")', 'bytearray(b"a-b-c").rpartition(b"-")',
          'bytearray(b"abc").partition(b"x")', 'bytearray(b"abc").ljust(6, b".")', 'bytearray(b"abc").rjust(6)',
          'bytearray(b"abc").center(7, bytearray(b"-"))', 'bytearray(b"-5").zfill(4)', 'bytearray(b"5").zfill(0)',
          'bytearray(b"xxabcxx").lstrip(b"x")', 'bytearray(b"xxabcxx").rstrip(b"x")', 'bytearray(b"\\t ab \\n").strip()',
          'bytearray(b"aaa").replace(b"a", b"bb")', 'bytearray(b"aaa").replace(b"a", b"", 2)', 'bytearray(b"ab").replace(b"", b".")',
          'bytearray(b"Abc").isalpha()', 'bytearray(b"Ab1").isalnum()', 'bytearray(b" \\t").isspace()', 'bytearray().isspace()',
          'bytearray(b"ABC").isupper()', 'bytearray(b"abc1").islower()', 'bytearray(b"Ab Cd").istitle()', 'bytearray(b"\\x80").isascii()',
          'bytearray(b"12").isdigit()', 'bytearray(b"a\\tb").expandtabs(4)', 'bytearray(b"pre_x").removeprefix(b"pre_")',
          'bytearray(b"x.py").removesuffix(b".py")', 'bytearray(b", ").join([b"a", bytearray(b"b"), memoryview(b"c")])',
          'bytearray(b"").join([])', 'bytearray(b"-").join([b"a", "b"])', 'bytearray(b"hex").hex()', 'bytearray(b"\\x00\\xff\\x10").hex("-")',
          'bytearray(b"abcdef").hex(":", 2)', 'bytearray.fromhex("00ff10")', 'bytearray.fromhex(" 41 42 ")', 'bytearray.fromhex("4g")',
          'bytearray(b"abc").translate(None, b"b")', 'bytearray(b"abc").translate(bytes.maketrans(b"abc", b"xyz"))',
          'bytearray.maketrans(b"a", b"b")[97:99]', 'bytearray(b"caf\\xc3\\xa9").decode()', 'bytearray(b"\\xff").decode("utf-8", "replace")',
          'bytearray(b"abc").decode(errors="strict")', 'bytearray(b"%s=%d") % (b"x", 5)', 'bytearray(b"%b") % bytearray(b"y")',
          'b"%s" % bytearray(b"z")', 'b"%c" % bytearray(b"q")', 'bytearray(b"x") % ()', 'bytearray(b"a b").split(maxsplit=0)',
          'bytearray(b"abc").strip(b"")', 'bytearray(b"abc").index(b"z")', 'bytearray(b"abc").split(b"")',
          'type(bytearray(b"ab").split()[0])', 'bytearray(b"abc").partition(b"b")[1] is bytearray',
          'bytearray(b"a").center(3, b"xy")', 'bytearray(b"abc").count(b"", 2, 1)', 'bytearray(b"abc").find(b"", 4)',
          'bytearray(b"abc").startswith(b"", 4)', 'bytearray(b"abc").endswith("c")']:
    t(s)
