"""The store stage: where articles, analyses, stories and failures live.

``open_store(location)`` picks the backend from the location: a file path (or
":memory:") opens SQLite; ``postgresql://`` URLs are reserved for the
PostgreSQL backend.
"""

from __future__ import annotations

from ..errors import StoreError
from .sqlite import SQLiteStore

Store = SQLiteStore


def open_store(location: str, *, create: bool = True) -> Store:
    """Open (creating and migrating when needed) the store at ``location``."""
    if location.startswith(("postgresql://", "postgres://")):
        raise StoreError(
            "the PostgreSQL backend is not available in this version; use a SQLite file path"
        )
    return SQLiteStore(location, create=create)


__all__ = ["Store", "open_store"]
