"""Web pages saved under names that do not end in `.html`.

`wget --mirror` and `httrack` keep a site's own names: `news/2024/05/storm` (no extension),
`article.php?id=5`, `index.aspx`, `story.shtml`. Every such page was passed over as a file of an
unknown kind, and a folder of them stopped the run with "no readable input files". A file with
no extension or a server page's extension is read as HTML when its first bytes are a page's
(`<!DOCTYPE html`, `<html`, maybe after a byte order mark, blank lines and comments); its id is
its whole path under the input folder (`news/article.php?id=5`), since the query tells such
pages apart. `.xht`, XHTML's short extension, is read as `.xhtml` is (it was passed over).
A static page's own name with a query kept after it (`index.html?p=2`, `archive.htm?page=3`:
wget's name for the second page of a listing or an article cut in pages) ends in no extension
curate knew, and was passed over as a `.html?p=2` file; it is read as its page.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

# the extensions of pages a web server makes, as mirrors save them (before any "?query")
PAGE_SUFFIXES = frozenset(
    {"", ".shtml", ".xhtml", ".xht", ".php", ".php3", ".asp", ".aspx", ".jsp", ".jspx", ".cfm"}
    | {".cgi"}
)
# a static page's extension, before a query wget kept in the name (`index.html?p=2`)
QUERIED_SUFFIXES = frozenset({".html", ".htm"})
HEAD_BYTES = 4096
_OPENING = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# what a text `_OPENING` matches can start with: a byte-order mark, "<" or a byte its `\s` takes
_MAY_OPEN = frozenset("\ufeff< \t\n\r\x0b\x0c")


def page_suffix(path: Path) -> str:
    """`.php` for `article.php?id=5` (and `article.php@id=5`, as wget writes it on Windows)."""
    name = re.split(r"[?@]", path.name, maxsplit=1)[0]
    return Path(name).suffix.lower() if "." in name.lstrip(".") else ""


def is_saved_page(path: Path) -> bool:
    """A file of no extension, a server page's or a queried `.html`'s whose first bytes open an
    HTML page."""
    suffix = page_suffix(path)
    queried = suffix in QUERIED_SUFFIXES and not path.name.lower().endswith(suffix)
    if (suffix not in PAGE_SUFFIXES and not queried) or not path.is_file():
        return False
    return opens_as_page(path)


def opens_as_page(path: Path) -> bool:
    """The file's first bytes (decompressed) open an HTML page. A scraper that wrote each
    response's body to `article_123.txt` made documents of markup, titled "<!DOCTYPE html>"."""
    from curate.io.compressed import open_binary

    try:
        with open_binary(path) as handle:
            head = handle.read(HEAD_BYTES)
    except (OSError, EOFError, zlib.error):
        return False
    return _OPENING.match(head) is not None


def page_id(path: Path, root: Path) -> str:
    """The page's path under the input folder, whole: `news/article.php?id=5`."""
    return (path.relative_to(root) if path != root else Path(path.name)).as_posix()


def text_opens_as_page(text: str) -> bool:
    """A row's text that is a whole page's HTML (`{"text": "<!DOCTYPE html>..."}`: a scraper
    that stored the response body as the text), read as a row with an `html` field is."""
    if text[:1] not in _MAY_OPEN:  # `_OPENING` needs one of these first: most texts, no page
        return False
    head = text[:HEAD_BYTES].encode("utf-8", "surrogatepass")
    return _OPENING.match(head) is not None
