"""Why a frameset page gives no text: its text is in its frames, pages of their own.

A site of the 1990s and many intranets still serve `<frameset><frame src="menu.html"><frame
src="main.html">`: the page itself holds no text (at most a `<noframes>` line for browsers
without frames), and the frames' pages sit beside it in a mirror, each read as a page. The
frameset was quarantined "no main text found in the page", which reads as an extraction
failure and sends a user looking for a lost article; the message now says what the page is
and names the frames that hold its text.
"""

from __future__ import annotations

import re

FRAMESET = re.compile(r"<frameset\b", re.IGNORECASE)
# a frame's address: quoted or bare, up to 300 characters (no backtracking across tags)
FRAME_SRC = re.compile(r"""<i?frame\b[^>]{0,300}?\bsrc\s*=\s*["']?([^"'\s>]{1,300})""", re.I)
NAMED = 3  # frames named in the message


def frameset_note(html: str | bytes) -> str | None:
    """ "a frameset: its text is in its frames (menu.html, main.html)..." for a frameset page,
    else None."""
    text = html.decode("latin-1") if isinstance(html, bytes) else html
    if not FRAMESET.search(text):
        return None
    sources = list(dict.fromkeys(FRAME_SRC.findall(text)))
    named = ", ".join(sources[:NAMED]) + (", ..." if len(sources) > NAMED else "")
    where = f" ({named})" if named else ""
    return (
        f"a frameset page: no text of its own; its text is in its frames{where}, "
        "read as pages of their own when they are among the inputs"
    )
