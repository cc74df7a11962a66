"""Story assignment cost per article as the archive grows: 10k, 100k, 1M articles.

    .venv/bin/python bench/story_scale.py [--sizes 10000,100000,1000000] [--sample 2000]

A synthetic archive, generated at a fixed rate of ``--per-day`` articles a day
(so 1M articles span ``1M / per-day`` days: years at 1,000 a day):

* stories of heavy-tailed size (P(k) ∝ k^-1.8, 1 to 200 articles), starting on
  uniformly random days; a story's articles spread over days after its start
  (exponential, mean growing with the square root of its size: big stories
  run for weeks);
* per story a random unit direction in ``--dim`` dimensions (512, as the
  sentence encoder); an article is that direction plus isotropic noise of the
  same length (cosine to its story's direction ≈ 0.7; unrelated ≈ 0);
* per story 3-8 names of its own; an article names 1-4 of them and 0-2 of 2,000
  shared names drawn from a Zipf law (the "United States" of the archive);
* per story a vocabulary of 60 content words; an article's 40 content terms are
  25 of them and 15 of 5,000 words common to all stories (Zipf), so the model's
  term column is computed, and stored stories carry their term counts;
* per story 4 lead event keys (a predicate, an agent, a place, a count) that
  its articles share, so the model's event columns are computed for every
  candidate as for real articles.

Measured: the archive is bulk-loaded into a StoryIndex as story states (the
state a full ingest would have built: member counts, date ranges, name counts;
the centroid is the story direction plus noise shrinking as 1/sqrt(size),
standing in for the sum of the members' vectors), then ``--sample`` new
articles arriving at the head of the stream (dated within the archive's last
``window`` days; 70% continue a story active then, 30% start one) are assigned
one at a time with ``StoryIndex.add`` and timed: the learned model's features,
decision and index updates included, the store excluded.  The baseline,
measured in the same run on the same index, is the cheapest exhaustive
alternative: one vectorised cosine of an article against every story centroid
(no features, no decision), on a smaller sample.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import resource
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from crosswire.link.assign import StoryIndex, StoryItem, pack_keys
from crosswire.link.story_model import load_story_model
from crosswire.model import StoryState
from crosswire.settings import STORY_WINDOW_DAYS

START = dt.date(2020, 1, 1)
SHARED_NAMES = 2000


@dataclass
class Archive:
    """What the arrivals need of the archive: the stories active at its end."""

    days: int
    window: int
    stories: int = 0
    articles: int = 0
    recent: list[tuple[np.ndarray, list[str]]] = field(default_factory=list)


def _sizes(rng: np.random.Generator, n: int) -> np.ndarray:
    k = np.arange(1, 201)
    p = k**-1.8
    p /= p.sum()
    sizes = rng.choice(k, size=max(16, int(n / float((k * p).sum()) * 1.05)), p=p)
    keep = int(np.searchsorted(np.cumsum(sizes), n)) + 1
    return sizes[:keep]


def _shared(rng: np.random.Generator, m: int) -> list[str]:
    z = rng.zipf(1.3, size=m)
    return [f"shared{v}" for v in z if v <= SHARED_NAMES]


def _direction(rng: np.random.Generator, dim: int) -> np.ndarray:
    """A random unit vector."""
    direction = rng.standard_normal(dim).astype(np.float32)
    direction /= np.linalg.norm(direction)
    return direction


def _stories(
    rng: np.random.Generator, n: int, dim: int, days: int
) -> Iterator[tuple[int, int, np.ndarray, int, np.ndarray, list[str]]]:
    """The stories of an archive of about ``n`` articles over ``days`` days: index,
    size, direction, start day, each article's days after the start, own names.
    ``build`` and ``stream`` draw the rest of a story from ``rng`` after this."""
    for s, size in enumerate(_sizes(rng, n)):
        size = int(size)
        direction = _direction(rng, dim)
        start = int(rng.integers(0, days))
        offsets = np.minimum(rng.exponential(0.5 + 0.5 * np.sqrt(size), size=size).astype(int), 60)
        names = [f"p{s}-{j}" for j in range(int(rng.integers(3, 9)))]
        yield s, size, direction, start, offsets, names


def build(n: int, per_day: int, dim: int, seed: int, archive: Archive) -> Iterator[StoryState]:
    """Story states of an archive of about ``n`` articles (generated lazily)."""
    rng = np.random.default_rng(seed)
    end = START + dt.timedelta(days=archive.days)
    for s, size, direction, start, offsets, names in _stories(rng, n, dim, archive.days):
        first = START + dt.timedelta(days=start)
        last = first + dt.timedelta(days=int(offsets.max()))
        # an article names 1-4 (2.5 on average) of the story's names, 0-2 shared ones
        own = rng.binomial(size, min(1.0, 2.5 / len(names)), size=len(names))
        counts = {name: int(c) for name, c in zip(names, own, strict=True) if c}
        for name in _shared(rng, int(rng.integers(0, 3, size=size).sum())):
            counts[name] = counts.get(name, 0) + 1
        terms = _story_terms(rng, s, size)
        noise = rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim * size)
        centroid = direction + noise
        vec = centroid / np.linalg.norm(centroid) * (0.7 * size)
        if (end - last).days <= archive.window:
            archive.recent.append((direction, names))
        archive.stories += 1
        archive.articles += size
        yield StoryState(
            id=f"s{s}",
            title=f"story {s}",
            founder=f"a{s}",
            founded=first,
            size=size,
            first=first,
            last=last,
            vector=tuple(vec.tolist()),
            keys=pack_keys(counts, {k: size for k in _events(names)}, size, terms, size),
        )


# content terms: per story a vocabulary of its own, of which an article has 25, and 15
# words common to all stories (Zipf-distributed), as ``content_terms`` keeps 40
OWN_TERMS, ARTICLE_OWN, ARTICLE_COMMON, COMMON_TERMS = 60, 25, 15, 5000


def _common(rng: np.random.Generator, m: int) -> list[str]:
    z = rng.zipf(1.2, size=m)
    return [sys.intern(f"c{v}") for v in z if v <= COMMON_TERMS]


def _story_terms(rng: np.random.Generator, s: int, size: int) -> dict[str, int]:
    """A stored story's term counts: how many of its ``size`` articles have each word."""
    own = rng.binomial(size, ARTICLE_OWN / OWN_TERMS, size=OWN_TERMS)
    counts = {sys.intern(f"t{s}-{k}"): int(c) for k, c in enumerate(own) if c}
    for w in _common(rng, ARTICLE_COMMON * size):
        counts[w] = counts.get(w, 0) + 1
    return counts


