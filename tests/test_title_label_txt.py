"""A `.txt` opening with a lone title label (`Title: Ferry timetable changes`, a blank line, the
text): the title stage took the line, label and all, for the title. The label's value is the
title now; the text stays as written (tests/test_newcomer_round25.py), the stage removing the
line as the title's repeat (io.field_header.label_title)."""

import json

import pytest

from tests.newcomer_runs import documents, read_all, run_counted, texts_of

LABELLED = [  # (the file's opening, the title)
    ("Title: Ferry timetable changes\n\n", "Ferry timetable changes"),
    ("title: Council approves the budget\n\n", "Council approves the budget"),
    ("TITLE: Harbour reopens after storm\n\n\n", "Harbour reopens after storm"),
    ("Headline: Museum extends its hours\n\n", "Museum extends its hours"),
    ("Titel: Neue Brücke eröffnet\n\n", "Neue Brücke eröffnet"),
    ("Título: El mercado abre de nuevo\n\n", "El mercado abre de nuevo"),
    ("\ufeffTitle: Library wins award\r\n\r\n", "Library wins award"),
    ("Title:   Roads closed for the race  \n \n", "Roads closed for the race"),
]


@pytest.mark.parametrize(("opening", "title"), LABELLED)
def test_a_lone_title_label_gives_the_title_and_leaves_the_text(tmp_path, opening, title):
    text = texts_of(1)[0]
    path = tmp_path / "notes.txt"
    path.write_bytes(f"{opening}{text}\n".encode())
    [doc] = documents(read_all(path))
    assert doc.title == title
    assert doc.text.replace("\r\n", "\n").rstrip("\n").endswith(text)
    assert doc.text.lstrip("\ufeff").startswith(opening.lstrip("\ufeff").split(":")[0])


def test_the_text_under_the_label_stays_exactly_as_written(tmp_path):
    # session 40's look-alike (tests/test_newcomer_inputs_s40.py): its text is kept whole
    text = f"Title: Ferry\n\n{texts_of(1)[0]}\n"
    path = tmp_path / "notes.txt"
    path.write_text(text)
    [doc] = documents(read_all(path))
    assert (doc.text, doc.title) == (text, "Ferry")


def test_after_a_run_the_label_line_is_gone_and_the_title_is_its_value(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    texts = texts_of(len(LABELLED))  # fewer than 10: no two near-duplicates
    for k, (opening, _) in enumerate(LABELLED):
        (folder / f"a{k}.txt").write_bytes(f"{opening}{texts[k]}\n".encode())
    run_counted(str(folder), "--out", str(tmp_path / "out"))
    [out] = (tmp_path / "out" / "jsonl").glob("*.jsonl")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    got = {row["id"]: (row["title"], row["text"]) for row in rows}
    assert got == {f"a{k}": (title, texts[k]) for k, (_, title) in enumerate(LABELLED)}


LOOK_ALIKES = [
    "Note: read this first\n\n{text}\n",  # no title's name
    "Subtitle: A longer view\n\n{text}\n",
    "Title IX: the rules changed\n\n{text}\n",  # a law's name, no label
    "Title: Ferry timetable changes\n{text}\n",  # no blank line under it
    "Title: Budget talks\nCategory: Politics\n\n{text}\n",  # two fields, no page's
    "Dear all,\nTitle: Ferry timetable changes\n\n{text}\n",  # not the first line
    "Title: " + "word " * 70 + "\n\n{text}\n",  # prose, too long for a title
]


@pytest.mark.parametrize("opening", LOOK_ALIKES)
def test_other_openings_stay_untitled_and_as_written(tmp_path, opening):
    text = opening.format(text=texts_of(1)[0])
    path = tmp_path / "notes.txt"
    path.write_text(text)
    [doc] = documents(read_all(path))
    assert (doc.text, doc.title) == (text, None)


def test_a_label_with_no_text_under_it_is_left_to_the_title_stage(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Title: Ferry timetable changes\n\n")
    assert all(not d.title for d in documents(read_all(path)))
