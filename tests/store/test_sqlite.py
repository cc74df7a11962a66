from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from crosswire.errors import SchemaVersionError, StoreError
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
from crosswire.store import open_store
from crosswire.store.migrations import SCHEMA_VERSION


def _article(text: str = "The depot burned for twelve hours on Monday.") -> Article:
    return Article.create(
        text, "Depot fire", outlet="Gulf Dispatch", published=dt.date(2026, 3, 10)
    )


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
    )


def test_save_round_trips_article_and_analysis(tmp_path: Path) -> None:
    a = _article()
    with open_store(str(tmp_path / "x.db")) as store:
        assert store.save(a, _analysis(a))
        assert store.articles() == [a]
        got = store.analyses([a.id])[a.id]
    assert got == _analysis(a)
    assert got.embedding == pytest.approx((0.6, 0.8))


def test_same_content_is_stored_once(tmp_path: Path) -> None:
    a = _article()
    with open_store(str(tmp_path / "x.db")) as store:
        assert store.save(a, _analysis(a))
        assert not store.save(a, _analysis(a))
        assert store.count_articles() == 1
        assert store.has_content(a.content_hash)


def test_full_text_search_finds_words(tmp_path: Path) -> None:
    a = _article()
    b = _article("Council approves the flood barrier budget after a long debate.")
    with open_store(str(tmp_path / "x.db")) as store:
        store.save(a, _analysis(a))
        store.save(b, Analysis(b.id))
        hits = store.search("flood barrier")
    assert [h[0] for h in hits] == [b.id]
    assert "[flood]" in hits[0][1]


def test_search_with_quotes_and_operators_does_not_fail(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        assert store.search('"unbalanced AND (OR') == []


def test_stories_are_replaced_atomically(tmp_path: Path) -> None:
    a, b = _article(), _article("A second article about the depot fire and its aftermath.")
    with open_store(str(tmp_path / "x.db")) as store:
        store.save(a, _analysis(a))
        store.save(b, Analysis(b.id))
        store.replace_stories([Story("s1", "one", (a.id,)), Story("s2", "two", (b.id,))])
        store.replace_stories([Story("s3", "both", (a.id, b.id))])
        stories = store.stories()
    assert [s.id for s in stories] == ["s3"]
    assert set(stories[0].article_ids) == {a.id, b.id}


def test_failures_are_recorded_once(tmp_path: Path) -> None:
    f = IngestFailure("bad.bin", "cannot decode as text")
    with open_store(str(tmp_path / "x.db")) as store:
        store.record_failure(f)
        store.record_failure(f)
        assert store.failures() == [f]


def test_newer_schema_is_refused_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(SchemaVersionError, match="newer"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_garbage_file_is_a_clear_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database, just some bytes" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(path))


def test_missing_database_with_create_false(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="crosswire ingest"):
        open_store(str(tmp_path / "absent.db"), create=False)


def test_migrations_set_version_and_integrity(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "x.db")) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity_ok()
