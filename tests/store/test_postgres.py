"""PostgreSQL-only store behaviour; the shared interface is tested in test_store.py."""

from __future__ import annotations

import random
import sqlite3
import sys
import threading
from collections import defaultdict

import pytest
from click.testing import CliRunner

from crosswire.cli import main
from crosswire.errors import SchemaVersionError, StoreError
from crosswire.model import Analysis, Article
from crosswire.store import display_location, open_store
from crosswire.store.migrations import SCHEMA_VERSION

psycopg = pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg 3")
from crosswire.store.postgres import PostgresStore, search_query, search_tokens  # noqa: E402


def _tables(url: str) -> list[tuple[str, ...]]:
    with psycopg.connect(url) as con:
        return con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY 1"
        ).fetchall()


def test_postgresql_urls_open_postgres(pg_location: str) -> None:
    with open_store(pg_location) as store:
        assert isinstance(store, PostgresStore)
    with open_store(pg_location.replace("postgresql://", "postgres://", 1)) as store:
        assert isinstance(store, PostgresStore)


def test_newer_schema_is_refused_without_writing(pg_location: str) -> None:
    open_store(pg_location).close()
    with psycopg.connect(pg_location, autocommit=True) as con:
        con.execute("UPDATE crosswire_schema SET version = %s", (SCHEMA_VERSION + 1,))
        con.execute("CREATE TABLE later_feature (x INTEGER)")
    before = _tables(pg_location)
    with pytest.raises(SchemaVersionError, match="newer"):
        open_store(pg_location)
    assert _tables(pg_location) == before
    with psycopg.connect(pg_location) as con:
        assert con.execute("SELECT version FROM crosswire_schema").fetchall() == [
            (SCHEMA_VERSION + 1,)
        ]


def test_create_false_on_an_empty_database_creates_nothing(pg_location: str) -> None:
    with pytest.raises(StoreError, match="crosswire ingest"):
        open_store(pg_location, create=False)
    assert _tables(pg_location) == []


def test_unreachable_server_is_a_clear_store_error_without_the_password() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://crosswire:s3cret@127.0.0.1:{port}/nothing?connect_timeout=5"
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as err:
        open_store(url)
    assert "s3cret" not in str(err.value)
    assert "***" in str(err.value)


def test_a_malformed_url_is_a_store_error_without_the_password() -> None:
    with pytest.raises(StoreError) as err:
        open_store("postgresql://me:s3cret@[::1/news")
    assert "s3cret" not in str(err.value)


def test_cli_reports_an_unreachable_server_cleanly() -> None:
    result = CliRunner().invoke(
        main, ["stories", "--db", "postgresql://me:pw@127.0.0.1:1/none?connect_timeout=3"]
    )
    assert result.exit_code == 1
    assert "cannot connect to PostgreSQL" in result.output
    assert ":pw@" not in result.output


def test_display_location_hides_passwords() -> None:
    assert display_location("postgresql://me:pw@db.example:5432/news") == (
        "postgresql://me:***@db.example:5432/news"
    )
    assert display_location("postgresql://me@db/news") == "postgresql://me@db/news"
    assert display_location("/tmp/p:w@x.db") == "/tmp/p:w@x.db"


def test_two_processes_opening_a_fresh_database_migrate_once(pg_location: str) -> None:
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            open_store(pg_location).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(pg_location) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity_ok()


def test_nul_characters_are_a_store_error_and_store_nothing(pg_location: str) -> None:
    a = Article.create("A text with a \x00 inside.", "Odd")
    with open_store(pg_location) as store:
        with pytest.raises(StoreError, match=a.id):
            store.save(a, Analysis(a.id))
        assert store.count_articles() == 0


def test_long_articles_are_stored_and_their_words_found(pg_location: str) -> None:
    # 40,000 distinct words: more than the 16,383 word positions PostgreSQL keeps,
    # and a vector near its 1 MiB limit
    rng = random.Random(7)
    words = ["".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(12)) for _ in range(40_000)]
    text = " ".join(words) + " lighthouse keeper."
    a = Article.create(text, "A very long article")
    with open_store(pg_location) as store:
        assert store.save(a, Analysis(a.id))
        assert [h[0] for h in store.search("lighthouse")] == [a.id]
        assert [h[0] for h in store.search(words[20_000])] == [a.id]


def test_words_too_long_to_index_are_stored_but_not_searchable(pg_location: str) -> None:
    giant = "x" * 3000
    a = Article.create(f"A {giant} word and a lighthouse.", "Giant word")
    with open_store(pg_location) as store:
        assert store.save(a, Analysis(a.id))
        assert store.search(giant) == []
        assert [h[0] for h in store.search("lighthouse")] == [a.id]


def test_the_search_vector_has_a_gin_index(pg_location: str) -> None:
    open_store(pg_location).close()
    with psycopg.connect(pg_location) as con:
        (indexdef,) = con.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search' "
            "AND schemaname = current_schema()"
        ).fetchone()
    assert "USING gin (search)" in indexdef


def test_open_store_without_psycopg_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.delitem(sys.modules, "crosswire.store.postgres", raising=False)
    with pytest.raises(StoreError, match=r"crosswire\[postgres\]"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


# --------------------------------------------------------------------------- search
# These need no server: the words PostgreSQL indexes must be the ones SQLite FTS5's
# unicode61 tokenizer makes, or the two backends would find different articles.

_ALPHABET = (
    list("abcXYZ019 -'.,;:!?\"()/_\n\t")
    + list("éÉüÖñçßøæœıİĲǅṩệẞÅ")
    + ["\u0301", "\u0308", "\u0327", "\u0313", "\u0650"]
    + list("مُحَدкрЖΩάσς中文한글٣½²ⅫＡｂ")
)


def _fts5_tokens(texts: list[str]) -> list[list[str]]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    db.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", list(enumerate(texts, 1)))
    found: defaultdict[int, list[str]] = defaultdict(list)
    for term, doc in db.execute("SELECT term, doc FROM v ORDER BY doc, offset"):
        found[doc].append(term)
    return [found[i] for i in range(1, len(texts) + 1)]


def test_search_tokens_are_fts5_unicode61_tokens() -> None:
    rng = random.Random(1)
    texts = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    texts += ["Café NAÏVE twelve-hour Al-Qāhira 1,200 don't Straße İstanbul e\u0301te\u0301"]
    for text, expected in zip(texts, _fts5_tokens(texts), strict=True):
        assert search_tokens(text) == expected, repr(text)


def test_search_query_is_an_and_of_phrases() -> None:
    assert search_query('twelve-hour "Flood"') == "('twelve' <-> 'hour') & ('flood')"
    assert search_query("!!! ?") == ""
