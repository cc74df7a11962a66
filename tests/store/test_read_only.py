"""Only an ingest creates or migrates a store; read-only opening writes nothing.

``stories``, ``export``, ``failures``, ``evaluate --db`` and ``serve`` open the
store with ``read_only=True``; another application's SQLite database is refused
in every mode and stays byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crosswire.errors import NotAStoreError, StoreError
from crosswire.model import Article, IngestFailure
from crosswire.store import open_store
from crosswire.store.migrations import SCHEMA_VERSION


def test_another_apps_database_is_refused_unchanged_in_every_mode(other_apps_db: Path) -> None:
    path = other_apps_db
    before = path.read_bytes()
    for kwargs in ({}, {"create": False}, {"read_only": True}):
        with pytest.raises(NotAStoreError, match=r"not a crosswire database.*contacts"):
            open_store(str(path), **kwargs)  # type: ignore[arg-type]
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["contacts.db"]


def test_read_only_never_creates(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no database at .*crosswire ingest"):
        open_store(str(tmp_path / "none.db"), read_only=True)
    with pytest.raises(StoreError, match="no database"):
        open_store(str(tmp_path / "sub" / "none.db"), read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_file_is_no_store_yet(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(NotAStoreError, match="no crosswire database yet"):
        open_store(str(path), read_only=True)
    assert path.read_bytes() == b""
    with open_store(str(path)) as store:  # an ingest may make it one
        assert store.schema_version == SCHEMA_VERSION


def test_read_only_store_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    a = Article.create("Four guards died in the fire at the depot.", "Fire", path="a.txt")
    with open_store(str(path)) as store:
        store.record_failure(IngestFailure("b.txt", "empty file"))
    before = path.read_bytes()
    with open_store(str(path), read_only=True) as store:
        assert store.failures() == [IngestFailure("b.txt", "empty file")]
        assert store.articles() == []
        with pytest.raises((StoreError, sqlite3.OperationalError)):
            store.record_failure(IngestFailure("c.txt", "empty file"))
        with pytest.raises((StoreError, sqlite3.OperationalError)):
            store.replace_stories([])
        assert a.id  # nothing was stored
    assert path.read_bytes() == before


def test_an_older_crosswire_schema_is_not_migrated_by_a_reader(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(str(path)):
        pass
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 1")
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"older.*crosswire ingest"):
        open_store(str(path), read_only=True)
    with pytest.raises(StoreError, match="older"):
        open_store(str(path), create=False)
    assert path.read_bytes() == before


def test_read_only_on_both_backends(store_location: str) -> None:
    with pytest.raises(StoreError, match="crosswire ingest"):
        open_store(store_location, read_only=True)  # nothing there yet: nothing created
    with pytest.raises(StoreError, match="crosswire ingest"):
        open_store(store_location, read_only=True)
    with open_store(store_location) as store:
        store.record_failure(IngestFailure("b.txt", "empty file"))
    with open_store(store_location, read_only=True) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.failures() == [IngestFailure("b.txt", "empty file")]
        with pytest.raises(Exception, match=r"(?i)read.only|readonly"):
            store.record_failure(IngestFailure("c.txt", "empty file"))
    with open_store(store_location, read_only=True) as store:
        assert store.failures() == [IngestFailure("b.txt", "empty file")]


def test_warnings_are_kept_apart_from_failures(store_location: str) -> None:
    failed = IngestFailure("a.txt", "too short: 3 word(s)")
    warned = IngestFailure("b.html", "HTML nested deeper than 200 levels flattened", "warning")
    with open_store(store_location) as store:
        store.record_failure(failed)
        store.record_failure(warned)
        store.record_failure(warned)
        assert store.failures() == [failed]
        assert store.warnings() == [warned]
