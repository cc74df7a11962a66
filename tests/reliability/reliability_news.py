"""A small batch of fictional articles for the crash and concurrency tests, and checks
of what a store holds after an ingest was killed or raced.

``write_batch(folder, n)`` writes ``n`` distinct articles (a few stories told by
several outlets, so that stories are created, joined and merged) plus two bad
files.  ``store_problems(db)`` lists what is wrong with a SQLite store: a failed
integrity check, an article stored twice or without its analysis, a story
naming an article that is not stored.  ``ingest_in_turn`` and ``read_until`` are the
writer and the reader of the concurrency test (and of ``bench/reliability.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from crosswire.api import dossiers
from crosswire.settings import Settings
from crosswire.store import open_store

STORIES = [
    ("Orlin river floods three villages in Velmora", "Velmora", "the Orlin river", "villagers"),
    ("Dock strike strands ships at Port Ilsen", "Port Ilsen", "the harbour", "dock workers"),
    ("Stolen painting returned to Karsk museum", "Karsk", "the city museum", "visitors"),
]
OUTLETS = ["Harbour Ledger", "Gulf Dispatch", "Northline News", "Estuary Times", "Saltmarsh Review"]


def article(i: int) -> str:
    title, place, site, people = STORIES[i % len(STORIES)]
    outlet = OUTLETS[i % len(OUTLETS)]
    day = dt.date(2026, 3, 2) + dt.timedelta(days=i % 5)
    return (
        f"{title} ({i})\nOutlet: {outlet}\nPublished: {day.isoformat()}\n\n"
        f"{place.upper()} — Officials in {place} said {120 + 7 * i} {people} had been affected "
        f"near {site} by late Monday, according to the regional authority.\n\n"
        f'"We are doing everything we can," said Mara Quell, a spokeswoman, adding that '
        f"{3 + i % 4} teams were at work. The figure could not be independently verified.\n\n"
        f"Report number {i} of the batch was filed on {day.strftime('%A')}.\n"
    )


def write_batch(folder: Path, n: int, first: int = 0) -> int:
    """Write articles ``first`` to ``first + n - 1`` and two bad files into ``folder``;
    return ``n``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        (folder / f"article-{i:03d}.txt").write_text(article(i), encoding="utf-8")
    (folder / "broken.html").write_bytes(b"\x00\x01binary\x02" * 50)
    (folder / "empty.txt").write_bytes(b"")
    return n


def ingest_command(folder: Path, db: Path | str) -> list[str]:
    return [sys.executable, "-m", "crosswire.cli", "ingest", str(folder), "--db", str(db)]


def fast_env(batch: int = 2) -> dict[str, str]:
    """Environment for a quick ingest: no sentence encoder, small batches."""
    return {
        **os.environ,
        "CROSSWIRE_EMBED": "0",
        "CROSSWIRE_MAX_BATCH_ARTICLES": str(batch),
        "CROSSWIRE_WORKERS": "1",
    }


def stored_count(db: Path) -> int:
    """Articles stored with their analysis (0 while the database is not there yet)."""
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM analyses").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # created but not yet migrated


def store_problems(db: Path) -> list[str]:
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        problems = []
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append(f"integrity_check: {check}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if "articles" not in tables:  # killed before the schema was committed: empty
            version = con.execute("PRAGMA user_version").fetchone()[0]
            return problems + ([f"schema version {version} without tables"] if version else [])
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"foreign_key_check: {fk[:5]}")
        half = con.execute(
            "SELECT a.path FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "WHERE n.article_id IS NULL"
        ).fetchall()
        problems += [f"stored without its analysis: {p}" for (p,) in half]
        twice = con.execute(
            "SELECT path, count(*) FROM articles GROUP BY path HAVING count(*) > 1"
        ).fetchall()
        problems += [f"stored {c} times: {p}" for p, c in twice]
        loose = con.execute(
            "SELECT sa.article_id FROM story_articles sa "
            "LEFT JOIN articles a ON a.id = sa.article_id WHERE a.id IS NULL"
        ).fetchall()
        problems += [f"story names an unstored article: {a}" for (a,) in loose]
        empty = con.execute(
            "SELECT s.id FROM stories s WHERE NOT EXISTS "
            "(SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)"
        ).fetchall()
        problems += [f"story without articles: {s}" for (s,) in empty]
        return problems
    finally:
        con.close()


def ingest_in_turn(folders: list[Path], db: Path | str) -> subprocess.Popen[str]:
    """One process that runs ``crosswire ingest`` on each folder in turn (so stories are
    created, joined and merged several times while the readers read)."""
    script = " && ".join(shlex.join(ingest_command(f, db)) for f in folders)
    return subprocess.Popen(
        ["/bin/sh", "-c", script],
        env=fast_env(batch=1),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_until(
    db: Path | str, done: threading.Event, seen: list[str], stats: dict[str, int]
) -> None:
    """Read the store until ``done`` is set, then once more; list what was wrong in ``seen``."""
    last = False
    with open_store(str(db), create=False) as store:
        while not last:
            last = done.is_set()
            stories = store.stories()
            ids = [a for s in stories for a in s.article_ids]
            seen += [f"story {s.id} has no articles" for s in stories if not s.article_ids]
            if len(set(ids)) != len(ids):
                seen.append("an article in two stories")
            articles = {a.id for a in store.articles(ids)}
            analyses = store.analyses(ids)
            seen += [f"story article {a} not stored" for a in ids if a not in articles]
            seen += [f"story article {a} has no analysis" for a in ids if a not in analyses]
            for aid, _snippet in store.search("officials"):
                if store.article(aid) is None:
                    seen.append(f"search hit {aid} not stored")
            if stats["reads"] % 5 == 0:
                for d in dossiers(store, settings=Settings(embed=False)):
                    if not d.story.article_ids:
                        seen.append(f"dossier {d.story.id} has no articles")
                stats["dossiers"] += 1
            stats["reads"] += 1
            stats["stories"] = max(stats["stories"], len(stories))


def store_problems_via_api(location: str) -> list[str]:
    """What ``store_problems`` checks, through the store interface (for PostgreSQL):
    an article without its analysis or stored twice, a story naming an unstored
    article, a story without articles, an article in two stories."""
    with open_store(location, create=False) as store:
        articles = store.articles()
        analyses = store.analyses(a.id for a in articles)
        problems = [
            f"stored without its analysis: {a.path}" for a in articles if a.id not in analyses
        ]
        paths = [a.path for a in articles]
        problems += [
            f"stored {paths.count(p)} times: {p}" for p in sorted(set(paths)) if paths.count(p) > 1
        ]
        ids = {a.id for a in articles}
        placed: list[str] = []
        for story in store.stories():
            if not story.article_ids:
                problems.append(f"story without articles: {story.id}")
            problems += [
                f"story names an unstored article: {a}" for a in story.article_ids if a not in ids
            ]
            placed += story.article_ids
        if len(placed) != len(set(placed)):
            problems.append("an article in two stories")
        return problems


def count_via_api(location: str) -> int:
    """Articles stored with their analysis (0 while the schema is not there yet)."""
    from crosswire.errors import StoreError

    try:
        with open_store(location, create=False) as store:
            articles = store.articles()
            return len(store.analyses(a.id for a in articles))
    except StoreError:
        return 0
