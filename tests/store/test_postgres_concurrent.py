"""PostgreSQL under concurrency: readers while ingest processes write.

The SQLite twin is ``tests/reliability/test_concurrent.py`` (WAL mode); here the
same writer (``crosswire ingest`` of four batches in turn, so stories are created,
joined and merged while the readers read) runs against a schema on the test
PostgreSQL server, and two reader threads list stories with their articles and
analyses, search and build dossiers through the store interface.  PostgreSQL's
transactions must show each ingest step whole: no story without articles, no
story naming an article the store does not return with its analysis, no error.
Skipped, with the reason, where no PostgreSQL server can be started.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))

from reliability_news import count_via_api, ingest_while_reading, store_problems_via_api

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_readers_never_see_partial_stories_while_ingest_writes(
    pg_location: str, tmp_path: Path
) -> None:
    r = ingest_while_reading(tmp_path, pg_location, per_batch=6, count=count_via_api, poll=0.05)
    assert r.writer_rc == 0, r.writer_stderr
    assert r.errors == []
    assert r.partial == []
    assert r.reads >= 10 and r.dossiers >= 2 and r.stories >= 1
    assert count_via_api(pg_location) == r.articles
    assert store_problems_via_api(pg_location) == []
