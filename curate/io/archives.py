"""A `.zip` or `.tar` (`.tar.gz`, `.tgz`) of inputs: each member read as the file it holds.

A newcomer's corpus often comes packed: Kaggle's "Download" gives `archive.zip` of `.csv`
files, a colleague sends `articles.zip` of `.txt` files, a crawl is shipped as
`shard-00.tar.gz` of JSON Lines. Such a file was passed over ("an archive: unpack it and give
the folder"), and a folder of nothing else stopped the run. Each member whose kind curate
reads is now read by that kind's reader, from a private temporary copy (the archive is only
read), its documents named `<archive id>/<member id>` and its quarantine records naming
`<archive>/<member>`. Folders, hidden files and macOS's `__MACOSX/` are passed over; a
`.json` / `.csv` member holding no records (a sidecar `meta.json`) is counted in the report's
`skipped_records`, as a folder lists it, and one of records under another field is one
`missing_field` record with the `--text-field` advice; a member of another kind is
one `unsupported` record naming it; an archive that does not open, or is
cut short, is an `unreadable` or `truncated` record after the members read before the cut.
"""

from __future__ import annotations

import dataclasses
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

ZIP_SUFFIXES = (".zip",)
# Browsertrix's and ArchiveWeb.page's `.wacz`: a zip whose `archive/` holds the crawl's WARC
# files; its `pages/`, `indexes/` and `datapackage.json` describe them (the page list, a CDX
# index) and are not read, or every page would come twice. It was passed over (".wacz 1").
WACZ_SUFFIX = ".wacz"
WACZ_ARCHIVE = "archive/"
ZIP_SUFFIXES += (WACZ_SUFFIX,)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")
TAR_SUFFIXES += (".tar.gzip",)  # gzip's long name (io.gzip_names)
# `shard.tar.zst` (as `tar --zstd` makes it): tarfile has no Zstandard before Python 3.14, so
# the tar is read as a stream decoded by curate.io.compressed, its members in the tar's order
# (it was taken for a compressed `.tar` and read again and again until the run stopped)
STREAMED_TAR_SUFFIXES = (".tar.zst", ".tar.zstd", ".tzst", ".tar.lz4")
# `.tar.lzma`, `.tlz`, `.tar.br`: LZMA (`tar --lzma`) and Brotli around a tar, streamed as
# `.tar.zst` is (io.compression_names); `.txz`, `.tbz2`, `.tbz`: `.tar.xz` and `.tar.bz2` under
# their short names. Each was "unsupported file type"
STREAMED_TAR_SUFFIXES += (".tar.lzma", ".tlz", ".tar.br")
TAR_SUFFIXES += (".txz", ".tbz2", ".tbz")
# bzip2's other names around a tar (io.compression_names): GNU tar's `.tb2`, `.tz2`; each was
# "unsupported file type"
TAR_SUFFIXES += (".tar.bzip2", ".tar.bzip", ".tar.bz", ".tb2", ".tz2")
# Joplin's export (`notes.jex`) is a tar of its notes as Markdown (io.joplin)
TAR_SUFFIXES += (".jex",)
TAR_SUFFIXES += STREAMED_TAR_SUFFIXES
ARCHIVE_SUFFIXES = ZIP_SUFFIXES + TAR_SUFFIXES
NO_RECORDS = "archive_member_without_records"  # a Skipped kind: counted, never a document
CHUNK = 8192  # a member is copied in small reads, so a cut one keeps all but its last 8 KiB


def archive_suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next(
        (s for s in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True) if name.endswith(s)), None
    )


def _passed_over(name: str) -> bool:
    """A folder entry, a hidden file (`.DS_Store`) or macOS's `__MACOSX/` resource forks,
    Windows' own files (`Thumbs.db`, `~$draft.docx`: curate.io.system_files), or a job's
    marker (`_SUCCESS`: curate.io.job_markers)."""
    from curate.io.job_markers import is_job_marker
    from curate.io.system_files import is_system_file

    parts = PurePosixPath(name).parts
    return (
        name.endswith("/")
        or not parts
        or any(p.startswith(".") or p == "__MACOSX" or is_system_file(p) for p in parts)
        or is_job_marker(name)  # `_SUCCESS`: listed as a folder's is (io.job_markers)
    )


