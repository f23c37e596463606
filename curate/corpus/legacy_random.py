"""The 32-bit words of numpy's `RandomState(seed)`, without importing `numpy.random`.

`dedup` needs 2 x num_perm numbers from datasketch's generator (`np.random.RandomState(seed)`),
once a worker; importing `numpy.random` to make them cost 4-5 ms of CPU in every worker (21-33
ms of wall time by `python -X importtime` on the loaded machine). `RandomState(seed)`
with an integer seed is the Mersenne Twister seeded by `init_genrand(seed)`, and its
`randint(0, 2**k, dtype=uint32)` for k <= 32 keeps the low k bits of one word a number (the
mask is the whole range, so no word is ever drawn again). Python's own `random.Random` is the
same twister: given that state, `getrandbits(32)` gives the same words.
"""

from __future__ import annotations

import random
import sys

import numpy as np

_STATE_WORDS = 624  # the twister's state; an index of 624 makes the next draw regenerate it


def twister_words(seed: int, count: int) -> np.ndarray:
    """The first `count` words `np.random.RandomState(seed)` draws, as uint32."""
    if not 0 <= seed <= 0xFFFFFFFF:
        raise ValueError(f"seed {seed} must be between 0 and 2**32 - 1")
    state = [seed]
    for position in range(1, _STATE_WORDS):  # init_genrand
        last = state[-1]
        state.append((1812433253 * (last ^ (last >> 30)) + position) & 0xFFFFFFFF)
    generator = random.Random()
    generator.setstate((3, (*state, _STATE_WORDS), None))
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    # getrandbits(32 * k) is k words, the first in the lowest 32 bits
    number = generator.getrandbits(32 * count)
    return np.frombuffer(number.to_bytes(4 * count, sys.byteorder), dtype=np.uint32).copy()


def random_bits(seed: int, bits: tuple[int, ...], count: int) -> list[np.ndarray]:
    """`RandomState(seed).randint(0, 2**k, count, dtype=np.uint32)` for each k of `bits`, in
    turn from one generator."""
    if any(not 1 <= k <= 32 for k in bits):
        raise ValueError(f"bits {bits} must each be from 1 to 32")
    words = twister_words(seed, count * len(bits))
    return [
        words[i * count : (i + 1) * count] & np.uint32((1 << k) - 1) for i, k in enumerate(bits)
    ]
