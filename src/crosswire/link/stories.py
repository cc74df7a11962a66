"""Group articles into stories (the events they cover).

The grouping is incremental (``assign.py``: the story index and its learned
rule); :func:`cluster_stories` runs it from scratch over a set of articles,
which is what a rebuild of the archive does.  Articles are placed in
(publication date, id) order, so the same articles give the same stories
whatever order they come in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from ..model import Analysis, Article, Story
from .assign import StoryIndex, entity_key, entity_keys, memberships, story_id, story_item
from .story_model import StoryModel, load_story_model

__all__ = [
    "cluster_stories",
    "entity_key",
    "entity_keys",
    "late_arrivals",
    "story_id",
    "story_summary",
]


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


def late_arrivals(story: Story, articles: Sequence[Article]) -> list[str]:
    """Members of ``story`` dated before the article that started it (``articles``: its
    members): they were placed after newer ones, so a rebuild (canonical date order)
    may group them differently.  Empty for a story started by an undated article."""
    founder = next((a for a in articles if story_id(a.id) == story.id), None)
    if founder is None or founder.published is None:
        return []
    return sorted(a.id for a in articles if a.published and a.published < founder.published)


def story_summary(analyses: Sequence[Analysis]) -> str:
    """One line on a story's main event from its members' lead event keys
    (``Analysis.events``): the predicate most of its leads share, then the agent,
    patient and place most common among the leads with that predicate, as
    "Grelmont guard — arrest — Dorn Abelard (Veltmark)"; "" when no lead has a
    predicate."""
    predicates: Counter[str] = Counter(k for a in analyses for k in a.events if k[:2] == "p:")
    if not predicates:
        return ""
    top_count = max(predicates.values())
    predicate = min(k for k, c in predicates.items() if c == top_count)
    counts: Counter[str] = Counter(k for a in analyses if predicate in a.events for k in a.events)
    shown: dict[str, str] = {}
    for a in analyses:
        for m in a.mentions:
            shown.setdefault(entity_key(m.text), m.text)

    def top(prefix: str) -> str:
        best = [(c, k) for k, c in counts.items() if k.startswith(prefix)]
        if not best:
            return ""
        c_max = max(c for c, _ in best)
        name = min(k for c, k in best if c == c_max)[len(prefix) :]
        return shown.get(name, name.title())

    agent, patient, place = top("a:"), top("o:"), top("l:")
    line = " — ".join(part for part in (agent, predicate[2:], patient) if part)
    return f"{line} ({place})" if place else line
