"""The same articles give the same results in SQLite and in PostgreSQL.

The bundled demo corpus (11 fictional articles, two stories) plus two
self-written ones is read with the ingest stage and analysed without a model
(the analysers' model-free path, so the test stays fast); each article gets a
deterministic vector: its gold story (``gold.json``) plus a hashed bag of
words of its title and lead, so that stories form.  The pre-built articles and analyses are saved
into both backends, and everything read back must be identical: articles,
analyses, stories, search hits and the dossier JSON.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from crosswire import api
from crosswire.analyze.embed import lead_text
from crosswire.analyze.parsed import parse
from crosswire.analyze.pipeline import analyse_parsed
from crosswire.demo import corpus_path, gold_path
from crosswire.ingest import read_path
from crosswire.link.stories import central_headline
from crosswire.model import Analysis, Article, IngestFailure
from crosswire.report.json_export import dossier_json
from crosswire.settings import Settings
from crosswire.store import Store, open_store
from crosswire.store.postgres import search_tokens

EXTRA = [
    Article.create(
        "Talks resumed at the Café Mirabel in Nové Zámky on Tuesday, two days after the "
        "harbour strike ended.\n\nThe mediator, Ilse Brandt, said a twelve-hour session had "
        '"moved things forward". About 400 dock workers had walked out.',
        "Café talks after the Port Ilsen strike",
        outlet="Karsk Evening Post",
        published=dt.date(2026, 3, 12),
    ),
    Article.create(
        "An undated notice: the ferry to Velmora will not run while the Orlin river is in "
        "flood, the operator said.",
        "Ferry suspended",
        outlet=None,
        published=None,
    ),
]

QUERIES = [
    "flood",
    "Port Sarab",
    "depot fire",
    "cafe",
    "twelve-hour",
    "video verified",
    '"could not be independently verified"',
    "DEPOT",
    "barrier council vote",
    "strike ferry",
    "nothing-matches-this",
]

SETTINGS = Settings(embed=False)

_WORD = re.compile(r"\w+")


def _vector(text: str, story: int | None, dims: int = 64) -> tuple[float, ...]:
    """Unit vector: 0.9 towards the gold story's axis (if any), the rest words (hashed)."""
    words = np.zeros(dims)
    for w in _WORD.findall(text.lower()):
        words[int(hashlib.sha1(w.encode()).hexdigest(), 16) % dims] += 1.0
    words /= float(np.linalg.norm(words)) or 1.0
    axis = np.zeros(dims + 2)
    if story is not None:
        axis[dims + story] = 0.9
    v = axis + np.concatenate([words * (0.1 if story is not None else 1.0), [0.0, 0.0]])
    return tuple(float(x) for x in v / np.linalg.norm(v))


@pytest.fixture(scope="module")
def corpus() -> list[tuple[Article, Analysis]]:
    articles: list[Article] = []
    for path in sorted(Path(corpus_path()).rglob("*")):
        if path.is_file():
            articles += [a for a in read_path(path, SETTINGS) if isinstance(a, Article)]
    articles += EXTRA
    assert len(articles) >= 12
    gold = json.loads(gold_path().read_text(encoding="utf-8"))
    story_of = {m: i for i, s in enumerate(gold["stories"]) for m in s["members"]}
    out = []
    for a in articles:
        story = story_of.get(Path(a.path).name) if a.path else None
        parsed = parse(a, None)
        analysis = analyse_parsed(parsed)
        out.append(
            (
                a,
                Analysis(
                    **{
                        **{f: getattr(analysis, f) for f in analysis.__dataclass_fields__},
                        "embedding": _vector(lead_text(a, parsed), story),
                        "encoder": "test-hash-64",
                    }
                ),
            )
        )
    return out


def _fill(store: Store, corpus: list[tuple[Article, Analysis]]) -> None:
    # two batches, so the second story update loads the first one's stories from the store
    half = len(corpus) // 2
    for batch in (corpus[:half], corpus[half:]):
        for article, analysis in batch:
            assert store.save(article, analysis)
        api.update_stories(store, SETTINGS)
    store.record_failure(IngestFailure("broken.html", "cannot decode as text"))


