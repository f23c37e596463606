"""What curate reads, in one line, for a run that found nothing to read.

An empty folder, a folder of `.doc` files or a pattern matching nothing stopped with "no
readable input files under news" and no word of what would have been read: a newcomer had to
find the `--help` text of INPUTS. The list is made from the readers' own suffixes, so it stays
true as readers are added.
"""

from __future__ import annotations

from pathlib import Path


def readable_kinds() -> str:
    """`curate reads .txt, .md, ... files, and .json, .csv, .tsv ones holding records ...`."""
    from curate.io.compressed import COMPRESSIONS
    from curate.io.readers import KNOWN_SUFFIXES, SNIFFED_SUFFIXES

    def plain(suffixes: tuple[str, ...]) -> list[str]:
        bare = (s for s in suffixes if not s.endswith(COMPRESSIONS) and s.count(".") == 1)
        return list(dict.fromkeys(bare))

    return (
        f"curate reads {', '.join(plain(KNOWN_SUFFIXES))} files, and "
        f"{', '.join(plain(SNIFFED_SUFFIXES))} ones holding records with a text field "
        "(compressed ones too, such as .jsonl.gz, .txt.zst, .csv.bz2, .warc.gz)"
        # kinds read by readers of their own, not by suffix alone (round 7: io.archives, ...)
        ", .zip and .tar(.gz) archives of these, RSS and Atom feeds (.rss, .atom, .xml), "
        "NewsML-G2 news items (.xml, .newsml), pages saved as .mhtml or .webarchive, "
        "WikiExtractor's output (wiki_00), TREC's and Reuters' SGML (.sgml, .sgm), a Facebook "
        "export's posts, a Twitter archive's tweets.js and Delta Lake tables"
    )


def holds_no_file(inputs: list[Path]) -> list[Path]:
    """The input folders with no file at all in them (hidden ones aside)."""
    empty = []
    for folder in inputs:
        if folder.is_dir() and not any(
            path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts)
            for path in folder.rglob("*")
        ):
            empty.append(folder)
    return empty
