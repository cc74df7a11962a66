"""The story catalogue: what the stories list needs, kept in memory per store version.

A list page must sort and filter every story (newest first, by outlet and
date), which the store answers only by loading stories and their articles.
:class:`Catalog` does that once per store version (:func:`store_version`) and
keeps a small summary per story (title, size, outlets, date range, articles
per day) plus the article -> story map; pages then filter in memory.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Story
from ..store import Store, is_postgres_url

CHUNK = 2000


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One story as the stories list shows it."""

    id: str
    title: str
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    first: dt.date | None
    last: dt.date | None
    per_day: tuple[tuple[dt.date, int], ...]
    """Articles per publication day, by day (days without articles left out)."""

    @property
    def size(self) -> int:
        return len(self.article_ids)

    @property
    def story(self) -> Story:
        return Story(self.id, self.title, self.article_ids)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "article_count": self.size,
            "outlets": list(self.outlets),
            "first": _iso(self.first),
            "last": _iso(self.last),
            "per_day": [{"date": d.isoformat(), "articles": n} for d, n in self.per_day],
        }


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """What the stories list is filtered by (every field optional)."""

    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None

    def matches(self, s: StorySummary) -> bool:
        if self.outlet and self.outlet not in s.outlets:
            return False
        if (self.since or self.until) and s.first is None:
            return False
        if self.since and s.last is not None and s.last < self.since:
            return False
        return not (self.until and s.first is not None and s.first > self.until)


@dataclass
class Catalog:
    """Summaries of every story, newest first, and which story holds each article."""

    version: object
    stories: list[StorySummary]
    story_of: dict[str, str]
    outlets: tuple[str, ...]
    per_day: tuple[tuple[dt.date, int], ...]
    """Articles in stories per publication day, over the whole store."""
    _by_id: dict[str, StorySummary] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {s.id: s for s in self.stories}

    def get(self, story_id: str) -> StorySummary | None:
        return self._by_id.get(story_id)

    def select(self, flt: StoryFilter) -> list[StorySummary]:
        return [s for s in self.stories if flt.matches(s)]


def store_version(location: str, store: Store) -> object:
    """A value that changes whenever the store at ``location`` is written.

    For SQLite: the size and modification time of the database file and of
    its write-ahead log when that holds anything (a ``stat`` each,
    microseconds).  An empty log comes and goes as connections open and close
    without any write, so it does not count; a checkpoint that moves written
    pages into the database changes the database file.  For PostgreSQL: the
    article and story counts and the number of articles waiting for a story.
    """
    if not is_postgres_url(location) and location != ":memory:":
        out: list[object] = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(location + suffix)
            except OSError:
                out.append(None)
            else:
                out.append((st.st_size, st.st_mtime_ns) if st.st_size else None)
        return tuple(out)
    return (store.count_articles(), store.count_stories(), len(store.unassigned_article_ids()))


def build_catalog(store: Store, version: object) -> Catalog:
    """Read every story and its articles' outlet and date (in chunks) from ``store``."""
    stories = store.stories()
    meta: dict[str, tuple[str | None, dt.date | None]] = {}
    ids = [a for s in stories for a in s.article_ids]
    for i in range(0, len(ids), CHUNK):
        for a in store.articles(ids[i : i + CHUNK]):
            meta[a.id] = (a.outlet, a.published)
    summaries = [_summary(s, [meta[a] for a in s.article_ids if a in meta]) for s in stories]
    summaries.sort(key=_newest_first)
    days: Counter[dt.date] = Counter(d for _, d in meta.values() if d is not None)
    return Catalog(
        version=version,
        stories=summaries,
        story_of={a: s.id for s in stories for a in s.article_ids},
        outlets=tuple(sorted({o for o, _ in meta.values() if o}, key=str.casefold)),
        per_day=tuple(sorted(days.items())),
    )


def _summary(story: Story, meta: Sequence[tuple[str | None, dt.date | None]]) -> StorySummary:
    dates = [d for _, d in meta if d is not None]
    return StorySummary(
        id=story.id,
        title=story.title,
        article_ids=story.article_ids,
        outlets=tuple(sorted({o for o, _ in meta if o}, key=str.casefold)),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        per_day=tuple(sorted(Counter(dates).items())),
    )


def _newest_first(s: StorySummary) -> tuple[bool, int, int, str]:
    last = s.last.toordinal() if s.last else 0
    return (s.last is None, -last, -s.size, s.id)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
