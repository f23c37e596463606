"""Where a feed item's text stands when it has no `content` or `description`.

Feeds read an item a document from its content or description (io.feeds); items whose text
stood elsewhere were each quarantined "the feed's item has no content or description":
- Atom's `<content type="xhtml">` (and `<summary>`): the text is a `<div>` of XHTML inside,
  not the element's own text; it is read as that HTML, its namespace off;
- a YouTube channel's `videos.xml`: a video's text is its `<media:group><media:description>`
  (Media RSS), as it is in a podcast's or a photo site's items;
- a podcast's `<itunes:summary>`, an item's Dublin Core `<dc:description>`.
"""

from __future__ import annotations

import copy
from typing import Any

ATOM = "{http://www.w3.org/2005/Atom}"
OTHER_TEXTS = (
    "{http://www.itunes.com/dtds/podcast-1.0.dtd}summary",
    "{http://purl.org/dc/elements/1.1/}description",
    ".//{http://search.yahoo.com/mrss/}description",  # under `media:group` or `media:content`
)


def xhtml_text(element: Any) -> str | None:
    """The HTML of an Atom text construct of type `xhtml` (its XHTML `<div>`), else None."""
    if element is None or element.get("type") != "xhtml" or len(element) == 0:
        return None
    import xml.etree.ElementTree as ElementTree

    parts = []
    for child in element:
        plain = copy.deepcopy(child)
        for node in plain.iter():
            if isinstance(node.tag, str):
                node.tag = node.tag.rsplit("}", 1)[-1]  # `{http://www.w3.org/1999/xhtml}p`
        parts.append(ElementTree.tostring(plain, encoding="unicode", method="html"))
    html = "".join(parts)
    return html if "".join(element.itertext()).strip() else None


def other_text(item: Any) -> str | None:
    """An item's text from Atom's XHTML, Media RSS, iTunes or Dublin Core (see the module)."""
    for name in (f"{ATOM}content", f"{ATOM}summary"):
        html = xhtml_text(item.find(name))
        if html is not None:
            return html
    for name in OTHER_TEXTS:
        found = item.find(name)
        if found is not None and (found.text or "").strip():
            return found.text
    return None
