"""crosswire: turn news articles from many outlets into cross-source dossiers.

Public API::

    from crosswire import Settings, ingest, open_store, dossiers
"""

from __future__ import annotations

from .api import IngestReport, dossiers, ingest, update_stories
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

__version__ = "0.1.0"

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
