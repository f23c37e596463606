"""`.lzma` and `.br`: the kinds read compressed as xz are read as LZMA and Brotli too.

`rows.jsonl.lzma` (`lzma -z`, `xz --format=lzma`, older dumps), `pages.json.br` (a server's
`Content-Encoding: br` saved as it came, `brotli rows.jsonl`) named alone were one
`unsupported` quarantine record ("unsupported file type .lzma"), and a folder of them was
skipped whole. The standard library's `lzma` reads `.lzma`, pyarrow (already a dependency)
Brotli (io.compressed): no package more.
"""

from __future__ import annotations

OTHER_NAMES = (".lzma", ".br")  # beside `.xz`


def other_compressions(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """`.jsonl.xz` -> `.jsonl.lzma`, `.jsonl.br`: the same kinds under the other compressions."""
    stems = [suffix[: -len(".xz")] for suffix in suffixes if suffix.endswith(".xz")]
    return tuple(stem + other for stem in stems for other in OTHER_NAMES)
