"""Group articles into stories (the events they cover).

First version: a deterministic single pass over the articles in date order.
Each article joins the best candidate story, or starts a new one, judged by

* cosine similarity of its title+lead embedding to the story centroid,
* overlap of its named entities with the story's entities,
* distance in days to the story's date range (candidates outside
  ``Settings.story_window_days`` are not considered).

Articles are sorted by (publication date, id) before the pass, so the same
articles give the same stories whatever order they were ingested in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..model import Analysis, Article, Story

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT"})
EMBED_WEIGHT = 0.75
ENTITY_WEIGHT = 0.25

_ARTICLE_RE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"['’]s$")


def entity_key(text: str) -> str:
    """A loose key for a named entity: case-folded, without articles and possessives."""
    key = _POSSESSIVE_RE.sub("", _ARTICLE_RE.sub("", text.strip())).casefold()
    return " ".join(key.split())


def entity_keys(analysis: Analysis) -> frozenset[str]:
    return frozenset(
        k for m in analysis.mentions if m.label in ENTITY_LABELS if len(k := entity_key(m.text)) > 1
    )


@dataclass
class _Cluster:
    members: list[str]
    vector_sum: np.ndarray
    keys: dict[str, int] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None

    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.vector_sum))
        return self.vector_sum / norm if norm else self.vector_sum

    def add(self, aid: str, vec: np.ndarray, keys: Iterable[str], date: dt.date | None) -> None:
        self.members.append(aid)
        self.vector_sum = self.vector_sum + vec
        for k in keys:
            self.keys[k] = self.keys.get(k, 0) + 1
        if date is not None:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)


def similarity(
    vec: np.ndarray,
    keys: frozenset[str],
    cluster_centroid: np.ndarray,
    cluster_keys: dict[str, int],
) -> float:
    """Combined article-to-story similarity in [0, 1]."""
    cos = float(np.dot(vec, cluster_centroid)) if vec.size and cluster_centroid.size else 0.0
    if keys and cluster_keys:
        shared = sum(1 for k in keys if k in cluster_keys)
        overlap = shared / min(len(keys), 8) if shared else 0.0
        overlap = min(overlap, 1.0)
    else:
        overlap = 0.0
    return EMBED_WEIGHT * max(cos, 0.0) + ENTITY_WEIGHT * overlap


def _within(date: dt.date | None, c: _Cluster, window: int) -> bool:
    if date is None or c.first is None or c.last is None:
        return True
    return (c.first - dt.timedelta(days=window)) <= date <= (c.last + dt.timedelta(days=window))


def story_id_for(article_ids: Sequence[str]) -> str:
    return "s" + hashlib.sha256(min(article_ids).encode()).hexdigest()[:11]


def cluster_stories(
    articles: Sequence[Article],
    analyses: dict[str, Analysis],
    *,
    threshold: float = 0.5,
    window_days: int = 7,
) -> list[Story]:
    """Group articles into stories; deterministic for a given set of articles."""
    ordered = sorted(articles, key=lambda a: (a.published or dt.date.max, a.id))
    clusters: list[_Cluster] = []
    for art in ordered:
        an = analyses.get(art.id)
        vec = np.asarray(an.embedding if an else (), dtype=np.float32)
        keys = entity_keys(an) if an else frozenset()
        best, best_score = None, threshold
        for c in clusters:
            if not _within(art.published, c, window_days):
                continue
            score = similarity(vec, keys, c.centroid(), c.keys)
            if score >= best_score:
                best, best_score = c, score
        if best is None:
            best = _Cluster(members=[], vector_sum=np.zeros_like(vec))
            clusters.append(best)
        best.add(art.id, vec, keys, art.published)
    by_id = {a.id: a for a in articles}
    stories = []
    for c in clusters:
        first = by_id[c.members[0]]
        stories.append(
            Story(id=story_id_for(c.members), title=first.title, article_ids=tuple(c.members))
        )
    return sorted(stories, key=lambda s: s.id)
