"""Schema migrations, one list for both store backends.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``.  An
entry is either one SQL script that both dialects run as it is (plain
``CREATE TABLE``/``CREATE INDEX`` with TEXT and INTEGER columns), or a
:class:`Migration` holding each dialect's own script where they differ (FTS5
vs tsvector, BLOB vs BYTEA, ``INTEGER PRIMARY KEY`` vs identity columns).

SQLite keeps the version in ``PRAGMA user_version``; PostgreSQL in the
one-row table ``crosswire_schema``.  Never edit a released migration: append a
new one, and give it PostgreSQL SQL too (``tests/store`` runs every migration
on both backends).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Dialect = Literal["sqlite", "postgres"]


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step written separately for each dialect."""

    sqlite: str
    postgres: str

    def sql(self, dialect: Dialect) -> str:
        return self.sqlite if dialect == "sqlite" else self.postgres


_SQLITE_1 = """
    CREATE TABLE articles (
        id                 TEXT PRIMARY KEY,
        content_hash       TEXT NOT NULL UNIQUE,
        path               TEXT,
        url                TEXT,
        outlet             TEXT,
        title              TEXT NOT NULL,
        published          TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        language           TEXT,
        source_format      TEXT NOT NULL,
        text               TEXT NOT NULL,
        ingested_at        TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;

    CREATE TABLE analyses (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version    TEXT NOT NULL,
        data       TEXT NOT NULL,
        embedding  BLOB
    );

    CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);

    CREATE TABLE failures (
        id         INTEGER PRIMARY KEY,
        path       TEXT NOT NULL,
        reason     TEXT NOT NULL,
        stage      TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        UNIQUE (path, reason)
    );
    """

_POSTGRES_1 = """
    CREATE TABLE crosswire_schema (version INTEGER NOT NULL);
    INSERT INTO crosswire_schema (version) VALUES (0);

    -- search: the article's title and text as tokens folded like SQLite FTS5's
    -- unicode61 tokenizer (lower case, Latin diacritics removed), written by the
    -- store (store/postgres.py, search_vector), so both backends find the same articles.
    CREATE TABLE articles (
        id                 TEXT COLLATE "C" PRIMARY KEY,
        content_hash       TEXT NOT NULL UNIQUE,
        path               TEXT,
        url                TEXT,
        outlet             TEXT,
        title              TEXT NOT NULL,
        published          DATE,
        published_inferred BOOLEAN NOT NULL DEFAULT FALSE,
        language           TEXT,
        source_format      TEXT NOT NULL,
        text               TEXT NOT NULL,
        ingested_at        TIMESTAMPTZ NOT NULL,
        search             TSVECTOR NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_search ON articles USING GIN (search);

    CREATE TABLE analyses (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version    TEXT NOT NULL,
        data       TEXT NOT NULL,
        embedding  BYTEA
    );

    CREATE TABLE stories (
        id         TEXT COLLATE "C" PRIMARY KEY,
        title      TEXT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id   TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);

    -- (path, reason) unique through their hashes: a btree entry cannot hold a long reason
    CREATE TABLE failures (
        id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        path       TEXT NOT NULL,
        reason     TEXT NOT NULL,
        stage      TEXT NOT NULL,
        first_seen TIMESTAMPTZ NOT NULL
    );
    CREATE UNIQUE INDEX failures_path_reason ON failures (md5(path), md5(reason));
    """

# 2: the incremental story index: what it keeps of each story, and the history
# of stories (created, joined, merged).  Stories grouped by the earlier
# recompute-everything rule are dropped: the next update regroups every article.
_SQLITE_2 = """
    DELETE FROM story_articles;
    DELETE FROM stories;
    CREATE TABLE story_state (
        story_id   TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        founder    TEXT NOT NULL,
        founded    TEXT,
        size       INTEGER NOT NULL,
        first_date TEXT,
        last_date  TEXT,
        vector     BLOB,
        keys       TEXT NOT NULL
    );
    CREATE INDEX story_state_last ON story_state(last_date);
    CREATE TABLE story_events (
        id         INTEGER PRIMARY KEY,
        story_id   TEXT NOT NULL,
        kind       TEXT NOT NULL,
        article_id TEXT NOT NULL,
        other_id   TEXT,
        score      REAL,
        at         TEXT NOT NULL
    );
    CREATE INDEX story_events_story ON story_events(story_id);
    """

_POSTGRES_2 = """
    DELETE FROM story_articles;
    DELETE FROM stories;
    CREATE TABLE story_state (
        story_id   TEXT COLLATE "C" PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        founder    TEXT COLLATE "C" NOT NULL,
        founded    DATE,
        size       INTEGER NOT NULL,
        first_date DATE,
        last_date  DATE,
        vector     BYTEA,
        keys       TEXT NOT NULL
    );
    CREATE INDEX story_state_last ON story_state(last_date);
    CREATE TABLE story_events (
        id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        story_id   TEXT COLLATE "C" NOT NULL,
        kind       TEXT NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL,
        other_id   TEXT COLLATE "C",
        score      DOUBLE PRECISION,
        at         TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX story_events_story ON story_events(story_id);
    """

# 3: whether the article's outlet was read from its text (a wire dateline, a
# copyright line) rather than given by metadata, the user or a header line
_SQLITE_3 = "ALTER TABLE articles ADD COLUMN outlet_inferred INTEGER NOT NULL DEFAULT 0;"
_POSTGRES_3 = "ALTER TABLE articles ADD COLUMN outlet_inferred BOOLEAN NOT NULL DEFAULT FALSE;"

MIGRATIONS: tuple[Migration | str, ...] = (
    # 1: articles with full-text search, per-article analyses, stories, failures
    Migration(sqlite=_SQLITE_1, postgres=_POSTGRES_1),
    # 2: story index state and story history
    Migration(sqlite=_SQLITE_2, postgres=_POSTGRES_2),
    # 3: articles.outlet_inferred
    Migration(sqlite=_SQLITE_3, postgres=_POSTGRES_3),
)

SCHEMA_VERSION = len(MIGRATIONS)


def migration_sql(index: int, dialect: Dialect) -> str:
    """The SQL script of ``MIGRATIONS[index]`` for ``dialect``."""
    step = MIGRATIONS[index]
    return step if isinstance(step, str) else step.sql(dialect)
