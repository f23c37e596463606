"""curate: raw scraped text in, a clean, deduplicated, labeled Hugging Face dataset out."""

__version__ = "0.1.0"
