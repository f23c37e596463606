"""xxh3_64 (seed 0) of many short byte strings at once, in numpy: `dedup`'s word hashes.

`dedup` hashes every word of every text (about 400 a news text). A Python call or dict lookup
a word cost more than the hash itself; here the words of a whole batch of texts, given as
(start, length) in one byte buffer, are hashed with a few dozen array operations. Words of
1 to 16 bytes (nearly all) follow xxh3's short-input formulas; longer ones go to the xxhash
package one at a time. The numbers are xxhash's own (the tests compare them on varied
inputs): every read is little-endian by the dtype (`<u4`, `<u8`), never the platform's order.
"""

from __future__ import annotations

import numpy as np
import xxhash

_U64 = np.uint64
# the first 72 bytes of xxh3's default secret (XXH3_kSecret), all short inputs read
_SECRET = bytes.fromhex(
    "b8fe6c3923a44bbe7c01812cf721ad1cded46de9839097db7240a4a4b7b3671f"
    "cb79e64eccc0e578825ad07dccff7221b8084674f743248ee03590e6813a264c"
    "3c2852bb91c300cb"
)


def _le(offset: int, size: int) -> int:
    return int.from_bytes(_SECRET[offset : offset + size], "little")


_PRIME64_2 = _U64(0xC2B2AE3D27D4EB4F)
_PRIME64_3 = _U64(0x165667B19E3779F9)
_PRIME_MX1 = _U64(0x165667919E3779F9)
_PRIME_MX2 = _U64(0x9FB21C651E98DF25)
_LOW32 = _U64(0xFFFFFFFF)
# seed 0: each length class's bitflips are constants
_FLIP_1TO3 = _U64(_le(0, 4) ^ _le(4, 4))
_FLIP_4TO8 = _U64(_le(8, 8) ^ _le(16, 8))
_FLIP_9TO16_LO = _U64(_le(24, 8) ^ _le(32, 8))
_FLIP_9TO16_HI = _U64(_le(40, 8) ^ _le(48, 8))
SHORT = 16  # longest word hashed in numpy


def xxh3_words(data: bytes, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """uint64: `xxhash.xxh3_64_intdigest(data[s:s + n])` for each start `s` and length `n`."""
    out = np.empty(len(starts), _U64)
    if not len(starts):
        return out
    starts = starts.astype(np.int64, copy=False)
    lengths = lengths.astype(np.int64, copy=False)
    padded = data + bytes(8)  # every 8-byte read stays inside the buffer
    size = len(padded) - 7
    u8 = np.frombuffer(padded, np.uint8)
    le32 = np.ndarray((len(padded) - 3,), np.dtype("<u4"), padded, 0, (1,))
    le64 = np.ndarray((size,), np.dtype("<u8"), padded, 0, (1,))
    for low, high, kind in ((1, 3, _len_1to3), (4, 8, _len_4to8), (9, SHORT, _len_9to16)):
        pick = np.flatnonzero((lengths >= low) & (lengths <= high))
        if len(pick):
            start, length = starts[pick], lengths[pick]
            out[pick] = kind(u8, le32, le64, start, length)
    for i in np.flatnonzero((lengths > SHORT) | (lengths < 1)).tolist():
        s = int(starts[i])
        out[i] = xxhash.xxh3_64_intdigest(data[s : s + int(lengths[i])])
    return out


def _len_1to3(u8, le32, le64, start, length):
    first = u8[start].astype(_U64)
    middle = u8[start + (length >> 1)].astype(_U64)
    last = u8[start + length - 1].astype(_U64)
    combined = (first << _U64(16)) | (middle << _U64(24)) | last | (length.astype(_U64) << _U64(8))
    return _xxh64_avalanche(combined ^ _FLIP_1TO3)


def _len_4to8(u8, le32, le64, start, length):
    head = le32[start].astype(_U64)
    tail = le32[start + length - 4].astype(_U64)
    keyed = (tail + (head << _U64(32))) ^ _FLIP_4TO8
    return _rrmxmx(keyed, length.astype(_U64))


def _len_9to16(u8, le32, le64, start, length):
    low = le64[start] ^ _FLIP_9TO16_LO
    high = le64[start + length - 8] ^ _FLIP_9TO16_HI
    acc = length.astype(_U64) + low.byteswap() + high + _mul128_fold64(low, high)
    return _xxh3_avalanche(acc)


def _xxh64_avalanche(h):
    h = h ^ (h >> _U64(33))
    h *= _PRIME64_2
    h ^= h >> _U64(29)
    h *= _PRIME64_3
    return h ^ (h >> _U64(32))


def _xxh3_avalanche(h):
    h = h ^ (h >> _U64(37))
    h *= _PRIME_MX1
    return h ^ (h >> _U64(32))


def _rotl(h, bits: int):
    return (h << _U64(bits)) | (h >> _U64(64 - bits))


def _rrmxmx(h, length):
    h = h ^ _rotl(h, 49) ^ _rotl(h, 24)
    h *= _PRIME_MX2
    h ^= (h >> _U64(35)) + length
    h *= _PRIME_MX2
    return h ^ (h >> _U64(28))


def _mul128_fold64(a, b):
    """The low and high 64 bits of the 128-bit product, xored (xxhash's portable way)."""
    a_low, a_high = a & _LOW32, a >> _U64(32)
    b_low, b_high = b & _LOW32, b >> _U64(32)
    low_low = a_low * b_low
    high_low = a_high * b_low
    cross = (low_low >> _U64(32)) + (high_low & _LOW32) + a_low * b_high
    upper = (high_low >> _U64(32)) + (cross >> _U64(32)) + a_high * b_high
    lower = (cross << _U64(32)) | (low_low & _LOW32)
    return upper ^ lower
