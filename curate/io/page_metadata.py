"""Who wrote a page and when, as its markup states it: JSON-LD, microdata, `<meta>`, `rel=author`.

trafilatura's metadata gives one author string, and normalises it on the way: "Marwan H.
Adwan" comes back "Marwan H Adwan", "Herr_Rein" "Herr Rein", an `@id` reference to a
`Person` of the JSON-LD `@graph` is no name to it, and where a page names its site in `<meta
name="author">` and its writer in `itemprop="author"`, it reads the first. The readers add
what the page's structured data says, as written, to the `page_metadata` label
(`structured_authors`, the first source that names someone, and `structured_date`), and, when
those name no person, the texts of the page's byline elements (`byline_texts`: a class
`byline`, `author`, `autor`, `writer`, outside comments and author boxes); the `bylines` stage
chooses between them and trafilatura's guess.

Read from the tree the reader already parsed (lxml for the trafilatura reader, Resiliparse's
for the fast one): a handful of selector queries, each asked only when needed, no second parse
(the fast reader: 0.6 ms a page more, on 2.0).
"""

from __future__ import annotations

import html as markup
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

STRUCTURED_AUTHORS = "structured_authors"
STRUCTURED_DATE = "structured_date"
BYLINE_TEXTS = "byline_texts"
HEADER_TEXTS = "header_texts"
# a byline element: "<div class="post-byline">By Jane Doe</div>", "<span class="autor">"
BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|autor|writer)", re.IGNORECASE)
# ... not a comment's author, an author box's biography, a list of other articles
NOT_BYLINE = re.compile(
    r"comment|avatar|bio|box|img|image|photo|social|share|widget|related|list|teaser", re.IGNORECASE
)
BYLINE_XPATH = (
    "//*[contains(@class, 'uthor') or contains(@class, 'UTHOR') or contains(@class, 'yline')"
    " or contains(@class, 'YLINE') or contains(@class, 'utor') or contains(@class, 'riter')]"
)
BYLINE_CSS = '[class*="author" i], [class*="byline" i], [class*="autor" i], [class*="writer" i]'
MAX_BYLINES = 5  # byline elements kept, in page order
MAX_BYLINE_CHARS = 100
# JSON-LD types whose `author` is the page's: a review's or a comment's author is not
ARTICLE_TYPES = ("Article", "Posting", "Report", "Recipe", "WebPage", "CreativeWork", "Review")
SKIPPED_KEYS = frozenset({"review", "comment", "comments", "citation", "mentions", "hasPart"})
AUTHOR_METAS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
DATE_METAS = ("article:published_time", "datePublished", "pubdate", "publishdate", "dc.date")
META_KEYS = frozenset(key.casefold() for key in (*AUTHOR_METAS, *DATE_METAS, "og:site_name"))
FOLD = re.compile(r"[\W_]")
DOMAIN = re.compile(r"\w\.[a-z]{2,}$", re.IGNORECASE)  # "finanztreff.de", "STERN.de"
# one compound selector, not a list of 22: the same nodes, in a fifth of the walk's time
# (Resiliparse's search tests each element against each selector of a list)
META_CSS = "meta:is({})".format(
    ", ".join(
        f'[{attribute}="{key}" i]'
        for key in sorted(META_KEYS)
        for attribute in ("name", "property")
    )
)
LD_CSS = 'script[type="application/ld+json"]'
MICRO_CSS = '[itemprop="author"]'
TIME_CSS = "time[datetime]"
REL_CSS = 'a[rel~="author"]'
# every source a page may be asked for but the bylines (whose class tests cost a walk of their
# own): one walk, where the microdata and `<time>` cost a search of the markup for a mark each
# (a whole page's string) and then a walk of their own. The `rel=author` links cost the walk
# 0.004 ms a page, and a walk of their own 0.125 ms on the third of the pages that ask for them
HEAD_CSS = f"{LD_CSS}, {META_CSS}, {MICRO_CSS}, {TIME_CSS}, {REL_CSS}"
MAX_NAMES = 12  # a list longer than this is a list of contributors or of comments
# The lines between the headline and the body, where a byline stands when no class names it
# ("<p> von <em>Klaus Stanjek</em></p>", "<p>By Alex Bozarjian</p>"): read from the markup
# after the first </h1>, the same for either reader
H1_END = re.compile(r"</h1\s*>", re.IGNORECASE)
HEAD_CHARS = 4000  # markup read after the headline
HIDDEN = re.compile(r"<(script|style|noscript|svg|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|br|hr|tr|td|th|table|section|article|header|footer|aside|nav"
    r"|figure|figcaption|address|dd|dt|dl|blockquote|form|button)\b[^>]*>",
    re.IGNORECASE,
)
ANY_TAG = re.compile(r"<[^>]*>")
MAX_HEADER_TEXTS = 12
HEADER_WORDS = 15  # a longer line is no byline
BODY_WORDS = 20  # a line this long that ends a sentence: the body has begun
MAX_CHARS = 120  # and a longer string is a sentence


