"""Labelled story corpora for bench/eval_stories.py and bench/train_story_model.py.

* ECB+ (``../shared/eval/stories/ecbplus-dev.jsonl``): each article goes through
  the spaCy pipeline and the encoder as ingest would (entity keys, title+lead
  embedding); the gold story is topic + ecb/ecbplus sub-topic.  ECB+ gives no
  publication dates: with ``dated=True`` each article gets the date the ingest
  would settle from its text (a dateline, or the one full date it names), else
  none.
* the demo corpus (``crosswire.demo``): ingested into a temporary database;
  gold stories from its ``gold.json``.

Parsing and encoding take a minute, so what they produce (ids, titles, entity
keys, embeddings; no article text) is cached under the user cache directory,
keyed by the input file's hash and the models' names.  Nothing is written into
the repository.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from platformdirs import user_cache_dir

from _procs import ECBPLUS, ecbplus_rows
from crosswire.analyze.events import Tok, event_keys, lead_tokens
from crosswire.link.assign import (
    StoryIndex,
    StoryItem,
    article_terms,
    early_entity_keys,
    entity_keys,
    memberships,
)
from crosswire.link.story_model import StoryModel
from crosswire.model import Analysis, Article, Mention
from crosswire.settings import STORY_WINDOW_DAYS

CACHE = Path(user_cache_dir("crosswire", appauthor=False)) / "bench"


@dataclass(frozen=True, eq=False)
class Labelled:
    item: StoryItem
    story: str
    """Gold story."""
    group: str
    """Where the article comes from, for splits: ``ecb:<topic>`` or ``demo``."""


def _code_digest() -> str:
    """The analysis code the cached parse features come from: a change to it refreshes
    the cache (only the modules that shape them: the pipeline's own entity ruler,
    sentences, mentions, lead and its tokens, events.lead_tokens)."""
    import crosswire

    root = Path(crosswire.__file__).parent
    h = hashlib.sha256()
    h.update((root / "resources.py").read_bytes())
    for name in ("parsed", "mentions", "sentences", "embed", "known_orgs", "events"):
        h.update((root / "analyze" / f"{name}.py").read_bytes())
    for name in ("readers", "dates", "boilerplate"):
        h.update((root / "ingest" / f"{name}.py").read_bytes())
    return h.hexdigest()[:16]


def _encoder_tag(settings: Any) -> str:
    """The encoder the cached vectors come from ("use-v3" for the default, as before)."""
    return "use-v3" if settings.encoder == "cpu" else f"enc-{settings.encoder}"


def story_article(text: str, url: str | None = None) -> Article:
    """An ECB+ text read as ingest reads a plain-text file (title, text and date), or,
    with ``url``, as it reads the JSONL record that gives that address (a date the
    address holds)."""
    from crosswire.ingest.readers import text_article

    return text_article(text, "ecbplus.txt", meta={"url": url} if url else None)


def _digest(path: Path, *extra: str) -> str:
    h = hashlib.sha256(path.read_bytes())
    for e in extra:
        h.update(e.encode())
    return h.hexdigest()[:16]


def _items(
    rows: list[dict[str, Any]], dated: bool, lengths: dict[str, int] | None = None
) -> list[StoryItem]:
    """Story items from cached rows; entity and event keys are computed here from the
    cached mentions and lead tokens, so a change to either rule needs no re-parse."""
    import datetime as dt

    out = []
    for r in rows:
        date = r.get("date") if dated else None
        if "mentions" in r:
            mentions = tuple(Mention(str(r["id"]), s, e, t, lab) for s, e, t, lab in r["mentions"])
            analysis = Analysis(str(r["id"]), mentions=mentions)
            keys = entity_keys(analysis)
            events = frozenset(event_keys([Tok(*t) for t in r["tokens"]]))
            length = (lengths or {}).get(str(r["id"]))
            early = early_entity_keys(analysis, length) if length is not None else None
        else:
            keys, events = frozenset(r["keys"]), frozenset(r.get("events", ()))
            early = frozenset(r["early_keys"]) if "early_keys" in r else None
        out.append(
            StoryItem(
                id=str(r["id"]),
                title=str(r["title"]),
                date=dt.date.fromisoformat(str(date)) if date else None,
                vector=np.asarray(r["vector"], dtype=np.float64),
                keys=keys,
                events=events,
                terms=frozenset(r.get("terms", ())),
                early_keys=early,
            )
        )
    return out


def ecbplus_rows_cached(path: Path = ECBPLUS, *, quiet: bool = False) -> list[dict[str, Any]]:
    """ECB+ articles parsed and embedded as ingest would (cached): id, title, story,
    topic, settled date, lead text, refined mentions, lead tokens, USE vector."""
    from crosswire.settings import Settings

    settings = Settings.from_env()
    key = _digest(path, settings.spacy_model, _encoder_tag(settings), "raw-v2", _code_digest())
    cache = CACHE / f"ecbplus-raw-{key}.json"
    if cache.exists():
        rows: list[dict[str, Any]] = json.loads(cache.read_text(encoding="utf-8"))
        return rows
    rows = _prepare_ecbplus(path, settings, quiet)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def ecbplus(
    path: Path = ECBPLUS, *, dated: bool = False, addresses: bool = False, quiet: bool = False
) -> list[Labelled]:
    """ECB+ articles as labelled story items (cached); ``dated``: with the dates ingest
    settles from each text, and with ``addresses`` from each record's address too, as
    ``crosswire ingest`` reads the JSONL (only the ECB+ half of the corpus has one)."""
    import dataclasses

    rows = ecbplus_rows_cached(path, quiet=quiet)
    arts = {a.id: a for a in (story_article(r["text"]) for r in ecbplus_rows(path))}
    if dated and addresses:
        # the same articles (ids from the text), dated as the JSONL reader dates them
        for r in ecbplus_rows(path):
            a = story_article(r["text"], r.get("url"))
            arts[a.id] = a
        rows = [
            {**r, "date": d.isoformat() if (d := arts[str(r["id"])].published) else None}
            for r in rows
        ]
    # content terms from the texts (cheap, so not cached), as story_item reads them
    items = [
        dataclasses.replace(it, terms=article_terms(arts[it.id]))
        for it in _items(rows, dated, {a: len(t.text) for a, t in arts.items()})
    ]
    if dated:  # a date not read from a dateline is inferred, as ingest marks it
        items = [
            dataclasses.replace(it, date_inferred=arts[it.id].published_inferred) if it.date else it
            for it in items
        ]
    return [
        Labelled(item, str(r["story"]), f"ecb:{r['topic']}")
        for item, r in zip(items, rows, strict=True)
    ]


def _prepare_ecbplus(path: Path, settings: Any, quiet: bool) -> list[dict[str, Any]]:
    import dataclasses
    import time

    from crosswire.analyze.embed import lead_text
    from crosswire.analyze.parsed import parsed_from_doc
    from crosswire.resources import load_encoder, load_nlp

    t0 = time.perf_counter()
    src = ecbplus_rows(path)
    nlp = load_nlp(settings.spacy_model)
    enc = load_encoder(settings.encoder_threads, settings.encoder)
    rows: list[dict[str, Any]] = []
    arts = [story_article(r["text"]) for r in src]
    docs = nlp.pipe([a.text for a in arts], batch_size=16)
    for r, a, doc in zip(src, arts, docs, strict=True):
        parsed = parsed_from_doc(a, doc)
        date = a.published
        rows.append(
            {
                "id": a.id,
                "title": a.title,
                "story": r["story"],
                "topic": r["topic"],
                "date": date.isoformat() if date else None,
                "lead": lead_text(a, parsed),
                "mentions": [[m.start, m.end, m.text, m.label] for m in parsed.mentions],
                "tokens": [list(dataclasses.astuple(t)) for t in lead_tokens(doc)],
            }
        )
    for row, v in zip(rows, enc.encode([r["lead"] for r in rows]), strict=True):
        row["vector"] = [round(float(x), 7) for x in v]
    if not quiet:
        print(
            f"(parsed and embedded {len(rows)} ECB+ articles in {time.perf_counter() - t0:.0f} s)"
        )
    return rows


def demo(*, quiet: bool = False) -> list[Labelled]:
    """The demo corpus's articles as labelled story items (cached)."""
    from crosswire.demo import corpus_path, gold_path

    gold_file = Path(gold_path())
    from crosswire.settings import Settings

    # the parse code and the encoder too, as for BASIL
    digest = hashlib.sha256((_code_digest() + _encoder_tag(Settings.from_env())).encode())
    for p in sorted(Path(corpus_path()).rglob("*")):
        if p.is_file():
            digest.update(p.name.encode() + p.read_bytes())
    cache = CACHE / f"demo-v5-{digest.hexdigest()[:16]}.json"
    if cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = _prepare_demo(Path(corpus_path()), gold_file)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(rows), encoding="utf-8")
    items = _items(rows, dated=True)
    return [Labelled(item, str(r["story"]), "demo") for item, r in zip(items, rows, strict=True)]


