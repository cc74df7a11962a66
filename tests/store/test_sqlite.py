"""SQLite-only store behaviour; the shared interface is tested in test_store.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crosswire.errors import SchemaVersionError, StoreError
from crosswire.store import open_store
from crosswire.store.migrations import SCHEMA_VERSION
from crosswire.store.sqlite import SQLiteStore


def test_file_paths_open_sqlite(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        assert isinstance(store, SQLiteStore)
    with open_store(":memory:") as store:
        assert isinstance(store, SQLiteStore)


def test_newer_schema_is_refused_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(SchemaVersionError, match="newer"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_garbage_file_is_a_clear_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(path))


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        open_store(str(tmp_path))
