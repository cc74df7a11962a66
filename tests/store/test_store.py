"""The store interface, run against every backend (SQLite and PostgreSQL).

``store_location`` (tests/store/conftest.py) gives a fresh SQLite file or a
fresh schema on a real PostgreSQL server; without a server the PostgreSQL
cases skip with the reason.
"""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from crosswire.errors import StoreError
from crosswire.model import (
    Analysis,
    Article,
    Claim,
    IngestFailure,
    Quote,
    Sentence,
    Story,
    TimeExpression,
)
from crosswire.store import Store, open_store
from crosswire.store.migrations import SCHEMA_VERSION
from crosswire.store.serialize import LEGACY_ENCODER
from crosswire.store.sqlite import SQLiteStore

ENCODER = "all-minilm-l6-v2"
"""The encoder of the test embeddings: not LEGACY_ENCODER, which a store that lost
the name would report too."""


def _article(
    text: str = "The depot burned for twelve hours on Monday.",
    *,
    title: str = "Depot fire",
    published: dt.date | None = dt.date(2026, 3, 10),
) -> Article:
    return Article.create(text, title, outlet="Gulf Dispatch", published=published)


def _analysis(a: Article) -> Analysis:
    return Analysis(
        article=a.id,
        sentences=(Sentence(a.id, 0, len(a.text)),),
        quotes=(Quote(a.id, 4, 9, a.text[4:9], speaker="Adaeze Okafor", cue="say"),),
        claims=(
            Claim(a.id, 26, 38, a.text[26:38], 43200.0, 43200.0, 43200.0, "second", "duration"),
        ),
        times=(TimeExpression(a.id, 42, 48, a.text[42:48], dt.date(2026, 3, 9), relative=True),),
        embedding=(0.6, 0.8),
        encoder=ENCODER,
    )


def test_save_round_trips_article_and_analysis(store_location: str) -> None:
    a = _article()
    with open_store(store_location) as store:
        assert store.save(a, _analysis(a))
        assert store.articles() == [a]
        assert store.article(a.id) == a
        got = store.analyses([a.id])[a.id]
    assert got == _analysis(a)
    # float32 storage: the same rounding on every backend
    assert got.embedding == pytest.approx((0.6, 0.8))
    assert got.encoder == ENCODER != LEGACY_ENCODER


def test_articles_come_by_date_then_id_and_by_requested_ids(store_location: str) -> None:
    undated = _article("An undated note about the harbour.", published=None)
    late = _article("The second day of the strike.", published=dt.date(2026, 3, 11))
    early = [
        _article(f"Early report number {i} on the strike.", published=dt.date(2026, 3, 9))
        for i in range(3)
    ]
    with open_store(store_location) as store:
        for a in [undated, late, *early]:
            store.save(a, Analysis(a.id))
        listed = [a.id for a in store.articles()]
        picked = store.articles([late.id, "a-missing", undated.id])
        assert store.article("a-missing") is None
    assert listed == [*sorted(a.id for a in early), late.id, undated.id]
    assert [a.id for a in picked] == [late.id, undated.id]
    assert picked[1].published is None


def test_same_content_is_stored_once(store_location: str) -> None:
    a = _article()
    with open_store(store_location) as store:
        assert not store.has_content(a.content_hash)
        assert store.save(a, _analysis(a))
        assert not store.save(a, _analysis(a))
        assert store.count_articles() == 1
        assert store.has_content(a.content_hash)


def test_a_failing_save_stores_nothing(store_location: str) -> None:
    a = _article()
    broken = Analysis(a.id, claims=(Claim(a.id, 0, 3, "The", object(), None, None, "", ""),))  # type: ignore[arg-type]
    with open_store(store_location) as store:
        with pytest.raises(TypeError):
            store.save(a, broken)
        assert store.count_articles() == 0
        assert not store.has_content(a.content_hash)
        assert store.save(a, _analysis(a))


