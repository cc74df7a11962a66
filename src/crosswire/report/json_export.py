"""Dossier JSON: the contract, its JSON Schema, and span checks."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

import fastjsonschema
import jsonschema
import orjson

from ..errors import ExportError
from ..model import Dossier


@functools.cache
def packaged_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped with the package (``crosswire/report/NAME``)."""
    text = resources.files("crosswire.report").joinpath(name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def compiled_schema(name: str) -> Callable[[Any], Any]:
    """:func:`packaged_schema` ``name`` compiled to Python code by ``fastjsonschema``."""
    validate: Callable[[Any], Any] = fastjsonschema.compile(packaged_schema(name))
    return validate


def load_schema() -> dict[str, Any]:
    """The dossier JSON Schema shipped with the package."""
    return packaged_schema("dossier.schema.json")


@functools.cache
def _validator() -> Any:
    """The schema's reference validator (``jsonschema``), checked once per process: it
    names the best-matching error when the fast validator has refused a dossier."""
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _fast_validator() -> Callable[[Any], Any]:
    """The schema compiled to Python code by ``fastjsonschema`` (about 8x faster than
    ``jsonschema`` on a 500-article dossier, where most of the time is thousands of
    reuse pairs); ``tests/report/test_validators.py`` checks that both agree."""
    return compiled_schema("dossier.schema.json")


def _spans(d: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    for e in d["entities"]:
        yield from e["mentions"]
    for q in d["quotes"]:
        yield from q["renderings"]
    for c in d["claims"]:
        yield from c["values"]
    for t in d["timeline"]:
        yield from t["sources"]
    yield from d["provenance"]
    yield from d["hedges"]


def validate_dossier(d: Mapping[str, Any], texts: Mapping[str, str] | None = None) -> None:
    """Raise ExportError unless ``d`` matches the schema (and, given the article
    texts, every span's ``text`` equals the slice it points at)."""
    try:
        _fast_validator()(d)
    except fastjsonschema.JsonSchemaException as fast_error:
        error = jsonschema.exceptions.best_match(_validator().iter_errors(d))
        if error is None:  # the validators disagree: trust the stricter one
            raise ExportError(f"dossier does not match the schema: {fast_error}") from None
        path = "/".join(str(p) for p in error.absolute_path)
        message = f"dossier does not match the schema at /{path}: {error.message}"
        raise ExportError(message) from None
    if texts is None:
        return
    for span in _spans(d):
        text = texts.get(span["article"])
        if text is None:
            raise ExportError(f"span points at unknown article {span['article']}")
        if text[span["start"] : span["end"]] != span["text"]:
            raise ExportError(
                f"span {span['article']}[{span['start']}:{span['end']}] is "
                f"{text[span['start'] : span['end']]!r}, not {span['text']!r}"
            )


def dossier_json(dossiers: Iterable[Dossier], *, validate: bool = True) -> list[dict[str, Any]]:
    """Dossiers as JSON-ready dicts, validated against the contract."""
    out = []
    for d in dossiers:
        data = d.to_dict()
        if validate:
            validate_dossier(data, {a.id: a.text for a in d.articles})
        out.append(data)
    return out


def dumps(data: Any) -> str:
    """JSON text of dossier data: two-space indents, UTF-8 characters unescaped; the text
    of ``json.dumps(data, indent=2, ensure_ascii=False)`` but for the exponent of tiny
    floats (``1e-7``, not ``1e-07``), about 10x faster (orjson)."""
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