BASIL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "coverage" / "basil-dev"


def basil(*, dated: bool = True, quiet: bool = False) -> list[Labelled]:
    """BASIL dev (15 real US political events x 3 outlets, ``../shared/eval/coverage``)
    as labelled story items (cached); gold story = the event's folder.  ``dated=False``
    removes the publication dates: many of its events share their actors (Trump,
    Obama, Clinton, Pelosi), so without the years between them only what each
    article tells keeps them apart."""
    import dataclasses

    from crosswire.settings import Settings

    files = sorted((BASIL / "articles").glob("*/*.txt"))
    digest = hashlib.sha256((_code_digest() + _encoder_tag(Settings.from_env())).encode())
    for f in files:
        digest.update(f.name.encode() + f.read_bytes())
    cache = CACHE / f"basil-v2-{digest.hexdigest()[:16]}.json"
    if cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = _prepare_basil(BASIL / "articles", quiet)
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(rows), encoding="utf-8")
    items = _items(rows, dated=True)
    if not dated:
        items = [dataclasses.replace(it, date=None, date_inferred=False) for it in items]
    return [
        Labelled(item, str(r["story"]), f"basil:{r['story']}")
        for item, r in zip(items, rows, strict=True)
    ]


def _prepare_basil(folder: Path, quiet: bool) -> list[dict[str, object]]:
    from crosswire.link.assign import story_item

    if not quiet:
        print(f"parsing BASIL dev ({folder}) ...", flush=True)
    articles, analyses = _ingest(folder)
    return [
        _row(story_item(art, analyses.get(art.id)), Path(art.path or "").parent.name)
        for art in sorted(articles, key=lambda a: a.id)
    ]


