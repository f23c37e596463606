"""The measurement of other pages' titles as evidence (`curate.evaluate.other_titles`)."""

from __future__ import annotations

from collections import Counter

import pytest

from curate.evaluate import other_titles
from curate.evaluate.other_titles import TitleIndex, count, title_keys
from curate.evaluate.pages import Page, half

INDEX = TitleIndex(
    [
        ("fire", ["Fire damages Fort Orange Club in Albany | Times Union"]),
        ("pizza", ["Best of the Capital Region 2019: Pizza - Food - Times Union"]),
        ("bikes", ["Council votes on bike lanes"]),
    ]
)


@pytest.mark.parametrize(
    ("line", "own", "way"),
    [
        ("Fire damages Fort Orange Club in Albany", "bikes", "exact"),  # title's site cut
        ("Fire damages Fort Orange Club in Albany | Times Union", "bikes", "exact"),
        ("FIRE damages Fort Orange Club, in Albany!", "bikes", "exact"),  # case, punctuation
        ("Best of the Capital Region 2019: Pizza", "bikes", "exact"),  # two suffixes cut
        ("Council votes on bike lanes - Daily Planet", "fire", "suffix"),  # the line's suffix
        # a headline run on into its teaser: the same opening words
        ("Fire damages Fort Orange Club in Albany The blaze started", "bikes", "opening"),
        ("Council votes on bike lanes", "bikes", None),  # the page's own title
        ("Most Popular", "bikes", None),  # too short to be a headline
        ("The council met on Tuesday to vote on bike lanes", "fire", None),
    ],
)
def test_a_line_matches_another_pages_title_by_its_way(line, own, way):
    assert INDEX.match(line, own) == way


def test_a_title_is_known_without_its_site_suffix_but_never_by_a_stub():
    assert title_keys("Fire in Albany | Times Union") == {
        "fire in albany times union",
        "fire in albany",
    }
    assert title_keys("News | Times Union") == {"news times union"}  # "news": one word


def test_counts_skip_the_first_line_and_unlabelled_lines_and_split_by_half():
    rows = [
        ("a", "A", ["Council votes on bike lanes", "Council votes on bike lanes"], [1, 0], "hr"),
        ("b", "B", ["Fire damages Fort Orange Club in Albany", "Council votes on bike lanes",
                    "Best of the Capital Region 2019: Pizza"], [1, None, 0], "hrr"),
    ]  # fmt: skip
    counts = count(INDEX.match, rows)
    assert counts == Counter(
        {
            ("A", 0, "r", "lines"): 1,
            ("A", 0, "r", "exact"): 1,  # page "a" is not "bikes": another page's title
            ("B", 0, "r", "lines"): 1,
            ("B", 0, "r", "exact"): 1,
        }
    )


def test_the_report_counts_related_headlines_that_are_another_pages_title(monkeypatch, tmp_path):
    site = next(f"site{n}.example" for n in range(100) if half(f"site{n}.example") == "A")
    pages = [
        Page(key="one", benchmark="aeb", site=site, url=None, title="Council votes on bike lanes",
             plain_lines=["Council votes on bike lanes", "Fire damages Fort Orange Club in Albany"],
             plain_labels=[1, 0]),
        Page(key="two", benchmark="aeb", site=site, url=None,
             title="Fire damages Fort Orange Club in Albany | Times Union",
             plain_lines=["Fire damages Fort Orange Club in Albany", "Most Popular"],
             plain_labels=[1, 0]),
    ]  # fmt: skip
    monkeypatch.setattr(other_titles, "LABEL_SETS", (("read", tmp_path / "absent.jsonl"),))
    text = other_titles.report(pages)
    assert "pages 2, sites 1, sites of 2+ pages 1 (2 pages)" in text
    plain = text.split("overlap labels, plain")[1].splitlines()[1]
    assert plain.split()[:5] == ["noise", "A", "2", "lines,", "exact"]
    assert plain.split()[5] == "1"  # of two noise lines, the other page's title


def test_the_seeds_are_read_as_documents_titled_by_their_first_line(tmp_path):
    (tmp_path / "a.txt").write_text("Council votes on bike lanes\n\nFire in Albany tonight\n")
    (tmp_path / "b.txt").write_text("Fire in Albany tonight\n\nCouncil votes on bike lanes\n")
    assert other_titles.seed_rows(tmp_path) == [
        "seeds: 2 documents, 2 lines not first, matched: exact 2, suffix 0, opening 0"
    ]


def test_no_benchmark_pages_is_said_not_crashed(tmp_path):
    assert other_titles.run(tmp_path).startswith("skipped")


def test_the_stage_rows_count_what_the_corpus_stage_removed(monkeypatch, tmp_path):
    site = next(f"site{n}.example" for n in range(100) if half(f"site{n}.example") == "B")
    body = "The council voted on Tuesday to widen the bridge by two lanes, the mayor said."
    fire = "Firefighters were called to the club on State Street before dawn on Sunday."
    pages = [
        Page(key="one", benchmark="aeb", site=site, url=None, title="Council votes on bike lanes",
             plain_lines=["Council votes on bike lanes", body, "Fire damages Fort Orange Club"],
             plain_labels=[1, 1, 0]),
        Page(key="two", benchmark="aeb", site=site, url=None, title="Fire damages Fort Orange Club",
             plain_lines=["Fire damages Fort Orange Club", fire, "“Council votes on bike lanes”"],
             plain_labels=[1, 1, 1]),
    ]  # fmt: skip
    monkeypatch.setattr(other_titles, "LABEL_SETS", (("read", tmp_path / "absent.jsonl"),))
    text = other_titles.report(pages).split("overlap labels, plain, the stage")[1]
    rows = {line.split()[0]: line.split() for line in text.splitlines()[1:3]}
    # page one's related headline goes; page two's quotation of page one's title stays
    assert rows["noise"][8:12] == ["1", "lines,", "removed", "1"]
    assert rows["content"][8:12] == ["3", "lines,", "removed", "0"]


def test_it_runs_only_when_named(tmp_path, capsys):
    from curate.evaluate import MODULES, OPTIONAL
    from curate.evaluate.__main__ import main

    assert "other_titles" in OPTIONAL and "other_titles" not in MODULES
    assert main(["--eval-dir", str(tmp_path), "other_titles"]) == 0
    assert capsys.readouterr().out.startswith("== other_titles\nskipped: no benchmark pages")
