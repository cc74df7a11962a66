"""The server store: PostgreSQL through psycopg 3, behind the same interface as SQLite.

``open_store("postgresql://user@host:5432/news")`` opens it.  The schema is the
SQLite one (``migrations.py`` holds one list of migrations with each dialect's
SQL where they differ); the version lives in the one-row table
``crosswire_schema``.  Tables go to the connection's current schema, so
``?options=-csearch_path%3Dmyschema`` in the URL keeps several crosswire
databases apart on one server.

Writes are transactional per article, as in SQLite.  Full-text search uses a
``tsvector`` column with a GIN index.  So that both backends find the same
articles, the store writes that vector itself from tokens cut and folded the
way SQLite FTS5's ``unicode61`` tokenizer does (letters and digits, lower case,
diacritics of Latin letters removed) instead of PostgreSQL's text-search
parser, and turns a query into the same AND of phrases as the SQLite store.
Snippets come from ``ts_headline``.  Ranking is ``ts_rank_cd`` (FTS5 uses
BM25), so hits can come in a different order; the set of hits is the same,
except in long texts: PostgreSQL keeps at most 256 positions per word and
none after position 16,383, so a phrase whose words occur only beyond those
limits is not found, and a vector stops taking new words at its 1 MiB limit.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from types import TracebackType
from urllib.parse import urlsplit

import numpy as np
import psycopg

from ..errors import NotAStoreError, RecordError, SchemaVersionError, StoreError
from ..model import (
    Analysis,
    Article,
    Headline,
    IngestFailure,
    Story,
    StoryChanges,
    StoryEvent,
    StoryState,
)
from . import display_location
from .migrations import SCHEMA_VERSION, migration_sql
from .serialize import (
    ARTICLE_COLUMNS,
    FAILURES_SQL,
    STORIES_SQL,
    STORY_STATE_SQL,
    WARNINGS_SQL,
    analysis_columns,
    analysis_from_row,
    article_from_row,
    chunks,
    embedding_array,
    encoder_of,
    failures_from_rows,
    headlines_from_rows,
    stories_from_rows,
    story_headlines_sql,
    story_state_blobs,
    story_state_from_row,
)

_MIGRATION_LOCK = 0x63_72_6F_73_73_77  # pg_advisory_xact_lock key ("crossw")
_CHUNK = 5000

# ts_headline marks hits with two control characters (ingest strips those from
# article text), so the snippet can be placed in the text before they become [ ].
_START, _STOP = "\x01", "\x02"
_HEADLINE_OPTIONS = (
    f"StartSel={_START}, StopSel={_STOP}, MaxFragments=1, MaxWords=12, MinWords=4, "
    "FragmentDelimiter=…"
)


class PostgresStore:
    """Articles, analyses, stories and failures in one PostgreSQL database."""

    def __init__(self, url: str, *, create: bool = True, read_only: bool = False) -> None:
        self.url = url
        create = create and not read_only
        self.location = display_location(url)
        try:
            params = psycopg.conninfo.conninfo_to_dict(url)
            if "connect_timeout" not in params:
                url = psycopg.conninfo.make_conninfo(url, connect_timeout=15)
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL at {self.location}: {self._scrub(exc)} "
                "(is the server running, and do the database and user exist?)"
            ) from exc
        try:
            version = self._read_version()
            if version > SCHEMA_VERSION:
                raise SchemaVersionError(
                    f"database {self.location} has schema version {version}, newer than this "
                    f"crosswire understands ({SCHEMA_VERSION}); upgrade crosswire to open it"
                )
            if version == 0 and not create:
                raise NotAStoreError(
                    f"no crosswire database at {self.location}: run `crosswire ingest` first"
                )
            if version < SCHEMA_VERSION and not create:
                raise StoreError(
                    f"database {self.location} has schema version {version}, older than this "
                    f"crosswire's ({SCHEMA_VERSION}): run `crosswire ingest` on it once to "
                    "upgrade it"
                )
            if read_only:  # every later statement runs in a read-only transaction
                self._db.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            self._migrate(version)
        except psycopg.Error as exc:
            self._db.close()
            raise StoreError(
                f"cannot prepare database {self.location}: {self._scrub(exc)}"
            ) from exc
        except StoreError:
            self._db.close()
            raise

    # ------------------------------------------------------------------ plumbing
    def _scrub(self, exc: BaseException) -> str:
        """The error's first line, without the URL's password (libpq may echo the URL)."""
        text = _first_line(exc).replace(self.url, self.location)
        try:
            password = urlsplit(self.url).password
        except ValueError:
            password = None
        return text.replace(password, "***") if password else text

    def _read_version(self) -> int:
        # pg_class through a query, not to_regclass: the catalogue cache may not
        # yet show a table that a concurrent migration has just committed
        row = self._db.execute(
            "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            "ON n.oid = c.relnamespace "
            "WHERE c.relname = 'crosswire_schema' AND n.nspname = current_schema()"
        ).fetchone()
        if not row:
            return 0
        got = self._db.execute("SELECT max(version) FROM crosswire_schema").fetchone()
        return int(got[0]) if got and got[0] is not None else 0

    def _migrate(self, version: int) -> None:
        for target in range(version, SCHEMA_VERSION):
            with self._db.transaction():
                # one migrating process at a time; another may have done this step
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                if self._read_version() > target:
                    continue
                self._db.execute(migration_sql(target, "postgres"))
                self._db.execute("UPDATE crosswire_schema SET version = %s", (target + 1,))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self._read_version()

    # ------------------------------------------------------------------ articles
    def has_content(self, content_hash: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM articles a JOIN analyses n ON n.article_id = a.id "
            "WHERE a.content_hash = %s",
            (content_hash,),
        ).fetchone()
        return row is not None

    def save(self, article: Article, analysis: Analysis) -> bool:
        """Store an article with its analysis in one transaction.

        Returns False (and changes nothing) when the same content is already stored.
        """
        stored_analysis = analysis_columns(analysis)  # outside the transaction
        try:
            with self._db.transaction():
                if self._db.execute(
                    "SELECT 1 FROM articles WHERE content_hash = %s", (article.content_hash,)
                ).fetchone():
                    if self._db.execute(
                        "SELECT 1 FROM analyses WHERE article_id = %s", (article.id,)
                    ).fetchone():
                        return False
                else:
                    inserted = self._db.execute(
                        f"INSERT INTO articles ({ARTICLE_COLUMNS}, ingested_at, search) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, now(), "
                        "%s::tsvector) ON CONFLICT DO NOTHING RETURNING 1",
                        (
                            article.id,
                            article.content_hash,
                            article.path,
                            article.url,
                            article.outlet,
                            article.title,
                            article.published,
                            article.published_inferred,
                            article.language,
                            article.source_format,
                            article.text,
                            article.outlet_inferred,
                            search_vector(article.title, article.text),
                        ),
                    ).fetchone()
                    if inserted is None:  # another writer stored this content meanwhile
                        return False
                self._db.execute(
                    "INSERT INTO analyses (article_id, version, data, embedding) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE SET "
                    "version = excluded.version, data = excluded.data, "
                    "embedding = excluded.embedding",
                    (article.id, *stored_analysis),
                )
        except psycopg.DataError as exc:  # a value PostgreSQL cannot hold: this article only
            raise RecordError(
                f"cannot store article {article.id} ({article.path}): {_first_line(exc)}"
            ) from exc
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot store article {article.id} ({article.path}): {_first_line(exc)}"
            ) from exc
        return True

    def count_articles(self) -> int:
        row = self._db.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles (all, or those with ``ids`` in that order), ordered by date then id."""
        if ids is None:
            rows = self._db.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY published IS NULL, published, id"
            ).fetchall()
            return [article_from_row(r) for r in rows]
        found: dict[str, Article] = {}
        for chunk in chunks(list(ids), _CHUNK):
            for r in self._db.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ANY(%s)", (chunk,)
            ):
                found[r[0]] = article_from_row(r)
        return [found[i] for i in ids if i in found]

    def article(self, article_id: str) -> Article | None:
        got = self.articles([article_id])
        return got[0] if got else None

    def analyses(self, ids: Iterable[str]) -> dict[str, Analysis]:
        out: dict[str, Analysis] = {}
        for chunk in chunks(list(ids), _CHUNK):
            for aid, data, emb in self._db.execute(
                "SELECT article_id, data, embedding FROM analyses WHERE article_id = ANY(%s)",
                (chunk,),
            ):
                out[aid] = analysis_from_row(aid, data, emb)
        return out

    def embeddings(self) -> dict[str, np.ndarray]:
        return {
            aid: embedding_array(emb)
            for aid, emb in self._db.execute(
                "SELECT article_id, embedding FROM analyses WHERE embedding IS NOT NULL"
            )
        }

    def embedding_encoder(self) -> str | None:
        """The encoder that made the stored embeddings (None when none are stored).

        ``crosswire.api.ingest`` refuses to add embeddings of another encoder, so
        one stored analysis tells for all of them.
        """
        row = self._db.execute(
            "SELECT data FROM analyses WHERE embedding IS NOT NULL LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        return encoder_of(json.loads(row[0]))

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search: (article id, snippet) pairs, best first."""
        tsquery = search_query(query)
        if not tsquery or any(
            len(w.encode()) > _MAX_LEXEME_BYTES for w in search_tokens(query)
        ):  # nothing to look for, or a word too long to be indexed (so in no vector)
            return []
        # The snippet marks any phrase of the query (as FTS5 does: an article
        # may have some only in its title), and ts_headline reads a copy of the
        # text with Latin diacritics folded (one character for one), so that
        # "Café" is marked for "cafe".
        rows = self._db.execute(
            "SELECT id, text, ts_headline('simple', translate(text, %s, %s), "
            "CAST(%s AS tsquery), %s) FROM ("
            "  SELECT id, text, ts_rank_cd(search, q) AS rank"
            "  FROM articles, CAST(%s AS tsquery) AS q WHERE search @@ q"
            "  ORDER BY rank DESC, id LIMIT %s"
            ") hits ORDER BY rank DESC, id",
            (
                _FOLD_FROM,
                _FOLD_TO,
                search_query(query, join=" | "),
                _HEADLINE_OPTIONS,
                tsquery,
                limit,
            ),
        ).fetchall()
        return [(str(r[0]), _snippet(str(r[1]), str(r[2]))) for r in rows]

    # ------------------------------------------------------------------ stories
    def replace_stories(self, stories: Sequence[Story]) -> None:
        """Replace the story grouping in one transaction (the story index state goes)."""
        try:
            with self._db.transaction(), self._db.cursor() as cur:
                cur.execute("DELETE FROM story_events")
                cur.execute("DELETE FROM story_articles")
                cur.execute("DELETE FROM stories")
                now = dt.datetime.now(dt.UTC)
                with cur.copy("COPY stories (id, title, updated_at) FROM STDIN") as copy:
                    for s in stories:
                        copy.write_row((s.id, s.title, now))
                with cur.copy("COPY story_articles (article_id, story_id) FROM STDIN") as copy:
                    for s in stories:
                        for a in s.article_ids:
                            copy.write_row((a, s.id))
        except psycopg.Error as exc:
            raise StoreError(f"cannot store the stories: {_first_line(exc)}") from exc

    def stories(self) -> list[Story]:
        return stories_from_rows(self._db.execute(STORIES_SQL))

    def story_headlines(self, story_ids: Sequence[str]) -> dict[str, list[Headline]]:
        out: dict[str, list[Headline]] = {}
        sql = story_headlines_sql("sa.story_id = ANY(%s)")
        for chunk in chunks(list(story_ids), _CHUNK):
            out.update(headlines_from_rows(self._db.execute(sql, (chunk,))))
        return out

    def count_stories(self) -> int:
        row = self._db.execute("SELECT count(*) FROM stories").fetchone()
        return int(row[0]) if row else 0

    # ------------------------------------------------------------------ story index
    # (mirrors SQLiteStore: see its docstrings)
    def unassigned_article_ids(self) -> list[str]:
        """Analysed articles in no story yet, in (date, id) order, undated last."""
        return [
            str(r[0])
            for r in self._db.execute(
                "SELECT a.id FROM articles a JOIN analyses n ON n.article_id = a.id "
                "WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) "
                "ORDER BY a.published IS NULL, a.published, a.id"
            )
        ]

    def story_states_between(self, since: dt.date, until: dt.date) -> list[StoryState]:
        """Index state of the dated stories whose date range meets [since, until], by id."""
        return self._story_states("st.last_date >= %s AND st.first_date <= %s", (since, until))

    def undated_story_states(self) -> list[StoryState]:
        """Index state of the stories without a dated article, by id."""
        return self._story_states("st.first_date IS NULL", ())

    def _story_states(self, where: str, params: tuple[dt.date, ...]) -> list[StoryState]:
        rows = self._db.execute(
            f"{STORY_STATE_SQL} WHERE {where} ORDER BY st.story_id", params
        ).fetchall()
        return [story_state_from_row(r) for r in rows]

    def save_story_changes(self, changes: StoryChanges, *, reset: bool = False) -> None:
        """Save one story update in one transaction (see SQLiteStore.save_story_changes)."""
        try:
            with self._db.transaction(), self._db.cursor() as cur:
                if reset:
                    cur.execute("DELETE FROM story_events")
                    cur.execute("DELETE FROM story_articles")
                    cur.execute("DELETE FROM stories")
                now = dt.datetime.now(dt.UTC)
                for st in changes.states:
                    cur.execute(
                        "INSERT INTO stories (id, title, updated_at) VALUES (%s, %s, %s) "
                        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                        "updated_at = excluded.updated_at",
                        (st.id, st.title, now),
                    )
                    cur.execute(
                        "INSERT INTO story_state (story_id, founder, founded, size, first_date, "
                        "last_date, vector, keys) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) "
                        "ON CONFLICT (story_id) DO UPDATE SET founder = excluded.founder, "
                        "founded = excluded.founded, size = excluded.size, "
                        "first_date = excluded.first_date, last_date = excluded.last_date, "
                        "vector = excluded.vector, keys = excluded.keys",
                        (
                            st.id,
                            st.founder,
                            st.founded,
                            st.size,
                            st.first,
                            st.last,
                            *story_state_blobs(st),
                        ),
                    )
                for gone, keep in changes.merged:
                    cur.execute(
                        "UPDATE story_articles SET story_id = %s WHERE story_id = %s", (keep, gone)
                    )
                    cur.execute("DELETE FROM stories WHERE id = %s", (gone,))
                if changes.assigned:
                    cur.executemany(
                        "INSERT INTO story_articles (article_id, story_id) VALUES (%s, %s) "
                        "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id",
                        list(changes.assigned),
                    )
                if changes.events:
                    cur.executemany(
                        "INSERT INTO story_events (story_id, kind, article_id, other_id, score, "
                        "at) VALUES (%s, %s, %s, %s, %s, %s)",
                        [
                            (e.story, e.kind, e.article, e.other, e.score, now)
                            for e in changes.events
                        ],
                    )
        except psycopg.Error as exc:
            raise StoreError(f"cannot store the story update: {_first_line(exc)}") from exc

    def story_events(self, story_ids: Sequence[str] | None = None) -> list[StoryEvent]:
        """The story history in order: all of it, or the events of these stories."""
        sql = "SELECT kind, story_id, article_id, other_id, score FROM story_events"
        if story_ids is None:
            rows = self._db.execute(sql + " ORDER BY id").fetchall()
        else:
            rows = self._db.execute(
                sql + " WHERE story_id = ANY(%s) ORDER BY id", (list(story_ids),)
            ).fetchall()
        return [
            StoryEvent(kind=r[0], story=r[1], article=r[2], other=r[3], score=r[4]) for r in rows
        ]

    # ------------------------------------------------------------------ failures
    def record_failure(self, failure: IngestFailure) -> None:
        try:
            self._db.execute(
                "INSERT INTO failures (path, reason, stage, first_seen) "
                "VALUES (%s, %s, %s, now()) ON CONFLICT DO NOTHING",
                (failure.path, failure.reason, failure.stage),
            )
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot record the failure of {failure.path}: {_first_line(exc)}"
            ) from exc

    def failures(self) -> list[IngestFailure]:
        """The inputs that failed, in the order recorded (warnings are not failures)."""
        return failures_from_rows(self._db.execute(FAILURES_SQL))

    def warnings(self) -> list[IngestFailure]:
        """The inputs read, but not whole (recorded with stage "warning"), in order."""
        return failures_from_rows(self._db.execute(WARNINGS_SQL))

    def integrity_ok(self) -> bool:
        """Every table reads through, and the schema version row is intact.

        (PostgreSQL guards its own pages; this catches a damaged or half-dropped
        crosswire schema.)
        """
        try:
            for table in (
                "articles",
                "analyses",
                "stories",
                "story_articles",
                "story_state",
                "story_events",
                "failures",
            ):
                self._db.execute(f"SELECT count(*) FROM {table}").fetchone()
            rows = self._db.execute("SELECT version FROM crosswire_schema").fetchall()
        except psycopg.Error:
            return False
        return rows == [(SCHEMA_VERSION,)]


# --------------------------------------------------------------------------- search

# The combining marks that FTS5's unicode61 treats as diacritics: part of a
# word, and removed from it.  Other combining marks separate words there.
_DIACRITICS = frozenset(
    chr(c)
    for c in (
        *range(0x300, 0x305), *range(0x306, 0x30D), 0x30F, 0x311, 0x31B,
        *range(0x323, 0x329), 0x32D, 0x32E, 0x330, 0x331,
    )
)  # fmt: skip
_TOKEN_RE = re.compile(r"(?:[^\W_]|[" + "".join(sorted(_DIACRITICS)) + r"]|[\ue000-\uf8ff])+")
_MAX_POSITION = 16383  # PostgreSQL keeps no word position above this
_MAX_POSITIONS_PER_WORD = 256
_MAX_VECTOR_BYTES = 1_000_000  # a tsvector holds at most 1 MiB
_MAX_LEXEME_BYTES = 2046  # PostgreSQL refuses longer words


def _fold_char(c: str) -> str:
    if c in _DIACRITICS:
        return ""
    parts = unicodedata.normalize("NFD", c)
    if len(parts) == 2 and parts[0].isascii() and parts[1] in _DIACRITICS:
        return parts[0].lower()
    for folded in (c.casefold(), c.lower()):
        if len(folded) == 1:
            return folded
    return c


# Precomposed Latin letters with one diacritic -> the bare letter (one character
# for one, so offsets into the folded text are offsets into the text).
_FOLD_TABLE = {
    cp: folded
    for cp in range(0x80, 0x2000)
    if len(folded := _fold_char(chr(cp))) == 1 and folded.isascii() and folded != chr(cp)
}
_FOLD_FROM = "".join(chr(cp) for cp in _FOLD_TABLE)
_FOLD_TO = "".join(_FOLD_TABLE.values())


def search_tokens(text: str) -> list[str]:
    """Words as SQLite FTS5's default tokenizer (``unicode61``) cuts and folds them.

    Letters and digits make words; everything else separates them.  Words are
    lower-cased and Latin letters lose one diacritic ("Café" -> "cafe").
    """
    out: list[str] = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        folded = word.lower() if word.isascii() else "".join(_fold_char(c) for c in word)
        if folded:
            out.append(folded)
    return out


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def search_vector(title: str, text: str) -> str:
    """The ``tsvector`` literal the store writes for an article's title and text.

    Title words come first; the text starts two positions later so that no
    phrase matches across the two (FTS5 keeps them in separate columns).
    """
    positions: dict[str, list[int]] = {}
    size = 8
    title_words = search_tokens(title)
    numbered = [(i + 1, w) for i, w in enumerate(title_words)]
    numbered += [(len(title_words) + 2 + i, w) for i, w in enumerate(search_tokens(text))]
    for pos, word in numbered:
        pos = min(pos, _MAX_POSITION)
        got = positions.get(word)
        if got is None:
            length = len(word.encode())
            if length > _MAX_LEXEME_BYTES or size + length + 10 > _MAX_VECTOR_BYTES:
                continue
            positions[word] = got = []
            size += length + 8
        if len(got) < _MAX_POSITIONS_PER_WORD and (not got or got[-1] != pos):
            got.append(pos)
            size += 2
    return " ".join(f"{_lexeme(w)}:{','.join(map(str, p))}" for w, p in positions.items())


def search_query(query: str, *, join: str = " & ") -> str:
    """A ``tsquery`` literal for ``query``: every whitespace-separated part as a phrase, ANDed.

    The same reading of the query as the SQLite store's FTS5 expression; parts
    that hold no word are left out.  Empty when nothing is left.  ``join=" | "``
    ORs the phrases instead.
    """
    phrases = []
    for part in query.split():
        words = search_tokens(part)
        if words:
            phrases.append("(" + " <-> ".join(_lexeme(w) for w in words) + ")")
    return join.join(phrases)


def _snippet(text: str, headline: str) -> str:
    """The headline with hits in [brackets] and … where it cuts the text, as FTS5 writes it.

    ``headline`` was cut from the folded text; the snippet shows the same span
    of the stored text.
    """
    plain = headline.replace(_START, "").replace(_STOP, "")
    at = text.translate(_FOLD_TABLE).find(plain) if plain else -1
    if at < 0:
        return headline.replace(_START, "[").replace(_STOP, "]")
    original = iter(text[at : at + len(plain)])
    marked = "".join(
        "[" if c == _START else "]" if c == _STOP else next(original) for c in headline
    )
    before = "…" if text[:at].strip() else ""
    after = "…" if text[at + len(plain) :].strip() else ""
    return before + marked + after


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