def from_lxml(tree: Any, html: str | bytes | None = None) -> dict[str, Any]:
    """`structured_authors`, `structured_date`, `byline_texts`, `header_texts` of an lxml
    tree (the trafilatura reader), parsed from `html`."""
    return _read(_LxmlPage(tree), html)


def from_resiliparse(
    tree: Any, html: str | None = None, found: list[Any] | None = None
) -> dict[str, Any]:
    """The same of a Resiliparse tree (the fast reader), parsed from `html`. `found`: the
    nodes of a search for `HEAD_CSS` and others (the fast reader's one search for its images
    and its `<meta>` tags)."""
    return _read(_ResiliparsePage(tree, found), html)


def header_texts(html: str | bytes | None) -> list[str]:
    """The short lines between the page's first headline (`</h1>`) and its body (the first
    line of `BODY_WORDS`+ words that ends a sentence), as text, in page order. Bytes are
    decoded as the readers decode them, and only here: most pages never ask."""
    if isinstance(html, bytes):
        from curate.io.page_decode import decode_page

        html = decode_page(html)
    end = H1_END.search(html) if html else None
    if end is None:
        return []
    head = html[end.end() : end.end() + HEAD_CHARS]
    # inline tags part words ("<span>By</span><span>Alex Bozarjian</span>"), block tags lines
    text = markup.unescape(ANY_TAG.sub(" ", BLOCK_TAG.sub("\n", HIDDEN.sub("\n", head))))
    texts: list[str] = []
    for line in text.split("\n"):
        words = line.split()
        if not words or "<" in line or ">" in line:  # markup in a script or cut by the window
            continue
        if len(words) >= BODY_WORDS and line.rstrip().rstrip("\"'”’»)")[-1:] in ".!?":
            break
        if len(words) <= HEADER_WORDS:
            texts.append(" ".join(words))
            if len(texts) >= MAX_HEADER_TEXTS:
                break
    return texts


def _read(page: Any, html: str | bytes | None = None) -> dict[str, Any]:
    """Each source asked only when the ones before it named nobody (a query of the whole tree
    each: the fast reader's time counts)."""
    ld_authors, ld_date = _json_ld(page.scripts())
    metas = page.metas()
    authors = _names(ld_authors) or _names(page.micro())
    for key in AUTHOR_METAS:
        authors = authors or _names(metas.get(key, []))
    authors = authors or _names(page.rel())
    date = ld_date or next((v for key in DATE_METAS for v in metas.get(key.casefold(), [])), None)
    date = date or next((t.strip() for t in page.times() if t and t.strip()), None)
    found = {STRUCTURED_AUTHORS: authors or None, STRUCTURED_DATE: date, BYLINE_TEXTS: []}
    site = folded(next(iter(metas.get("og:site_name", [])), ""))
    if not authors or all(_site_like(name, site) for name in authors):
        # the `bylines` stage reads a byline element, then the lines under the headline, only
        # when the sources above name no person: asked then only (the fast reader's third of
        # a millisecond)
        bylines = [text for text in page.bylines() if 0 < len(text) <= MAX_BYLINE_CHARS]
        found[BYLINE_TEXTS] = bylines
        found[HEADER_TEXTS] = header_texts(html)
    return found


