"""crosswire: turn news articles from many outlets into cross-source dossiers.

Public API::

    from crosswire import Settings, ingest, open_store, dossiers
"""

from __future__ import annotations

import sys
import types
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

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crosswire' has no attribute {name!r}")


class _Package(types.ModuleType):
    """``crosswire.ingest`` is the function, not the stage's subpackage of that name.

    Importing a subpackage binds it as an attribute of its parent; this keeps
    the API names (``ingest``) for the functions.  The subpackage itself stays
    importable (``from crosswire.ingest import read_path``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

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
