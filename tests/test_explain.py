"""`curate explain`: the word diff, and a removed duplicate explained end to end."""

import json

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.explain import GAP, word_diff
from tests.conftest import SEED_003

runner = CliRunner()
TEXT_003 = SEED_003.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("same words here", "same  words\nhere", []),
        ("a b c", "a x c", [("equal", "a"), ("delete", "b"), ("insert", "x"), ("equal", "c")]),
        ("a b", "a b c d", [("equal", "a b"), ("insert", "c d")]),
        ("x a b", "a b", [("delete", "x"), ("equal", "a b")]),
        ("", "new", [("insert", "new")]),
    ],
)
def test_word_diff(a, b, expected):
    assert word_diff(a, b) == expected


def test_word_diff_is_compact_around_changes():
    words = [f"w{i}" for i in range(100)]
    changed = list(words)
    changed[50] = "CHANGED"
    diff = word_diff(" ".join(words), " ".join(changed), context=3)
    assert diff == [
        ("equal", f"{GAP} w47 w48 w49"),
        ("delete", "w50"),
        ("insert", "CHANGED"),
        ("equal", f"w51 w52 w53 {GAP}"),
    ]
    # a long unchanged stretch between two changes keeps context on both sides
    changed[80] = "AGAIN"
    middle = word_diff(" ".join(words), " ".join(changed), context=3)[3]
    assert middle == ("equal", f"w51 w52 w53 {GAP} w77 w78 w79")


def test_explain_a_near_duplicate(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a_original.txt").write_text(TEXT_003, encoding="utf-8")
    copy = TEXT_003.replace("Saturday", "Sunday").replace("[bold]", "")
    copy += "\n\nRead more: [bold]markup[/bold] in text must not style the output."
    (source / "b_copy.txt").write_text(copy, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(source), "--out", str(out), "--workers", "1", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    # the copy is longer (one line added), so it is the representative and the original goes
    result = runner.invoke(app, ["explain", str(out), "a_original"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "removed by dedup/near_duplicate" in text
    assert "duplicate of b_copy" in text
    assert "verified Jaccard 0.9" in text and "MinHash estimate 0." in text
    assert "-Sunday +Saturday" in text  # - only in the kept copy, + only in this document
    assert "-Read more: [bold]markup[/bold] in text" in text


def _run(*args):
    result = runner.invoke(app, [str(a) for a in args], terminal_width=300)
    return result, " ".join(result.output.split())


def test_a_stage_error_names_the_input_file_and_line_and_explain_finds_it(tmp_path, monkeypatch):
    from curate.stages.markup import MarkupStripper

    real = MarkupStripper.process

    def fragile(self, doc):
        if "BOOM" in doc.text:
            raise RuntimeError("a stage failed on this document")
        return real(self, doc)

    monkeypatch.setattr(MarkupStripper, "process", fragile)
    rows = [
        {"id": "fine", "text": TEXT_003, "url": "https://news.example.org/fine"},
        {"id": "bad", "text": TEXT_003 + " BOOM", "url": "https://news.example.org/bad"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    result, text = _run("run", path, "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0, text
    (row,) = [json.loads(line) for line in (out / "quarantine.jsonl").read_text().splitlines()]
    assert (row["file"], row["line"], row["kind"], row["id"]) == (
        str(path),
        2,
        "stage_error",
        "bad",
    )
    result, text = _run("explain", out, "bad")
    assert result.exit_code == 0, text
    assert "bad: quarantined" in text and f"{path} line 2: stage_error:" in text


def test_explain_after_dedup_against_diffs_with_the_earlier_document(tmp_path):
    first_in, second_in = tmp_path / "first_in", tmp_path / "second_in"
    first_in.mkdir()
    second_in.mkdir()
    (first_in / "a.txt").write_text(TEXT_003, encoding="utf-8")
    other = " ".join(f"Unrelated sentence number {i} about gardens and rivers." for i in range(40))
    (second_in / "a.txt").write_text(other, encoding="utf-8")  # the new crawl reuses the id
    (second_in / "b.txt").write_text(TEXT_003.replace("Saturday", "Sunday"), encoding="utf-8")
    first, second = tmp_path / "first", tmp_path / "second"
    assert _run("run", first_in, "--out", first, "--workers", "1", "--quiet")[0].exit_code == 0
    result, text = _run(
        "run", second_in, "--out", second, "--workers", "1", "--quiet", "--dedup-against", first
    )
    assert result.exit_code == 0, text
    result, text = _run("explain", second, "b")
    assert result.exit_code == 0, text
    assert "duplicate of a of the earlier output (--dedup-against)" in text
    assert "gardens" not in text  # not diffed with the new crawl's "a"
    result, text = _run("explain", second, "b", "--earlier", first)
    assert "-Saturday +Sunday" in text and "gardens" not in text


def test_explain_a_huge_document_is_bounded(tmp_path):
    lines = [f"Line {i} of a very long page, with\u00a0a no-break space." for i in range(20_000)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_text("\n\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result, text = _run("run", tmp_path / "in", "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0, text
    result = runner.invoke(app, ["explain", str(out), "big"], terminal_width=300)
    assert result.exit_code == 0
    assert len(result.output.splitlines()) < 300
    assert "more lines (--limit 0 shows all)" in result.output
    assert "more edits (--limit 0 shows all)" in result.output
    only = runner.invoke(app, ["explain", str(out), "big", "--edits-only", "--limit", "5"])
    assert "Line 19999" not in only.output and "original" not in only.output
    assert len(only.output.splitlines()) < 20
