"""``crosswire analyze`` output: per-article findings as JSON (``analysis.schema.json``)
and as readable text.

The JSON is a contract for outside scorers and users' scripts: fields may be
added, none renamed.  Every finding's ``start``/``end`` points into the
article's ``text``, and its ``text`` is exactly that slice (checked here before
anything is written).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from importlib import metadata
from typing import Any

import fastjsonschema

from ..errors import ExportError
from ..model import AnalysedArticle, IngestFailure
from ..store.serialize import finding_to_dict
from .json_export import compiled_schema, packaged_schema

FINDINGS = {
    "entities": "mentions",
    "quotes": "quotes",
    "claims": "claims",
    "times": "times",
    "credits": "credits",
    "hedges": "hedges",
}
"""JSON field -> Analysis field (sentences are left out: they are in every article)."""


def analysis_schema() -> dict[str, Any]:
    """The JSON Schema of ``crosswire analyze --format json``."""
    return packaged_schema("analysis.schema.json")


def _validator() -> Callable[[Any], Any]:
    return compiled_schema("analysis.schema.json")


def _version() -> str:
    try:
        return metadata.version("crosswire")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "unknown"


def article_json(item: AnalysedArticle) -> dict[str, Any]:
    a, an = item.article, item.analysis
    out: dict[str, Any] = {**a.metadata(), "source_format": a.source_format, "text": a.text}
    for key, attr in FINDINGS.items():
        rows = []
        for finding in getattr(an, attr):
            row = finding_to_dict(finding)
            row.pop("article", None)
            rows.append(row)
        out[key] = rows
    return out


def _check_spans(doc: Mapping[str, Any]) -> None:
    for art in doc["articles"]:
        text = art["text"]
        for key in FINDINGS:
            for f in art[key]:
                if text[f["start"] : f["end"]] != f["text"]:
                    raise ExportError(
                        f"{art['path'] or art['id']}: {key} span [{f['start']}:{f['end']}] is "
                        f"{text[f['start'] : f['end']]!r}, not {f['text']!r}"
                    )


def analysis_json(
    items: Iterable[AnalysedArticle], failures: Iterable[IngestFailure] = ()
) -> dict[str, Any]:
    """The ``analyze`` document, checked against its schema and its spans."""
    doc = {
        "crosswire": _version(),
        "articles": [article_json(i) for i in items],
        "failures": [{"path": f.path, "reason": f.reason, "stage": f.stage} for f in failures],
    }
    try:
        _validator()(doc)
    except fastjsonschema.JsonSchemaException as exc:
        raise ExportError(f"analysis does not match its schema: {exc}") from None
    _check_spans(doc)
    return doc


def _line(key: str, f: Mapping[str, Any]) -> str:
    at = f"[{f['start']}:{f['end']}]"
    text = " ".join(f["text"].split())
    if key == "quotes":
        return f"{at} {f['speaker'] or '(no speaker)'}: “{text}”"
    if key == "claims":
        value = f["value"] if f["value"] is not None else f"{f['low']}–{f['high']}"
        counted = f" of {f['counted']}" if f["counted"] else ""
        credit = f" (credited to {f['credited_to']})" if f["credited_to"] else ""
        return f"{at} {text!r}: {value} {f['unit']}{counted}{credit}"
    if key == "times":
        kind = f.get("kind", "date")
        if kind != "date":
            return (
                f"{at} {text!r}: {kind} {f.get('duration') or f.get('part_of_day') or ''}".rstrip()
            )
        return f"{at} {text!r}: {f['date'] or 'unresolved'} ({f['precision']})"
    if key == "credits":
        return f"{at} {text!r}: {f['source']} ({f['kind']})"
    if key == "entities":
        return f"{at} {text} ({f['label']})"
    return f"{at} {text!r} ({f.get('kind', '')})"


def analysis_text(doc: Mapping[str, Any]) -> str:
    """The ``analyze`` document for reading in a terminal."""
    out: list[str] = []
    for art in doc["articles"]:
        out.append(f"== {art['path'] or art['id']}: {art['title']}")
        published = art["published"] or "unknown"
        if art["published_inferred"]:
            published += " (inferred)"
        out.append(f"   outlet {art['outlet'] or 'unknown'}, published {published}")
        for key in FINDINGS:
            out.append(f"  {key} ({len(art[key])})")
            out.extend(f"    {_line(key, f)}" for f in art[key])
    for f in doc["failures"]:
        out.append(f"!! {f['path']}: {f['reason']} (stage {f['stage']})")
    return "\n".join(out)
