"""Crash safety: ``crosswire ingest`` killed with SIGKILL at random points of a batch.

Each kill lands while articles are being stored (the test waits until the store
has grown, then a random few milliseconds more).  After every kill the store
must pass SQLite's integrity check and hold no article twice or without its
analysis; re-running the same command completes the batch.  The fast path:
no sentence encoder (``CROSSWIRE_EMBED=0``) and batches of two articles.
"""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from reliability_news import (
    fast_env,
    ingest_command,
    kill_during_ingest,
    store_problems,
    stored_count,
    write_batch,
)

pytestmark = [pytest.mark.slow, pytest.mark.model]

ARTICLES = 40
KILLS = 6


def test_sigkill_at_random_points_loses_and_doubles_nothing(tmp_path: Path) -> None:
    folder, db = tmp_path / "batch", tmp_path / "news.db"
    n = write_batch(folder, ARTICLES)
    rng = random.Random(6)
    kills = 0
    for i in range(KILLS):
        if not kill_during_ingest(folder, db, rng, early=i == 0):
            break
        kills += 1
        assert store_problems(db) == []
    assert kills >= 3, "the batch finished before the ingest could be killed"
    assert 0 < stored_count(db) < n

    done = subprocess.run(
        ingest_command(folder, db), env=fast_env(), capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    m = re.search(r"ingested (\d+), skipped (\d+) duplicate\(s\), failed (\d+)", done.stdout)
    assert m, done.stdout
    assert int(m.group(3)) == 2  # the two bad files, named again
    assert store_problems(db) == []
    assert stored_count(db) == n
    with sqlite3.connect(db) as con:  # every article placed in a story by the re-run
        assert con.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles)"
        ).fetchone() == (0,)

    again = subprocess.run(
        ingest_command(folder, db), env=fast_env(), capture_output=True, text=True, check=True
    )
    assert f"ingested 0, skipped {n} duplicate(s)" in again.stdout
    assert stored_count(db) == n
