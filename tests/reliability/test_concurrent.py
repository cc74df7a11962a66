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
from reliability_news import ingest_while_reading, store_problems, stored_count

from crosswire.model import Analysis, Article, Story
from crosswire.store import open_store

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_readers_never_see_partial_stories_while_ingest_writes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    r = ingest_while_reading(tmp_path, db)
    assert r.writer_rc == 0, r.writer_stderr
    assert r.errors == []
    assert r.partial == []
    assert r.reads >= 10 and r.dossiers >= 2 and r.stories >= 1
    assert stored_count(db) == r.articles
    assert store_problems(db) == []


def test_the_story_list_is_read_as_of_one_commit(tmp_path: Path) -> None:
    # a writer regrouping stories as fast as it can; the reader must never catch a
    # story between its row and its articles.  It reads until the writer has
    # regrouped 300 times and must have seen the grouping change (a fixed 1,500
    # reads could all end before the writer's first commit)
    db = str(tmp_path / "race.db")
    with open_store(db) as store:
        articles = [Article.create(f"Article {i} on the river.", f"T{i}") for i in range(12)]
        for a in articles:
            store.save(a, Analysis(article=a.id))
    groups = [tuple(a.id for a in articles[j::3]) for j in range(3)]
    stop = threading.Event()
    regrouped = 0
    errors: list[BaseException] = []

    def regroup() -> None:
        nonlocal regrouped
        try:
            with open_store(db) as store:
                while not stop.is_set():
                    regrouped += 1
                    k = regrouped
                    store.replace_stories(
                        [Story(f"s{k}-{j}", "t", g) for j, g in enumerate(groups)]
                    )
        except BaseException as exc:  # the test fails on any error in the writer
            errors.append(exc)

    writer = threading.Thread(target=regroup)
    writer.start()
    partial, groupings = 0, set()
    try:
        with open_store(db) as store:
            deadline = time.monotonic() + 60
            while regrouped < 300 and writer.is_alive():
                assert time.monotonic() < deadline, f"{regrouped} regroupings in 60 s"
                stories = store.stories()
                partial += sum(1 for s in stories if len(s.article_ids) != 4)
                groupings.update(s.id.split("-")[0] for s in stories)
    finally:
        stop.set()
        writer.join()
    assert errors == []
    assert partial == 0
    assert len(groupings) >= 2, groupings  # the reader saw the stories change


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
