"""The bad-input battery, through the CLI: every input accounted for, none modified, no hang."""

import gzip
import hashlib
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder
from tests.conftest import SEED_000, SEED_003

ARTICLE = SEED_003.read_text(encoding="utf-8").split("\n\n", 3)[3]  # > 50 words, no headline
FRENCH = (
    "Le ministère a déclaré que le missile était tombé près des côtes japonaises. "
    "Les autorités ont réagi très vite, déjà dans la matinée. "
) * 6
GERMAN = (
    "Nordkorea hat am Samstag mindestens eine ballistische Rakete abgefeuert, teilte das "
    "südkoreanische Militär mit. Die Größe der Rakete ist unklar. "
) * 5
OTHER = SEED_003.read_text(encoding="utf-8").split("\n\n", 12)[12]  # another part

# name -> (bytes, expected outcome); an outcome is ("kept"|"removed"|"quarantined", detail)
BATTERY = {
    "cp1252.txt": (FRENCH.encode("cp1252"), ("kept", "cp1252")),
    "latin1.txt": (GERMAN.encode("latin-1"), ("kept", "cp1252")),
    "noise.txt": (bytes(range(128, 256)) * 4, ("quarantined", "encoding")),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(64), ("quarantined", "binary")),
    "archive.txt": (b"PK\x03\x04" + b"\x14\x00" * 40, ("quarantined", "binary")),
    "empty.txt": (b"", ("removed", "empty")),
    "blank.txt": (b" \n\t\n  \n", ("removed", "empty")),
    "huge.txt": (b"word " * 4_200_000, ("quarantined", "too_large")),  # one 21 MB line
    "angles.txt": (b"<" * 1_000_000, ("removed", "too_short")),
    "ptags.txt": (b"< p>" * 250_000, ("removed", "emptied")),  # markup took it all
}
JSONL_LINES = [
    json.dumps({"id": "j-good", "text": ARTICLE}),
    "{this is not json",
    json.dumps({"id": "j-notext", "title": "No body"}),
    json.dumps({"id": "j-int", "text": 42}),
    json.dumps({"id": "j-good", "text": ARTICLE + " Again."}),
    json.dumps({"id": "j-surrogate", "text": OTHER.replace("the", "the \udc80", 1)}),
    '{"id": "j-bignum", "n": ' + "9" * 5000 + "}",  # past Python's 4,300 digits: ValueError
    "[" * 100_000,  # RecursionError
]


@pytest.fixture(scope="module")
def battery(tmp_path_factory):
    folder = tmp_path_factory.mktemp("battery")
    inputs = folder / "in"
    inputs.mkdir()
    for name, (data, _) in BATTERY.items():
        (inputs / name).write_bytes(data)
    (inputs / "lines.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    body = SEED_000.read_text(encoding="utf-8").split("\n\n", 6)[6]
    whole = "".join(
        json.dumps({"id": f"gz{i}", "text": f"{i} {body}"}) + "\n" for i in range(400)
    ).encode()
    (inputs / "cut.jsonl.gz").write_bytes(gzip.compress(whole)[:6000])
    (inputs / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    # JSON that json.loads refuses without a JSONDecodeError stopped the whole run
    (inputs / "deep.json").write_bytes(b"[" * 100_000)  # RecursionError
    (inputs / "bignum.json").write_bytes(b'{"id": "n", "text": "x", "n": ' + b"9" * 5000 + b"}")
    hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()}
    out = folder / "out"
    result = CliRunner().invoke(
        app, ["run", str(inputs), "--out", str(out), "--workers", "2", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    return inputs, out, hashes


def outcomes(out):
    found = {}
    for row in pq.read_table(next((out / "data").glob("*.parquet"))).to_pylist():
        found[row["id"]] = ("kept", row["encoding"])
    for path in (out / "removed").glob("*.parquet"):
        for row in pq.read_table(path).to_pylist():
            found[row["id"]] = ("removed", row["rule"])
    quarantined = [
        json.loads(line)
        for line in (out / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return found, quarantined


@pytest.mark.parametrize("name", BATTERY)
def test_file_outcomes(battery, name):
    _, out, _ = battery
    found, quarantined = outcomes(out)
    doc_id = name.split(".")[0]
    expected = BATTERY[name][1]
    if expected[0] == "quarantined":
        match = [q for q in quarantined if q["file"].endswith("/" + name)]
        assert [q["kind"] for q in match] == [expected[1]]
    else:
        assert found[doc_id] == expected


def test_jsonl_lines_quarantined_with_line_numbers(battery):
    _, out, _ = battery
    found, quarantined = outcomes(out)
    lines = {(q["line"], q["kind"]) for q in quarantined if q["file"].endswith("lines.jsonl")}
    assert lines == {
        (2, "malformed_json"),
        (3, "missing_field"),
        (4, "wrong_type"),
        (7, "malformed_json"),
        (8, "malformed_json"),
    }
    assert found["j-surrogate"][0] == "kept"
    # the second "j-good" is renamed where it was read and reaches dedup: one of the two near
    # copies is kept, the other removed with its reason; neither is lost at reading
    pair = sorted([found["j-good"][1], found["j-good@lines:5"][1]], key=str)
    assert pair == [None, "near_duplicate"]  # (kept, encoding None), (removed, rule)


def test_truncated_gzip_keeps_what_it_could_read(battery):
    _, out, _ = battery
    found, quarantined = outcomes(out)
    read = [doc_id for doc_id in found if doc_id.startswith("gz")]
    assert 0 < len(read) < 400
    assert [q["kind"] for q in quarantined if q["file"].endswith("cut.jsonl.gz")] == ["truncated"]


def test_everything_accounted_for_and_inputs_untouched(battery):
    inputs, out, hashes = battery
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    assert counts["read"] == counts["kept"] + counts["removed"] + counts["quarantined"]
    found, quarantined = outcomes(out)
    assert counts["read"] == len(found) + len(quarantined)
    # the .json files no JSON reader can take are passed over and listed, the run goes on
    skipped = ["bignum.json", "deep.json", "photo.png"]
    assert report["skipped_files"] == [str(inputs / name) for name in skipped]
    assert validate_folder(out) == []
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs.iterdir()} == hashes


def test_ids_and_titles_are_never_paths(tmp_path):
    """A hostile id or title is data in a row, never a file name."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    record = {"id": "../../escaped", "title": "/tmp/../etc/passwd", "text": ARTICLE}
    (inputs / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "deep" / "out"
    result = CliRunner().invoke(
        app, ["run", str(inputs), "--out", str(out), "--workers", "1", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    rows = pq.read_table(next((out / "data").glob("*.parquet"))).to_pylist()
    assert [(r["id"], r["title"]) for r in rows] == [("../../escaped", "/tmp/../etc/passwd")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "in"]
    assert not (tmp_path / "escaped").exists()
