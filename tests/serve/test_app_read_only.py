"""The web app writes nothing unless --allow-ingest, and never touches another app's database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import NO_ENCODER, HostileStore

from crosswire.errors import NotAStoreError
from crosswire.serve import create_app


def test_another_apps_database_is_refused_unchanged(other_apps_db: Path) -> None:
    before = other_apps_db.read_bytes()
    for allow_ingest in (False, True):
        with pytest.raises(NotAStoreError, match="not a crosswire database"):
            create_app(str(other_apps_db), NO_ENCODER, allow_ingest)
    assert other_apps_db.read_bytes() == before
    assert [p.name for p in other_apps_db.parent.iterdir()] == ["contacts.db"]


def test_browsing_leaves_the_store_file_unchanged(
    tmp_path: Path, hostile_store: HostileStore
) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(hostile_store.path, db)
    before = db.read_bytes()
    c = TestClient(create_app(str(db), NO_ENCODER))
    for url in [
        "/stories",
        f"/stories/{hostile_store.story}",
        f"/stories/{hostile_store.story}/dossier.md",
        f"/articles/{hostile_store.articles[0].id}",
        "/search?q=crate",
        "/failures.json",
    ]:
        assert c.get(url).status_code == 200, url
    assert db.read_bytes() == before
