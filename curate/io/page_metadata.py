"""Who wrote a page and when, as its markup states it: JSON-LD, microdata, `<meta>`, `rel=author`.

trafilatura's metadata gives one author string, and normalises it on the way: "Marwan H.
Adwan" comes back "Marwan H Adwan", "Herr_Rein" "Herr Rein", an `@id` reference to a
`Person` of the JSON-LD `@graph` is no name to it, and where a page names its site in `<meta
name="author">` and its writer in `itemprop="author"`, it reads the first. The readers add
what the page's structured data says, as written, to the `page_metadata` label
(`structured_authors`, the first source that names someone, and `structured_date`); the
`bylines` stage chooses between them and trafilatura's guess.

Read from the tree the reader already parsed (lxml for the trafilatura reader, Resiliparse's
for the fast one): a handful of selector queries, no second parse.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

STRUCTURED_AUTHORS = "structured_authors"
STRUCTURED_DATE = "structured_date"
# JSON-LD types whose `author` is the page's: a review's or a comment's author is not
ARTICLE_TYPES = ("Article", "Posting", "Report", "Recipe", "WebPage", "CreativeWork", "Review")
SKIPPED_KEYS = frozenset({"review", "comment", "comments", "citation", "mentions", "hasPart"})
AUTHOR_METAS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
DATE_METAS = ("article:published_time", "datePublished", "pubdate", "publishdate", "dc.date")
MAX_NAMES = 12  # a list longer than this is a list of contributors or of comments
MAX_CHARS = 120  # and a longer string is a sentence


def from_lxml(tree: Any) -> dict[str, Any]:
    """`structured_authors` and `structured_date` of an lxml tree (the trafilatura reader)."""
    scripts = [node.text or "" for node in tree.iterfind(".//script[@type='application/ld+json']")]
    metas = [
        (node.get("name") or node.get("property") or "", node.get("content"))
        for node in tree.iterfind(".//meta[@content]")
    ]
    nodes = tree.xpath("//*[@itemprop='author']")
    scope = _lxml_scope(nodes[0]) if nodes else None
    micro = [_lxml_item_name(node) for node in nodes if _lxml_scope(node) is scope]
    rel = [_text(node.itertext()) for node in tree.xpath("//a[contains(concat(' ', @rel, ' '), ' author ')]")]
    times = [node.get("datetime") for node in tree.iterfind(".//time[@datetime]")]
    return _choose(scripts, metas, micro, rel, times)


def from_resiliparse(tree: Any) -> dict[str, Any]:
    """The same of a Resiliparse tree (the fast reader)."""
    document = tree.document
    scripts = [n.text for n in document.query_selector_all('script[type="application/ld+json"]')]
    metas = [
        (n.getattr("name") or n.getattr("property") or "", n.getattr("content"))
        for n in document.query_selector_all("meta[content]")
    ]
    nodes = list(document.query_selector_all('[itemprop="author"]'))
    scope = _resiliparse_scope(nodes[0]) if nodes else None
    micro = []
    for node in nodes:
        if _resiliparse_scope(node) != scope:
            continue
        if node.getattr("content"):
            micro.append(node.getattr("content"))
            continue
        name = node.query_selector('[itemprop="name"]')
        micro.append(_text([(name or node).text]))
    rel = [_text([n.text]) for n in document.query_selector_all('a[rel~="author"]')]
    times = [n.getattr("datetime") for n in document.query_selector_all("time[datetime]")]
    return _choose(scripts, metas, micro, rel, times)


def _choose(
    scripts: list[str],
    metas: list[tuple[str, str | None]],
    micro: list[str],
    rel: list[str],
    times: list[str | None],
) -> dict[str, Any]:
    ld_authors, ld_date = _json_ld(scripts)
    by_name: dict[str, list[str]] = {}
    for name, content in metas:
        if content and content.strip():
            by_name.setdefault(name.strip().casefold(), []).append(content.strip())
    meta_authors = [by_name.get(key, []) for key in AUTHOR_METAS]
    authors = None
    for source in (ld_authors, micro, *meta_authors, rel):
        names = _names(source)
        if names:
            authors = names
            break
    date = ld_date or next(
        (v for key in DATE_METAS for v in by_name.get(key.casefold(), [])), None
    )
    if date is None:
        date = next((t.strip() for t in times if t and t.strip()), None)
    return {STRUCTURED_AUTHORS: authors, STRUCTURED_DATE: date}


def _names(raw: Iterable[str]) -> list[str]:
    """Distinct strings that may name someone: no address, no empty, no sentence."""
    names: list[str] = []
    for value in raw:
        value = " ".join(value.split())
        if not value or len(value) > MAX_CHARS or value.lower().startswith(("http:", "https:", "www.")):
            continue
        if value not in names:
            names.append(value)
    return names if len(names) <= MAX_NAMES else []


def _json_ld(scripts: list[str]) -> tuple[list[str], str | None]:
    """Authors and `datePublished` of the page's main JSON-LD item; `@id` references resolved."""
    items: list[dict[str, Any]] = []
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        items.extend(_items(data))
    people = {
        item["@id"]: item.get("name")
        for item in items
        if isinstance(item.get("@id"), str) and isinstance(item.get("name"), str)
    }
    with_author = [item for item in items if "author" in item or "creator" in item]
    with_author.sort(key=lambda item: not _article(item))  # stable: the page's order otherwise
    authors: list[str] = []
    if with_author:
        main = with_author[0]
        for person in _as_list(main.get("author") or main.get("creator")):
            if isinstance(person, str):
                authors.append(people.get(person, person))
            elif isinstance(person, dict):
                name = person.get("name")
                if name is None and isinstance(person.get("@id"), str):
                    name = people.get(person["@id"])
                if isinstance(name, str):
                    authors.append(name)
    dated = [item for item in items if isinstance(item.get("datePublished"), str)]
    dated.sort(key=lambda item: not _article(item))
    return authors, dated[0]["datePublished"] if dated else None


def _items(data: Any) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of a script, `@graph` members and nested items included, not the
    reviews and comments a page lists."""
    if isinstance(data, list):
        for value in data:
            yield from _items(value)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if key not in SKIPPED_KEYS and key not in ("author", "creator") and isinstance(value, (dict, list)):
                yield from _items(value)


def _article(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.endswith(ARTICLE_TYPES) for kind in kinds)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _lxml_scope(node: Any) -> Any:
    """The item an `itemprop="author"` belongs to: an article's authors share one, the
    references' and comments' authors each have their own."""
    return next((above for above in node.iterancestors() if above.get("itemscope") is not None), None)


def _resiliparse_scope(node: Any) -> Any:
    above = node.parent
    while above is not None and above.tag != "#document":
        if above.hasattr("itemscope"):
            return above
        above = above.parent
    return None


def _lxml_item_name(node: Any) -> str:
    if node.get("content"):
        return node.get("content")
    names = node.xpath(".//*[@itemprop='name']")
    return _text((names[0] if names else node).itertext())


def _text(pieces: Iterable[str | None]) -> str:
    return " ".join(" ".join(piece for piece in pieces if piece).split())