def folded(text: str) -> str:
    """Letters and digits, casefolded: "Helmholtz-Klima" and "helmholtzklima" are one."""
    return FOLD.sub("", text).casefold()


def _site_like(name: str, site: str) -> bool:
    """A domain ("mdr.de") or the site's name: the stage may look further for a person."""
    key = folded(name)
    return DOMAIN.search(name) is not None or (
        bool(site) and bool(key) and (key in site or site in key)
    )


class _LxmlPage:
    def __init__(self, tree: Any) -> None:
        self.tree = tree

    def scripts(self) -> list[str]:
        return [n.text or "" for n in self.tree.iterfind(".//script[@type='application/ld+json']")]

    def metas(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for node in self.tree.iterfind(".//meta[@content]"):
            key = (node.get("name") or node.get("property") or "").strip().casefold()
            if key in META_KEYS and node.get("content").strip():
                found.setdefault(key, []).append(node.get("content").strip())
        return found

    def micro(self) -> list[str]:
        nodes = self.tree.xpath("//*[@itemprop='author']")
        scope = _lxml_scope(nodes[0]) if nodes else None
        return [_lxml_item_name(node) for node in nodes if _lxml_scope(node) is scope]

    def rel(self) -> list[str]:
        links = self.tree.xpath("//a[contains(concat(' ', @rel, ' '), ' author ')]")
        return [_text(node.itertext()) for node in links]

    def times(self) -> list[str]:
        return [node.get("datetime") for node in self.tree.iterfind(".//time[@datetime]")]

    def bylines(self) -> list[str]:
        return _bylines(
            self.tree.xpath(BYLINE_XPATH),
            lambda node: node.get("class"),
            lambda node: any(
                NOT_BYLINE.search(f"{above.get('class') or ''} {above.get('id') or ''}")
                for above in node.iterancestors()
            ),
            lambda node: _text(node.itertext()),
        )


class _ResiliparsePage:
    """A selector query walks the whole tree (0.13 ms a page; the byline classes' substring
    tests 0.4 ms): JSON-LD, <meta>, microdata, `<time>` and `rel=author` in one walk
    (`HEAD_CSS`), the bylines asked only when needed. One query for every source cost more
    (1.0 ms a page against 0.6): the byline classes' tests then run on every page."""

    def __init__(self, tree: Any, found: list[Any] | None = None) -> None:
        self.document = tree.document
        if found is None:
            found = _nodes(self.document.query_selector_all(HEAD_CSS))
        self.scripts_and_metas: list[Any] = []
        self.authors: list[Any] = []  # `MICRO_CSS`, in page order
        self.times_found: list[Any] = []  # `TIME_CSS`
        self.rel_links: list[Any] = []  # `REL_CSS`, in page order
        for node in found:
            tag = node.tag
            micro = node.getattr("itemprop") == "author"
            if micro:
                self.authors.append(node)
            if tag == "time":
                if node.hasattr("datetime"):
                    self.times_found.append(node)
            elif tag == "meta":
                if _named_meta(node):  # not one found for its microdata, or another search's
                    self.scripts_and_metas.append(node)
            elif tag == "script" and (not micro or node.matches(LD_CSS)):
                self.scripts_and_metas.append(node)  # not one found for its microdata alone
            elif tag == "a" and node.matches(REL_CSS):  # not one found for its microdata alone
                self.rel_links.append(node)

    def scripts(self) -> list[str]:
        return [node.text for node in self.scripts_and_metas if node.tag == "script"]

    def metas(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for node in self.scripts_and_metas:
            if node.tag != "meta":
                continue
            key = (node.getattr("name") or node.getattr("property") or "").strip().casefold()
            content = (node.getattr("content") or "").strip()
            if key in META_KEYS and content:
                found.setdefault(key, []).append(content)
        return found

    def micro(self) -> list[str]:
        nodes = self.authors
        scope = _resiliparse_scope(nodes[0]) if nodes else None
        names = []
        for node in nodes:
            if _resiliparse_scope(node) != scope:
                continue
            if node.getattr("content"):
                names.append(node.getattr("content"))
                continue
            name = node.query_selector('[itemprop="name"]')
            names.append(_text([(name or node).text]))
        return names

    def rel(self) -> list[str]:
        return [_text([n.text]) for n in self.rel_links]

    def times(self) -> list[str]:
        return [n.getattr("datetime") for n in self.times_found]

    def bylines(self) -> list[str]:
        return _bylines(
            _nodes(self.document.query_selector_all(BYLINE_CSS)),
            lambda node: node.getattr("class"),
            _resiliparse_in_other,
            lambda node: _text([node.text]),
        )


def _named_meta(node: Any) -> bool:
    """Whether a `<meta>` matches `META_CSS`: its name or its property one of `META_KEYS` in
    any ASCII case (the selector's `i`: a value with other characters matches no key, the
    keys being ASCII)."""
    for attribute in ("name", "property"):
        value = node.getattr(attribute)
        if value is not None and value.isascii() and value.lower() in META_KEYS:
            return True
    return False


def _nodes(found: Any) -> list[Any]:
    """The nodes of a Resiliparse node list, made by one call (`values()`). Indexing the list,
    or iterating it, makes the whole list again for each item: a page's 31 `<meta>` cost 2.4
    ms that way, 0.08 ms by `values()`, and a page of many matches took quadratic time."""
    values = getattr(found, "values", None)
    return list(values()) if values is not None else list(found)


def _bylines(
    nodes: Iterable[Any],
    class_of: Callable[[Any], str | None],
    in_other: Callable[[Any], bool],
    text_of: Callable[[Any], str],
) -> list[str]:
    """The texts of the first `MAX_BYLINES` byline elements among `nodes` (in page order) that
    stand in no comment, author box or list of other articles (`in_other`), on either tree."""
    texts: list[str] = []
    for node in nodes:
        if len(texts) >= MAX_BYLINES:
            break
        if _byline_class(class_of(node)) and not in_other(node):
            texts.append(text_of(node))
    return texts


def _byline_class(value: str | None) -> bool:
    return bool(value) and BYLINE_CLASS.search(value) is not None and not NOT_BYLINE.search(value)


def _resiliparse_in_other(node: Any) -> bool:
    """Whether a byline element sits in a comment, an author box, a list of articles."""
    above = node.parent
    while above is not None and above.tag != "#document":
        if NOT_BYLINE.search(f"{above.getattr('class') or ''} {above.getattr('id') or ''}"):
            return True
        above = above.parent
    return False


def _names(raw: Iterable[str]) -> list[str]:
    """Distinct strings that may name someone: no address, no empty, no sentence."""
    names: list[str] = []
    for value in raw:
        value = " ".join(value.split())
        if (
            not value
            or len(value) > MAX_CHARS
            or value.lower().startswith(("http:", "https:", "www."))
        ):
            continue
        if value not in names:
            names.append(value)
            if len(names) > MAX_NAMES:  # too many: none, known now (a list of 20,000 names
                return []  # was searched whole for each name)
    return names


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
            if (
                key not in SKIPPED_KEYS
                and key not in ("author", "creator")
                and isinstance(value, (dict, list))
            ):
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
    return next(
        (above for above in node.iterancestors() if above.get("itemscope") is not None), None
    )


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
