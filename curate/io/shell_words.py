"""Field names in advice, quoted for the shell when they need it.

A row's field `" text"` (a space before it, from a hand-made header) gave the advice
`--text-field  text`, which the shell reads as `--text-field text`: the advice read nothing.
Names with spaces, quotes or shell characters are quoted (`--text-field ' text'`); plain names
(`content`, `article.text`) are written as before.
"""

from __future__ import annotations

import shlex


def shell_word(name: str) -> str:
    """`name` as one shell word."""
    return shlex.quote(name)
