"""The hand-checked lines: their file's shape, their alignment with the pages, the report."""

import json
from collections import Counter

import pytest

from curate.evaluate import checked
from curate.evaluate.checked import CONTENT_KINDS, NOISE_KINDS, CheckedPage, line_hash
from curate.evaluate.pages import Page, half


def test_the_shipped_file_is_well_formed_and_split_by_site():
    pages = checked.load_checked()
    sites = [page.site for page in pages]
    assert len(sites) == len(set(sites)), "one page per site"
    by_half = {part: [p for p in pages if p.half == part] for part in ("A", "B")}
    assert len(by_half["A"]) >= 30 and len(by_half["B"]) >= 30
    for page in pages:
        assert page.labels[0] == 1 and page.kinds[0] == "headline", page.id  # the title line
    for part in ("A", "B"):
        labels = Counter(label for page in by_half[part] for label in page.labels)
        assert labels[None] <= 0.01 * sum(labels.values()), part  # a line left undecided
        assert 0.3 < labels[0] / (labels[0] + labels[1]) < 0.5, part  # noise, as read


def test_every_read_file_is_well_formed_and_no_site_is_in_two():
    """The read sets train each half's model and test the other's: a site in two of them, or
    in both halves, would be a page scored by a model that learned from its site."""
    sites = []
    for path in checked.READ_FILES:
        pages = checked.load_checked(path)
        assert {page.half for page in pages} == {"A", "B"}, path.name
        assert all(page.labels[0] == 1 and page.kinds[0] == "headline" for page in pages)
        sites += [page.site for page in pages]
    assert len(sites) == len(set(sites)) >= 900


def test_read_labels_stand_in_for_the_overlap_labels_when_training(tmp_path, monkeypatch):
    """`make train` learns a page's read labels where a person read it line by line, and its
    overlap labels where nobody did or its lines have changed since."""
    from curate.evaluate import pages as pages_module
    from curate.stages.boilerplate import train

    lines = ["Council votes on bike lanes", "Photo: AP", "The council voted on Tuesday."]
    read = _page("p1", lines, _site_of_half("A"))
    read.plain_labels[:] = [None, None, 1]  # the overlap labels: the short lines unlabelled
    unread = _page("p2", lines, _site_of_half("A"))
    unread.plain_labels[:] = [None, 0, 1]
    changed = _page("p3", [*lines[:2], "Another paragraph."], _site_of_half("A"))
    other_half = _page("p4", lines, _site_of_half("B"))
    labels = (1, 0, 1)
    kinds = ("headline", "credit", "body")
    rows = [
        {"id": key, "site": "s", "line_hashes": list(map(line_hash, lines)), "labels": labels,
         "kinds": kinds}
        for key in ("p1", "p3", "p4")
    ]  # fmt: skip
    path = tmp_path / "read.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    monkeypatch.setattr(checked, "READ_FILES", (path,))
    monkeypatch.setattr(pages_module, "pages_of", lambda _: [read, unread, changed, other_half])
    found = train.examples(tmp_path, [], ("A",))["plain"]
    assert {key: labels for key, _, labels, _, _, _ in found} == {
        "p1": [1, 0, 1], "p2": [None, 0, 1], "p3": [None, None, None]
    }  # fmt: skip


def _write(tmp_path, row):
    path = tmp_path / "checked.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"line_hashes": ["a", "b"], "labels": [1], "kinds": ["body"]}, "differ in length"),
        ({"line_hashes": ["a"], "labels": [2], "kinds": ["body"]}, "is not 1, 0 or null"),
        ({"line_hashes": ["a"], "labels": [1], "kinds": ["caption"]}, "does not go with"),
    ],
)
def test_a_broken_row_names_its_line(tmp_path, row, message):
    path = _write(tmp_path, {"id": "p", "site": "example.com", **row})
    with pytest.raises(ValueError, match=f"checked.jsonl:1: .*{message}"):
        checked.load_checked(path)


def _page(key, lines, site="example.com"):
    return Page(
        key=key,
        benchmark="aeb",
        site=site,
        url=None,
        plain_lines=lines,
        plain_labels=[None] * len(lines),
    )


def test_a_page_whose_lines_changed_is_left_out_and_counted():
    lines = ["Headline of the story", "By Jane Roe", "The story's first paragraph."]
    item = CheckedPage(
        "p1", "example.com", tuple(map(line_hash, lines)), (1, 0, 1), ("headline", "byline", "body")
    )
    found, stale = checked.aligned([item], [_page("p1", lines)])
    assert [pair[0] for pair in found] == [item] and stale == []
    found, stale = checked.aligned([item], [_page("p1", [*lines[:2], "Another paragraph."])])
    assert found == [] and stale == ["p1"]
    found, stale = checked.aligned([item], [])
    assert found == [] and stale == ["p1"]


def _site_of_half(part):
    return next(f"site{n}.example" for n in range(100) if half(f"site{n}.example") == part)


