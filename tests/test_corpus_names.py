import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.names import NameVariants
from curate.document import Document, replay
from curate.stages.base import REGISTRY

STAGE = NameVariants()


def corpus(texts: list[str]) -> list[Document]:
    return [Document(id=f"d{i}", text=t, seq=i) for i, t in enumerate(texts)]


def run(stage: NameVariants, docs: list[Document]):
    state = stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)
    out = [stage.apply(d, stage.decision_for(state, d.seq)) for d in docs]
    return out, stage.summary(state)


MAJORITY = ["Kim Jong Un met the envoy.", "Kim Jong Un fired a missile.", "Kim Jong Un spoke."] * 2


def test_registered():
    assert REGISTRY["names"] is NameVariants and STAGE.kind == "corpus"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The test was supervised by Kim Jong One.", "The test was supervised by Kim Jong Un."),
        ("Kim Jong One’s sister spoke.", "Kim Jong Un’s sister spoke."),
        ("Kim Jong One, like", "Kim Jong Un, like"),
    ],
)
def test_variant_is_aligned_with_the_majority(text, expected):
    raw = [*MAJORITY, text]
    docs, summary = run(STAGE, corpus(raw))
    assert docs[-1].text == expected
    assert {(e.stage, e.rule) for e in docs[-1].edits} == {("names", "name_variant")}
    assert replay({"text": text, "title": ""}, docs[-1].edits)["text"] == expected
    assert all(not d.edits for d in docs[:-1])
    listed = summary["variant_list"][0]
    assert (listed["variant"], listed["chosen"], listed["edited"]) == (
        "Kim Jong One",
        "Kim Jong Un",
        True,
    )
    assert listed["chosen_documents"] == 6 and listed["variant_documents"] == 1


@pytest.mark.parametrize(
    ("texts", "variant"),
    [
        (["Kim Jong Un a.", "Kim Jong Un b.", "Kim Jong One c."], "Kim Jong One"),  # 2 < 3 docs
        (
            [
                "Kim Jong Un a.",
                "Kim Jong Un b.",
                "Kim Jong Un c.",
                "Kim Jong One d.",
                "Kim Jong One e.",
            ],
            "Kim Jong One",
        ),  # 60% < 80%: reported, not edited
    ],
)
def test_unclear_majority_is_reported_not_edited(texts, variant):
    docs, summary = run(STAGE, corpus(texts))
    assert all(not d.edits for d in docs)
    assert [v["variant"] for v in summary["variant_list"]] == [variant]
    assert summary["variant_list"][0]["edited"] is False


@pytest.mark.parametrize(
    "other",
    [
        "John Smyth spoke.",  # one letter off, not a translation: a different person
        "Kim Jong Oneself spoke.",
        "Kim Jong Ones spoke.",
        "kim jong one spoke.",
        "Kim Yo Jong spoke.",
    ],
)
def test_different_names_are_left_alone(other):
    docs, _ = run(STAGE, corpus(["John Smith said.", "John Smith came."] * 3 + MAJORITY + [other]))
    assert not docs[-1].edits


def test_folded_spellings():
    texts = ["Vladimir Putin said."] * 8 + ["Wladimir Putin sagte.", "Vladímir Putin dijo."]
    docs, summary = run(STAGE, corpus(texts))
    assert [d.text for d in docs[-2:]] == ["Vladimir Putin sagte.", "Vladimir Putin dijo."]
    assert summary["variants_edited"] == 2


def test_title_is_edited_too():
    docs = corpus([*MAJORITY, "x"])
    docs[-1].title = "Kim Jong One speaks"
    out, _ = run(STAGE, docs)
    assert out[-1].title == "Kim Jong Un speaks"


def test_settings_are_checked():
    with pytest.raises(ValueError):
        NameVariants(min_share=0.4)
    with pytest.raises(ValueError):
        NameVariants(max_tokens=1)


def test_user_table(tmp_path):
    table = tmp_path / "names.yaml"
    table.write_text("name_variants:\n  pairs:\n    - [Francis, Francisco]\n")
    stage = NameVariants(names_file=str(table))
    docs, _ = run(stage, corpus(["Pope Francis said."] * 4 + ["Pope Francisco dijo."]))
    assert docs[-1].text == "Pope Francis dijo."


def test_sketch_is_compact_and_sorted():
    doc = Document(id="a", text="The Kim Jong Un regime and Kim Jong Un’s sister met Joe Biden.")
    assert STAGE.sketch(doc) == ("Joe Biden", "Kim Jong Un")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Kim Jong Un", "Kim Jong One", " said", ". ", "’s", "x"])))
def test_contract(parts):
    text = "".join(parts)
    raw = [*MAJORITY, text]
    docs, _ = run(STAGE, corpus(raw))
    assert replay({"text": text, "title": ""}, docs[-1].edits)["text"] == docs[-1].text
    again, _ = run(STAGE, corpus([*MAJORITY, docs[-1].text]))
    assert again[-1].text == docs[-1].text and not again[-1].edits
