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
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))

from reliability_news import (
    count_via_api,
    ingest_in_turn,
    read_until,
    store_problems_via_api,
    write_batch,
)

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_readers_never_see_partial_stories_while_ingest_writes(
    pg_location: str, tmp_path: Path
) -> None:
    folders = [tmp_path / f"batch-{i}" for i in range(4)]
    n = sum(write_batch(folder, 6, first=6 * i) for i, folder in enumerate(folders))
    writer = ingest_in_turn(folders, pg_location)
    deadline = time.monotonic() + 120
    while count_via_api(pg_location) == 0 and writer.poll() is None:
        assert time.monotonic() < deadline, "ingest stored nothing in 120 s"
        time.sleep(0.05)
    done = threading.Event()
    seen: list[str] = []
    errors: list[BaseException] = []
    stats = {"reads": 0, "dossiers": 0, "stories": 0}

    def reader() -> None:
        try:
            read_until(pg_location, done, seen, stats)
        except BaseException as exc:  # the test fails on any error in a reader
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    _, err = writer.communicate(timeout=300)
    done.set()
    for t in threads:
        t.join(timeout=120)
    assert writer.returncode == 0, err
    assert errors == []
    assert seen == []
    assert stats["reads"] >= 10 and stats["dossiers"] >= 2 and stats["stories"] >= 1
    assert count_via_api(pg_location) == n
    assert store_problems_via_api(pg_location) == []
