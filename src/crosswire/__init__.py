"""crosswire: turn news articles from many outlets into cross-source dossiers.

Public API::

    from crosswire import Settings, ingest, open_store, dossiers
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import CrosswireError
from .model import (
    Analysis,
    Article,
    Claim,
    Credit,
    Dossier,
    Entity,
    Hedge,
    Mention,
    Quote,
    Story,
    TimeExpression,
)
from .settings import Settings
from .store import open_store

if TYPE_CHECKING:
    from .api import IngestReport, dossiers, ingest, update_stories

__version__ = "0.1.0"

_API = {"IngestReport", "dossiers", "ingest", "update_stories"}


def __getattr__(name: str) -> Any:
    """The pipeline API is imported on first use, so ``import crosswire`` stays light."""
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'crosswire' has no attribute {name!r}")


__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "Credit",
    "CrosswireError",
    "Dossier",
    "Entity",
    "Hedge",
    "IngestReport",
    "Mention",
    "Quote",
    "Settings",
    "Story",
    "TimeExpression",
    "__version__",
    "dossiers",
    "ingest",
    "open_store",
    "update_stories",
]
