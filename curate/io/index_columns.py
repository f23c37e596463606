"""A pandas index saved beside the columns is no text.

`df.to_parquet()` of a frame whose index is not 0, 1, 2... (a filtered frame, `set_index` of
headlines or keys) stores it as `__index_level_0__`; `Dataset.from_pandas(df)` keeps it so and
`ds.to_json()` writes it into every row; `df.reset_index()` writes `index` (then `level_0`),
and a CSV read back by pandas and written again holds `Unnamed: 0`. Told by its values alone,
a column of headlines or keys beside a column of tweets or short texts under a name of its own
was a second candidate: every row was quarantined with advice to name `--text-field`
`__index_level_0__` (session 42's newcomer round). Such a column is never guessed to be the
text (io.prose_columns); named with `--text-field`, it still is.
"""

from __future__ import annotations

import re

# `__index_level_0__` (pyarrow, datasets), `Unnamed: 0` (pandas' read_csv), `index` and
# `level_0` (`reset_index`), a CSV's empty first header (`to_csv` of an unnamed index)
INDEX_NAME = re.compile(r"__index_level_\d{1,3}__|Unnamed: \d{1,3}|index|level_\d{1,3}|")


def is_index_column(name: str) -> bool:
    """Whether `name` is the name pandas or pyarrow give a frame's index (see the module)."""
    return INDEX_NAME.fullmatch(name.strip()) is not None
