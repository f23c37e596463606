"""LinkedIn's export quotes a post's commentary twice (`Shares.csv`, `Comments.csv`): the
post kept its surrounding quotes (io.linkedin_export, newcomer round 23)."""

from __future__ import annotations

import pytest

from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2, start=40)
SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{k}"


def _cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@pytest.mark.parametrize(
    ("name", "header", "link"),
    [
        ("Shares.csv", "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility", SHARE),
        ("Comments.csv", "Date,Link,Message", "https://www.linkedin.com/feed/update/{k}"),
    ],
)
@pytest.mark.parametrize("quoted", [f'"{A}"', f'  "{A}" ', f'"{A}\n\n{B}"'])
def test_a_linkedin_post_quoted_twice_loses_its_quotes(tmp_path, name, header, link, quoted):
    extra = ",,,PUBLIC" if name == "Shares.csv" else ""
    rows = [
        f"2024-01-0{k + 1},{link.format(k=k)},{_cell(t)}{extra}" for k, t in enumerate((B, quoted))
    ]
    (tmp_path / name).write_text(header + "\n" + "\n".join(rows) + "\n")  # fmt: skip
    docs = documents(read_all(tmp_path))
    assert [d.text for d in docs] == [B, quoted.strip()[1:-1]]


@pytest.mark.parametrize(
    "text",
    [f'"Yes," she said. {A}', f'{A} "quoted"', f'"{A}" and "{B}"'],
)
def test_a_quotation_inside_a_post_stays(tmp_path, text):
    row = f"2024-01-01,{SHARE.format(k=1)},{_cell(text)},,,PUBLIC"
    (tmp_path / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n" + row + "\n"
    )
    assert [d.text for d in documents(read_all(tmp_path))] == [text]


def test_a_quoted_text_of_another_export_stays(tmp_path):
    quoted = f'"{A}"'
    (tmp_path / "quotes.csv").write_text(f"id,text,url\n1,{_cell(quoted)},https://n.example/a\n")
    assert [d.text for d in documents(read_all(tmp_path))] == [quoted]