def _members(path: Path) -> Iterator[tuple[str, Any]]:
    """(name, opener) of each file member, sorted by name; raises as the archive module does."""
    if archive_suffix(path) in ZIP_SUFFIXES:
        wacz = archive_suffix(path) == WACZ_SUFFIX
        with zipfile.ZipFile(path) as archive:
            infos = sorted(
                (
                    i
                    for i in archive.infolist()
                    if not i.is_dir() and (not wacz or i.filename.startswith(WACZ_ARCHIVE))
                ),
                key=lambda i: i.filename,
            )
            for info in infos:
                yield info.filename, lambda info=info: archive.open(info)
        return
    if archive_suffix(path) in STREAMED_TAR_SUFFIXES:
        from curate.io.compressed import open_binary

        with open_binary(path) as stream, tarfile.open(fileobj=stream, mode="r|") as archive:
            for info in archive:
                if info.isfile():
                    yield info.name, lambda info=info: archive.extractfile(info)
        return
    with tarfile.open(path, "r:*") as archive:
        infos: list[tarfile.TarInfo] = []
        cut: BaseException | None = None
        try:  # a tar cut short: the members before the cut are read, then the cut raised
            for info in archive:
                infos.append(info)
        except (OSError, EOFError, zlib.error, tarfile.TarError) as err:
            cut = err
        # a hard or symbolic link to a member is read as that member, as a folder's link is
        # (`tar` of a folder deduplicated with hard links: those files were passed over)
        files = (m for m in infos if m.isfile() or m.islnk() or m.issym())
        for info in sorted(files, key=lambda m: m.name):
            yield info.name, lambda info=info: archive.extractfile(info)
        if cut is not None:
            raise cut


def member_names(path: Path) -> list[str] | None:
    """The names of the members to read (those before a cut), or None when none opens."""
    names: list[str] = []
    try:
        for name, _ in _members(path):
            if not _passed_over(name):
                names.append(name)
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError, ValueError):
        return names or None
    return names


def holds_inputs(path: Path) -> bool:
    """An archive with at least one member of a kind curate reads (for the folder walk)."""
    names = member_names(path) if archive_suffix(path) else None
    return any_readable(names)


def any_readable(names: list[str] | None) -> bool:
    """At least one of the member names is of a kind curate reads."""
    from curate.io.readers import KNOWN_SUFFIXES, SNIFFED_SUFFIXES, suffix_of

    readable = KNOWN_SUFFIXES + SNIFFED_SUFFIXES + ARCHIVE_SUFFIXES
    return bool(names) and any(
        suffix_of(Path(n)) in readable or archive_suffix(Path(n)) for n in names
    )


def _base(base_id: str, path: Path) -> str:
    """`news.tar.gz`'s id `news.tar` (the walk strips `.gz` alone) is `news`."""
    suffix = archive_suffix(path) or ""
    for end in (suffix, ".tar"):
        if end and base_id.lower().endswith(end):
            return base_id[: -len(end)]
    return base_id


def _shown(name: str | None, copy: str, shown: str) -> str | None:
    """`name` with the temporary copy's path (or a nested archive's, `copy/member`) replaced."""
    if name == copy or (name is not None and name.startswith(copy + "/")):
        return shown + name[len(copy) :]
    return name


def _renamed(item: Any, copy: str, shown: str) -> Any:
    """An item read from the temporary copy, naming the member inside the archive instead."""
    from curate.io.readers import Document, Quarantined

    if isinstance(item, Quarantined):
        return dataclasses.replace(item, file=_shown(item.file, copy, shown))
    if isinstance(item, Document):
        item.source = _shown(item.source, copy, shown)
        for key, value in list(item.labels.items()):
            if isinstance(value, str):
                item.labels[key] = _shown(value, copy, shown)
    return item


