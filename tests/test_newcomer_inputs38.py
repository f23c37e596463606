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
