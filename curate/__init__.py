"""curate: raw scraped text in, a clean, deduplicated, labeled Hugging Face dataset out."""

import os

__version__ = "0.1.0"

# Arrow's allocator (mimalloc) commits each arena whole when it reserves one. On this project's
# machines (transparent huge pages on `madvise`) a web run's dedup index write paid that in
# kernel time: 0.15-0.45 CPU s of a 500-page run (5% of `make bench`'s web row), 4 ms when
# memory is committed as it is used, and peak RSS 305 -> 294 MB. mimalloc reads the setting
# once, when Arrow first allocates: so here, before anything imports pyarrow. A value the user
# set is kept.
os.environ.setdefault("MIMALLOC_ARENA_EAGER_COMMIT", "0")

from curate.document import Document, Edit  # noqa: E402
from curate.pipeline import Pipeline, RunResult  # noqa: E402

__all__ = ["Document", "Edit", "Pipeline", "RunResult", "__version__"]
