"""(De)serialisation of model objects for the store: dataclasses <-> JSON-able dicts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, TypeVar

from ..model import Analysis, Claim, Credit, Hedge, Mention, Quote, Sentence, TimeExpression

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


LEGACY_ENCODER = "use-multilingual-v3"
"""The encoder of embeddings stored before analyses recorded theirs (the only one then)."""


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    """The analysis without the article id and embedding (stored in their own columns).

    ``encoder`` (which encoder made the embedding) is kept when there is an embedding.
    """
    out: dict[str, Any] = {}
    if analysis.embedding:
        out["encoder"] = analysis.encoder or LEGACY_ENCODER
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
    encoder = str(data.get("encoder", LEGACY_ENCODER)) if embedding else ""
    return Analysis(article=article_id, embedding=embedding, encoder=encoder, **values)