def _article_terms(rng: np.random.Generator, story: str) -> frozenset[str]:
    """One article's terms: 25 of its story's own words and common ones."""
    own = rng.choice(OWN_TERMS, size=ARTICLE_OWN, replace=False)
    words = {sys.intern(f"t{story}-{k}") for k in own}
    return frozenset(words | set(_common(rng, ARTICLE_COMMON)))


def _events(names: list[str]) -> list[str]:
    """A synthetic story's lead event keys: a predicate, an agent, a place, a count."""
    return [f"p:act{names[0][-2:]}", f"a:{names[0]}", f"l:{names[-1]}", f"q:thing={len(names)}"]


def arrivals(archive: Archive, count: int, dim: int, seed: int) -> list[StoryItem]:
    rng = np.random.default_rng(seed + 1)
    end = START + dt.timedelta(days=archive.days)
    recent = archive.recent
    items = []
    for j in range(count):
        date = end - dt.timedelta(days=int(rng.integers(0, archive.window)))
        if rng.random() < 0.7 and recent:
            direction, names = recent[int(rng.integers(0, len(recent)))]
            story = names[0][1:].partition("-")[0]  # "p12-0": story 12
        else:
            direction = _direction(rng, dim)
            names = [f"new{j}-{k}" for k in range(4)]
            story = f"n{j}"
        v = direction + rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim)
        pick = min(len(names), int(rng.integers(1, 5)))
        keys = {str(x) for x in rng.choice(names, size=pick, replace=False)}
        keys |= set(_shared(rng, int(rng.integers(0, 3))))
        items.append(
            StoryItem(
                id=f"new{j:06d}",
                title=f"new {j}",
                date=date,
                vector=(v / np.linalg.norm(v)).astype(np.float64),
                keys=frozenset(keys),
                events=frozenset(_events(names)),
                terms=_article_terms(rng, story),
            )
        )
    return items


