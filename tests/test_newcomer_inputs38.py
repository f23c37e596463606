"""Session 38's newcomer inputs through the command line: a folder whose links name files of
the same folder is read once a file, and the warning names the link, not "overlapping inputs"
alone (one folder was given)."""

import json
import os

import pytest

from tests.newcomer_runs import run_counted, texts_of


def kept_ids(out):
    rows = (out / "jsonl").glob("*.jsonl")
    return sorted(json.loads(line)["id"] for path in rows for line in path.open(encoding="utf-8"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
@pytest.mark.parametrize(
    ("links", "dropped", "ids"),
    [
        (
            {"latest.txt": "2024/story.txt"},
            1,
            ["2024/story", "a"],
        ),  # a "latest" link beside the archive
        ({"zz.txt": "a.txt", "zzz.txt": "a.txt"}, 2, ["2024/story", "a"]),  # two links to one file
        # a link down the tree, met first: its name is the id (the first mention's)
        ({"2024/top.txt": "../a.txt"}, 1, ["2024/story", "2024/top"]),
    ],
)
def test_links_to_files_of_the_folder_are_read_once_and_named_as_links(
    tmp_path, links, dropped, ids
):
    one, two = texts_of(2)
    news = tmp_path / "news"
    (news / "2024").mkdir(parents=True)
    (news / "a.txt").write_text(one, encoding="utf-8")
    (news / "2024" / "story.txt").write_text(two, encoding="utf-8")
    for name, target in links.items():
        os.symlink(target, news / name)
    out = tmp_path / "out"
    report, text = run_counted(news, "--out", out, "--workers", "1", "--skip", "dedup")
    assert report["counts"]["read"] == 2
    assert kept_ids(out) == ids
    assert f"{dropped} file(s) named again by overlapping inputs" in text
    assert "or by a link to a file read already" in text


@pytest.mark.parametrize(
    "streams",
    [
        ["a.txt:Zone.Identifier"],
        ["a.txt:Zone.Identifier", "b.jsonl:Zone.Identifier", "c.csv:zone.identifier"],
        ["a.txt:Zone.Identifier", "a.txt:SmartScreen"],
    ],
)
def test_windows_download_marks_copied_as_files_are_passed_over_without_a_word(tmp_path, streams):
    # WSL: each downloaded file comes with `name:Zone.Identifier` ("ZoneId=3"); they were
    # "skipped: N not read (.identifier N)", one a file
    folder = tmp_path / "in"
    folder.mkdir()
    one, two, three = texts_of(3)
    (folder / "a.txt").write_text(one, encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "b1", "text": two}) + "\n")
    (folder / "c.csv").write_text("id,text\nc1," + three + "\n", encoding="utf-8")
    for name in streams:
        (folder / name).write_text("[ZoneTransfer]\r\nZoneId=3\r\n", encoding="utf-8")
    out = tmp_path / "out"
    report, text = run_counted(folder, "--out", out, "--workers", "1")
    assert report["counts"]["read"] == 3
    assert report["skipped_files"] == []
    assert "identifier" not in text.lower() and "not read" not in text
    assert kept_ids(out) == ["a", "b1", "c1"]
