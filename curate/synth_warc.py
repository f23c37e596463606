"""WARC (and ARC) files made from real pages, with the records a crawl really holds around them.

The pages come from `../shared/eval` (article-extraction-benchmark and trafilatura's evaluation
set); without that folder, the shipped seed articles are wrapped in a plain page, so a fresh
clone can still build a corpus. Around the pages, `write_warc` mixes in what a crawler writes
(a `warcinfo`, a `request` per page, some `metadata`, a `revisit`), what a crawl meets (a
redirect, a 404, an image and a PDF), a page in a legacy charset, and the damage archives
carry: a gzip member whose deflate stream is corrupt, and a final member cut short.

Nothing here reads the clock or the network: the same arguments give the same bytes. The
returned `WarcManifest` says what every record should become, so a test can account for each.

    python -m curate.synth_warc out/crawl.warc.gz --pages 40
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import tarfile
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from curate.resources import SEEDS_DIR

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DATE = "2024-05-01T12:00:{:02d}Z"
NAMESPACE = uuid.UUID("6f1d0b1e-3c55-4a43-9c1e-0d5e1f3b7a21")
# a page in windows-1252, declared so in the HTTP header and in its <meta>: "café" is one byte
LEGACY_PAGE = (
    "<html lang='fr'><head><meta charset='windows-1252'><title>Le café du port</title></head>"
    "<body><article><h1>Le café du port rouvre après l’été</h1>"
    + "".join(
        f"<p>Paragraphe {n} : le café du port, fermé depuis l’été, rouvre ses portes à la "
        "clientèle du quartier, qui s’y retrouve déjà chaque matin à sept heures. Les "
        "propriétaires promettent des crêpes, du cidre et une terrasse élargie.</p>"
        for n in range(1, 6)
    )
    + "</article></body></html>"
)


@dataclass
class WarcManifest:
    """What each record of a written file should become when curate reads it."""

    path: Path
    pages: list[tuple[str, str, bytes]] = field(default_factory=list)  # (record id, url, body)
    skipped: Counter[str] = field(default_factory=Counter)  # by the reader's kind
    quarantined: int = 0
    records: int = 0  # everything written, damaged members included

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "records": self.records,
            "pages": len(self.pages),
            "skipped": dict(sorted(self.skipped.items())),
            "quarantined": self.quarantined,
        }


def eval_pages(
    eval_dir: Path = EVAL_DIR, per_benchmark: int | None = None
) -> Iterator[tuple[str, bytes]]:
    """(url, HTML bytes) of the evaluation pages, both benchmarks, in a fixed order."""
    aeb = eval_dir / "aeb" / "ground-truth.json"
    if aeb.is_file():
        truth = json.loads(aeb.read_text(encoding="utf-8"))
        for key in sorted(truth)[:per_benchmark]:
            page = eval_dir / "aeb" / "html" / f"{key}.html.gz"
            if page.is_file():
                yield (
                    truth[key].get("url") or f"https://aeb.example/{key}",
                    gzip.decompress(page.read_bytes()),
                )
    traf = eval_dir / "trafilatura"
    if (traf / "evaldata.json").is_file() and (traf / "html.tar.xz").is_file():
        truth = json.loads((traf / "evaldata.json").read_text(encoding="utf-8"))
        url_of = {item["file"]: url for url, item in truth.items() if url.startswith("http")}
        found = 0
        with tarfile.open(traf / "html.tar.xz") as archive:  # streamed, member by member
            for member in archive:
                name = member.name.rsplit("/", 1)[-1]
                if not member.isfile() or name not in url_of:
                    continue
                handle = archive.extractfile(member)
                if handle is not None:
                    yield url_of.pop(name), handle.read()
                    found += 1
                if per_benchmark is not None and found >= per_benchmark:
                    return


def seed_pages() -> Iterator[tuple[str, bytes]]:
    """The shipped seed articles as plain pages: a corpus when `../shared/eval` is absent."""
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        paragraphs = "".join(f"<p>{p.strip()}</p>" for p in body.split("\n") if p.strip())
        html = (
            f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}"
            "</article><footer>Contact us</footer></body></html>"
        )
        yield f"https://seeds.example/news/{path.stem}", html.encode("utf-8")


def pages(count: int, eval_dir: Path = EVAL_DIR) -> list[tuple[str, bytes]]:
    """`count` pages, half from each benchmark when it can, cycled if more are asked for."""
    found = list(eval_pages(eval_dir, per_benchmark=max(1, (count + 1) // 2)))
    found = found or list(seed_pages())
    return [found[i % len(found)] for i in range(count)]


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, '|'.join(parts))}>"


def warc_record(kind: str, url: str | None, block: bytes, rid: str, date: str, **extra) -> bytes:
    headers = [("WARC-Type", kind), ("WARC-Record-ID", rid), ("WARC-Date", date)]
    if url is not None:
        headers.append(("WARC-Target-URI", url))
    headers += [(k.replace("_", "-"), v) for k, v in extra.items()]
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def http_response(status: str, content_type: str | None, body: bytes, *more: str) -> bytes:
    lines = [f"HTTP/1.1 {status}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines += list(more) + [f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def page_record(kind: str, url: str, block: bytes, n: int, content_type: str) -> bytes:
    """A record about the `n`th page: its id and date follow from the kind, URL and `n`."""
    return warc_record(
        kind,
        url,
        block,
        record_id(kind, url, str(n)),
        DATE.format(n % 60),
        Content_Type=content_type,
    )


def response(url: str, status: str, ctype: str | None, body: bytes, n: int, *more: str) -> bytes:
    block = http_response(status, ctype, body, *more)
    return page_record("response", url, block, n, "application/http; msgtype=response")


def write_warc(
    path: str | Path,
    page_list: list[tuple[str, bytes]],
    *,
    compress: bool | None = None,
    damage: bool = True,
) -> WarcManifest:
    """One WARC file: the pages, the records around them, and (with `damage`) two bad members.

    Compressed (`.warc.gz`) as crawlers write it, one gzip member per record; a `.warc` name
    writes it plain. The corrupt and truncated members only exist compressed.
    """
    path = Path(path)
    compress = path.name.endswith(".gz") if compress is None else compress
    manifest = WarcManifest(path)
    members: list[bytes] = []

    def add(record: bytes, outcome: str | None) -> None:
        members.append(gzip.compress(record, mtime=0) if compress else record)
        manifest.records += 1
        if outcome is not None:
            manifest.skipped[outcome] += 1

    info = b"software: curate.synth_warc\r\nformat: WARC File Format 1.0\r\n"
    add(
        warc_record(
            "warcinfo",
            None,
            info,
            record_id("info", path.name),
            DATE.format(0),
            Content_Type="application/warc-fields",
        ),
        "warcinfo",
    )
    middle = len(page_list) // 2
    for n, (url, body) in enumerate(page_list):
        request = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
        add(page_record("request", url, request, n, "application/http; msgtype=request"), "request")
        ctype = "text/html; charset=utf-8" if n % 2 == 0 else "text/html"  # some say no charset
        record = response(url, "200 OK", ctype, body, n)
        add(record, None)
        manifest.pages.append((record_id("response", url, str(n)), url, body))
        if n % 3 == 0:
            meta = f"fetchTimeMs: {100 + n}\r\noutlink: {url}#top\r\n".encode()
            add(page_record("metadata", url, meta, n, "application/warc-fields"), "metadata")
        if n == middle:
            _add_extras(add, manifest, n)
            if damage and compress:
                # a member whose header is fine and whose deflate stream is not
                good = gzip.compress(
                    response(url + "?corrupt", "200 OK", "text/html", body, n), mtime=0
                )
                members.append(good[:10] + bytes(b ^ 0x5A for b in good[10:60]) + good[60:])
                manifest.records += 1
                manifest.quarantined += 1
    if damage and compress:
        url, body = page_list[0]
        whole = gzip.compress(
            response(url + "?truncated", "200 OK", "text/html", body, 59), mtime=0
        )
        members.append(whole[: len(whole) // 2])
        manifest.records += 1
        manifest.quarantined += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        for member in members:
            handle.write(member)
    return manifest


def _add_extras(add, manifest: WarcManifest, n: int) -> None:
    """The records a crawl meets besides articles, and a page in windows-1252."""
    host = "https://extras.example"
    add(
        response(f"{host}/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), n),
        "not_html",
    )
    add(
        response(f"{host}/report.pdf", "200 OK", "application/pdf", b"%PDF-1.4\n%fake\n", n),
        "not_html",
    )
    add(
        response(
            f"{host}/old",
            "301 Moved Permanently",
            "text/html",
            b"<html><body>Moved</body></html>",
            n,
            f"Location: {host}/new",
        ),
        "http_redirect",
    )
    add(
        response(
            f"{host}/gone",
            "404 Not Found",
            "text/html",
            b"<html><body><h1>Not found</h1></body></html>",
            n,
        ),
        "http_error",
    )
    add(
        warc_record(
            "revisit",
            f"{host}/old",
            b"HTTP/1.1 200 OK\r\n\r\n",
            record_id("revisit", host),
            DATE.format(n % 60),
            WARC_Profile="http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
            WARC_Refers_To=record_id("response", host),
        ),
        "revisit",
    )
    url = "https://www.legacy.example/fr/cafe-du-port"
    body = LEGACY_PAGE.encode("cp1252")
    add(response(url, "200 OK", "text/html; charset=windows-1252", body, n), None)
    manifest.pages.append((record_id("response", url, str(n)), url, body))


def write_arc(path: str | Path, page_list: list[tuple[str, bytes]]) -> WarcManifest:
    """An ARC v1 file (the Internet Archive's format before WARC), one gzip member a record."""
    path = Path(path)
    manifest = WarcManifest(path)
    members = []
    head = b"1 0 curate\nURL IP-address Archive-date Content-type Archive-length\n"
    members.append(
        f"filedesc://{path.name} 0.0.0.0 20240501120000 text/plain {len(head)}\n".encode()
        + head
        + b"\n"
    )
    manifest.skipped["warcinfo"] += 1
    for n, (url, body) in enumerate(page_list):
        block = http_response("200 OK", "text/html; charset=utf-8", body)
        line = f"{url} 192.0.2.1 202405011200{n % 60:02d} text/html {len(block)}\n"
        members.append(line.encode() + block + b"\n")
        manifest.pages.append(("", url, body))
    manifest.records = len(members)
    path.parent.mkdir(parents=True, exist_ok=True)
    compress = path.name.endswith(".gz")
    with open(path, "wb") as handle:
        for member in members:
            handle.write(gzip.compress(member, mtime=0) if compress else member)
    return manifest


def write_large_warc(path: str | Path, target_bytes: int, eval_dir: Path = EVAL_DIR) -> int:
    """A WARC of about `target_bytes` (for the memory check): the pages repeated, other URLs."""
    base = pages(40, eval_dir)
    written = 0
    n = 0
    with open(path, "wb") as handle:
        while written < target_bytes:
            url, body = base[n % len(base)]
            url = f"{url}{'&' if '?' in url else '?'}copy={n}"
            member = gzip.compress(response(url, "200 OK", "text/html", body, n), mtime=0)
            handle.write(member)
            written += len(member)
            n += 1
    return n


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a .warc.gz, .warc, or .arc.gz file to write")
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument("--megabytes", type=int, help="a large file of repeated pages instead")
    args = parser.parse_args(argv)
    if args.megabytes:
        records = write_large_warc(args.out, args.megabytes << 20, args.eval_dir)
        print(json.dumps({"path": str(args.out), "records": records}))
        return
    page_list = pages(args.pages, args.eval_dir)
    arc = ".arc" in args.out.name
    manifest = write_arc(args.out, page_list) if arc else write_warc(args.out, page_list)
    print(json.dumps(manifest.to_dict()))


if __name__ == "__main__":
    main()