def _ingest(folder: Path) -> tuple[list[Article], dict[str, Analysis]]:
    """The articles of ``folder`` and their analyses, ingested into a throwaway store."""
    from crosswire.api import ingest
    from crosswire.settings import Settings
    from crosswire.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        with open_store(db) as store:
            ingest([folder], settings=Settings.from_env(db=db), store=store)
            articles = store.articles()
            return articles, store.analyses(a.id for a in articles)


def _row(it: StoryItem, story: str) -> dict[str, object]:
    """A story item as a cached JSON row (read back by ``_items``)."""
    return {
        "id": it.id,
        "title": it.title,
        "story": story,
        "date": it.date.isoformat() if it.date else None,
        "keys": sorted(it.keys),
        "events": sorted(it.events),
        "early_keys": sorted(it.early_keys if it.early_keys is not None else it.keys),
        "terms": sorted(it.terms),
        "vector": [float(x) for x in it.vector],
    }


def _prepare_demo(corpus: Path, gold_file: Path) -> list[dict[str, object]]:
    from crosswire.evaluate import load_gold, match_articles
    from crosswire.link.assign import story_item

    gold = load_gold(gold_file)
    story_of = {m: s["name"] for s in gold["stories"] for m in s["members"]}
    articles, analyses = _ingest(corpus)
    matched = match_articles(story_of, articles)
    return [
        _row(story_item(art, analyses.get(art.id)), story_of[key])
        for key, art in sorted(matched.items())
    ]


def topics(data: list[Labelled], *, odd: bool) -> list[Labelled]:
    """The ECB+ articles of the odd (or even) topics: the halves training and
    held-out evaluation split ECB+ into."""
    return [x for x in data if int(x.group.split(":")[1]) % 2 == int(odd)]


def cluster(
    data: Sequence[Labelled], model: StoryModel, window_days: int = STORY_WINDOW_DAYS
) -> dict[str, str]:
    """Story of each article: all of ``data`` through a fresh story index with
    ``model``, as one update in (date, id) order."""
    index = StoryIndex(model, window_days=window_days)
    index.add(x.item for x in data)
    return memberships([index.drain()])


def old_rule(items: list[StoryItem], threshold: float = 0.5, window: int = 7) -> dict[str, str]:
    """The first version's hand-tuned rule (for comparison): one pass in (date, id) order
    over all stories, 0.75 × cosine to the centroid + 0.25 × shared entities ≥ threshold."""
    import datetime as dt

    clusters: list[dict[str, object]] = []
    out: dict[str, str] = {}
    for it in sorted(items, key=lambda i: i.order):
        best, best_score = None, threshold
        for c in clusters:
            first, last = c["first"], c["last"]
            if it.date is not None and first is not None:
                w = dt.timedelta(days=window)
                if not (first - w <= it.date <= last + w):  # type: ignore[operator]
                    continue
            vsum = c["vsum"]
            norm = float(np.linalg.norm(vsum))  # type: ignore[arg-type]
            cos = float(np.dot(it.vector, vsum)) / norm if norm else 0.0  # type: ignore[arg-type]
            keys = c["keys"]
            shared = sum(1 for k in it.keys if k in keys)  # type: ignore[operator]
            overlap = min(shared / min(len(it.keys), 8), 1.0) if it.keys and shared else 0.0
            score = 0.75 * max(cos, 0.0) + 0.25 * overlap
            if score >= best_score:
                best, best_score = c, score
        if best is None:
            best = {
                "id": it.id,
                "vsum": np.zeros_like(it.vector),
                "keys": set(),
                "first": None,
                "last": None,
            }
            clusters.append(best)
        best["vsum"] = best["vsum"] + it.vector  # type: ignore[operator]
        best["keys"] |= it.keys  # type: ignore[operator]
        if it.date is not None:
            f, la = best["first"], best["last"]
            best["first"] = it.date if f is None else min(f, it.date)  # type: ignore[type-var]
            best["last"] = it.date if la is None else max(la, it.date)  # type: ignore[type-var]
        out[it.id] = str(best["id"])
    return out
