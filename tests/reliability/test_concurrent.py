"""Concurrency: readers (as ``crosswire serve`` reads) while ``crosswire ingest`` writes.

SQLite runs in WAL mode: a reader sees the store as of one commit.  A reader
thread lists stories, their articles and analyses, searches and builds dossiers
through the store API, over and over, while an ingest process stores a batch
one article at a time; no read may fail, and no story may be seen partly (with
no articles, or naming an article the store does not return with its analysis).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from reliability_news import ingest_in_turn, read_until, store_problems, stored_count, write_batch

from crosswire.model import Analysis, Article, Story
from crosswire.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_readers_never_see_partial_stories_while_ingest_writes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    folders = [tmp_path / f"batch-{i}" for i in range(4)]
    n = 0
    for i, folder in enumerate(folders):
        n += write_batch(folder, 8, first=8 * i)
    writer = ingest_in_turn(folders, db)
    deadline = time.monotonic() + 120
    while stored_count(db) == 0 and writer.poll() is None:  # the schema exists, a first article
        assert time.monotonic() < deadline, "ingest stored nothing in 120 s"
        time.sleep(0.01)
    done = threading.Event()
    seen: list[str] = []
    errors: list[BaseException] = []
    stats = {"reads": 0, "dossiers": 0, "stories": 0}

    def reader() -> None:
        try:
            read_until(db, done, seen, stats)
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
    assert stored_count(db) == n
    assert store_problems(db) == []


def test_the_story_list_is_read_as_of_one_commit(tmp_path: Path) -> None:
    # a writer regrouping stories as fast as it can; the reader must never catch a
    # story between its row and its articles
    db = str(tmp_path / "race.db")
    with open_store(db) as store:
        articles = [Article.create(f"Article {i} on the river.", f"T{i}") for i in range(12)]
        for a in articles:
            store.save(a, Analysis(article=a.id))
    stop = threading.Event()

    def regroup() -> None:
        with open_store(db) as store:
            k = 0
            while not stop.is_set():
                k += 1
                store.replace_stories(
                    [Story(f"s{k}-{j}", "t", tuple(a.id for a in articles[j::3])) for j in range(3)]
                )

    writer = threading.Thread(target=regroup)
    writer.start()
    partial = 0
    try:
        with open_store(db) as store:
            for _ in range(1500):
                stories = store.stories()
                partial += sum(1 for s in stories if len(s.article_ids) != 4)
    finally:
        stop.set()
        writer.join()
    assert partial == 0


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Path) -> None:
    # both create the schema and switch to WAL mode: the loser of the race must wait
    for trial in range(5):
        db = tmp_path / f"new-{trial}.db"
        start = threading.Barrier(4)
        errors: list[BaseException] = []

        def opener(db: Path = db, start: threading.Barrier = start,
                   errors: list[BaseException] = errors) -> None:  # fmt: skip
            start.wait()
            try:
                with open_store(str(db)) as store:
                    store.count_articles()
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=opener) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert store_problems(db) == []
