"""What a site mirror keeps beside its pages: no input, skipped by kind.

`httrack https://www.example.org/news/` writes its project beside the site's folder: the
cache (`hts-cache/`: `new.zip` holds every page fetched again, `new.txt`, `doit.log`), its log
(`hts-log.txt`) and a page of its own listing the projects (`index.html`, "HTTrack Website
Copier"). Given the project folder, the zip's pages were read a second time beside the pages,
and the log and the listing as articles (7 read for 2 pages). `wget --mirror` saves a site's
`robots.txt`, `ads.txt` and `humans.txt` with its pages: each was read as an article. Such a
folder is passed over and such files skipped, counted by kind; a file given by name is read.
"""

from __future__ import annotations

from pathlib import Path

HTTRACK_CACHE = "httrack cache"
HTTRACK_FILE = "httrack project file"
SITE_FILE = "site file (robots.txt, ads.txt)"
CACHE_NAME = "hts-cache"
CACHE_FILES = ("doit.log", "new.zip", "old.zip", "new.txt", "new.lst")
HTTRACK_FILES = frozenset({"hts-log.txt", "hts-err.txt", "hts-ioinfo.txt", "hts-stats.txt"})
# a site's files for robots and people, no page: as `wget --mirror` saves them
SITE_FILES = frozenset({"robots.txt", "ads.txt", "app-ads.txt", "humans.txt", "security.txt"})
HTTRACK_MARK = b"HTTrack Website Copier"
HEAD = 8192


def is_httrack_cache(folder: Path) -> bool:
    """HTTrack's `hts-cache/` (see the module)."""
    return folder.name == CACHE_NAME and any((folder / name).is_file() for name in CACHE_FILES)


def mirror_file_kind(name: str) -> str | None:
    """The kind of a mirror's own file (see the module), else None."""
    path = Path(name)
    lower = path.name.lower()
    if lower in SITE_FILES:
        return SITE_FILE
    if lower in HTTRACK_FILES or (lower == "index.html" and _httrack_listing(path)):
        return HTTRACK_FILE
    return None


def _httrack_listing(path: Path) -> bool:
    """HTTrack's page of its projects: `index.html` beside its cache, naming HTTrack."""
    if not is_httrack_cache(path.parent / CACHE_NAME):
        return False
    from curate.io.compressed import first_bytes

    head = first_bytes(path, HEAD)
    return head is not None and HTTRACK_MARK in head
