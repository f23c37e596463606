"""Why a cut `.zst` or `.bz2` file gives fewer lines than a cut `.gz` one, in its quarantine
record.

gzip and xz decode a byte at a time: a file whose download stopped keeps every line before the
cut. Zstandard decodes a block (up to 128 KiB of text) and bzip2 a block (up to 900 kB) only
whole, so the lines in the block the cut falls in are lost, and a small file, one block, gives
no line at all. Its record said only "could not read past line 0: Truncated compressed
stream"; it now names the byte the file ends at and why the lines before it are lost too.
"""

from __future__ import annotations

from pathlib import Path

# the compressions that decode whole blocks: (name, most text in a block)
BLOCKS = {".zst": ("Zstandard", "128 KiB"), ".bz2": ("bzip2", "900 kB")}
BLOCKS[".zstd"] = BLOCKS[".zst"]  # DCLM's `.jsonl.zstd` (io.compressed)
BLOCKS[".lz4"] = ("LZ4", "4 MiB")  # the `lz4` tool's default block
# what each decoder says when the file ends before its stream does
CUT_MESSAGES = ("Truncated compressed stream", "ended before the end-of-stream marker")


def _block_compression(path: Path) -> tuple[str, str] | None:
    from curate.io.compressed import compressed_as

    name = path.name.lower()
    suffix = next((s for s in BLOCKS if name.endswith(s)), None)
    if suffix is None:
        try:
            with open(path, "rb") as handle:
                suffix = compressed_as(handle.read(16))  # `rows.jsonl` that is zstd
        except OSError:
            return None
    return BLOCKS.get(suffix or "")


def cut_detail(path: Path, err: BaseException) -> str:
    """The decoder's message on one line, and for a `.zst` or `.bz2` file cut short where it
    ends and why the text of its last block is lost."""
    message = " ".join(str(err).split())
    block = _block_compression(path) if any(m in message for m in CUT_MESSAGES) else None
    if block is None:
        return message
    name, most = block
    try:
        size = path.stat().st_size
    except OSError:
        return message
    return (
        f"{message} (the file ends at byte {size:,}, inside a {name} block: {name} decodes "
        f"blocks of up to {most} of text only whole, so the text of the cut block is lost; "
        "a download that stopped? fetch the file again)"
    )
