"""Map stages. Importing this package registers every shipped stage by name."""

from curate.stages import (  # noqa: F401
    boilerplate,
    language,
    markup,
    metadata,
    quality,
    topics,
    translation,
    unicode,
)
from curate.stages.base import REGISTRY, CorpusStage, MapStage, Stage, register

__all__ = ["REGISTRY", "CorpusStage", "MapStage", "Stage", "register"]
