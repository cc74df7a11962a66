"""Web app latency on a synthetic store: p50/p95 of story and search pages (goal: p95 <= 200 ms).

    .venv/bin/python bench/web_latency.py [--articles 100000] [--requests 200] [--db PATH]

The store is synthetic and fictional: ``--articles`` articles (default 100k) by
40 made-up outlets over two years, in stories of 1 to 12 articles about made-up
people and places.  Articles and their analyses (mentions, a quote, a head-count
claim that outlets sometimes disagree on, a weekday time expression, a credited
source, sometimes a hedge; spans exact) are written through the store API
(``SQLiteStore.save``, ``replace_stories``), without spaCy; building 100k takes a
few minutes, so ``--db`` keeps the file for later runs.

The app (``crosswire.serve.create_app``) runs under uvicorn on 127.0.0.1 in
this process, and an httpx client requests, one at a time:

* baseline: ``/static/app.css`` (the HTTP stack, no store access);
* the stories list (``/stories``, newest first; first page and a filtered page);
* story pages (``/stories/{id}``) of random stories, cold (first view: the
  dossier is built, quotes encoded) and warm (a second view: cached dossier);
* search pages (``/search?q=...``) for random words of the corpus.

Baselines measured in the same run: the store calls the pages cannot avoid
(``store.articles``/``store.analyses`` of a story, ``store.search``), so each
page's cost over its data access shows as a ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from _procs import machine
from crosswire.model import (
    Analysis,
    Article,
    Claim,
    Credit,
    Hedge,
    Mention,
    Quote,
    Sentence,
    Story,
    TimeExpression,
)
from crosswire.settings import Settings
from crosswire.store import open_store

FIRST = ["Teodora", "Anselm", "Maren", "Ilse", "Dario", "Oskar", "Nadia", "Piet", "Lucia", "Emil"]
LAST = ["Vask", "Rook", "Holt", "Brandt", "Lenz", "Feld", "Corvo", "Hallan", "Brann", "Sarto"]
PLACES = [
    "Velmora", "Ostrel", "Kelvane", "Dunhaven", "Port Siry", "Lisk", "Amberfall", "Karsk",
    "Marrow Bay", "Port Ilsen", "Calder", "Orlin", "Tessary", "Bramwick", "Holmgard",
]  # fmt: skip
EVENTS = [
    ("flood", "residents were evacuated", "people"),
    ("strike", "workers joined the walkout", "workers"),
    ("fire", "homes were damaged", "homes"),
    ("protest", "protesters marched", "protesters"),
    ("storm", "families spent the night in shelters", "families"),
    ("landslide", "houses were buried", "houses"),
]
SOURCES = ["the interior ministry", "the Red Cross", "local officials", "the police", "Reuters"]
HEDGES = ["The figure could not be independently verified.", "It remains unclear who was to blame."]
OUTLETS = [
    f"{a} {b}"
    for a in ("Calder", "Northcoast", "Harbour", "Evening", "Coastal", "Daily", "Lisk", "Orlin")
    for b in ("Courier", "Herald", "Post", "Tribune", "Observer")
]
STATEMENTS = [
    "We have never seen anything like this in our town",
    "Our teams are working through the night to reach everyone",
    "Nobody should go back until the engineers say it is safe",
    "The government will pay for every family that lost its home",
    "We expect the situation to get worse before it gets better",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _article(rng: random.Random, topic: dict[str, object], i: int) -> tuple[Article, Analysis]:
    date = topic["date"] + dt.timedelta(days=rng.randrange(3))  # type: ignore[operator]
    outlet = rng.choice(OUTLETS)
    event, what, unit = topic["event"]  # type: ignore[misc]
    place, person = str(topic["place"]), str(topic["person"])
    count = int(topic["count"]) + rng.choice([0, 0, 0, 10, -10, 100])  # type: ignore[call-overload]
    day = WEEKDAYS[(date - dt.timedelta(days=1)).weekday()]
    statement = str(topic["statement"])
    if rng.random() < 0.3:
        statement = " ".join(statement.split()[:6])
    source = rng.choice(SOURCES)
    title = f"{event.capitalize()} in {place}: {count} {what.split()[0]} affected ({outlet} {i})"
    parts: list[tuple[str, str | None]] = [
        (f"{place.upper()} ({outlet}) — ", None),
        (f"About {count} {what} in {place} on {day}, according to {source}.", "lead"),
        ("\n\n", None),
        (f'"{statement}," said {person}, the mayor of {place}.', "quote"),
        ("\n\n", None),
        (rng.choice(HEDGES) if rng.random() < 0.4 else f"Schools in {place} stayed closed.", "h"),
        ("\n\n", None),
        (f"Story {i}: the {event} in {place} was the third this year, {person} said.", None),
    ]
    text = "".join(p for p, _ in parts)
    aid = Article.create(text, title).id
    mentions = []
    for name, label in ((place, "GPE"), (person, "PERSON"), (place.upper(), "GPE")):
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(aid, start, start + len(name), name, label))
            start = text.find(name, start + len(name))
    q0 = text.index('"') + 1
    q1 = text.index('"', q0)
    p0 = text.index(person, q1)
    c0 = text.index(f"About {count}")
    c1 = c0 + len(f"About {count} {what.split()[-1]}")
    d0 = text.index(day)
    s0 = text.index(f"according to {source}")
    hedges = [Hedge(aid, text.index(h), text.index(h) + len(h), h) for h in HEDGES if h in text]
    sentences, start = [], 0
    for k, ch in enumerate(text):
        if ch in ".\n" and k > start + 1:
            sentences.append(Sentence(aid, start, k + 1))
            start = k + 1
    analysis = Analysis(
        article=aid,
        sentences=tuple(sentences),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        quotes=(Quote(aid, q0, q1, text[q0:q1], person, person, p0, p0 + len(person), "said"),),
        claims=(
            Claim(
                aid,
                c0,
                c1,
                text[c0:c1],
                None,
                count * 0.9,
                count * 1.1,
                "person",
                "count",
                counted=unit.rstrip("s"),
                approximate=True,
                credited_to=source,
            ),
        ),
        times=(
            TimeExpression(
                aid,
                d0,
                d0 + len(day),
                day,
                date - dt.timedelta(days=1),
                relative=True,
                reference=date,
            ),
        ),
        credits=(
            Credit(
                aid,
                s0,
                s0 + len(f"according to {source}"),
                text[s0 : s0 + 13 + len(source)],
                source,
                "official",
            ),
        ),
        hedges=tuple(hedges),
    )
    article = Article.create(
        text,
        title,
        url=f"https://news.example/{outlet.lower().replace(' ', '-')}/{i}",
        outlet=outlet,
        published=date,
    )
    return article, analysis


def build_store(path: Path, n: int, seed: int = 11) -> None:
    """``n`` synthetic articles in stories of 1-12, written through the store API."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    stories: list[Story] = []
    i = 0
    t0 = time.perf_counter()
    with open_store(str(path)) as store:
        while i < n:
            topic: dict[str, object] = {
                "date": start + dt.timedelta(days=rng.randrange(730)),
                "event": rng.choice(EVENTS),
                "place": rng.choice(PLACES),
                "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "count": rng.randrange(2, 90) * 10,
                "statement": rng.choice(STATEMENTS),
            }
            ids = []
            for _ in range(min(rng.randint(1, 12), n - i)):
                article, analysis = _article(rng, topic, i)
                store.save(article, analysis)
                ids.append(article.id)
                i += 1
                if i % 10_000 == 0:
                    print(f"  {i} articles stored ({time.perf_counter() - t0:.0f} s)", flush=True)
            sid = "s" + ids[0][1:12]
            event = topic["event"][0]  # type: ignore[index]
            stories.append(Story(sid, f"{str(event).capitalize()} in {topic['place']}", tuple(ids)))
        store.replace_stories(stories)
    print(f"built {n} articles in {len(stories)} stories in {time.perf_counter() - t0:.0f} s")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _times(calls: Iterator[Callable[[], object]]) -> list[float]:
    out = []
    for call in calls:
        t = time.perf_counter()
        call()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per page kind")
    ap.add_argument("--db", type=Path, default=None, help="keep (or reuse) the store here")
    args = ap.parse_args()
    print(f"machine: {machine()}")
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "web.db"
    if not db.exists():
        build_store(db, args.articles)
    run(db, args.requests)
    tmp.cleanup()


