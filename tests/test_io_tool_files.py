"""What other tools leave beside their output (io.tool_files): Dolma's taggers' `attributes/`
beside its `documents/` is passed over by kind, with a word (session 52's ecosystem round);
a folder of that name that holds documents, or that stands beside no `documents/`, is read."""

import gzip
import json

import pytest

from curate.io.readers import skipped_kinds, walk_inputs
from curate.io.tool_files import DOLMA_ATTRIBUTES, hints
from tests.newcomer_runs import documents, read_all, run_counted, texts_of


def _shard(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    path.write_bytes(gzip.compress(data, mtime=0))


def _dolma(root, attributes):
    texts = texts_of(2, start=40)
    rows = [{"id": f"d{k}", "text": t, "source": "cc_news"} for k, t in enumerate(texts)]
    _shard(root / "documents" / "cc_news-0000.json.gz", rows)
    for tagger, rows in attributes.items():
        _shard(root / "attributes" / tagger / "cc_news-0000.json.gz", rows)


TAGGED = {
    "ft_lang_id_en_doc_v2": [
        {"id": f"d{k}", "attributes": {"ft_lang_id_en_doc_v2__en": [[0, 90, 0.98]]}}
        for k in range(2)
    ],
    "gopher_rules": [
        {
            "id": f"d{k}",
            "source": "cc_news",
            "attributes": {"gopher_rules__word_count": [[0, 90, 17]]},
        }
        for k in range(2)
    ],
}


def test_dolmas_attributes_are_skipped_by_kind_with_a_word(tmp_path):
    _dolma(tmp_path, TAGGED)
    found = walk_inputs([tmp_path])
    assert [p.name for p in found.paths] == ["cc_news-0000.json.gz"]
    assert skipped_kinds(found.skipped) == {DOLMA_ATTRIBUTES: 2}
    assert "Dolma's taggers" in hints(found.skipped)[0]
    assert [d.id for d in documents(read_all(tmp_path))] == ["d0", "d1"]


@pytest.mark.parametrize(
    ("beside", "rows"),
    [
        ("documents", [{"id": f"a{k}", "text": t} for k, t in enumerate(texts_of(2))]),  # text
        ("pages", [{"id": "d0", "attributes": {"x": [[0, 1, 1.0]]}}]),  # no Dolma dataset
    ],
)
def test_a_folder_named_attributes_that_is_no_taggers_is_read(tmp_path, beside, rows):
    (tmp_path / beside).mkdir()
    _shard(tmp_path / "attributes" / "x" / "part.json.gz", rows)
    found = walk_inputs([tmp_path])
    assert DOLMA_ATTRIBUTES not in skipped_kinds(found.skipped)


def test_dolmas_folder_through_the_cli(tmp_path):
    folder = tmp_path / "dolma"
    _dolma(folder, TAGGED)
    out = tmp_path / "out"
    report, words = run_counted(str(folder), "--out", str(out), "--skip", "dedup")
    assert report["counts"]["kept"] == 2 and f"{DOLMA_ATTRIBUTES} 2" in words
