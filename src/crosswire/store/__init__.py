"""The store stage: where articles, analyses, stories and failures live.

``open_store(location)`` picks the backend from the location: a
``postgresql://`` (or ``postgres://``) URL opens PostgreSQL
(:class:`~crosswire.store.postgres.PostgresStore`, needs ``crosswire[postgres]``);
anything else is a SQLite file path or ":memory:"
(:class:`~crosswire.store.sqlite.SQLiteStore`).  Both implement :class:`Store`,
the interface the rest of crosswire types against.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Protocol, Self

import numpy as np

from ..errors import StoreError
from ..model import (
    Analysis,
    Article,
    Headline,
    IngestFailure,
    Story,
    StoryChanges,
    StoryEvent,
    StoryState,
)
from .sqlite import SQLiteStore


class Store(Protocol):
    """What every store backend offers; ``open_store`` returns one."""

    @property
    def schema_version(self) -> int:
        """The schema version of the open database (``migrations.SCHEMA_VERSION`` once open)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def has_content(self, content_hash: str) -> bool:
        """True when an article with this content hash is stored with its analysis."""
        ...

    def save(self, article: Article, analysis: Analysis) -> bool:
        """Store an article with its analysis in one transaction; False when already stored."""
        ...

    def count_articles(self) -> int: ...

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles (all, or those with ``ids`` in that order), ordered by date then id."""
        ...

    def article(self, article_id: str) -> Article | None: ...

    def analyses(self, ids: Iterable[str]) -> dict[str, Analysis]: ...

    def embeddings(self) -> dict[str, np.ndarray]: ...

    def embedding_encoder(self) -> str | None:
        """The encoder that made the stored embeddings (None when none are stored)."""
        ...

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search: (article id, snippet with [hits]) pairs, best first."""
        ...

    def replace_stories(self, stories: Sequence[Story]) -> None:
        """Replace the story grouping in one transaction."""
        ...

    def stories(self) -> list[Story]: ...

    def count_stories(self) -> int: ...

    # the incremental story index (crosswire.link.assign) keeps its state here
    def unassigned_article_ids(self) -> list[str]:
        """Analysed articles in no story yet, in (date, id) order, undated last."""
        ...

    def story_states_between(self, since: dt.date, until: dt.date) -> list[StoryState]:
        """Index state of the dated stories whose date range meets [since, until], by id."""
        ...

    def undated_story_states(self) -> list[StoryState]:
        """Index state of the stories without a dated article, by id."""
        ...

    def save_story_changes(self, changes: StoryChanges, *, reset: bool = False) -> None:
        """Save one story update in one transaction (see SQLiteStore.save_story_changes)."""
        ...

    def story_events(self, story_ids: Sequence[str] | None = None) -> list[StoryEvent]:
        """The story history in order: all of it, or the events of these stories."""
        ...

    def story_headlines(self, story_ids: Sequence[str]) -> dict[str, list[Headline]]:
        """Per stored story, its members' headlines (the first ones in (date, id)
        order: ``model.TITLE_MEMBERS``), what its title is chosen from."""
        ...

    def record_failure(self, failure: IngestFailure) -> None:
        """Keep a failure, or a warning (stage "warning"), once per (path, reason)."""
        ...

    def failures(self) -> list[IngestFailure]:
        """The inputs that failed, in the order recorded (warnings are not failures)."""
        ...

    def warnings(self) -> list[IngestFailure]:
        """The inputs read, but not whole (stage "warning"), in the order recorded."""
        ...

    def integrity_ok(self) -> bool: ...


def is_postgres_url(location: str) -> bool:
    """True for locations the PostgreSQL backend opens."""
    return location.startswith(("postgresql://", "postgres://"))


def display_location(location: str) -> str:
    """``location`` fit for printing: a PostgreSQL URL loses its password."""
    if not is_postgres_url(location):
        return location
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(location)
        if parts.password is None:
            return location
    except ValueError:
        return location.rsplit("@", 1)[-1]
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def open_store(location: str, *, create: bool = True, read_only: bool = False) -> Store:
    """Open the store at ``location``, creating and migrating it when needed.

    With ``create=False`` the store must already exist: a missing database, an
    empty one or another application's is a :class:`~crosswire.errors.StoreError`
    and nothing is created.  ``read_only=True`` (implies ``create=False``) opens
    it so that nothing can be written (SQLite ``mode=ro``, PostgreSQL read-only
    transactions) and never migrates; what the read-only commands (``stories``,
    ``export``, ``failures``, ``serve``) use.  Another application's SQLite
    database (tables but no crosswire schema version) is refused in every mode,
    unchanged.
    """
    if is_postgres_url(location):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:
            if not (exc.name or "").startswith("psycopg"):
                raise
            raise StoreError(
                "the PostgreSQL backend needs psycopg 3: pip install 'crosswire[postgres]'"
            ) from exc
        return PostgresStore(location, create=create, read_only=read_only)
    return SQLiteStore(location, create=create, read_only=read_only)


__all__ = ["Store", "display_location", "is_postgres_url", "open_store"]