def run(db: Path, n: int) -> None:
    import httpx
    import uvicorn

    from crosswire.serve import create_app

    settings = Settings.from_env(db=str(db))
    rng = random.Random(3)
    with open_store(str(db), create=False) as store:
        stories = store.stories()
        articles = store.count_articles()
    print(f"store: {articles} articles, {len(stories)} stories ({db})")
    app = create_app(str(db), settings)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    sample = rng.sample(stories, min(n, len(stories)))
    words = [p.split()[0] for p in PLACES] + [e[0] for e in EVENTS] + LAST
    queries = [" ".join(rng.sample(words, rng.choice([1, 1, 2]))) for _ in range(n)]
    rows: list[tuple[str, list[float]]] = []
    with httpx.Client(base_url=base, timeout=60) as client:

        def get(url: str) -> Callable[[], object]:
            def call() -> object:
                r = client.get(url)
                if r.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {r.status_code}")
                return r

            return call

        t = time.perf_counter()
        get("/stories")()
        print(f"first request (story catalogue built): {(time.perf_counter() - t) * 1000:.0f} ms")
        get(f"/stories/{sample[0].id}")()  # loads the sentence encoder
        rows.append(("baseline: /static/app.css", _times(get("/static/app.css") for _ in range(n))))
        with open_store(str(db), create=False) as store:
            rows.append(
                (
                    "baseline: store.articles+analyses",
                    _times(
                        (
                            lambda s=s: (
                                store.articles(list(s.article_ids)),
                                store.analyses(s.article_ids),
                            )
                        )  # type: ignore[misc]
                        for s in sample
                    ),
                )
            )
            rows.append(
                ("baseline: store.search", _times((lambda q=q: store.search(q)) for q in queries))  # type: ignore[misc]
            )
        outlets = OUTLETS
        rows.append(
            (
                "stories list",
                _times(get(f"/stories?page={rng.randrange(1, 50)}") for _ in range(n // 2))
                + _times(
                    get(f"/stories?outlet={rng.choice(outlets).replace(' ', '+')}&since=2025-01-01")
                    for _ in range(n - n // 2)
                ),
            )
        )
        cold, warm = [], []
        for s in sample[1:]:  # each story twice in a row: built, then from the cache
            cold += _times(iter([get(f"/stories/{s.id}")]))
            warm += _times(iter([get(f"/stories/{s.id}")]))
        rows.append(("story page, cold (dossier built)", cold))
        rows.append(("story page, warm (dossier cached)", warm))
        rows.append(("search page", _times(get(f"/search?q={q}") for q in queries)))
    server.should_exit = True
    thread.join()
    print(f"\n{'what':<36}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'goal':>14}")
    for name, values in rows:
        p95 = _p(values, 95)
        goal = "" if name.startswith("baseline") else ("met" if p95 <= 200 else "MISSED")
        goal = f"{goal} (<=200)" if goal else ""
        print(f"{name:<36}{len(values):>6}{_p(values, 50):>10.1f}{p95:>10.1f}{goal:>14}")
    by = dict(rows)
    for page, baseline in (
        ("story page, cold (dossier built)", "baseline: store.articles+analyses"),
        ("story page, warm (dossier cached)", "baseline: store.articles+analyses"),
        ("search page", "baseline: store.search"),
    ):
        ratio = _p(by[page], 50) / max(_p(by[baseline], 50), 1e-9)
        print(f"{page} / {baseline}: {ratio:.1f}x (p50)")


if __name__ == "__main__":
    sys.exit(main())
