"""A text file too large for one document names the unit to read it by (io.text_units)."""

import pytest

from curate.io import readers
from curate.io.readers import Quarantined, read_file

ARTICLE = "The council approved the budget after a long debate in the town hall."


@pytest.mark.parametrize(
    "between, unit",
    [
        ("\n\n", "--sample-by paragraph"),
        ("\r\n\r\n", "--sample-by paragraph"),
        ("\n", "--sample-by line"),
    ],
)
def test_a_corpus_in_one_text_file_is_told_how_to_split(tmp_path, monkeypatch, between, unit):
    # "document of 12,031,925 characters exceeds 10,000,000", and nothing more: every article
    # of `all_articles.txt` lost with no way named to read them
    monkeypatch.setattr(readers, "MAX_DOCUMENT_CHARS", 1000)
    path = tmp_path / "all_articles.txt"
    path.write_bytes(between.join(f"{ARTICLE} {n}" for n in range(20)).encode())
    [item] = read_file(path)
    assert isinstance(item, Quarantined) and item.kind == "too_large"
    assert item.error.endswith(f"{unit})")
