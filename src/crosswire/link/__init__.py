"""The link stage: across the articles of a story.

``stories.py`` groups articles into stories; ``dossier.py`` assembles one
story's dossier from ``entities.py``, ``quotes.py``, ``claims.py``,
``timeline.py`` and ``reuse.py``.
"""

from __future__ import annotations

from .dossier import build_dossier
from .stories import cluster_stories

__all__ = ["build_dossier", "cluster_stories"]
