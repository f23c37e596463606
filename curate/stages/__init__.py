"""Map stages. Importing this package registers every shipped stage by name."""

from curate.stages import language, markup, quality, topics, unicode  # noqa: F401
from curate.stages.base import REGISTRY, CorpusStage, MapStage, Stage, register

__all__ = ["REGISTRY", "CorpusStage", "MapStage", "Stage", "register"]