def test_embeddings_and_their_encoder(store_location: str) -> None:
    a, b = _article(), _article("No embedding for this one.")
    with open_store(store_location) as store:
        assert store.embedding_encoder() is None
        store.save(b, Analysis(b.id))
        assert store.embedding_encoder() is None
        store.save(a, _analysis(a))
        vectors = store.embeddings()
        assert store.embedding_encoder() == ENCODER
    assert list(vectors) == [a.id]
    assert vectors[a.id].tolist() == pytest.approx([0.6, 0.8])


def test_full_text_search_finds_words(store_location: str) -> None:
    a = _article()
    b = _article("Council approves the flood barrier budget after a long debate.")
    with open_store(store_location) as store:
        store.save(a, _analysis(a))
        store.save(b, Analysis(b.id))
        hits = store.search("flood barrier")
    assert [h[0] for h in hits] == [b.id]
    assert "[flood]" in hits[0][1]
    assert "[barrier]" in hits[0][1]


def test_search_folds_case_and_latin_diacritics(store_location: str) -> None:
    a = _article("Talks resumed at the Café Mirabel in Nové Zámky on Tuesday.")
    with open_store(store_location) as store:
        store.save(a, Analysis(a.id))
        for query in ("cafe", "CAFÉ", "nove zamky", "Mirabel"):
            assert [h[0] for h in store.search(query)] == [a.id], query
        assert store.search("café mirabelle") == []
        ((_, snippet),) = store.search("cafe")
    assert "[Café]" in snippet


def test_snippets_mark_words_of_a_query_met_partly_in_the_title(store_location: str) -> None:
    a = _article("The council met late into the night.", title="Barrier vote delayed")
    with open_store(store_location) as store:
        store.save(a, Analysis(a.id))
        ((aid, snippet),) = store.search("barrier council")
    assert aid == a.id
    assert "[council]" in snippet


def test_search_parts_are_phrases_and_all_must_match(store_location: str) -> None:
    a = _article("A twelve-hour blockade ended at dawn.")
    b = _article("The blockade lasted twelve days and ended after an hour of talks.")
    with open_store(store_location) as store:
        store.save(a, Analysis(a.id))
        store.save(b, Analysis(b.id))
        assert [h[0] for h in store.search("twelve-hour")] == [a.id]
        assert {h[0] for h in store.search("blockade ended")} == {a.id, b.id}
        assert store.search("blockade dusk") == []


def test_search_reads_titles_but_snippets_show_the_text(store_location: str) -> None:
    a = _article("Workers stayed home on Monday.", title="Harbour strike begins")
    with open_store(store_location) as store:
        store.save(a, Analysis(a.id))
        hits = store.search("harbour")
    assert [h[0] for h in hits] == [a.id]
    assert "Workers" in hits[0][1]


def test_search_snippet_marks_hits_and_cuts_long_text(store_location: str) -> None:
    words = [f"filler{i}" for i in range(60)]
    words[30] = "lighthouse"
    a = _article(" ".join(words) + ".")
    with open_store(store_location) as store:
        store.save(a, Analysis(a.id))
        ((aid, snippet),) = store.search("Lighthouse")
    assert aid == a.id
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "[lighthouse]" in snippet
    shown = snippet.strip("…").replace("[", "").replace("]", "")
    assert shown in a.text
    assert len(shown.split()) <= 12


def test_search_limit(store_location: str) -> None:
    articles = [_article(f"Ferry number {i} left the port late.") for i in range(5)]
    with open_store(store_location) as store:
        for a in articles:
            store.save(a, Analysis(a.id))
        assert len(store.search("ferry", limit=3)) == 3
        assert {h[0] for h in store.search("ferry")} == {a.id for a in articles}


def test_search_with_quotes_and_operators_does_not_fail(store_location: str) -> None:
    a = _article("Operators said OR meant nothing here: a NEAR miss.")
    with open_store(store_location) as store:
        assert store.search('"unbalanced AND (OR') == []
        store.save(a, Analysis(a.id))
        assert [h[0] for h in store.search('NEAR "OR* -(miss')] == [a.id]
        assert store.search('" ( ) * : -') == []
        assert store.search("") == []


