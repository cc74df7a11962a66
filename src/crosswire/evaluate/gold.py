"""Reading and checking a gold file (format: ``gold.schema.json`` beside this module).

A gold file that does not follow the format is refused with one message that
names the item and says what is wrong (``articles → a/fox.txt → times → 3 →
date: '2016' is not a date (YYYY-MM-DD)``), never with a traceback from deep
inside the scorer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError

SCHEMA = "gold.schema.json"
EXHAUSTIVE = ("quotes", "person_entities", "quote_groups", "claim_groups", "credits")


@cache
def gold_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(SCHEMA).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _where(path: Sequence[Any]) -> str:
    return " → ".join(str(p) for p in path) or "the top level"


def _explain(error: Any) -> str:
    """jsonschema's message, said the way a person writing gold would fix it."""
    value = error.instance
    if error.validator == "pattern" and error.schema.get("pattern", "").startswith("^[0-9]{4}"):
        return f"{value!r} is not a date (write YYYY-MM-DD)"
    if error.validator == "required":
        return str(error.message).replace("is a required property", "is missing")
    if error.validator == "type":
        want = error.validator_value
        want = " or ".join(want) if isinstance(want, list) else want
        return f"{json.dumps(value)[:80]} should be of type {want}"
    return str(error.message)


def check_gold(gold: Any, path: Path | str = "gold") -> None:
    """Raise ``ConfigError`` naming the first malformed item of ``gold``."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(gold_schema())
    errors = sorted(validator.iter_errors(gold), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        first = [e for e in errors if list(e.absolute_path) == list(errors[0].absolute_path)]
        e = jsonschema.exceptions.best_match(first) or errors[0]
        more = f" ({len(errors) - 1} more problem(s) after this one)" if len(errors) > 1 else ""
        raise ConfigError(
            f"gold file {path}: at {_where(list(e.absolute_path))}: {_explain(e)}{more}"
        )
    for where, value in _dates(gold):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ConfigError(
                f"gold file {path}: at {_where(where)}: {value!r} is not a real date"
            ) from None
    people_stories = {p["story"] for p in gold.get("entities", {}).get("people", [])}
    names = {s["name"] for s in gold["stories"]}
    for story in sorted(people_stories - names):
        raise ConfigError(
            f"gold file {path}: entities → people names story {story!r}, "
            f"which is not in 'stories' ({', '.join(sorted(names)[:5])}…)"
        )


def _dates(gold: Mapping[str, Any]) -> Iterator[tuple[list[Any], str]]:
    for key, spec in gold["articles"].items():
        if isinstance(spec.get("published"), str):
            yield ["articles", key, "published"], spec["published"]
        for i, t in enumerate(spec.get("times", [])):
            yield ["articles", key, "times", i, "date"], t["date"]
    for i, c in enumerate(gold.get("timeline_conflicts", [])):
        for j, m in enumerate(c["members"]):
            if "date" in m:
                yield ["timeline_conflicts", i, "members", j, "date"], m["date"]


def load_gold(path: Path) -> dict[str, Any]:
    """Read and check a gold file; every problem is a ``ConfigError`` naming the item."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc}") from exc
    check_gold(gold, path)
    result: dict[str, Any] = gold
    return result


def exhaustive(gold: Mapping[str, Any]) -> frozenset[str]:
    """The sections whose every instance the gold lists (precision can be scored there)."""
    return frozenset(gold.get("exhaustive", ()))
