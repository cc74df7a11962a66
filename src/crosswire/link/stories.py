"""Group articles into stories (the events they cover).

The grouping is incremental (``assign.py``: the story index and its learned
rule); :func:`cluster_stories` runs it from scratch over a set of articles,
which is what a rebuild of the archive does.  Articles are placed in
(publication date, id) order, so the same articles give the same stories
whatever order they come in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..model import Analysis, Article, Story
from .assign import StoryIndex, entity_key, entity_keys, memberships, story_id, story_item
from .story_model import StoryModel, load_story_model

__all__ = ["cluster_stories", "entity_key", "entity_keys", "story_id"]


def cluster_stories(
    articles: Sequence[Article],
    analyses: dict[str, Analysis],
    *,
    window_days: int = 7,
    model: StoryModel | None = None,
    threshold: float | None = None,
) -> list[Story]:
    """Group articles into stories from scratch; deterministic for a given set of articles.

    ``threshold`` overrides the model's join threshold (a probability).
    """
    if threshold is not None:
        model = (model or load_story_model()).with_threshold(threshold)
    index = StoryIndex(model, window_days=window_days)
    index.add(story_item(a, analyses.get(a.id)) for a in articles)
    changes = index.drain()
    story_of = memberships([changes])
    members: dict[str, list[Article]] = {}
    for a in sorted(articles, key=lambda a: (a.published or dt.date.max, a.id)):
        members.setdefault(story_of[a.id], []).append(a)
    return sorted(
        (
            Story(id=sid, title=index.state(sid).title, article_ids=tuple(a.id for a in arts))
            for sid, arts in members.items()
        ),
        key=lambda s: s.id,
    )
