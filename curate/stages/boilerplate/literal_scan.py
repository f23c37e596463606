"""Which of the rules' literals stand in each line of a document, from one Hyperscan pass.

The caption and furniture rules look first for the literals their patterns need (`_needs`):
a line holding none of a pattern's literals cannot match it. Found a line at a time with an
Aho-Corasick automaton, that search was 7 us of the 30 us a new line's verdict took on the
bench's news (the automaton's own pass over each line, for about one literal a line). Here
the case-folded lines of a document are joined by line breaks and scanned once; each match
is given to the line it ends in. The literals hold no line break, so no match spans two
lines, and a literal stands in a line exactly when its UTF-8 stands in the line's UTF-8
(UTF-8 is self-synchronising): the sets are those the automaton finds.

Without the `hyperscan` package (no wheel for the platform), `LiteralScan.build` gives None
and the stage asks the automaton, line by line, as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

try:
    import hyperscan
except ImportError:  # pragma: no cover (no wheel for this platform)
    hyperscan = None


NONE: frozenset[str] = frozenset()  # no literal in a text


def _escaped(literal: str) -> bytes:
    """`literal`'s UTF-8 bytes as a Hyperscan pattern, each byte written `\\xHH`."""
    return "".join(f"\\x{byte:02x}" for byte in literal.encode("utf-8", "surrogatepass")).encode()


class LiteralScan:
    """The literals compiled into one Hyperscan database; `present(texts)` scans many texts."""

    def __init__(self, literals: Iterable[str]) -> None:
        # a literal with a line break stands in no line (nor does the empty one, never asked)
        self.literals = sorted({literal for literal in literals if literal and "\n" not in literal})
        self._database: Any = None

    @classmethod
    def build(cls, literals: Iterable[str]) -> LiteralScan | None:
        """A scan, or None without the `hyperscan` package."""
        if hyperscan is None:
            return None
        return cls(literals)

    def _compiled(self) -> Any:
        if self._database is None:
            database = hyperscan.Database()
            database.compile(
                expressions=[_escaped(literal) for literal in self.literals],
                ids=list(range(len(self.literals))),
                elements=len(self.literals),
                flags=[0] * len(self.literals),
            )
            self._database = database
        return self._database

    def present(self, texts: list[str]) -> list[set[str] | frozenset[str]]:
        """The literals that stand in each of `texts` (texts without line breaks): a set for
        a text with some, one shared empty frozenset for the others (most texts: a set each
        was made for nothing)."""
        found: list[set[str] | frozenset[str]] = [NONE] * len(texts)
        if not self.literals or not texts:
            return found
        if all(map(str.isascii, texts)):  # a character a byte: encoded at once
            data = "\n".join(texts).encode("ascii")
            sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        else:
            parts = [text.encode("utf-8", "surrogatepass") for text in texts]
            data = b"\n".join(parts)
            sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
        ends: list[int] = []  # where each match ends in the joined bytes, and its literal
        indexes: list[int] = []
        end_of, index_of = ends.append, indexes.append

        def seen(index: int, start: int, end: int, flags: int, context: Any) -> None:
            end_of(end)
            index_of(index)

        self._compiled().scan(data, match_event_handler=seen)
        if not ends:
            return found
        # the text each match ends in, by one `searchsorted` of where each text ends (its line
        # break included): a `bisect` call a match took 4 of the 23 ms the bench's 20,000
        # lines took (19,000 matches, most in body paragraphs: "lea", "more", "follow")
        texts_at = np.searchsorted(np.cumsum(sizes + 1), np.array(ends, dtype=np.int64))
        literals = self.literals
        for at, index in zip(texts_at.tolist(), indexes, strict=True):
            if found[at] is NONE:
                found[at] = {literals[index]}
            else:
                found[at].add(literals[index])
        return found

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the compiled database (made again when first asked)."""
        return {**self.__dict__, "_database": None}
