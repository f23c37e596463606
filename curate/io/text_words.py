"""The words of a text written without spaces between them: Chinese, Japanese, Thai.

The readers tell a text field from a title, an id or a code by its words (`len(value.split())`:
more than one word, 20 on average for a column of prose). A Chinese or Japanese article has no
spaces, so it was one word, a code: a scrape's `{"title": "新闻", "content": "市议会周二批准了
新的交通预算，..."}` had every row quarantined, "its fields hold ids, hashes or web addresses
alone (or one-word codes), no text", and a `.csv` of such articles under a column of its own
name was passed over (session 51's newcomer round). A run of characters of those scripts counts
as a word every `CHARS_PER_WORD` characters (a Chinese word is one to three characters, two on
average), spaced words as `split` counts them; Korean writes spaces and is counted as before.
"""

from __future__ import annotations

import re

CHARS_PER_WORD = 2
# Han (and its extensions and compatibility forms), kana, Thai, Lao, Myanmar, Khmer
UNSPACED = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f"
    "\u1780-\u17ff\U00020000-\U0002fa1f]+"
)


def text_words(text: str) -> int:
    """The words of `text` (see the module): `len(text.split())` for a spaced script."""
    if text.isascii():
        return len(text.split())
    runs = UNSPACED.findall(text)
    if not runs:
        return len(text.split())
    spaced = len(UNSPACED.sub(" ", text).split())
    return spaced + sum(-(-len(run) // CHARS_PER_WORD) for run in runs)


def unspaced_words(token: str) -> int:
    """The words of the runs of a script written without spaces in `token` (0 for none)."""
    if token.isascii():
        return 0
    return sum(-(-len(run) // CHARS_PER_WORD) for run in UNSPACED.findall(token))
