"""Schema migrations for the SQLite store.

``MIGRATIONS[i]`` takes a database from schema version ``i`` to ``i + 1``; the
version lives in ``PRAGMA user_version``.  Never edit a released migration:
append a new one.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: articles with FTS5, per-article analyses, stories, failures
    """
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
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
