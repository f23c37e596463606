"""The recipe's `reader:` section: which pages of a web archive to read, and with what extractor.

    reader:
      domains: [reuters.com, apnews.com]     # keep only these sites (and their subdomains)
      domains_file: news_domains.txt         # more of them, one a line, `#` comments
      exclude_domains: [sport.example.com]   # drop these, even inside a kept domain
      url_pattern: "/20[0-9]{2}/"            # keep URLs this regex finds (re.search)
      exclude_url_pattern: "/(tag|video)/"   # drop URLs this regex finds
      languages: [en, de]                    # keep pages whose <html lang> is one of these
      extractor: resiliparse                 # or trafilatura (the default)
      text_field: content                    # JSONL/Parquet: the field holding the text
                                             # (or a list: [text, content, raw_content], the
                                             # first a row has is its text)
                                             # (a dotted path reads a nested field:
                                             # article.text, curate/io/fields.py)
      id_field: doc_id                       # ... and the one holding the id (default: id)
      sample_by: line                        # .txt: a document a line (or paragraph; default:
                                             # document, the whole file)
      split: [test]                          # a dataset of several splits: read only these
                                             # (curate/io/splits.py; default: all of them)

The filters run on a web archive's records (WARC, ARC) before any text is extracted, so a crawl
of the whole web costs little for the pages it drops; each drop is counted in `report.json` by
rule (`skipped_records`, `filter/<rule>`). A domain matches itself and its subdomains
(`reuters.com` keeps `www.reuters.com`, not `notreuters.com`). A page without an `<html lang>`
is kept by `languages`: the `language` stage decides on its text. The extractor applies to
`.html` files too, and to JSON Lines and Parquet rows that carry an `html` field. A row whose
text sits under another name than `text` (`content`, `maintext`, `raw_content`) is read through
`text_field`; `curate run --text-field` sets it from the command line (with none named, a
file with no `text` is read from the well-known field its records hold: io.text_aliases).
A folder from several scrapers names it several ways: a list of names reads each row from
the first it has (given twice, `--text-field text --text-field content` makes the list), and
the report counts the documents read from each (`text_fields`). Everything is checked when the
recipe is loaded, as stage settings are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

EXTRACTORS = ("trafilatura", "resiliparse")
LANG = re.compile(rb"<html\b[^>]*?[\s:]lang\s*=\s*[\"']?\s*([A-Za-z]{2,3})", re.IGNORECASE)
LANG_WINDOW = 65536  # bytes of a page searched for `<html lang>` (doctype, comments before it)
LIST_KEYS = ("domains", "exclude_domains", "languages")
STRING_KEYS = ("domains_file", "url_pattern", "exclude_url_pattern")
FIELD_KEYS = ("text_field", "id_field")  # names of a JSONL/Parquet row's fields
DEFAULT_FIELDS = {"text_field": "text", "id_field": "id"}
# settings a published `recipe.yaml` names only when they are not the default, so a recipe that
# never set them publishes what it did before they existed
DEFAULTS_LEFT_OUT = {**DEFAULT_FIELDS, "sample_by": "document", "split": []}


class ReaderSettingsError(ValueError):
    """A `reader:` setting that cannot work; the message names the key."""


@dataclass(frozen=True)
class ReaderSettings:
    domains: tuple[str, ...] = ()
    domains_file: str | None = None
    exclude_domains: tuple[str, ...] = ()
    url_pattern: str | None = None
    exclude_url_pattern: str | None = None
    languages: tuple[str, ...] = ()
    extractor: str = "trafilatura"
    text_field: str | tuple[str, ...] = "text"  # a name, or names tried in order
    id_field: str = "id"
    sample_by: str = "document"  # .txt files: a document a file, a line or a paragraph
    split: tuple[str, ...] = ()  # a dataset's splits to read (curate.io.splits); () all

    @classmethod
    def from_section(cls, section: Any, where: str = "reader") -> ReaderSettings:
        """Checked settings from a recipe's `reader:` mapping (or None: the defaults)."""
        if section is None:
            return cls()
        if isinstance(section, ReaderSettings):
            return section
        if not isinstance(section, dict):
            raise ReaderSettingsError(f"{where}: expected a mapping of settings")
        known = [f.name for f in fields(cls)]
        values: dict[str, Any] = {}
        for key, value in section.items():
            at = f"{where}.{key}"
            if key not in known:
                raise ReaderSettingsError(f"{at}: unknown setting; known: {', '.join(known)}")
            if key in LIST_KEYS:
                if not isinstance(value, (list, tuple)) or not all(
                    isinstance(v, str) and v.strip() for v in value
                ):
                    raise ReaderSettingsError(f"{at}: expected a list of names, got {value!r}")
                values[key] = tuple(v.strip().lower().strip(".") for v in value)
            elif key in STRING_KEYS:
                if value is not None and not isinstance(value, str):
                    raise ReaderSettingsError(f"{at}: expected a string, got {value!r}")
                values[key] = value
            elif key == "text_field" and isinstance(value, (list, tuple)):
                values[key] = _field_names(value, at)
            elif key in FIELD_KEYS:
                if not isinstance(value, str) or not value.strip():
                    raise ReaderSettingsError(f"{at}: expected a field name, got {value!r}")
                values[key] = value
            elif key == "split":
                names = [value] if isinstance(value, str) else value
                if not isinstance(names, (list, tuple)) or not all(
                    isinstance(v, str) and v.strip() for v in names
                ):
                    raise ReaderSettingsError(f"{at}: expected a split name or a list of them")
                values[key] = tuple(dict.fromkeys(v.strip() for v in names))
            elif key == "sample_by":
                from curate.io.text_units import SAMPLE_BY

                if value not in SAMPLE_BY:
                    raise ReaderSettingsError(
                        f"{at}: {value!r} is not one of {', '.join(map(repr, SAMPLE_BY))}"
                    )
                values[key] = value
            elif key == "extractor":
                if value not in EXTRACTORS:
                    raise ReaderSettingsError(
                        f"{at}: {value!r} is not one of {', '.join(map(repr, EXTRACTORS))}"
                    )
                values[key] = value
        settings = cls(**values)
        for key in ("url_pattern", "exclude_url_pattern"):
            pattern = getattr(settings, key)
            if pattern is not None:
                try:
                    re.compile(pattern)
                except re.error as err:
                    raise ReaderSettingsError(
                        f"{where}.{key}: not a regular expression: {err}"
                    ) from None
        if settings.domains_file is not None:
            settings.domain_list()  # the file must exist and be readable now, not mid-run
        return settings

    def to_dict(self) -> dict[str, Any]:
        """Every setting; the row field names and `sample_by` only where they are not the
        defaults, so a recipe that never named them publishes the `recipe.yaml` it did before
        they existed."""
        values = {f.name: _plain(getattr(self, f.name)) for f in fields(self)}
        return {
            key: value
            for key, value in values.items()
            if key not in DEFAULTS_LEFT_OUT or value != DEFAULTS_LEFT_OUT[key]
        }

    @property
    def text_fields(self) -> tuple[str, ...]:
        """The names a row's text may sit under, in the order they are tried."""
        field = self.text_field
        return (field,) if isinstance(field, str) else field

    def domain_list(self) -> tuple[str, ...]:
        """`domains` and the names in `domains_file`, lowercased."""
        names = list(self.domains)
        if self.domains_file is not None:
            path = Path(self.domains_file)
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as err:
                raise ReaderSettingsError(f"reader.domains_file: {path}: {err}") from None
            for line in lines:
                name = line.split("#", 1)[0].strip().lower().strip(".")
                if name:
                    names.append(name)
        return tuple(names)

    @property
    def filters(self) -> bool:
        return bool(
            self.domains
            or self.domains_file
            or self.exclude_domains
            or self.url_pattern
            or self.exclude_url_pattern
            or self.languages
        )

    def page_filter(self) -> PageFilter:
        return PageFilter(self)