def stream(n: int, per_day: int, dim: int, seed: int) -> list[StoryItem]:
    """Every article of an archive like ``build``'s, for a full run through the index."""
    rng = np.random.default_rng(seed)
    days = max(1, n // per_day)
    items = []
    for s, size, direction, start, offsets, names in _stories(rng, n, dim, days):
        noise = rng.standard_normal((size, dim)).astype(np.float32) / np.sqrt(dim)
        vecs = direction + noise
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        for j in range(size):
            pick = min(len(names), int(rng.integers(1, 5)))
            keys = {str(x) for x in rng.choice(names, size=pick, replace=False)}
            keys |= set(_shared(rng, int(rng.integers(0, 3))))
            items.append(
                StoryItem(
                    id=f"a{s:07d}-{j:03d}",
                    title="",
                    date=START + dt.timedelta(days=start + int(offsets[j])),
                    vector=vecs[j].astype(np.float64),
                    keys=frozenset(keys),
                    events=frozenset(_events(names)),
                    terms=_article_terms(rng, str(s)),
                )
            )
    items.sort(key=lambda i: i.order)
    return items


def measure_full(n: int, args: argparse.Namespace) -> dict[str, float]:
    """Every article assigned in date order, in batches of 500; CPU time per article
    over the last tenth of the stream (the archive then holds 90-100% of it)."""
    items = stream(n, args.per_day, args.dim, args.seed)
    index = StoryIndex(load_story_model(), window_days=args.window)
    tail = len(items) - len(items) // 10
    tail -= tail % 500
    cpu = 0.0
    seen = 0
    t0 = time.perf_counter()
    for i in range(0, len(items), 500):
        before = index.candidates_seen
        c = time.process_time()
        index.add(items[i : i + 500])
        if i >= tail:
            cpu += time.process_time() - c
            seen += index.candidates_seen - before
        index.drain()
    return {
        "articles": len(items),
        "stories": len(index),
        "total_s": time.perf_counter() - t0,
        "cpu_ms": cpu / (len(items) - tail) * 1e3 if len(items) > tail else 0.0,
        "cands": seen / (len(items) - tail) if len(items) > tail else 0.0,
    }


def measure_store(n: int, args: argparse.Namespace, extra: int = 500) -> dict[str, float]:
    """Through SQLite and ``api.update_stories``: an archive of ``n`` articles grouped
    by one update, then ``extra`` newer articles grouped by a second one (timed)."""
    import tempfile

    from crosswire.api import update_stories
    from crosswire.model import Analysis, Article, Mention
    from crosswire.settings import Settings
    from crosswire.store import open_store

    items = stream(n + extra, args.per_day, args.dim, args.seed)
    cut = len(items) - extra
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=f"{tmp}/scale.db", story_window_days=args.window)
        with open_store(settings.db) as store:

            def save(batch: list[StoryItem]) -> None:
                for it in batch:
                    keys = sorted(it.keys)
                    text = f"{it.id}. " + ". ".join(keys) + "."
                    a = Article.create(text, it.id, published=it.date)
                    spans = [(text.index(k), text.index(k) + len(k)) for k in keys]
                    mentions = tuple(Mention(a.id, b, e, text[b:e], "ORG") for b, e in spans)
                    vec = tuple(it.vector.astype(np.float32).tolist())
                    store.save(a, Analysis(a.id, mentions=mentions, embedding=vec))

            save(items[:cut])
            t = time.perf_counter()
            update_stories(store, settings)
            first = time.perf_counter() - t
            save(items[cut:])
            c, t = time.process_time(), time.perf_counter()
            done = update_stories(store, settings)
            wall, cpu = time.perf_counter() - t, time.process_time() - c
    return {
        "articles": cut,
        "stories": done.stories,
        "first_s": first,
        "new": done.assigned,
        "cpu_ms": cpu / done.assigned * 1e3,
        "wall_ms": wall / done.assigned * 1e3,
    }


