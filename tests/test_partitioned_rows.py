"""JSON Lines and CSV files written partitioned (`date=2024-03-01/part-0.jsonl`, Spark's
`partitionBy`, `pyarrow.dataset.write_dataset(format="csv")`): the partition column lives only
in the folders' names, so every row lost it; the folders' fields are now each row's, as for
Parquet (io.hive_partitions), a row's own field winning."""

import gzip
import json

import pyarrow as pa
import pytest

from tests.newcomer_runs import documents, read_all, texts_of

PARTITIONED = [  # (the column, its value, the folder's name)
    ("date", "2024-03-01", "date=2024-03-01"),
    ("published", "2023-11-30", "published=2023-11-30"),
    ("publish_date", "2022-01-02 10:11:12", "publish_date=2022-01-02%2010%3A11%3A12"),
    ("date_published", "2021-07-08", "date_published=2021-07-08"),
]
ROWS = [{"headline": "Ferry timetable changes"}, {"headline": "Harbour reopens"}]


def _rows(n=2):
    return [{**row, "content": text} for row, text in zip(ROWS, texts_of(n), strict=True)]


def _lines(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(json.dumps(row) + "\n" for row in rows).encode()
    path.write_bytes(gzip.compress(body, mtime=0) if path.suffix == ".gz" else body)


def _dates(root):
    docs = documents(read_all(root))
    assert [d.title for d in docs] == ["Ferry timetable changes", "Harbour reopens"]
    return [d.labels.get("page_metadata", {}).get("date") for d in docs]


@pytest.mark.parametrize("name", ["part-0.jsonl", "part-00000.json", "part-0.jsonl.gz"])
@pytest.mark.parametrize(("column", "value", "folder"), PARTITIONED)
def test_a_json_lines_file_s_folder_dates_its_rows(tmp_path, name, column, value, folder):
    _lines(tmp_path / "news" / folder / name, _rows())
    assert _dates(tmp_path / "news") == [value] * 2


@pytest.mark.parametrize(("column", "value", "folder"), PARTITIONED)
def test_a_csv_written_partitioned_dates_its_rows(tmp_path, column, value, folder):
    import pyarrow.dataset as ds

    table = pa.table({"headline": [r["headline"] for r in ROWS], "content": texts_of(2)})
    table = table.append_column(column, pa.array([value] * 2))
    ds.write_dataset(
        table, tmp_path / "news", format="csv", partitioning=[column], partitioning_flavor="hive"
    )
    assert [p.parent.name for p in (tmp_path / "news").rglob("*.csv")] == [folder]
    assert _dates(tmp_path / "news") == [value] * 2


def test_nested_folders_each_give_their_field(tmp_path):
    _lines(tmp_path / "lang=fr" / "date=2024-03-01" / "part-0.jsonl", _rows())
    assert _dates(tmp_path / "lang=fr") == ["2024-03-01"] * 2


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_row_s_own_field_wins_over_its_folder_s(tmp_path, suffix):
    path = tmp_path / "date=2024-03-01" / f"a{suffix}"
    rows = [{**row, "date": "2020-02-02"} for row in _rows()]
    if suffix == ".jsonl":
        _lines(path, rows)
    else:
        path.parent.mkdir()
        lines = [
            "headline,content,date",
            *(f'{r["headline"]},"{r["content"]}",{r["date"]}' for r in rows),
        ]
        path.write_text("\n".join(lines) + "\n")
    assert _dates(path.parent) == ["2020-02-02"] * 2


@pytest.mark.parametrize(
    "folder",
    ["date=__HIVE_DEFAULT_PARTITION__", "date=a=b", "2024-03-01", "date-2024-03-01", "=2024-03-01"],
)
@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_folder_of_no_partition_value_gives_no_date(tmp_path, folder, suffix):
    path = tmp_path / folder / f"a{suffix}"
    if suffix == ".jsonl":
        _lines(path, _rows())
    else:
        path.parent.mkdir()
        path.write_text(
            "headline,content\n" + "".join(f'{r["headline"]},"{r["content"]}"\n' for r in _rows())
        )
    assert _dates(path.parent) == [None, None]
