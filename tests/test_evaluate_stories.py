"""The short-document table of `python -m curate.evaluate stories` (no evaluation data needed)."""

from curate.evaluate.stories import SHORT, short_documents
from tests.test_corpus_stories import EN, EN_MT, FLOOD, FLOOD_FR, FR

# a story whose first segment holds no token that survives translation
NOTE_FR = (
    "Il pleut.\nDepuis 12 heures, selon AEMET et Renfe, la pluie tombe sur Valencia et Castellón."
)
NOTE_EN = (
    "It rains.\nFor 12 hours, according to AEMET and Renfe, rain has fallen on Valencia and "
    "Castellón."
)


def segmented(text: str) -> str:
    """One sentence a line, as the dev set holds one segment a line."""
    return ".\n".join(text.split(". "))


def rows() -> list[dict[str, str]]:
    stories = (
        ("ecb", (("fr", "src", FR), ("en", "ref", EN), ("en", "mt", EN_MT))),
        ("flood", (("fr", "src", FLOOD_FR), ("en", "ref", FLOOD))),
        ("note", (("fr", "src", NOTE_FR), ("en", "ref", NOTE_EN))),
    )
    return [
        {"id": f"{story}-{role}", "story": story, "lang": lang, "role": role, "text": segmented(t)}
        for story, versions in stories
        for lang, role, t in versions
    ]


def test_short_documents_cut_every_version_and_count_what_was_missed():
    lines = short_documents(rows(), lengths=(1, None))
    table = {line.split()[0]: line.split("|") for line in lines[3:]}
    assert list(table) == ["1", "all"]
    # whole versions: every same-story pair grouped, nothing missed
    assert table["all"][1].split() == table["all"][2].split() == ["1.000", "1.000", "1.000"]
    assert table["all"][3].split() == ["0", "/", "0", "/", "0", "/", "0"]
    # one segment: both versions of the note are too short to fingerprint, never merged, and
    # their pair is counted as missed for that reason
    assert int(table["1"][0].split()[2]) >= 2
    assert int(table["1"][3].split("/")[0]) >= 1


def test_the_table_has_a_row_per_length():
    lines = short_documents(rows())
    assert [line.split()[0] for line in lines[3:]] == [str(k or "all") for k in SHORT]
