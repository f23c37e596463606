"""curate: raw scraped text in, a clean, deduplicated, labeled Hugging Face dataset out."""

__version__ = "0.1.0"

from curate.document import Document, Edit  # noqa: E402
from curate.pipeline import Pipeline, RunResult  # noqa: E402

__all__ = ["Document", "Edit", "Pipeline", "RunResult", "__version__"]