def test_the_report_counts_by_half_and_kind_through_the_real_stage():
    body = (
        "The council voted on Tuesday to expand the city's network of protected bike lanes by "
        "forty kilometres over the next three years, the mayor said."
    )
    more = (
        "Work on the first stretch starts in spring, and residents will be asked where the "
        "next lanes should go in a survey that opens next month across the city."
    )
    lines = ["Council votes to expand bike lanes", "Share on Facebook", body, more]
    pairs = []
    for part in ("A", "B"):
        site = _site_of_half(part)
        item = CheckedPage(
            f"p{part}",
            site,
            tuple(map(line_hash, lines)),
            (1, 0, 1, 1),
            ("headline", "social", "body", "body"),
        )
        pairs.append((item, _page(f"p{part}", lines, site)))
    text = checked.report((pairs, ["gone"]))
    assert "2 hand-checked pages (1 left out" in text
    rows = [line.split() for line in text.splitlines() if line.startswith("rules only")]
    assert [row[2] for row in rows] == ["A", "B"]
    assert [row[-2:] for row in rows] == [["3", "1"], ["3", "1"]]  # content, noise lines
    social = next(line for line in text.splitlines() if line.strip().startswith("social"))
    assert "A 1.00 of   1" in social and "B 1.00 of   1" in social  # the social rule's
    assert set(CONTENT_KINDS).isdisjoint(NOISE_KINDS)


def test_the_news_text_stages_row_counts_a_cut_dateline_as_kept():
    """`bylines` runs after the boilerplate stage in the `news` recipe: a byline it moves out
    is noise removed, and the paragraph it cut "MADRID — " from is content kept."""
    import dataclasses

    from curate.evaluate.lines import _through, line_stays
    from curate.stages.boilerplate import BoilerplateRemover

    shipped = BoilerplateRemover()
    rules = dataclasses.replace(shipped, rules=tuple(r for r in shipped.rules if r != "line_model"))
    body = (
        "MADRID — Rafael Nadal kept Spain's hopes alive on Saturday, then his teammates "
        "completed the comeback in the doubles to reach the final of the Davis Cup."
    )
    more = "The final is on Sunday against Canada, who beat Russia in the other semi-final."
    lines = ["Nadal keeps Spain alive", "By Jane Doe", body, more]
    without, _ = _through(rules)(lines)
    kept, doc = _through(rules, bylines=True)(lines)
    assert doc.labels["authors"] == ["Jane Doe"] and doc.labels["dateline"] == "Madrid"
    assert line_stays("By Jane Doe", without) and not line_stays("By Jane Doe", kept)
    assert all(line_stays(line, kept) for line in (lines[0], body, more))
    assert not doc.text.startswith("MADRID")


def test_the_html_readers_lines_of_a_read_page_learn_its_read_labels(tmp_path, monkeypatch):
    """The `html` model learns the reading where the HTML reader gave the same line as the plain
    text (same words), and the overlap labels for the lines the reading never saw."""
    from curate.evaluate import pages as pages_module
    from curate.stages.boilerplate import train

    lines = ["Council votes on bike lanes", "Photo: AP", "The council voted on Tuesday."]
    page = _page("p1", lines, _site_of_half("A"))
    page.html_lines = ["Council votes on bike lanes", "Photo : AP", "Home | Sport", lines[2]]
    page.html_labels = [None, 1, 0, 1]  # the gold kept the credit
    unread = _page("p2", lines, _site_of_half("A"))
    unread.html_lines, unread.html_labels = list(page.html_lines), [None, 1, 0, 1]
    row = {"id": "p1", "site": "s", "line_hashes": list(map(line_hash, lines)),
           "labels": [1, 0, 1], "kinds": ["headline", "credit", "body"]}  # fmt: skip
    path = tmp_path / "read.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setattr(checked, "READ_FILES", (path,))
    monkeypatch.setattr(pages_module, "pages_of", lambda _: [page, unread])
    found = train.examples(tmp_path, [], ("A",))["html"]
    assert {key: labels for key, _, labels, _, _, _ in found} == {
        "p1": [1, 0, 0, 1], "p2": [None, 1, 0, 1]
    }  # fmt: skip


def test_the_html_report_counts_the_readers_lines_the_reading_labels():
    from curate.evaluate.checked_html import html_report

    body = (
        "The council voted on Tuesday to expand the city's network of protected bike lanes by "
        "forty kilometres over the next three years, the mayor said."
    )
    lines = ["Council votes to expand bike lanes", "Follow us on Twitter", body]
    pairs = []
    for part in ("A", "B"):
        site = _site_of_half(part)
        kinds = ("headline", "social", "body")
        item = CheckedPage(f"p{part}", site, tuple(map(line_hash, lines)), (1, 0, 1), kinds)
        page = _page(f"p{part}", lines, site)
        # the reader's lines: the reading's lines, and one it never saw (not counted)
        page.html_lines = [*lines, "Related: more stories"]
        page.html_labels = [None, None, 1, 0]
        pairs.append((item, page))
    text = html_report(pairs)
    rows = [line.split() for line in text.splitlines() if line.startswith("rules only")]
    assert [row[2] for row in rows] == ["A", "B"]
    assert [row[-2:] for row in rows] == [["2", "1"], ["2", "1"]]  # content, noise lines
    social = next(line for line in text.splitlines() if line.strip().startswith("social"))
    assert "A 1.00 of    1" in social and "B 1.00 of    1" in social  # the social rule's


def test_kinds_of_equal_count_are_listed_by_name():
    # the kinds come from a set, whose order changes between processes: ties went either way
    from collections import Counter

    by_kind = {
        "timestamp": Counter({("A", False): 3, ("B", False): 1}),
        "section_label": Counter({("A", False): 2, ("B", False): 2}),
        "byline": Counter({("A", False): 5}),
    }
    rows = checked.kind_rows(by_kind)
    assert [row.split()[0] for row in rows] == ["byline", "section_label", "timestamp"]
