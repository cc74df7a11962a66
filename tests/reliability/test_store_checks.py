"""The checks of ``reliability_news`` see the damage they look for.

The crash and concurrency tests pass when ``store_problems``,
``store_problems_via_api`` and ``read_until`` find nothing wrong; here each is run
on a SQLite store damaged by hand (an analysis deleted, a path stored twice, a
story without articles, a story naming an article that is not stored), so that
a check which could never fire fails here.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest
from reliability_news import (
    count_via_api,
    read_until,
    store_problems,
    store_problems_via_api,
    stored_count,
)

from crosswire.model import Analysis, Article, Story
from crosswire.store import open_store


def _sql(db: Path, *statements: tuple[str, tuple[str, ...]]) -> None:
    """Run ``statements`` in one transaction, foreign keys not enforced (SQLite's default)."""
    with closing(sqlite3.connect(db)) as con, con:
        for sql, args in statements:
            con.execute(sql, args)


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, list[Article]]:
    db = tmp_path / "damaged.db"
    arts = [
        Article.create(f"Officials said report {i} was filed.", f"T{i}", path=f"/news/{p}.txt")
        for i, p in enumerate(["twice", "twice", "two", "three"])
    ]
    with open_store(str(db)) as store:
        for a in arts:
            store.save(a, Analysis(article=a.id))
        store.replace_stories([Story("s1", "t", (arts[0].id, arts[1].id, arts[2].id))])
    assert store_problems(db) == ["stored 2 times: /news/twice.txt"]
    _sql(
        db,
        ("DELETE FROM analyses WHERE article_id = ?", (arts[3].id,)),
        ("INSERT INTO stories (id, title, updated_at) VALUES ('s2', 't', 'now')", ()),
        ("INSERT INTO story_articles (article_id, story_id) VALUES ('gone', 's1')", ()),
    )
    return db, arts


def test_store_problems_names_each_kind_of_damage(damaged: tuple[Path, list[Article]]) -> None:
    db, _ = damaged
    problems = store_problems(db)
    assert problems[0].startswith("foreign_key_check: [('story_articles'")
    assert problems[1:] == [
        "stored without its analysis: /news/three.txt",
        "stored 2 times: /news/twice.txt",
        "story names an unstored article: gone",
        "story without articles: s2",
    ]
    assert stored_count(db) == count_via_api(str(db)) == 3  # with their analysis only


def test_store_problems_via_api_sees_what_the_interface_shows(
    damaged: tuple[Path, list[Article]],
) -> None:
    # the interface's stories() joins the articles, so "gone" is not seen there
    # (PostgreSQL enforces the foreign key that forbids it)
    assert store_problems_via_api(str(damaged[0])) == [
        "stored without its analysis: /news/three.txt",
        "stored 2 times: /news/twice.txt",
        "story without articles: s2",
    ]


def test_a_reader_reports_a_story_seen_without_articles(
    damaged: tuple[Path, list[Article]],
) -> None:
    db, arts = damaged
    done = threading.Event()
    done.set()  # one read
    seen: list[str] = []
    stats = {"reads": 0, "dossiers": 0, "stories": 0}
    read_until(db, done, seen, stats)
    assert seen == ["story s2 has no articles", "dossier s2 has no articles"]
    assert stats == {"reads": 1, "dossiers": 1, "stories": 2}
    _sql(db, ("DELETE FROM analyses WHERE article_id = ?", (arts[2].id,)))  # one of s1's
    seen.clear()
    read_until(db, done, seen, stats)
    assert f"story article {arts[2].id} has no analysis" in seen
