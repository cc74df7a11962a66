"""The link stage: across the articles of a story.

``assign.py`` groups articles into stories incrementally (the story index,
deciding with the learned model of ``story_model.py``; ``stories.py`` runs it
from scratch over a set of articles); ``dossier.py`` assembles one
story's dossier from ``entities.py``, ``quotes.py``, ``claims.py``,
``timeline.py`` and ``reuse.py``.
"""

from __future__ import annotations

from .dossier import build_dossier
from .stories import cluster_stories

__all__ = ["build_dossier", "cluster_stories"]
