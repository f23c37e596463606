"""A row's text whose line breaks were written as the two characters `\\n`.

A scraper that wrote `repr(text)` or JSON-encoded a text twice, a Kaggle news table whose
export replaced each line break by `\\n`, gives rows like `First paragraph.\\n\\nSecond
paragraph.`: one line holding backslashes. It was read as written: the paragraphs became one,
every stage that reads lines (boilerplate, bylines, common lines) saw one line, and the
published text kept `\\n\\n` between its sentences (session 41's newcomer round).

A row's text of no line break that holds `\\n` at least `MIN_BREAKS` times, more than half of
them where a break goes (after the end of a sentence, before a capital, a digit, a quote or a
bullet, or beside another `\\n`), or one alone between two sentences (`day 0.\\nReport 3`),
is read with `\\r\\n`, `\\n` and `\\t` as the characters they stand for; an escaped
backslash (`\\\\n`) is no break. A text whose `\\n` are a path's or code's (`C:\\new\\notes`,
`printf("%d\\n", x)`) stays as written.

A `.txt` file of such a text (a dumped string: `f.write(repr(text))`, `json.dump(text, f)`, a
column saved to a file) is read the same way: its one line was one paragraph, in its quotes; a
break at its end is the file's, no break of the text. A file that is one quoted string whose
value holds breaks is read as that string (JSON's or Python's escapes, `\\u2019` and `\\'`
too); a file of real lines, or a quotation of one line, is read as written.
"""

from __future__ import annotations

import re

MIN_BREAKS = 2
ESCAPE = re.compile(r"(?<!\\)\\(?:r\\n|n|t)")  # `\n`, `\r\n`, `\t`; not `\\n` (a backslash, n)
BREAK = re.compile(r"(?<!\\)\\n")
ENDS = frozenset('.!?:;"”’)]')  # a sentence's or a quote's end before a break
OPENS = frozenset("([•*-")  # a bracket or a list item's mark after one
QUOTES = frozenset('"“‘')  # a quote after one, opening a word


def with_real_breaks(text: str) -> str:
    """`text` with its escaped line breaks and tabs read (see the module), else as it is."""
    if "\n" in text:
        return text
    probe = text.replace("\\r\\n", "\\n")  # Windows' breaks decided as one
    spans = [match.span() for match in BREAK.finditer(probe)]
    if not spans:
        return text
    if len(spans) < MIN_BREAKS:  # one: between two sentences alone (`day 0.\\nReport 3`)
        placed = _sentences_apart(probe, *spans[0])
    else:
        placed = 2 * sum(_at_break(probe, start, end) for start, end in spans) > len(spans)
    return ESCAPE.sub(lambda m: "\t" if m.group(0) == "\\t" else "\n", text) if placed else text


def _beside(text: str, start: int, end: int) -> tuple[int, int]:
    """The places of the characters before and after `text[start:end]`, past spaces (each
    scan passes over the spaces beside it only: linear over the text)."""
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return before, after


def _sentences_apart(text: str, start: int, end: int) -> bool:
    """Whether the one `\\n` at `text[start:end]` ends a sentence and opens another."""
    before, after = _beside(text, start, end)
    if before < 1 or after >= len(text) - 1 or text[before] not in '.!?"”’':
        return False
    return text[after].isupper() and text[after + 1].islower()


def _at_break(text: str, start: int, end: int) -> bool:
    """Whether the `\\n` at `text[start:end]` stands where a line break goes."""
    before, after = _beside(text, start, end)
    if before < 0 or after >= len(text):
        return True  # at the text's start or end
    if text.startswith("\\n", after) or (before >= 1 and text[before - 1 : before + 1] == "\\n"):
        return True  # beside another break: a paragraph's
    following = text[after]
    if following in QUOTES:  # `"We are ready," she said`, not a code's `"%d\\n", x`
        return after + 1 < len(text) and text[after + 1].isalnum()
    return text[before] in ENDS or following.isupper() or following.isdigit() or following in OPENS


def file_with_real_breaks(text: str) -> str:
    """A text file's text with its escaped breaks read (see the module): its own break at the
    end is no break of the text."""
    body = text.rstrip("\r\n")
    read = _dumped_string(body)
    read = read if read is not None else with_real_breaks(body)
    return text if read is body else read + text[len(body) :]


def _dumped_string(body: str) -> str | None:
    """The string a file's one quoted string literal spells, when it holds breaks; else None."""
    if len(body) < 2 or body[0] != body[-1] or body[0] not in "'\"" or "\n" in body:
        return None
    from curate.io.meta_strings import literal_value

    value = literal_value(body)
    return value if isinstance(value, str) and "\n" in value else None