@pytest.fixture
def both(
    corpus: list[tuple[Article, Analysis]], tmp_path: Path, pg_location: str
) -> Iterator[tuple[Store, Store]]:
    with open_store(str(tmp_path / "equal.db")) as lite, open_store(pg_location) as pg:
        _fill(lite, corpus)
        _fill(pg, corpus)
        yield lite, pg


def test_articles_and_analyses_are_identical(
    both: tuple[Store, Store], corpus: list[tuple[Article, Analysis]]
) -> None:
    lite, pg = both
    assert pg.articles() == lite.articles()
    assert len(pg.articles()) == len(corpus)
    ids = [a.id for a in lite.articles()]
    got_lite, got_pg = lite.analyses(ids), pg.analyses(ids)
    assert got_pg == got_lite
    for aid in ids:
        assert got_pg[aid].embedding == got_lite[aid].embedding
        assert got_pg[aid].encoder == got_lite[aid].encoder
    assert {k: v.tolist() for k, v in pg.embeddings().items()} == {
        k: v.tolist() for k, v in lite.embeddings().items()
    }
    assert pg.embedding_encoder() == lite.embedding_encoder() == "test-hash-64"
    assert pg.failures() == lite.failures()
    assert pg.count_articles() == lite.count_articles()


def test_stories_are_identical(both: tuple[Store, Store]) -> None:
    lite, pg = both
    stories = lite.stories()
    assert pg.stories() == stories
    assert len(stories) >= 2
    members = sorted(a for s in stories for a in s.article_ids)
    assert members == sorted(a.id for a in lite.articles())  # each article in one story
    ids = [s.id for s in stories]
    heads = lite.story_headlines(ids)
    assert pg.story_headlines(ids) == heads
    assert {h.article for hs in heads.values() for h in hs} == set(members)
    for s in stories:  # the stored title is the most central of the members' headlines
        assert s.title == central_headline(heads[s.id])


def _story_index_state(store: Store) -> tuple[object, ...]:
    return (
        store.count_stories(),
        store.unassigned_article_ids(),
        store.story_states_between(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
        store.undated_story_states(),
        store.story_events(),
        api.story_history(store),
    )


def test_story_index_state_and_history_are_identical(both: tuple[Store, Store]) -> None:
    lite, pg = both
    assert _story_index_state(pg) == _story_index_state(lite)
    assert lite.story_events(), "the updates wrote a history"
    some = [s.id for s in lite.stories()[:2]]
    assert pg.story_events(some) == lite.story_events(some)
    for store in (lite, pg):
        api.update_stories(store, SETTINGS, rebuild=True)
    assert _story_index_state(pg) == _story_index_state(lite)
    assert pg.stories() == lite.stories()


def _marked_words(snippet: str) -> set[str]:
    """The words a snippet marks as hits, folded as the search folds them."""
    return {w for m in re.findall(r"\[([^\]]+)\]", snippet) for w in search_tokens(m)}


def test_search_finds_the_same_articles(both: tuple[Store, Store]) -> None:
    lite, pg = both
    texts = {a.id: a.text for a in lite.articles()}
    found_any = 0
    for query in QUERIES:
        hits_lite, hits_pg = lite.search(query, limit=50), pg.search(query, limit=50)
        assert sorted(h[0] for h in hits_pg) == sorted(h[0] for h in hits_lite), query
        found_any += bool(hits_lite)
        for aid, snippet in hits_pg + hits_lite:
            shown = snippet.strip("…").replace("[", "").replace("]", "")
            assert shown in texts[aid], (query, snippet)
            assert _marked_words(snippet) <= set(search_tokens(query)), (query, snippet)
        marked_pg = [bool(_marked_words(s)) for _, s in sorted(hits_pg)]
        assert marked_pg == [bool(_marked_words(s)) for _, s in sorted(hits_lite)], query
    assert found_any >= len(QUERIES) - 2  # the last two find nothing


def test_dossier_json_is_identical(both: tuple[Store, Store]) -> None:
    lite, pg = both
    from_lite = dossier_json(api.dossiers(lite, settings=SETTINGS))
    from_pg = dossier_json(api.dossiers(pg, settings=SETTINGS))
    assert len(from_lite) >= 2
    assert json.dumps(from_pg, sort_keys=True) == json.dumps(from_lite, sort_keys=True)
    assert any(d["quotes"] for d in from_lite) and any(d["claims"] for d in from_lite)
