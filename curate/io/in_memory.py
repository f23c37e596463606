"""What a notebook hands `Pipeline.run`: a list of texts, a DataFrame, an Arrow table.

`Pipeline.run` took dicts alone. A list of strings (`run(df["text"].tolist())`, the first
thing tried in a notebook) was quarantined whole, "a record must be a dict", one string
became a document a character (378 quarantined for one article), and a pandas DataFrame was
iterated by its column names. Here each becomes records: a text is `{text_field: text}` (its
id `doc-N` as for a dict without one), a DataFrame or an Arrow table gives its rows, and one
string alone is refused with what to pass instead.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any


def as_records(records: Any, text_field: str) -> Iterator[Any]:
    """`records` as the dicts `readers.from_records` reads; anything else is passed on, to be
    quarantined there with its position."""
    if isinstance(records, os.PathLike) or _names_a_file(records):
        raise TypeError(path_message(records))
    if isinstance(records, (str, bytes)):
        raise TypeError(
            "Pipeline.run takes many records (dicts, or texts), not one string: "
            "pass run([text]) for one document"
        )
    rows = _table_rows(records)
    for row in rows if rows is not None else records:
        if isinstance(row, str):
            yield {text_field: row}
        elif isinstance(row, Mapping) and not isinstance(row, dict):
            yield dict(row)
        else:
            yield row


def _names_a_file(records: Any) -> bool:
    """A short string naming a file or folder that exists: a path, not a text."""
    if not isinstance(records, str) or "\n" in records or len(records) > 4096:
        return False
    try:
        return os.path.exists(records)
    except (OSError, ValueError):
        return False


def path_message(path: Any) -> str:
    """What to call for files on disk: `Pipeline.run(Path("news"))` stopped on "'PosixPath'
    object is not iterable", and `run("news/")` said to pass `run([text])`, as if the folder's
    name were the text."""
    return (
        f"Pipeline.run takes records (dicts, or texts), not a path: to read the files of "
        f"{os.fspath(path)!r}, run LocalEngine().run(pipe, [{os.fspath(path)!r}], OUT) "
        "(from curate.engines.local import LocalEngine), as `curate run` does"
    )


def _table_rows(records: Any) -> Iterable[dict[str, Any]] | None:
    """The rows of a pandas DataFrame or an Arrow table / record batch; None for others."""
    columns = getattr(records, "columns", None)
    to_dict = getattr(records, "to_dict", None)
    if columns is not None and callable(to_dict) and hasattr(records, "iloc"):
        return (
            {str(key): value for key, value in row.items()}
            for row in records.to_dict(orient="records")
        )
    to_pylist = getattr(records, "to_pylist", None)
    if callable(to_pylist) and hasattr(records, "schema") and hasattr(records, "num_rows"):
        return iter(to_pylist())
    return None


CLI_HINT = re.compile(r"((?:--text-field \S+ )+)\(or reader\.text_field in the recipe\)")


def python_hint(item: Any) -> Any:
    """A quarantined record's advice in Python's words: `--text-field content` is an option of
    the command line, `Pipeline.from_recipe(..., text_field="content")` the call a notebook
    makes."""
    if not isinstance(getattr(item, "error", None), str) or "--text-field" not in item.error:
        return item
    return dataclasses.replace(item, error=CLI_HINT.sub(_python_call, item.error))


def _python_call(match: re.Match[str]) -> str:
    names = match.group(1).replace("--text-field ", "").split()
    value = f'"{names[0]}"' if len(names) == 1 else "[" + ", ".join(f'"{n}"' for n in names) + "]"
    return f"Pipeline.from_recipe(..., text_field={value})"
