# binascii (hex, base64, CRCs), zlib one-shot compression, and the built-in hash modules.
import binascii, zlib, _md5, _sha1, _sha2, _sha3, _blake2
data = b'The quick brown fox jumps over the lazy dog'
print(binascii.hexlify(data[:8]), binascii.b2a_hex(b'\x01\xff'), binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'),
      binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.unhexlify(b'48656c6c6f'), binascii.a2b_hex('4A4b'), binascii.unhexlify(''))
for n in range(5):
    enc = binascii.b2a_base64(data[:n])
    print(enc, binascii.a2b_base64(enc), binascii.b2a_base64(data[:n], newline=False))
print(binascii.a2b_base64(b'aGVs\nbG8=\n'), binascii.a2b_base64('aGVsbG8'+'=='), binascii.a2b_base64(b'!!aGVsbG8=junk'))
print(binascii.crc32(data), binascii.crc32(b''), binascii.crc32(b'more', binascii.crc32(data)), binascii.crc_hqx(data, 0),
      binascii.crc32(data, -1))
for bad in ["binascii.unhexlify(b'abc')", "binascii.unhexlify(b'zz')", "binascii.a2b_base64(b'aGVsbG8')",
            "binascii.a2b_base64(b'a')", "binascii.a2b_hex('é1')", "binascii.hexlify('str')",
            "binascii.a2b_base64(b'=aGVs', strict_mode=True)", "binascii.a2b_base64(b'aG!s', strict_mode=True)",
            "binascii.hexlify(b'ab', 'xy')", "zlib.decompress(b'not zlib')", "zlib.decompress(zlib.compress(b'abc')[:-2])",
            "zlib.compress(b'x', 10)", "zlib.compress('x')", "_md5.md5('text')", "_sha2.sha256(5)"]:
    try:
        print(bad, '->', eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
# Compressed bytes come from the host's zlib: equal to CPython's for short inputs, while
# longer ones may pick other matches (see the notes); every stream round-trips.
c = zlib.compress(data * 3)
print(zlib.decompress(c) == data * 3, zlib.decompress(zlib.compress(data, 9)) == data, zlib.compress(b'', 0), zlib.compress(b'abc'))
print(zlib.compress(b'abc', wbits=-15), zlib.compress(b'abc', wbits=31), zlib.decompress(zlib.compress(b'abc', wbits=31), 31))
print(zlib.decompress(zlib.compress(b'raw!', wbits=-9), -15), zlib.crc32(data), zlib.adler32(data), zlib.adler32(b''), zlib.MAX_WBITS)
for ctor in [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512,
             _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
    h = ctor(data[:10])
    h2 = h.copy()
    h.update(data[10:])
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:16], len(h.digest()))
for ctor in [_sha3.shake_128, _sha3.shake_256]:
    h = ctor(data)
    print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(5))
print(_sha2.sha256(string=b'abc').hexdigest()[:12], _md5.md5().hexdigest())
