"""A small batch of fictional articles for the crash and concurrency tests, and checks
of what a store holds after an ingest was killed or raced.

``write_batch(folder, n)`` writes ``n`` distinct articles (a few stories told by
several outlets, so that stories are created, joined and merged) plus two bad
files.  ``store_problems(db)`` lists what is wrong with a SQLite store: a failed
integrity check, an article stored twice or without its analysis, a story
naming an article that is not stored (``store_problems_via_api`` the same through
the store interface, for PostgreSQL).  ``kill_during_ingest`` is one SIGKILL of the
crash test, and ``ingest_while_reading`` the writer and the readers of the
concurrency tests (SQLite and PostgreSQL); ``bench/reliability.py`` runs both.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shlex
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
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


FIRST_ARTICLE_S = 120
"""Seconds an ingest may take to store its first article (it loads the models first)."""
WRITER_S = 300
"""Seconds the four ingests of ``ingest_while_reading`` may take in all."""
LAST_READ_S = 120
"""Seconds a reader may take to finish its last read once the writer is done."""


def stored_count(db: Path | str) -> int:
    """Articles stored with their analysis (0 while the database is not there yet)."""
    db = Path(db)
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


_STORE_CHECKS = [
    (
        "SELECT a.path FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
        "WHERE n.article_id IS NULL",
        "stored without its analysis: {0}",
    ),
    (
        "SELECT path, count(*) FROM articles GROUP BY path HAVING count(*) > 1",
        "stored {1} times: {0}",
    ),
    (
        "SELECT sa.article_id FROM story_articles sa "
        "LEFT JOIN articles a ON a.id = sa.article_id WHERE a.id IS NULL",
        "story names an unstored article: {0}",
    ),
    (
        "SELECT s.id FROM stories s WHERE NOT EXISTS "
        "(SELECT 1 FROM story_articles sa WHERE sa.story_id = s.id)",
        "story without articles: {0}",
    ),
]
"""(query, problem) checks of ``store_problems``: each row a query returns is a problem."""


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
        for query, problem in _STORE_CHECKS:
            problems += [problem.format(*row) for row in con.execute(query)]
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


def kill_during_ingest(folder: Path, db: Path, rng: random.Random, *, early: bool) -> bool:
    """Start ``crosswire ingest`` of ``folder`` into ``db`` and SIGKILL it once the store
    has grown by a random 1 to 4 articles (``early``: within its first half second,
    while it opens the store or loads the models), then a random few milliseconds
    more; False when it finished before it could be killed."""
    target = stored_count(db) + (0 if early else rng.randint(1, 4))
    proc = subprocess.Popen(
        ingest_command(folder, db),
        env=fast_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + FIRST_ARTICLE_S
        while proc.poll() is None and stored_count(db) < target:
            if time.monotonic() > deadline:
                raise TimeoutError(f"ingest made no progress in {FIRST_ARTICLE_S} s")
            time.sleep(0.01)
        # somewhere inside the next batch or its commit (or the start-up)
        time.sleep(rng.uniform(0, 0.5 if early else 0.05))
        if proc.poll() is not None:
            return False
        proc.kill()  # SIGKILL: no cleanup, no rollback in the process
        return True
    finally:
        proc.wait()


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


@dataclass
class Reads:
    """What ``ingest_while_reading`` did and saw."""

    articles: int
    """Articles written (all must end up stored)."""
    writer_rc: int
    writer_stderr: str
    errors: list[BaseException]
    """Raised in a reader."""
    partial: list[str]
    """What ``read_until`` found wrong (a story seen partly)."""
    reads: int
    dossiers: int
    """Reads that built every dossier."""
    stories: int
    """The most stories one read saw."""


def ingest_while_reading(
    root: Path,
    location: Path | str,
    *,
    per_batch: int = 8,
    count: Callable[[Path | str], int] = stored_count,
    poll: float = 0.01,
) -> Reads:
    """Write four batches of ``per_batch`` articles under ``root``, ingest them in turn
    into ``location`` (``ingest_in_turn``) and, from the first article ``count`` finds
    stored, run two reader threads (``read_until``) until the writer is done.

    Raises ``TimeoutError`` when nothing is stored within ``FIRST_ARTICLE_S``, the
    writer takes over ``WRITER_S`` or a reader's last read over ``LAST_READ_S``."""
    folders = [root / f"batch-{i}" for i in range(4)]
    n = sum(write_batch(f, per_batch, first=per_batch * i) for i, f in enumerate(folders))
    writer = ingest_in_turn(folders, location)
    done = threading.Event()
    partial: list[str] = []
    errors: list[BaseException] = []
    stats = {"reads": 0, "dossiers": 0, "stories": 0}

    def reader() -> None:
        try:
            read_until(location, done, partial, stats)
        except BaseException as exc:  # reported: the callers fail on any error in a reader
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    try:
        deadline = time.monotonic() + FIRST_ARTICLE_S
        while count(location) == 0 and writer.poll() is None:  # the schema, a first article
            if time.monotonic() > deadline:
                raise TimeoutError(f"ingest stored nothing in {FIRST_ARTICLE_S} s")
            time.sleep(poll)
        for t in threads:
            t.start()
        _, err = writer.communicate(timeout=WRITER_S)
    finally:
        done.set()
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
        for t in threads:
            if t.is_alive():
                t.join(timeout=LAST_READ_S)
    if any(t.is_alive() for t in threads):
        raise TimeoutError(f"a reader did not finish its last read in {LAST_READ_S} s")
    return Reads(
        articles=n,
        writer_rc=writer.returncode,
        writer_stderr=err,
        errors=errors,
        partial=partial,
        reads=stats["reads"],
        dossiers=stats["dossiers"],
        stories=stats["stories"],
    )


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
