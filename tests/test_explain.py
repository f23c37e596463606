"""`curate explain`: the word diff, and a removed duplicate explained end to end."""

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
