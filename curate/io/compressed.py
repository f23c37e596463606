"""Compressed inputs opened as one binary stream: gzip (`.gz`), Zstandard (`.zst`), bzip2
(`.bz2`), xz (`.xz`) and LZMA (`.lzma`), LZ4 frames (`.lz4`) and Brotli (`.br`).

The Pile, RedPajama and SlimPajama ship JSON Lines as `.jsonl.zst`; crawls and exports use
`.gz`; older corpora and dumps `.bz2` and `.xz` (CC-100), which the standard library reads (they
were passed over as files of an unknown kind). Zstandard is decoded by pyarrow (already a
dependency for Parquet): no package more. A
stream is read as it is decoded, never whole unless the caller reads it whole. A damaged stream
raises `OSError` (or `EOFError`, `zlib.error`: `READ_ERRORS`) where it breaks, so a reader can
say which line it reached.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

COMPRESSIONS = (".gz", ".zst", ".bz2", ".xz")
# `.zstd`: Zstandard under its other name, as DCLM ships its JSON Lines (`*.jsonl.zstd`): passed
# over as a kind curate does not read
COMPRESSIONS += (".zstd",)
# `.lz4` (the `lz4` tool's frame format: some crawls and log shippers write it): decoded by
# pyarrow too; it was passed over as a kind curate does not read
COMPRESSIONS += (".lz4",)
# `.gzip`: gzip under its long name (`rows.jsonl.gzip`: io.gzip_names); it was unsupported
COMPRESSIONS += (".gzip",)
# `.lzma`: LZMA's own format (`lzma -z`, `xz --format=lzma`, 7-Zip's and old dumps' choice) and
# xz under LZMA's name; the standard library reads both. `rows.jsonl.lzma` was "unsupported"
COMPRESSIONS += (".lzma",)
# `.br`: Brotli (a server's `Content-Encoding: br` saved to disk, `brotli rows.jsonl`): decoded
# by pyarrow; it was "unsupported file type .br"
COMPRESSIONS += (".br",)
# `.bzip2`, `.bzip`, `.bz`: bzip2 under its other names (`rows.jsonl.bzip2`: io.compression_names);
# each was "unsupported file type .bzip2"
BZIP2_NAMES = (".bz2", ".bzip2", ".bzip", ".bz")
COMPRESSIONS += BZIP2_NAMES[1:]
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)


def _arrow_errors() -> tuple[type[BaseException], ...]:
    import pyarrow as pa

    return (pa.ArrowException,)


# first bytes of each compression: a file named for one that does not start with them is read
# as it is (`requests` and browsers decompress a `.jsonl.gz` download and keep its name; it
# was quarantined "Not a gzipped file")
MAGIC = {".gz": b"\x1f\x8b", ".zst": b"\x28\xb5\x2f\xfd", ".bz2": b"BZh", ".xz": b"\xfd7zXZ\x00"}
MAGIC[".zstd"] = MAGIC[".zst"]
MAGIC[".gzip"] = MAGIC[".gz"]
MAGIC.update(dict.fromkeys(BZIP2_NAMES[1:], MAGIC[".bz2"]))
MAGIC[".lz4"] = b"\x04\x22\x4d\x18"  # an LZ4 frame (the legacy format is not read)
LZMA_ALONE = b"\x5d\x00\x00"  # `.lzma`: lc=3, lp=0, pb=2 (every tool's default), a dictionary
# size of at least 64 KiB (its two low bytes 0): told apart from xz by `lzma_alone`


def _not_compressed(path: Path, name: str) -> bool:
    """Named for a compression its first bytes are not (and not empty): a `.xz` that is LZMA
    alone, a `.lzma` that is xz, or no compression at all. A `.br` (Brotli has no first bytes
    of its own) is taken at its name."""
    if name.endswith((".xz", ".lzma")):
        try:
            with open(path, "rb") as handle:
                head = handle.read(16)
        except OSError:
            return False
        return bool(head) and compressed_as(head) not in (".xz", ".lzma")
    magic = next((m for suffix, m in MAGIC.items() if name.endswith(suffix)), None)
    if magic is None:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(magic))
    except OSError:
        return False
    return bool(head) and not head.startswith(magic)


def first_bytes(path: Path, size: int, *, decompressed: bool = False) -> bytes | None:
    """The first `size` bytes of `path` (after decompression when `decompressed`), or None when
    it cannot be read: what the readers that recognise a file by its opening look at."""
    try:
        with open_binary(path) if decompressed else open(path, "rb") as handle:
            return handle.read(size)
    except (OSError, EOFError, zlib.error):
        return None


def open_binary(path: Path) -> BinaryIO:
    """`path` for reading bytes, decompressed by its last suffix, or by its first bytes when its
    name has no compression's suffix or one its bytes are not (`compressed_as`): a
    `rows.jsonl.zst` that is gzip, a `.jsonl.gz` that is bzip2 (a tool's default compression
    under the name a script gave) had each line quarantined as bytes that decode as nothing."""
    name = path.name.lower()
    if _not_compressed(path, name) or not name.endswith(COMPRESSIONS):
        handle = open(path, "rb")
        hidden = compressed_as(handle.peek(16)[:16])  # one open for a file that is plain
        if hidden is None:
            return handle  # type: ignore[return-value]
        handle.close()
        name += hidden
    if name.endswith((".gz", ".gzip")):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith((".zst", ".zstd")):
        from curate.io.long_zstd import needs_long_window, open_long

        if needs_long_window(path):  # Pushshift's `--long=31` dumps (io.long_zstd)
            import zstandard

            return _Checked(open_long(path), (zstandard.ZstdError,))  # type: ignore[arg-type]
        return _arrow_stream(path, "zstd", "Zstandard")
    if name.endswith(".lz4"):
        return _arrow_stream(path, "lz4", "LZ4")
    if name.endswith(BZIP2_NAMES):
        import bz2

        return bz2.open(path, "rb")  # type: ignore[return-value]  # damage: OSError, EOFError
    if name.endswith((".xz", ".lzma")):
        import lzma

        stream = lzma.open(path, "rb")  # xz or LZMA alone, told by its first bytes
        return _Checked(stream, (lzma.LZMAError,), "xz")  # type: ignore[arg-type]
    if name.endswith(".br"):
        return _arrow_stream(path, "brotli", "Brotli")
    return open(path, "rb")


def _arrow_stream(path: Path, codec: str, name: str) -> BinaryIO:
    """A stream pyarrow decompresses (`codec`), its decoder errors `OSError`s naming `name`."""
    import pyarrow as pa

    try:
        stream = pa.input_stream(str(path), compression=codec)
    except _arrow_errors() as err:
        raise OSError(f"not a readable {name} file: {err}") from None
    return _Checked(io.BufferedReader(stream), name=name)  # type: ignore[arg-type,return-value]


def compressed_as(head: bytes) -> str | None:
    """The compression a file's first bytes are (".gz", ...), or None.

    `articles.jsonl` that is gzip (a server's `Content-Encoding: gzip` saved as it came, or
    `gzip -c > articles.jsonl`) had each line quarantined as bytes that decode as nothing; a
    `.txt` was "binary file (gzip data)", a `.csv` passed over. bzip2 is told by its block's
    magic too, so a text that starts with "BZh" stays text."""
    for suffix in (".gz", ".zst", ".xz", ".lz4"):
        if head.startswith(MAGIC[suffix]):
            return suffix
    bzip2 = head[:3] == b"BZh" and head[3:4] in b"123456789" and len(head) >= 10
    if bzip2 and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
        return ".bz2"
    if lzma_alone(head):
        return ".lzma"
    return None


def lzma_alone(head: bytes) -> bool:
    """Whether a file's first 13 bytes open an LZMA-alone stream (`.lzma`): the usual
    properties byte, a dictionary size that is a power of two (or 1.5 times one, as `xz` writes
    them) from 64 KiB to 1.5 GiB, and an uncompressed size that is unknown (all 0xFF) or below
    2**48. Text never opens so (its third byte would be NUL)."""
    if len(head) < 13 or not head.startswith(LZMA_ALONE):
        return False
    size = int.from_bytes(head[1:5], "little")
    powers = {1 << n for n in range(16, 31)} | {3 << n for n in range(15, 29)}
    length = head[5:13]
    return size in powers and (length == b"\xff" * 8 or length[6:] == b"\x00\x00")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, decompressed; with `limit`, at most `limit` of them (a 20 GB file, or a
    gzip bomb, is never read whole to learn it is too large)."""
    with open_binary(path) as handle:
        return handle.read() if limit is None else handle.read(limit)


class _Checked(io.BufferedIOBase):
    """A decompressing stream whose decoder errors are `OSError`s, as gzip's are."""

    def __init__(
        self,
        inner: io.BufferedReader,
        errors: tuple[type[BaseException], ...] | None = None,
        name: str = "Zstandard",
    ) -> None:
        self._inner = inner
        self._errors = errors if errors is not None else _arrow_errors()
        self._name = name

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self._inner.read(size)
        except self._errors as err:
            raise OSError(f"damaged {self._name} stream: {err}") from None

    def readline(self, size: int | None = -1) -> bytes:
        try:
            return self._inner.readline(size)
        except self._errors as err:
            raise OSError(f"damaged {self._name} stream: {err}") from None

    def close(self) -> None:
        self._inner.close()
        super().close()
