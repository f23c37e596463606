"""Text written straight into `<body>`, before its first tag: a paragraph, not nothing.

Hand-written pages of the 1990s and 2000s use `<p>` as a separator, not a container:
`<body>The council approved ...<p>Members voted ...<p>The mayor said ...`. The parser puts the
text before the first tag in the body element's own `text`, where trafilatura never looks: the
page lost its opening paragraph, its lead, and kept the rest (a `<div>`'s or an `<article>`'s
own text is read; a `<p>`'s tail is read). That text is moved into a `<p>` of its own at the
body's head, where it is judged as any other paragraph. Text holding `<` (markup escaped as
text: a tracking pixel's `<img ...>`, the only such text in the evaluation's 1,171 pages) is
left where it is.
"""

from __future__ import annotations

import re
from typing import Any

WORD = re.compile(r"[^\W\d_]{2}")  # two letters: a word, not a stray "|" or "&nbsp;"


def wrap_body_text(tree: Any) -> None:
    """Move the body's own leading text, when it holds a word, into a first `<p>`."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    if body is None or not body.text or not WORD.search(body.text) or "<" in body.text:
        return  # none, or markup escaped as text (a tracking pixel's `<img ...>` in 2 eval pages)
    paragraph = body.makeelement("p", {})
    paragraph.text = body.text.strip()
    body.text = None
    body.insert(0, paragraph)
