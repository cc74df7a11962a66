"""Fixtures for the web app tests: a hand-written hostile store and a test client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from web_helpers import NO_ENCODER, HostileStore, write_hostile_store

from crosswire.serve import create_app


@pytest.fixture(scope="session")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> HostileStore:
    return write_hostile_store(tmp_path_factory.mktemp("web") / "hostile.db")


@pytest.fixture(scope="session")
def client(hostile_store: HostileStore) -> Iterator[TestClient]:
    app = create_app(str(hostile_store.path), NO_ENCODER)
    with TestClient(app) as c:
        yield c
