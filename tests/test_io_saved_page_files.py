"""A browser's "Web Page, Complete" folder beside the page it saved (io.tool_files): passed over
by kind, the page itself read."""

from __future__ import annotations

import pytest

from curate.io.readers import skipped_kinds, walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><article><h1>{title}</h1>{body}</article></body></html>"


FRAME = "<html><body><div class='ad'>Subscribe now</div><script>track()</script></body></html>"


@pytest.mark.parametrize(
    "page, folder",
    [
        ("story.html", "story_files"),  # Chrome, Firefox, Edge in English
        ("Bericht.htm", "Bericht-Dateien"),  # in German
        ("article du jour.html", "article du jour_fichiers"),  # in French, a name with spaces
    ],
)
def test_a_saved_pages_folder_is_passed_over_by_kind(tmp_path, page, folder):
    # its frames' `.html` were read as pages: "no main text found" or a widget's document
    (tmp_path / page).write_text(_page("Budget", texts_of(4)), encoding="utf-8")
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "saved_resource.html").write_text(FRAME)
    (tmp_path / folder / "ad_frame.htm").write_text(FRAME)
    (tmp_path / folder / "style.css").write_text("body{}")
    items = read_all(tmp_path)
    assert not quarantined(items) and len(documents(items)) == 1
    skipped = walk_inputs([tmp_path]).skipped
    assert skipped_kinds(skipped) == {"saved page's resources": 3}


def test_a_files_folder_with_no_page_beside_it_is_read(tmp_path):
    (tmp_path / "court_files").mkdir()
    (tmp_path / "court_files" / "ruling.txt").write_text(" ".join(texts_of(3)))
    assert len(documents(read_all(tmp_path))) == 1
    # given by itself, a saved page's folder is read as asked
    (tmp_path / "court.html").write_text(_page("Court", texts_of(4, 9)))
    assert len(documents(read_all(tmp_path / "court_files"))) == 1


def test_a_run_names_the_saved_pages_folder(tmp_path):
    folder = tmp_path / "in"
    (folder / "story_files").mkdir(parents=True)
    (folder / "story.html").write_text(_page("Budget", texts_of(4)), encoding="utf-8")
    (folder / "story_files" / "saved_resource.html").write_text(FRAME)
    report, text = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 1
    assert "saved page's resources" in " ".join(text.split())
