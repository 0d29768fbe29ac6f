# CPython's own Lib modules that need no classes yet, read from the stdlib (pyodide's zip
# under ceval, the install's Lib under python3.13), running over this package's C modules.
import keyword, struct, bisect, heapq, colorsys, stat, token, copyreg, linecache
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.kwlist[:6])
print(struct.pack('<hq', 1, -1), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.calcsize('=bq'))
b = [1, 4, 9]
bisect.insort(b, 5)
h = []
for x in [5, 1, 4]:
    heapq.heappush(h, x)
print(b, bisect.bisect(b, 4), h, heapq.heappop(h), heapq.heapify)
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1.0, 0.5, 0.25))
print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o040755), stat.S_IMODE(0o104755))
print(token.tok_name[token.NAME], token.ISTERMINAL(token.OP), token.EXACT_TOKEN_TYPES['('] == token.LPAR)
print(__import__('importlib').import_module('colorsys').__name__, 'stat' in __import__('sys').modules)
import hashlib
print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5(b'x').hexdigest(), hashlib.new('sha1', b'y').hexdigest())
print(sorted(hashlib.algorithms_guaranteed), hashlib.sha3_256().name, hashlib.blake2s(b'').digest_size)
import opcode, _opcode
print(opcode.hasarg == [op for op in range(268) if _opcode.has_arg(op) and op in opcode.opmap.values()] or 'order')
print(opcode.hasarg[:8], opcode.hasconst, opcode.hasname[:6], opcode.hasjump, opcode.hasfree, opcode.haslocal, opcode.hasexc)
print(opcode.stack_effect(opcode.opmap['LOAD_CONST'], 0), opcode.stack_effect(opcode.opmap['BUILD_LIST'], 3),
      opcode.stack_effect(opcode.opmap['SETUP_FINALLY'], 0, jump=True), opcode._nb_ops[:3], opcode._intrinsic_1_descs[:3])
print(_opcode.is_valid(opcode._specialized_opmap['BINARY_OP_ADD_INT']), _opcode.is_valid(300), _opcode.get_specialization_stats())
for bad in ["_opcode.stack_effect(3)", "_opcode.stack_effect(100, 1, jump=5)", "_opcode.stack_effect(100, 1, 2)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