def measure(n: int, args: argparse.Namespace) -> dict[str, float]:
    archive = Archive(days=max(1, n // args.per_day), window=args.window)
    index = StoryIndex(load_story_model(), window_days=args.window)
    t0 = time.perf_counter()
    index.load(build(n, args.per_day, args.dim, args.seed, archive))
    load = time.perf_counter() - t0
    stories = archive.stories
    items = arrivals(archive, args.sample, args.dim, args.seed)
    del archive
    gc.collect()
    gc.disable()  # keep collector pauses of the big heap out of the per-article times
    seen = index.candidates_seen
    cpu, wall = [], []
    for it in items:
        c, t = time.process_time(), time.perf_counter()
        index.add([it])
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    gc.enable()
    cands = (index.candidates_seen - seen) / len(items)
    index.drain()
    # baseline: one vectorised cosine against every story centroid
    vecs = index._vecs[: index._rows]  # the centroid sums, as the index holds them
    norms = np.linalg.norm(vecs, axis=1)
    t = time.process_time()
    for it in items[: args.baseline_sample]:
        scores = (vecs @ it.vector.astype(np.float32)) / norms
        int(np.argmax(scores))
    scan = (time.process_time() - t) / min(len(items), args.baseline_sample)
    ms = np.asarray(wall) * 1e3
    return {
        "articles": n,
        "stories": stories,
        "days": n // args.per_day,
        "load_s": load,
        "cpu_ms": float(np.mean(cpu)) * 1e3,
        "p50_ms": float(np.percentile(ms, 50)),
        "p99_ms": float(np.percentile(ms, 99)),
        "cands": cands,
        "scan_ms": scan * 1e3,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def table(
    sizes: str,
    run: Callable[[int, argparse.Namespace], dict[str, float]],
    args: argparse.Namespace,
    header: str,
    line: Callable[[dict[str, float]], str],
) -> list[dict[str, float]]:
    """``run`` for each of the comma-separated ``sizes``, one printed line each."""
    print(header)
    rows = []
    for n in (int(x) for x in sizes.split(",")):
        rows.append(run(n, args))
        print(line(rows[-1]), flush=True)
    return rows


def growth(rows: list[dict[str, float]]) -> None:
    """CPU per article of the largest size over the smallest's."""
    if len(rows) > 1:
        print(f"growth: {rows[-1]['cpu_ms'] / rows[0]['cpu_ms']:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--per-day", type=int, default=1000)
    ap.add_argument("--dim", type=int, default=512)
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--baseline-sample", type=int, default=200)
    ap.add_argument("--window", type=int, default=STORY_WINDOW_DAYS)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--full",
        default="",
        help="also assign every article of archives of these sizes through the index "
        "(e.g. 10000,100000), no bulk load",
    )
    ap.add_argument(
        "--store",
        default="",
        help="also time an update of 500 new articles through SQLite and "
        "api.update_stories on archives of these sizes (e.g. 30000,90000)",
    )
    args = ap.parse_args()
    print(
        f"synthetic archive at {args.per_day} articles/day, {args.dim}-d embeddings; "
        f"{args.sample} arrivals timed one by one (scan baseline: {args.baseline_sample})"
    )
    rows = table(
        args.sizes,
        measure,
        args,
        f"{'articles':>9} {'stories':>8} {'days':>5} {'build+load s':>12}  {'CPU ms/article':>14} "
        f"{'wall p50':>8} {'p99':>6} {'cands':>6}  {'scan CPU ms':>11} {'peak RSS MiB':>12}",
        lambda r: (
            f"{r['articles']:>9,.0f} {r['stories']:>8,.0f} {r['days']:>5.0f} {r['load_s']:>12.1f}  "
            f"{r['cpu_ms']:>14.3f} {r['p50_ms']:>8.3f} {r['p99_ms']:>6.3f} {r['cands']:>6.1f}  "
            f"{r['scan_ms']:>11.3f} {r['rss_mib']:>12.0f}"
        ),
    )
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        print(
            f"growth {b['articles']:,.0f}/{a['articles']:,.0f}: assignment "
            f"{b['cpu_ms'] / a['cpu_ms']:.2f}x (goal <= 1.5), exhaustive scan "
            f"{b['scan_ms'] / a['scan_ms']:.1f}x; archive {b['articles'] / a['articles']:.0f}x"
        )
    if args.full:
        print("full runs: every article through StoryIndex.add in date order (batches of 500)")
        growth(
            table(
                args.full,
                measure_full,
                args,
                f"{'articles':>9} {'stories':>8} {'total s':>8}  {'CPU ms/article, last 10%':>24} "
                f"{'cands':>6}",
                lambda r: (
                    f"{r['articles']:>9,.0f} {r['stories']:>8,.0f} {r['total_s']:>8.1f}  "
                    f"{r['cpu_ms']:>24.3f} {r['cands']:>6.1f}"
                ),
            )
        )
    if args.store:
        print("through the store: archive grouped by one update, then 500 newer articles")
        growth(
            table(
                args.store,
                measure_store,
                args,
                f"{'articles':>9} {'stories':>8} {'first update s':>14}  {'new':>4} "
                f"{'CPU ms/article':>14} {'wall ms/article':>15}",
                lambda r: (
                    f"{r['articles']:>9,.0f} {r['stories']:>8,.0f} {r['first_s']:>14.1f}  "
                    f"{r['new']:>4.0f} {r['cpu_ms']:>14.3f} {r['wall_ms']:>15.3f}"
                ),
            )
        )


if __name__ == "__main__":
    main()