def read_archive(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The records of every member (see the module), in the order of their names."""
    from curate.io.path_names import readable_name
    from curate.io.readers import (
        INPUT_SPLIT,
        KNOWN_SUFFIXES,
        SNIFFED_SUFFIXES,
        SPLIT,
        Document,
        Quarantined,
        Skipped,
        file_id,
        read_file,
        suffix_of,
    )
    from curate.io.sniffed_members import may_be_sniffed, reads_as_input

    base = _base(base_id, path)
    readable = KNOWN_SUFFIXES + SNIFFED_SUFFIXES
    from curate.io.settings import reader_settings

    settings = reader_settings(reader)
    wanted = settings.split  # `--split test`: its members alone
    from curate.io.archive_splits import (
        member_splits,
        members_holding_splits,
        saved_dataset_members,
    )

    names = member_names(path) or []
    split_of = member_splits(path, names)  # by name, or a packed save_to_disk's
    inside: dict[str, list[str]] = {}  # `.json` members of splits (io.json_splits)
    if wanted:
        inside = members_holding_splits(path, settings.text_fields)
    # read whole, the documents of an archive of splits are counted by split (`input_splits`)
    merged = not wanted and len(set(split_of.values())) > 1
    sidecars = saved_dataset_members(names)  # `state.json`: no records (io.archive_splits)
    from curate.io.media_members import media_kind  # a picture: no text, skipped by kind
    from curate.io.slack_export import INDEX as SLACK_INDEX
    from curate.io.slack_export import is_slack_index
    from curate.io.substack_export import SUBSTACK_INDEX
    from curate.io.tool_files import member_kind
    from curate.io.zip_damage import CUT_ZIP, cut_zip, damaged_member

    read = 0
    opened = False  # a member's header was read: an error past it is a cut, not a non-archive
    try:
        with tempfile.TemporaryDirectory(prefix="curate-archive-") as scratch:
            for name, opener in _members(path):
                opened = True
                if _passed_over(name):
                    continue
                asked = set(inside.get(name, ())) & set(wanted)  # a `.json` of splits
                if wanted and split_of.get(name) not in wanted and not asked:
                    continue  # another split's, or none's: left out as a folder's file is
                if name in sidecars or _project_file(name):  # `state.json`, `README.md`
                    yield Skipped(NO_RECORDS)
                    read += 1
                    continue
                if (tool := member_kind(name) or media_kind(name)) is not None:  # `a.lock`, `a.png`
                    yield Skipped(tool)
                    read += 1
                    continue
                # a tar's Latin-1 `été.txt` comes as `\udce9t\udce9.txt`: an id of it cannot be
                # written as UTF-8, and the run stopped (io.path_names)
                shown = f"{path}/{readable_name(name)}"
                member = PurePosixPath(name)
                sniffed = may_be_sniffed(name)  # `wiki_00`, `part-00000` (io.sniffed_members)
                known = suffix_of(Path(member.name)) in readable or archive_suffix(Path(name))
                if not known and not sniffed:
                    yield Quarantined(shown, None, "unsupported", _unsupported(member))
                    continue
                copy = Path(scratch) / f"{read}" / member.name
                copy.parent.mkdir(parents=True)
                try:
                    cut = _copy(opener, copy)  # a member cut short: its bytes before the cut
                except (RuntimeError, KeyError) as err:  # a password; Deflate64; a link out
                    yield Quarantined(shown, None, "unreadable", _not_opened(err))
                    copy.unlink(missing_ok=True)
                    read += 1
                    continue
                damage = damaged_member(cut) if archive_suffix(path) in ZIP_SUFFIXES else None
                if damage is not None:  # a zip's members stand alone (io.zip_damage)
                    yield Quarantined(shown, None, "unreadable", damage)
                    copy.unlink()
                    read += 1
                    continue
                member_id = file_id(Path(readable_name(name)), Path("."))
                if not known and not reads_as_input(copy, reader):
                    yield Quarantined(shown, None, "unsupported", _unsupported(member))
                    copy.unlink()
                    if cut is not None:
                        raise cut
                    read += 1
                    continue
                if cut is None and not _holds_records(copy, reader):
                    why = _without_text(copy, reader)  # records under another field: advice
                    if _export_index(copy, reader):  # Substack's `posts.csv`: no text
                        yield Skipped(SUBSTACK_INDEX)
                    elif is_slack_index(copy):  # Slack's `users.json`, `channels.json`
                        yield Skipped(SLACK_INDEX)
                    elif why is not None:
                        yield Quarantined(shown, None, "missing_field", why)
                    else:
                        yield Skipped(NO_RECORDS)  # a sidecar `meta.json`, as a folder passes
                    copy.unlink()
                    read += 1
                    continue
                if cut is None or copy.stat().st_size:  # nothing of it before the cut: none
                    for item in read_file(copy, f"{base}/{member_id}", reader):
                        if isinstance(item, Document) and name in split_of:
                            if wanted:  # published as that split
                                item.labels[SPLIT] = split_of[name]
                            elif merged:  # counted by split in the report
                                item.labels[INPUT_SPLIT] = split_of[name]
                        yield _renamed(item, str(copy), shown)
                copy.unlink()
                if cut is not None:
                    raise cut
                read += 1
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError, ValueError) as err:
        kind = "truncated" if opened else "unreadable"
        what = "not a readable archive"
        if opened:
            what = f"cut short or damaged, could not read past member {read}; fetch it again"
        elif cut_zip(path):  # no index at its end (io.zip_damage)
            kind, what = "truncated", CUT_ZIP
        yield Quarantined(str(path), None, kind, f"{what}: {type(err).__name__}: {err}")


def _project_file(name: str) -> bool:
    """A repository's or a Hub dataset's own notes in Markdown (`README.md`, the dataset card;
    `CHANGELOG.md`), passed over as a folder passes them over (io.skipped_hints): a zipped Hub
    snapshot's card was read as a document (session 25). A `LICENSE` stays `unsupported`."""
    from curate.io.readers import NOTES_SUFFIXES, suffix_of
    from curate.io.skipped_hints import is_project_file

    member = PurePosixPath(name)  # `README.rst` of a Python project, `README.adoc` too
    return is_project_file(member.name) and suffix_of(Path(member.name)) in NOTES_SUFFIXES


def _unsupported(member: PurePosixPath) -> str:
    return f"a member of a kind curate does not read ({member.suffix or 'no suffix'})"


def _holds_records(copy: Path, reader: Any) -> bool:
    """A `.json` / `.csv` / `.tsv` member is read as a folder's file is: when it holds records
    with the text field (or is broken JSON, which says where); every other kind is read."""
    from curate.io.message_exports import export_reader  # Telegram's `result.json`
    from curate.io.readers import (
        JSON_SUFFIXES,
        SNIFFED_SUFFIXES,
        TABLE_SUFFIXES,
        _json_broken,
        id_text_table,
        json_records,
        suffix_of,
        table_columns,
    )
    from curate.io.settings import reader_settings

    suffix = suffix_of(copy)
    if suffix not in SNIFFED_SUFFIXES or export_reader(copy) is not None:
        return True
    fields = reader_settings(reader).text_fields
    from curate.io.text_aliases import alias_reads  # records under `content` (io.text_aliases)

    if suffix in JSON_SUFFIXES:
        from curate.io.facebook_export import is_facebook_export  # `your_posts_1.json`

        return bool(
            json_records(copy, fields)
            or _json_broken(copy)
            or alias_reads(copy, fields)
            or is_facebook_export(copy)
        )
    if suffix in TABLE_SUFFIXES and table_columns(copy, fields) is not None:
        return True
    if suffix in TABLE_SUFFIXES and id_text_table(copy):  # `id<TAB>text` (io.id_text_rows)
        return True
    return suffix in TABLE_SUFFIXES and alias_reads(copy, fields)


def _export_index(copy: Path, reader: Any) -> bool:
    """Substack's `posts.csv` beside its posts (io.substack_export)."""
    from curate.io.settings import reader_settings
    from curate.io.substack_export import is_substack_index

    return is_substack_index(copy, reader_settings(reader).text_fields)


def _without_text(copy: Path, reader: Any) -> str | None:
    from curate.io.readers import records_without_text
    from curate.io.settings import reader_settings

    return records_without_text(copy, reader_settings(reader).text_fields)


def _not_opened(err: BaseException) -> str:
    """Why a member does not open: a password protects it (`zip -e`, 7-Zip's "encrypt"; the
    run stopped on "RuntimeError: ... password required"), zipfile lacks its method (Windows'
    Deflate64 for large folders), or it is a tar's link to a file not in the archive."""
    if isinstance(err, KeyError):  # tarfile's link to a file the archive does not hold
        return "a link to a file the archive does not hold: nothing to read"
    if isinstance(err, NotImplementedError):  # a RuntimeError too
        why = " ".join(str(err).split())
        return f"packed with a method Python does not read ({why}): unpack it and give the folder"
    return "encrypted (a password protects it): unpack the archive and give the folder"


def _copy(opener: Any, copy: Path) -> BaseException | None:
    """Copy a member out; the error that stopped it, its bytes before the stop written."""
    with open(copy, "wb") as sink:
        try:
            source: IO[bytes] | None = opener()
            if source is None:
                return None
            with source:
                while chunk := source.read(CHUNK):
                    sink.write(chunk)
        except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError) as err:
            return err
    return None
