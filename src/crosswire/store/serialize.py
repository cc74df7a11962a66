"""(De)serialisation of model objects for the store: dataclasses <-> JSON-able dicts,
and the row <-> model code both store backends share.

The backends store the same columns; they differ in SQL placeholders and in
column types (SQLite keeps dates as ISO text, PostgreSQL as DATE), which the
row readers here accept either way.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import numpy as np

from ..model import (
    HEADLINE_LEAD_CHARS,
    TITLE_MEMBERS,
    Analysis,
    Article,
    Claim,
    Credit,
    Headline,
    Hedge,
    IngestFailure,
    Mention,
    Quote,
    Sentence,
    Story,
    StoryState,
    TimeExpression,
)
from ..resources import USE_ENCODER

T = TypeVar("T")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def finding_to_dict(obj: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in {"date", "reference"} and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        kwargs[f.name] = value
    return cls(**kwargs)


_KINDS: dict[str, type[Any]] = {
    "sentences": Sentence,
    "mentions": Mention,
    "quotes": Quote,
    "claims": Claim,
    "times": TimeExpression,
    "credits": Credit,
    "hedges": Hedge,
}


LEGACY_ENCODER = USE_ENCODER
"""The encoder of embeddings stored before analyses recorded theirs (the only one then)."""


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis without the article id and embedding (stored in their own columns).

    ``encoder`` (which encoder made the embedding) is kept when there is an embedding.
    """
    out: dict[str, Any] = {}
    if analysis.embedding:
        out["encoder"] = analysis.encoder or LEGACY_ENCODER
    if analysis.events:
        out["events"] = list(analysis.events)
    for key in _KINDS:
        items = getattr(analysis, key)
        if key == "sentences":
            out[key] = [[s.start, s.end] for s in items]
        else:
            rows = []
            for item in items:
                row = finding_to_dict(item)
                row.pop("article", None)
                rows.append(row)
            out[key] = rows
    return out


def analysis_from_json(
    article_id: str, data: dict[str, Any], embedding: tuple[float, ...] = ()
) -> Analysis:
    values: dict[str, Any] = {}
    for key, cls in _KINDS.items():
        rows = data.get(key, [])
        if key == "sentences":
            values[key] = tuple(Sentence(article_id, s, e) for s, e in rows)
        else:
            values[key] = tuple(_from_dict(cls, {**row, "article": article_id}) for row in rows)
    encoder = encoder_of(data) if embedding else ""
    events = tuple(str(k) for k in data.get("events", ()))  # absent in older analyses
    return Analysis(
        article=article_id, embedding=embedding, encoder=encoder, events=events, **values
    )


def encoder_of(data: dict[str, Any]) -> str:
    """The encoder of a stored analysis's embedding (``analysis_to_json`` output)."""
    return str(data.get("encoder", LEGACY_ENCODER))


# --------------------------------------------------------------------------- rows

ANALYSIS_VERSION = "1"

ARTICLE_COLUMNS = (
    "id, content_hash, path, url, outlet, title, published, published_inferred, "
    "language, source_format, text, outlet_inferred"
)
"""The ``articles`` columns that ``article_from_row`` reads, in its order."""

STORIES_SQL = (
    "SELECT s.id, s.title, sa.article_id FROM stories s "
    "LEFT JOIN (story_articles sa JOIN articles a ON a.id = sa.article_id) "
    "ON sa.story_id = s.id "
    "ORDER BY s.id, a.published IS NULL, a.published, a.id"
)
"""Stories with their articles (by date, then id), as one statement (one snapshot:
no story seen without the articles a concurrent writer committed with it)."""

STORY_STATE_SQL = (
    "SELECT st.story_id, s.title, st.founder, st.founded, st.size, st.first_date, "
    "st.last_date, st.vector, st.keys FROM story_state st JOIN stories s ON s.id = st.story_id"
)
"""The story index state that ``story_state_from_row`` reads (add WHERE and ORDER BY)."""


def story_headlines_sql(story_filter: str) -> str:
    """The members' headlines of some stories (``story_filter`` tests ``sa.story_id``),
    the first ``TITLE_MEMBERS`` of each in (date, id) order."""
    return (
        "SELECT story_id, id, title, published, lead FROM ("
        "SELECT sa.story_id, a.id, a.title, a.published, "
        f"substr(a.text, 1, {HEADLINE_LEAD_CHARS}) AS lead, row_number() OVER "
        "(PARTITION BY sa.story_id ORDER BY a.published IS NULL, a.published, a.id) AS n "
        f"FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE {story_filter}"
        f") m WHERE n <= {TITLE_MEMBERS} ORDER BY story_id, n"
    )


