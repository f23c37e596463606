"""`curate.build_cache`: what a run builds the same way every time is built once per machine.

The kind of error pinned: a kept build that is not the same thing as a fresh one (another
key's bytes, a truncated or foreign file, a database read back without what a scan needs), or
a cache that can stop a run (a folder that cannot be written). Whatever the cache holds, the
result must be what building gives.
"""

from __future__ import annotations

import pytest

from curate import build_cache
from curate.build_cache import cached, cached_database


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(build_cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value: bytes):
    calls = []

    def build() -> bytes:
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_back(folder):
    build, calls = _counting(b"made")
    assert cached("kind", "key", build, bytes.decode) == "made"
    assert cached("kind", "key", build, bytes.decode) == "made"
    assert len(calls) == 1
    assert len(list((folder / "kind").iterdir())) == 1  # no partial file left


@pytest.mark.parametrize(
    "other",
    [("kind", "key2"), ("kind", "Key"), ("kind", "key "), ("other", "key")],
)
def test_another_key_or_kind_is_built_again(folder, other):
    cached("kind", "key", lambda: b"first", bytes.decode)
    build, calls = _counting(b"second")
    assert cached(*other, build, bytes.decode) == "second"
    assert calls == [1]


@pytest.mark.parametrize("kept", [b"", b"\x00garbage", b"not what use() reads"])
def test_a_kept_file_that_does_not_work_is_built_again_and_replaced(folder, kept):
    def use(data: bytes) -> str:
        if not data.startswith(b"ok:"):
            raise ValueError("not a build")
        return data.decode()

    cached("kind", "key", lambda: b"ok:1", use)
    (path,) = (folder / "kind").iterdir()
    path.write_bytes(kept)
    build, calls = _counting(b"ok:2")
    assert cached("kind", "key", build, use) == "ok:2"
    assert calls == [1]
    assert path.read_bytes() == b"ok:2"


def test_a_build_that_does_not_work_is_not_kept(folder):
    def use(data: bytes) -> str:
        raise ValueError("broken build")

    with pytest.raises(ValueError):
        cached("kind", "key", lambda: b"x", use)
    assert not (folder / "kind").exists() or not any((folder / "kind").iterdir())


def test_cache_off_builds_every_time(tmp_path, monkeypatch):
    monkeypatch.setenv(build_cache.ENV, "")
    build, calls = _counting(b"v")
    for _ in range(3):
        assert cached("kind", "key", build, bytes.decode) == "v"
    assert len(calls) == 3


def test_a_folder_that_cannot_be_written_still_gives_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    monkeypatch.setenv(build_cache.ENV, str(blocker / "cache"))  # under a file: no folder
    build, calls = _counting(b"v")
    assert cached("kind", "key", build, bytes.decode) == "v"
    assert cached("kind", "key", build, bytes.decode) == "v"
    assert len(calls) == 2


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(build_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert build_cache.cache_dir() == tmp_path / "curate"


hyperscan = pytest.importorskip("hyperscan")

EXPRESSIONS = [
    [(r"\bfoo bar\b", 1, hyperscan.HS_FLAG_CASELESS)],
    [(r"\x20[,;:!?.]", 2, 0), (r"[0-9],[0-9]{1,2}(?:[^0-9,]|$)", 4, 0)],
    [(r"^[A-Z]{2,}\x20-\x20[a-z]", 8, hyperscan.HS_FLAG_MULTILINE), (r"caf\xc3\xa9", 16, 0)],
]
TEXTS = [
    "nothing here",
    "Foo Bar met foo bar , then 1,5 litres",
    "PARIS - the talks\nLONDON - a café , yes",
    "",
    "1,500 people; no decimal",
]


def _compiler(expressions):
    def compile_():
        database = hyperscan.Database()
        patterns, ids, flags = zip(*expressions, strict=True)
        database.compile(
            expressions=[p.encode("ascii") for p in patterns],
            ids=list(ids),
            flags=[f | hyperscan.HS_FLAG_SINGLEMATCH for f in flags],
        )
        return database

    return compile_


def _bits(database, text: str) -> int:
    found = [0]

    def seen(bit, start, end, flags, context):
        found[0] |= bit

    database.scan(text.encode("utf-8"), match_event_handler=seen)
    return found[0]


@pytest.mark.parametrize("expressions", EXPRESSIONS)
def test_a_database_read_back_scans_as_the_compiled_one(folder, expressions):
    fresh = _compiler(expressions)()
    cold = cached_database(expressions, _compiler(expressions))  # compiled and kept
    warm = cached_database(expressions, _compiler(expressions))  # read back
    for text in TEXTS:
        assert _bits(cold, text) == _bits(warm, text) == _bits(fresh, text)


def test_patterns_flags_or_ids_that_differ_are_other_databases(folder):
    caseless = [(r"foo", 1, hyperscan.HS_FLAG_CASELESS)]
    exact = [(r"foo", 1, 0)]
    other_id = [(r"foo", 2, 0)]
    assert _bits(cached_database(caseless, _compiler(caseless)), "FOO") == 1
    assert _bits(cached_database(exact, _compiler(exact)), "FOO") == 0
    assert _bits(cached_database(other_id, _compiler(other_id)), "foo") == 2


def test_a_truncated_database_file_is_compiled_again(folder):
    expressions = EXPRESSIONS[1]
    cached_database(expressions, _compiler(expressions))
    (path,) = (folder / "hyperscan").iterdir()
    path.write_bytes(path.read_bytes()[:100])
    database = cached_database(expressions, _compiler(expressions))
    assert _bits(database, TEXTS[1]) == 6


def test_the_translation_scan_gives_the_same_shapes_cold_and_warm(folder):
    from curate.stages.translation_scan import FieldScan

    def scan():
        return FieldScan(["Müller", "Zürich", "Obama"], ["the", "a"], True, True, True)

    texts = TEXTS + ["Müller said the the plan. the end", "BERLIN (dpa) - the vote", "x ."]
    cold = [scan().shapes(t) for t in texts]
    assert any((folder / "hyperscan").iterdir())
    warm = [scan().shapes(t) for t in texts]
    assert cold == warm
