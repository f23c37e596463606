"""A list of an element's text nodes (Scrapy's `//text()`) reads as the paragraphs it renders
(io.text_nodes); a list of paragraphs is joined by blank lines as before."""

import json

import pytest

from curate.io.text_nodes import joined_nodes
from tests.newcomer_runs import documents, read_all, text_of

NODES = [
    (
        ["\n  ", "The mayor ", "said", " the harbour would reopen ", "next week", ".", "\n  "],
        "The mayor said the harbour would reopen next week.",
    ),
    (
        ["Officials from the ", "port authority", " confirmed it.", "\n", "Residents cheered."],
        "Officials from the port authority confirmed it.\n\nResidents cheered.",
    ),
    (  # a link closing a sentence, a comma after a link, a quote's end
        [
            "She cited ",
            "the report",
            ", published ",
            "on Monday",
            ". ",
            "\u201cIt is ready",
            "\u201d.",
        ],
        "She cited the report, published on Monday. \u201cIt is ready\u201d.",
    ),
    (  # a sentence's end before a capital, nothing between: two paragraphs
        ["The vote ", "passed", ".", "Next steps", " follow in May."],
        "The vote passed.\n\nNext steps follow in May.",
    ),
    (
        ["\n\t\t", "Prices rose ", "3%", " in March", "\n\t\t", "(", "Reuters", ")", "\n"],
        "Prices rose 3% in March\n\n(Reuters)",
    ),
]


@pytest.mark.parametrize(("nodes", "expected"), NODES)
def test_text_nodes_render_as_their_paragraphs(nodes, expected):
    assert joined_nodes(nodes) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        [text_of(k) for k in range(3)],  # `p::text`: a paragraph each
        ["\n  " + text_of(0) + "  ", "\n  " + text_of(1) + "  "],  # with the page's spaces
        [" " + text_of(0), " " + text_of(1)],  # a sentence's end before a space
        ["Harbour reopens", text_of(0), text_of(1)],  # a heading, then paragraphs
        ["One", "Two", "Three"],
        [],
    ],
)
def test_lists_of_paragraphs_are_no_text_nodes(paragraphs):
    assert joined_nodes(paragraphs) is None


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_scrapy_item_s_text_nodes_are_its_paragraphs(tmp_path, suffix):
    # "the mayor \n\nsaid\n\n the harbour": each link a paragraph break
    items = [
        {
            "title": f"Harbour {k} reopens",
            "body": ["\n   ", f"District {k}'s mayor ", "said", " it reopens ", "today", ".", "\n"],
        }
        for k in range(3)
    ]
    path = tmp_path / f"items{suffix}"
    text = json.dumps(items) if suffix == ".json" else "".join(json.dumps(i) + "\n" for i in items)
    path.write_text(text)
    docs = documents(read_all(path))
    assert [d.text for d in docs] == [
        f"District {k}'s mayor said it reopens today." for k in range(3)
    ]


def test_scrapy_s_xml_values_are_text_nodes_and_paragraph_elements_stay(tmp_path):
    nodes = ["\n  ", "The mayor ", "said", " it reopens ", "today", ".", "\n  ", "Cheers.", "\n"]
    values = "".join(f"<value>{n}</value>" for n in nodes)
    paragraphs = "<p>The mayor spoke </p><p>It reopens today.</p>"  # a space before `</p>`
    items = [
        f"<item><title>Harbour {k}</title><body>{values if k else paragraphs}</body></item>"
        for k in range(2)
    ]
    path = tmp_path / "items.xml"
    path.write_text(f"<?xml version='1.0'?><items>{''.join(items)}</items>")
    docs = documents(read_all(path))
    assert [d.text for d in docs] == [
        "The mayor spoke\n\nIt reopens today.",
        "The mayor said it reopens today.\n\nCheers.",
    ]
