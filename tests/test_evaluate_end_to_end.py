"""The HTML benchmarks end to end through `curate run` (`curate.evaluate.end_to_end`)."""

from __future__ import annotations

import gzip
import json

from curate.evaluate import end_to_end

PARAGRAPH = (
    "The council voted on Tuesday to expand the city's network of protected bike lanes by "
    "forty kilometres over the next three years, the mayor said in a statement."
)
ARTICLE = [
    PARAGRAPH,
    "Work on the first stretch starts in spring, and residents will be asked where the next "
    "lanes should go in a survey that opens next month across the whole of the city.",
    "Cycling groups welcomed the vote but said the plan should move faster, pointing to the "
    "rise in the number of riders since the first lanes opened four years ago.",
]
SHORT = ["Opening hours change on Monday: the library closes at six in the evening."]


def _page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    )
    return gzip.compress(html.encode("utf-8"))


def test_a_page_the_quality_filter_drops_scores_nothing_unless_quality_is_skipped(tmp_path):
    aeb = tmp_path / "aeb"
    (aeb / "html").mkdir(parents=True)
    truth = {}
    for key, title, paragraphs in (
        ("long", "Council votes on bike lanes", ARTICLE),
        ("short", "Library hours", SHORT),
    ):
        (aeb / "html" / f"{key}.html.gz").write_bytes(_page(title, paragraphs))
        truth[key] = {"url": f"https://{key}.example/story", "articleBody": "\n".join(paragraphs)}
    (aeb / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")

    report = end_to_end.run(tmp_path)

    rows = {line[13:59].strip(): line.split() for line in report.splitlines()[1:3]}
    shipped = rows["curate run --recipe web"]
    skipped = rows["curate run --recipe web --skip quality"]
    # the short page (13 words, under the recipe's 50) is removed whole: its F1 is 0, and the
    # mean over the two pages is at most a half; without `quality` both pages are published
    assert float(shipped[-3]) <= 0.5
    assert float(skipped[-3]) > 0.9
    assert "2 pages, 1 published; not published: removed by quality/too_short 1" in report
    assert "--skip quality: 2 pages, 2 published; not published: none" in report
    # what the dropped page would have scored, had it been published: the same as with skip
    assert f"F1 if published {float(skipped[-3]):.3f}" in report
    assert "trafilatura: skipped" in report
