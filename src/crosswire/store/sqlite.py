"""The default store: one SQLite file with FTS5 over article text.

Writes are transactional per article (the article row, its FTS entry and its
analysis commit together or not at all), so an interrupted batch leaves no
half-stored article and a re-run resumes.  WAL mode lets readers (the web
app) run while a batch writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import numpy as np

from ..errors import NotAStoreError, SchemaVersionError, StoreError
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
from .migrations import SCHEMA_VERSION, migration_sql
from .serialize import (
    ARTICLE_COLUMNS,
    FAILURES_SQL,
    STORIES_SQL,
    STORY_STATE_SQL,
    WARNINGS_SQL,
    analysis_columns,
    analysis_from_row,
    article_from_row,
    chunks,
    embedding_array,
    encoder_of,
    failures_from_rows,
    headlines_from_rows,
    stories_from_rows,
    story_headlines_sql,
    story_state_blobs,
    story_state_from_row,
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


_CHUNK = 500  # ids per IN (...) query, under SQLite's parameter limit


class SQLiteStore:
    """Articles, analyses, stories and failures in one SQLite database."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.path = str(path)
        create = create and not read_only
        memory = self.path == ":memory:"
        if not memory:
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"cannot open database {self.path}: it is a directory")
            if not p.exists() and not create:
                raise StoreError(
                    f"no database at {self.path}: run `crosswire ingest --db {self.path} PATH` "
                    "first"
                )
            if create:
                try:
                    p.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"cannot create the folder for database {self.path}: {exc}"
                    ) from exc
        try:
            if read_only and not memory:
                # mode=ro: SQLite itself refuses every write to the file
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            else:
                self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            # one read transaction: a migration committing meanwhile is seen whole or not at all
            self._db.execute("BEGIN")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            tables = self._tables() if version == 0 else []
            self._db.execute("COMMIT")
            self._check_version(version, tables, create)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(
                f"cannot open database {self.path}: {exc} (is it a crosswire SQLite database?)"
            ) from exc
        except StoreError:
            self._db.close()
            raise
        if read_only:
            return
        try:
            if not memory:
                self._wal()
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate(version)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(f"cannot prepare database {self.path}: {exc}") from exc

    def _tables(self) -> list[str]:
        return [
            r[0]
            for r in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite^_%' ESCAPE '^' ORDER BY name"
            )
        ]

    def _check_version(self, version: int, tables: list[str], create: bool) -> None:
        """Refuse, before anything is written, a database this call must not touch.

        A newer schema; another application's database (version 0 with tables
        of its own), which crosswire never adds its tables to; with ``create``
        False, an empty file or an older crosswire schema (only an ingest
        creates or migrates a store).
        """
        if version > SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database {self.path} has schema version {version}, newer than this crosswire "
                f"understands ({SCHEMA_VERSION}); upgrade crosswire to open it"
            )
        if version == 0 and tables:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise NotAStoreError(
                f"{self.path} is not a crosswire database (it holds other tables: {shown}); "
                "crosswire left it unchanged: pass another --db"
            )
        if create:
            return
        if version == 0:
            raise NotAStoreError(
                f"{self.path} holds no crosswire database yet: run "
                f"`crosswire ingest --db {self.path} PATH` first"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema version {version}, older than this crosswire's "
                f"({SCHEMA_VERSION}): run `crosswire ingest --db {self.path} PATH` once to "
                "upgrade it"
            )

    # ------------------------------------------------------------------ plumbing
    def _wal(self) -> None:
        """Switch to WAL mode; the switch does not wait for a lock, so it is retried
        while another process opens the new database at the same time."""
        for attempt in range(200):
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 199:
                    raise
                time.sleep(0.05)

    def _migrate(self, version: int) -> None:
        for target in range(version, SCHEMA_VERSION):
            with self._transaction():
                if self._db.execute("PRAGMA user_version").fetchone()[0] > target:
                    continue  # another process opening the new database migrated it first
                for statement in _split_sql(migration_sql(target, "sqlite")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target + 1}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # ------------------------------------------------------------------ articles
    def has_content(self, content_hash: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM articles a JOIN analyses n ON n.article_id = a.id "
            "WHERE a.content_hash = ?",
            (content_hash,),
        ).fetchone()
        return row is not None

    def save(self, article: Article, analysis: Analysis) -> bool:
        """Store an article with its analysis in one transaction.

        Returns False (and changes nothing) when the same content is already stored.
        """
        stored_analysis = analysis_columns(analysis)  # outside the transaction
        try:
            with self._transaction() as db:
                if db.execute(
                    "SELECT 1 FROM articles WHERE content_hash = ?", (article.content_hash,)
                ).fetchone():
                    exists = db.execute(
                        "SELECT 1 FROM analyses WHERE article_id = ?", (article.id,)
                    ).fetchone()
                    if exists:
                        return False
                else:
                    db.execute(
                        f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            article.id,
                            article.content_hash,
                            article.path,
                            article.url,
                            article.outlet,
                            article.title,
                            _iso(article.published),
                            int(article.published_inferred),
                            article.language,
                            article.source_format,
                            article.text,
                            int(article.outlet_inferred),
                            _now(),
                        ),
                    )
                db.execute(
                    "INSERT OR REPLACE INTO analyses (article_id, version, data, embedding) "
                    "VALUES (?, ?, ?, ?)",
                    (article.id, *stored_analysis),
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot store article {article.id} ({article.path}): {exc}") from exc
        return True

    def count_articles(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles (all, or those with ``ids`` in that order), ordered by date then id."""
        if ids is None:
            rows = self._db.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY published IS NULL, published, id"
            ).fetchall()
            return [article_from_row(r) for r in rows]
        found: dict[str, Article] = {}
        for chunk in chunks(list(ids), _CHUNK):
            marks = ",".join("?" * len(chunk))
            for r in self._db.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})", chunk
            ):
                found[r[0]] = article_from_row(r)
        return [found[i] for i in ids if i in found]

    def article(self, article_id: str) -> Article | None:
        got = self.articles([article_id])
        return got[0] if got else None

    def analyses(self, ids: Iterable[str]) -> dict[str, Analysis]:
        out: dict[str, Analysis] = {}
        for chunk in chunks(list(ids), _CHUNK):
            marks = ",".join("?" * len(chunk))
            for aid, data, emb in self._db.execute(
                f"SELECT article_id, data, embedding FROM analyses WHERE article_id IN ({marks})",
                chunk,
            ):
                out[aid] = analysis_from_row(aid, data, emb)
        return out

    def embeddings(self) -> dict[str, np.ndarray]:
        return {
            aid: embedding_array(emb)
            for aid, emb in self._db.execute(
                "SELECT article_id, embedding FROM analyses WHERE embedding IS NOT NULL"
            )
        }

    def embedding_encoder(self) -> str | None:
        """The encoder that made the stored embeddings (None when none are stored).

        ``crosswire.api.ingest`` refuses to add embeddings of another encoder, so
        one stored analysis tells for all of them.
        """
        row = self._db.execute(
            "SELECT data FROM analyses WHERE embedding IS NOT NULL LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return encoder_of(json.loads(row[0]))

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search: (article id, snippet) pairs, best first."""
        query = query.replace("\x00", " ")  # FTS5 reads NUL as the end of the expression
        fts = " ".join('"' + tok.replace('"', '""') + '"' for tok in query.split())
        if not fts:
            return []
        rows = self._db.execute(
            "SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
            "JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (fts, limit),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    # ------------------------------------------------------------------ stories
    def replace_stories(self, stories: Sequence[Story]) -> None:
        """Replace the story grouping in one transaction (the story index state goes)."""
        now = _now()
        with self._transaction() as db:
            db.execute("DELETE FROM story_events")
            db.execute("DELETE FROM story_articles")
            db.execute("DELETE FROM stories")
            for s in stories:
                db.execute(
                    "INSERT INTO stories (id, title, updated_at) VALUES (?, ?, ?)",
                    (s.id, s.title, now),
                )
                db.executemany(
                    "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)",
                    [(a, s.id) for a in s.article_ids],
                )

    def stories(self) -> list[Story]:
        return stories_from_rows(self._db.execute(STORIES_SQL))

    def story_headlines(self, story_ids: Sequence[str]) -> dict[str, list[Headline]]:
        out: dict[str, list[Headline]] = {}
        for chunk in chunks(list(story_ids), _CHUNK):
            marks = ", ".join("?" * len(chunk))
            sql = story_headlines_sql(f"sa.story_id IN ({marks})")
            out.update(headlines_from_rows(self._db.execute(sql, chunk)))
        return out

    def count_stories(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM stories").fetchone()[0])

    # ------------------------------------------------------------------ story index
    def unassigned_article_ids(self) -> list[str]:
        """Analysed articles in no story yet, in (date, id) order, undated last."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT a.id FROM articles a JOIN analyses n ON n.article_id = a.id "
                "WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) "
                "ORDER BY a.published IS NULL, a.published, a.id"
            )
        ]

    def story_states_between(self, since: dt.date, until: dt.date) -> list[StoryState]:
        """Index state of the dated stories whose date range meets [since, until], by id."""
        return self._story_states(
            "st.last_date >= ? AND st.first_date <= ?", (since.isoformat(), until.isoformat())
        )

    def undated_story_states(self) -> list[StoryState]:
        """Index state of the stories without a dated article, by id."""
        return self._story_states("st.first_date IS NULL", ())

    def _story_states(self, where: str, params: tuple[str, ...]) -> list[StoryState]:
        rows = self._db.execute(
            f"{STORY_STATE_SQL} WHERE {where} ORDER BY st.story_id", params
        ).fetchall()
        return [story_state_from_row(r) for r in rows]

    def save_story_changes(self, changes: StoryChanges, *, reset: bool = False) -> None:
        """Save what a story update changed, in one transaction.

        In order: stories in ``changes.states`` are written whole (created or
        updated); each ``(absorbed, survivor)`` of ``changes.merged`` moves the
        absorbed story's articles to the survivor and deletes the absorbed
        story; ``changes.assigned`` places new articles; ``changes.events`` are
        appended to the history.  ``reset`` first deletes every story, its
        state and the history (a rebuild).
        """
        now = _now()
        with self._transaction() as db:
            if reset:
                db.execute("DELETE FROM story_events")
                db.execute("DELETE FROM story_articles")
                db.execute("DELETE FROM stories")
            for st in changes.states:
                db.execute(
                    "INSERT INTO stories (id, title, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                    "updated_at = excluded.updated_at",
                    (st.id, st.title, now),
                )
                db.execute(
                    "INSERT INTO story_state (story_id, founder, founded, size, first_date, "
                    "last_date, vector, keys) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (story_id) DO UPDATE SET founder = excluded.founder, "
                    "founded = excluded.founded, size = excluded.size, "
                    "first_date = excluded.first_date, last_date = excluded.last_date, "
                    "vector = excluded.vector, keys = excluded.keys",
                    (
                        st.id,
                        st.founder,
                        _iso(st.founded),
                        st.size,
                        _iso(st.first),
                        _iso(st.last),
                        *story_state_blobs(st),
                    ),
                )
            for gone, keep in changes.merged:
                db.execute(
                    "UPDATE story_articles SET story_id = ? WHERE story_id = ?", (keep, gone)
                )
                db.execute("DELETE FROM stories WHERE id = ?", (gone,))
            db.executemany(
                "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
                list(changes.assigned),
            )
            db.executemany(
                "INSERT INTO story_events (story_id, kind, article_id, other_id, score, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(e.story, e.kind, e.article, e.other, e.score, now) for e in changes.events],
            )

    def story_events(self, story_ids: Sequence[str] | None = None) -> list[StoryEvent]:
        """The story history in order: all of it, or the events of these stories."""
        sql = "SELECT id, kind, story_id, article_id, other_id, score FROM story_events"
        if story_ids is None:
            rows = self._db.execute(sql).fetchall()
        else:
            rows = []
            for chunk in chunks(list(story_ids), _CHUNK):
                marks = ",".join("?" * len(chunk))
                rows += self._db.execute(f"{sql} WHERE story_id IN ({marks})", chunk).fetchall()
        return [
            StoryEvent(kind=r[1], story=r[2], article=r[3], other=r[4], score=r[5])
            for r in sorted(rows)
        ]

    # ------------------------------------------------------------------ failures
    def record_failure(self, failure: IngestFailure) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO failures (path, reason, stage, first_seen) "
                "VALUES (?, ?, ?, ?)",
                (failure.path, failure.reason, failure.stage, _now()),
            )

    def failures(self) -> list[IngestFailure]:
        """The inputs that failed, in the order recorded (warnings are not failures)."""
        return failures_from_rows(self._db.execute(FAILURES_SQL))

    def warnings(self) -> list[IngestFailure]:
        """The inputs read, but not whole (recorded with stage "warning"), in order."""
        return failures_from_rows(self._db.execute(WARNINGS_SQL))

    def integrity_ok(self) -> bool:
        return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        statements.append(rest)
    return statements