def test_stories_are_replaced_atomically(store_location: str) -> None:
    a, b = _article(), _article("A second article about the depot fire and its aftermath.")
    with open_store(store_location) as store:
        store.save(a, _analysis(a))
        store.save(b, Analysis(b.id))
        store.replace_stories([Story("s1", "one", (a.id,)), Story("s2", "two", (b.id,))])
        store.replace_stories([Story("s3", "both", (a.id, b.id))])
        stories = store.stories()
    assert [s.id for s in stories] == ["s3"]
    assert set(stories[0].article_ids) == {a.id, b.id}


def test_a_failing_story_replacement_keeps_the_old_stories(store_location: str) -> None:
    a = _article()
    with open_store(store_location) as store:
        store.save(a, _analysis(a))
        store.replace_stories([Story("s1", "one", (a.id,))])
        with pytest.raises(Exception):  # noqa: B017 - each backend has its own error
            store.replace_stories([Story("s2", "two", (a.id,)), Story("s3", "dup", (a.id,))])
        assert store.stories() == [Story("s1", "one", (a.id,))]


def test_story_members_come_by_date(store_location: str) -> None:
    late = _article("Day two of the strike.", published=dt.date(2026, 3, 11))
    early = _article("Day one of the strike.", published=dt.date(2026, 3, 10))
    with open_store(store_location) as store:
        store.save(late, Analysis(late.id))
        store.save(early, Analysis(early.id))
        store.replace_stories([Story("s2", "strike", (late.id, early.id)), Story("s1", "x", ())])
        stories = store.stories()
    assert stories == [Story("s1", "x", ()), Story("s2", "strike", (early.id, late.id))]


def test_failures_are_recorded_once(store_location: str) -> None:
    f = IngestFailure("bad.bin", "cannot decode as text")
    g = IngestFailure("bad.bin", "x" * 10_000, stage="analyze")
    with open_store(store_location) as store:
        store.record_failure(f)
        store.record_failure(g)
        store.record_failure(f)
        store.record_failure(g)
        assert store.failures() == [f, g]


def test_data_survives_reopening(store_location: str) -> None:
    a = _article()
    with open_store(store_location) as store:
        store.save(a, _analysis(a))
        store.replace_stories([Story("s1", "one", (a.id,))])
    with open_store(store_location, create=False) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.articles() == [a]
        assert store.stories() == [Story("s1", "one", (a.id,))]
        assert [h[0] for h in store.search("depot")] == [a.id]


def test_inferred_outlet_survives_reopening(store_location: str) -> None:
    a = Article.create(
        "BEIRUT (AP) — The depot burned.", "Depot", outlet="AP", outlet_inferred=True
    )
    b = Article.create("The depot burned again on Tuesday.", "Depot again")
    with open_store(store_location) as store:
        store.save(a, _analysis(a))
        store.save(b, _analysis(b))
    with open_store(store_location, create=False) as store:
        got = {x.id: x for x in store.articles()}
    assert got[a.id] == a and got[a.id].outlet_inferred
    assert got[b.id] == b and (got[b.id].outlet, got[b.id].outlet_inferred) == (None, False)


def test_missing_database_with_create_false(store_location: str) -> None:
    with pytest.raises(StoreError, match="crosswire ingest"):
        open_store(store_location, create=False)


def test_migrations_set_version_and_integrity(store_location: str) -> None:
    with open_store(store_location) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity_ok()


def _public(cls: type) -> dict[str, inspect.Signature | str]:
    out: dict[str, inspect.Signature | str] = {}
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") and name not in {"__enter__", "__exit__"}:
            continue
        out[name] = "property" if isinstance(member, property) else inspect.signature(member)
    return out


def test_backends_offer_the_same_interface() -> None:
    postgres = pytest.importorskip("crosswire.store.postgres")
    sqlite_api, postgres_api = _public(SQLiteStore), _public(postgres.PostgresStore)
    assert sorted(sqlite_api) == sorted(postgres_api)
    for name, sig in sqlite_api.items():
        if isinstance(sig, inspect.Signature) and name not in {"__init__", "__enter__"}:
            assert str(sig) == str(postgres_api[name]), name
    # and the Protocol the rest of crosswire types against names every method
    protocol = {n for n in vars(Store) if not n.startswith("_") or n in {"__enter__", "__exit__"}}
    assert protocol >= set(sqlite_api) - {"path"}