def headlines_from_rows(rows: Iterable[Sequence[Any]]) -> dict[str, list[Headline]]:
    out: dict[str, list[Headline]] = {}
    for sid, aid, title, published, lead in rows:
        out.setdefault(str(sid), []).append(
            Headline(str(aid), str(title), stored_date(published), str(lead))
        )
    return out


def stored_date(value: Any) -> dt.date | None:
    """A stored date column: a date (PostgreSQL) or ISO text (SQLite); None when empty."""
    if not value:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def article_from_row(r: Sequence[Any]) -> Article:
    """An article from the ``ARTICLE_COLUMNS`` of one row."""
    return Article(
        id=str(r[0]),
        content_hash=str(r[1]),
        path=r[2],
        url=r[3],
        outlet=r[4],
        title=str(r[5]),
        published=stored_date(r[6]),
        published_inferred=bool(r[7]),
        language=r[8],
        source_format=str(r[9]),
        text=str(r[10]),
        outlet_inferred=bool(r[11]),
    )


def analysis_columns(analysis: Analysis) -> tuple[str, str, bytes | None]:
    """The ``analyses`` row of an analysis: (version, data, embedding), after ``article_id``."""
    data = json.dumps(analysis_to_json(analysis), ensure_ascii=False)
    return ANALYSIS_VERSION, data, embedding_blob(analysis.embedding)


def analysis_from_row(article_id: str, data: str, blob: bytes | None) -> Analysis:
    """The analysis stored in an ``analyses`` row (its data and embedding columns)."""
    vector = tuple(embedding_array(blob).tolist()) if blob else ()
    return analysis_from_json(article_id, json.loads(data), vector)


def embedding_blob(embedding: Sequence[float]) -> bytes | None:
    """An embedding as stored: float32 bytes, or None for none."""
    return np.asarray(embedding, dtype=np.float32).tobytes() if embedding else None


def embedding_array(blob: bytes) -> np.ndarray:
    """A stored embedding as a float32 array."""
    return np.frombuffer(blob, dtype=np.float32)


FAILURES_SQL = "SELECT path, reason, stage FROM failures WHERE stage <> 'warning' ORDER BY id"
"""The inputs that failed, in the order recorded (warnings are not failures)."""

WARNINGS_SQL = "SELECT path, reason, stage FROM failures WHERE stage = 'warning' ORDER BY id"
"""The inputs read, but not whole (recorded with stage "warning"), in order."""


def failures_from_rows(rows: Iterable[Sequence[Any]]) -> list[IngestFailure]:
    """The failures (or warnings) of the rows of ``FAILURES_SQL`` (``WARNINGS_SQL``)."""
    return [IngestFailure(path=r[0], reason=r[1], stage=r[2]) for r in rows]


def stories_from_rows(rows: Iterable[Sequence[Any]]) -> list[Story]:
    """The stories of the rows of ``STORIES_SQL``."""
    members: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for sid, title, aid in rows:
        titles[sid] = title
        if aid is not None:
            members.setdefault(sid, []).append(aid)
    return [Story(id=s, title=t, article_ids=tuple(members.get(s, ()))) for s, t in titles.items()]


def story_state_from_row(r: Sequence[Any]) -> StoryState:
    """A story's index state from one row of ``STORY_STATE_SQL``."""
    return StoryState(
        id=r[0],
        title=r[1],
        founder=r[2],
        founded=stored_date(r[3]),
        size=int(r[4]),
        first=stored_date(r[5]),
        last=stored_date(r[6]),
        vector=tuple(np.frombuffer(r[7], dtype=np.float64).tolist()) if r[7] else (),
        keys=tuple((str(k), int(c)) for k, c in json.loads(r[8])),
    )


def story_state_blobs(state: StoryState) -> tuple[bytes | None, str]:
    """The stored ``vector`` (float64 bytes, None for none) and ``keys`` (JSON) of a state."""
    vector = np.asarray(state.vector, dtype=np.float64).tobytes() if state.vector else None
    return vector, json.dumps([[k, c] for k, c in state.keys], ensure_ascii=False)


def chunks(items: list[str], n: int) -> Iterator[list[str]]:
    """``items`` in slices of at most ``n`` (bound parameters per statement are limited)."""
    for i in range(0, len(items), n):
        yield items[i : i + n]
