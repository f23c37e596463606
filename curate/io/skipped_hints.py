"""What to do with input files curate does not read: a spreadsheet, an archive, a PDF.

A newcomer's folder holds `articles.xlsx` or `scrape.zip` as often as `.csv` and `.jsonl`; they
were counted among the skipped files by extension ("skipped: 1 not read (.xlsx 1)"), and a
folder of nothing else stopped the run with "no readable input files" and no more. Each kind
here comes with the one step that makes it readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

# extension -> what to do; a kind of file people hand over as "the data"
CONVERSIONS = {
    (".xlsx", ".xls", ".xlsm", ".ods", ".numbers"): (
        "a spreadsheet: save it as CSV UTF-8 (File > Save As), with a 'text' column"
    ),
    (".zip", ".tar", ".tgz", ".tar.gz", ".7z", ".rar"): "an archive: unpack it and give the folder",
    # `.docx`, `.odt`, `.rtf`, `.epub`: read (io.office_docs, io.rtf, io.epub)
    (".pdf", ".doc"): ("a document format: convert it to .txt (pdftotext, pandoc) first"),
    # `.text` is read as `.txt` (io.readers); `.md`, `.rst`: io.markdown, io.rst
    (".xml",): "XML that is no RSS or Atom feed (a sitemap): no reader; convert to JSON Lines",
    # `df.to_pickle("articles.pkl")`: never unpickled, which can run any code
    (".pkl", ".pickle"): (
        "a Python pickle, never loaded (it can run code): save the DataFrame with "
        "df.to_parquet('articles.parquet') or the list with json.dump"
    ),
    # Spark's `df.write.format("avro")`, BigQuery's and Kafka Connect's exports: no reader here
    (".avro",): (
        "an Avro file: write it as Parquet instead (Spark: df.write.parquet(...); BigQuery: "
        "--destination_format=PARQUET), or as JSON Lines with fastavro"
    ),
    # `gzip x.parquet`: Parquet compresses its own pages, and pyarrow reads no gzip around them
    (".parquet.gz", ".parquet.zst", ".parquet.bz2", ".parquet.xz", ".parquet.gzip"): (
        "a Parquet file compressed whole: decompress it (gunzip, zstd -d); Parquet compresses "
        "its own pages"
    ),
    # `rows.jsonl.lz`, `dump.csv.Z`, `part.jsonl.snappy`: compressions with no reader here
    # (lzip, Unix compress, Snappy's and LZO's framing), none of them a package curate has
    (".lz", ".z", ".snappy", ".sz", ".lzo"): (
        "compressed in a format curate does not decode (lzip, Unix compress, Snappy, LZO): "
        "decompress it (lzip -d, uncompress, snzip -d, lzop -d) or recompress it as "
        ".gz, .zst, .xz or .bz2, which curate reads"
    ),
    # Outlook's own format (a compound file, no MIME): no library curate has reads it
    (".msg", ".oft"): (
        "an Outlook message: save it as HTML or text (File > Save As), or drag it into "
        "Thunderbird and save it as .eml, which curate reads"
    ),
    (".opml",): (
        "a list of feeds (OPML), no articles: save each feed's XML (.rss, .xml), which curate "
        "reads an item a document"
    ),
    # Windows' `[InternetShortcut] URL=...`, a Mac's dragged link: an address, no page
    (".url", ".webloc", ".website"): (
        "a link to a page, not the page: save the page itself (.html, .mhtml, .webarchive)"
    ),
    (".sqlite", ".sqlite3", ".db"): (
        "a database: export the table to CSV with a 'text' column (sqlite3 -header -csv db "
        "'select * from articles' > articles.csv)"
    ),
    # a CMS's database as `mysqldump` and `pg_dump` write it (`wp_posts`' `post_content`):
    # "passed over (.sql 1)", no word of what would read it (session 50)
    (".sql",): (
        "a database dump (SQL statements): load it, then export the articles' table as CSV "
        "(mysql -B -e 'select * from wp_posts' db > posts.tsv; psql -c \"\\copy posts to "
        "'posts.csv' csv header\"), with --text-field naming its text column (post_content)"
    ),
}


# a repository's or a Hub dataset's own notes, no article: named with no advice
PROJECT_FILES = frozenset(
    {"readme", "changelog", "contributing", "license", "notice", "authors", "security"}
)


def _kind(name: str) -> tuple[tuple[str, ...], str] | None:
    lower = name.lower()
    if lower.split(".", 1)[0] in PROJECT_FILES:
        return None
    for suffixes, advice in CONVERSIONS.items():
        if any(lower.endswith(suffix) for suffix in suffixes):
            return suffixes, advice
    from curate.io.compressed import COMPRESSIONS

    # `sitemap.xml.gz`: what its plain twin gets (session 44: a compressed kind read as it)
    compression = next((c for c in COMPRESSIONS if lower.endswith(c)), None)
    if compression is not None and "." in lower[: -len(compression)]:
        return _kind(name[: -len(compression)])
    return None


def advice_for(name: str) -> str | None:
    """The one step that makes a file of a kind curate does not read readable, or None."""
    kind = _kind(Path(name).name)
    return None if kind is None else kind[1]


def conversion_hints(skipped: Iterable[str]) -> list[str]:
    """One line for each kind of skipped file there is advice for, with a count and an
    example: "2 .xlsx file(s) not read, e.g. news/articles.xlsx: a spreadsheet: save ..."."""
    from curate.io.compression_names import renamed_compression
    from curate.io.empty_archives import ADVICE, is_empty_archive

    skipped = list(skipped)  # read twice: by extension, then for text with none
    found: dict[tuple[str, ...], list[str]] = {}
    empty = [name for name in skipped if is_empty_archive(name)]  # io.empty_archives
    renamed = []  # `rows.jsonl.gz2` that is gzip: the name that reads it (io.compression_names)
    for name in skipped:
        kind = None if name in empty else _kind(Path(name).name)
        if kind is not None:
            found.setdefault(kind[0], []).append(name)
        elif name not in empty and (advice := renamed_compression(Path(name))) is not None:
            renamed.append(f"{name} not read: {advice}")
    lines = []
    for suffixes, names in found.items():
        shown = "/".join(sorted({s for n in names for s in suffixes if n.lower().endswith(s)}))
        lines.append(
            f"{len(names)} {shown} file(s) not read, e.g. {names[0]}: {CONVERSIONS[suffixes]}"
        )
    lines += renamed[:3] + [f"{len(renamed) - 3} more such file(s)"] * (len(renamed) > 3)
    if empty:
        lines.append(f"{len(empty)} empty archive(s) not read, e.g. {empty[0]}: {ADVICE}")
    from curate.io.no_extension import text_without_extension

    bare = text_without_extension(skipped)  # 20 Newsgroups' `sci.space/61042` (io.no_extension)
    from curate.io.tool_files import hints

    return lines + [bare] * (bare is not None) + hints(skipped)  # `removed/` (io.tool_files)


def is_project_file(name: str) -> bool:
    """`README.md`, `CHANGELOG.md`: a repository's or a Hub dataset's notes, no article."""
    return name.lower().split(".", 1)[0] in PROJECT_FILES


# a repository's text files met in a folder of `.txt` documents: its notes and pip's lists
# ("requirements.txt", "requirements-dev.txt", "constraints.txt"), each read as a document
PROJECT_TEXT = re.compile(r"(?:requirements(?:[-_.][\w.-]{1,40})?|constraints)\.txt", re.IGNORECASE)
PROJECT_TEXT_KIND = "project file (README, LICENSE, requirements)"


def project_text_kind(name: str) -> str | None:
    """`PROJECT_TEXT_KIND` for `README.txt`, `LICENSE.txt`, `requirements.txt` met in a folder
    (a file given by name is read as asked); else None."""
    base = name.rsplit("/", 1)[-1]
    if not base.lower().endswith(".txt"):
        return None
    if is_project_file(base) or PROJECT_TEXT.fullmatch(base):
        return PROJECT_TEXT_KIND
    return None