def _field_names(value: list | tuple, at: str) -> tuple[str, ...]:
    """`text_field: [text, content]`: a non-empty list of distinct field names."""
    if not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ReaderSettingsError(
            f"{at}: expected a field name or a non-empty list of field names, got {value!r}"
        )
    if len(set(value)) < len(value):
        raise ReaderSettingsError(f"{at}: a field named twice in {value!r}")
    return tuple(value)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


class PageFilter:
    """Decides, from a record's URL and its first bytes, whether a page is read."""

    def __init__(self, settings: ReaderSettings) -> None:
        self.keep_domains = frozenset(settings.domain_list())
        self.drop_domains = frozenset(settings.exclude_domains)
        self.keep_url = re.compile(settings.url_pattern) if settings.url_pattern else None
        self.drop_url = (
            re.compile(settings.exclude_url_pattern) if settings.exclude_url_pattern else None
        )
        self.languages = frozenset(settings.languages)

    def url_rule(self, url: str) -> str | None:
        """The rule that drops this URL, or None to keep it (before the body is read)."""
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if self.keep_domains and not _in_domains(host, self.keep_domains):
            return "domains"
        if self.drop_domains and _in_domains(host, self.drop_domains):
            return "exclude_domains"
        if self.keep_url is not None and not self.keep_url.search(url):
            return "url_pattern"
        if self.drop_url is not None and self.drop_url.search(url):
            return "exclude_url_pattern"
        return None

    def page_rule(self, body: bytes) -> str | None:
        """`languages`: drops a page whose `<html lang>` names another language."""
        if not self.languages:
            return None
        found = LANG.search(body[:LANG_WINDOW])
        if found is None:
            return None
        return None if found.group(1).decode("ascii").lower() in self.languages else "languages"


def _in_domains(host: str, domains: frozenset[str]) -> bool:
    """Suffix match on whole labels: `www.bbc.co.uk` is in `bbc.co.uk`, `abbc.co.uk` is not."""
    while host:
        if host in domains:
            return True
        _, _, host = host.partition(".")
    return False


def reader_settings(reader: Any) -> ReaderSettings:
    """The checked settings of a recipe's `reader` section (a mapping, settings, or None)."""
    return ReaderSettings.from_section(reader)


def extractor_of(reader: Any) -> str:
    """The HTML extractor a recipe's `reader` section names (trafilatura by default)."""
    if reader is None:
        return "trafilatura"
    if isinstance(reader, ReaderSettings):
        return reader.extractor
    return (reader or {}).get("extractor", "trafilatura")
