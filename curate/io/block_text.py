"""A block's inline HTML as plain words: what block editors and CMS exports keep in a string.

Editor.js, Arc XP and ninjs write a paragraph's inline markup in its string (`The plan was
<b>approved</b>`, `&amp;`): a string that holds an element is read as an HTML fragment
(io.html_fragment), one of entities alone has them read, any other is as it is.
"""

from __future__ import annotations

import html

from curate.io.html_fragment import fragment_paragraphs, holds_elements


def plain(value: str) -> str:
    """`value`'s words, its inline markup off (see the module)."""
    if "<" in value and holds_elements(value):
        return fragment_paragraphs(value)
    return html.unescape(value) if "&" in value else value
