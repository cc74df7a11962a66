"""The fast schema validator (fastjsonschema) and the reference one (jsonschema) agree.

Exports validate every dossier with the compiled ``fastjsonschema`` validator and ask
``jsonschema`` for a readable message only when it refuses.  These tests take the
golden dossier, break it at random places in random ways (a key removed, a value
replaced by one of another type, a negative offset, an unknown status, a malformed
date) and check that both validators give the same verdict, and that
``validate_dossier`` refuses exactly the dossiers ``jsonschema`` refuses.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.errors import ExportError
from crosswire.report import dumps, validate_dossier
from crosswire.report.json_export import _fast_validator, _validator

GOLDEN = Path(__file__).parent / "golden" / "dossier.json"


def _base() -> dict[str, Any]:
    d: dict[str, Any] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    (a, b) = (x["id"] for x in d["story"]["articles"])
    d["reuse"] = [
        {
            "a": {"article": a, "start": 0, "end": 10},
            "b": {"article": b, "start": 5, "end": 15},
            "similarity": 0.93,
        }
    ]
    return d


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value in ``node`` (dict keys and list indices)."""
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


BASE = _base()
PATHS = _paths(BASE)
REPLACEMENTS: list[Any] = [None, -1, 0, 1.5, "", "maybe", "2026-13-45", [], {}, True, "x" * 3]


def _fast_ok(d: Any) -> bool:
    try:
        _fast_validator()(d)
    except Exception:  # fastjsonschema.JsonSchemaException
        return False
    return True


def _reference_ok(d: Any) -> bool:
    return not any(True for _ in _validator().iter_errors(d))


def _broken(path: tuple[Any, ...], action: str, value: Any) -> dict[str, Any]:
    """A copy of ``BASE`` with the value at ``path`` deleted or replaced by ``value``."""
    d = copy.deepcopy(BASE)
    node = d
    for key in path[:-1]:
        node = node[key]
    if action == "delete":
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return d


def test_base_dossier_is_valid_for_both() -> None:
    assert _fast_ok(BASE) and _reference_ok(BASE)
    validate_dossier(BASE)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("claims", 0, "status"), "maybe"),
        (("reuse", 0, "a", "start"), -3),
        (("timeline", 0, "date"), "12 March"),
        (("story", "articles", 0, "published"), 20260310),
        (("quotes", 0, "renderings"), "not a list"),
    ],
)
def test_known_violations_are_refused_by_both(path: tuple[Any, ...], value: Any) -> None:
    d = _broken(path, "replace", value)
    assert not _reference_ok(d)
    assert not _fast_ok(d)
    with pytest.raises(ExportError, match="schema at /"):  # the reference names the place
        validate_dossier(d)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(PATHS),
    action=st.sampled_from(["delete", "replace"]),
    value=st.sampled_from(REPLACEMENTS),
)
def test_validators_agree_on_broken_dossiers(
    path: tuple[Any, ...], action: str, value: Any
) -> None:
    d = _broken(path, action, value)
    reference = _reference_ok(d)
    assert _fast_ok(d) == reference, f"validators disagree after {action} {path} = {value!r}"
    if reference:
        validate_dossier(d)
    else:
        with pytest.raises(ExportError, match="schema"):
            validate_dossier(d)


def test_dumps_equals_standard_json_text() -> None:
    d = _base()
    d["story"]["title"] = "Ṣanʿāʾ — «quoted» \u2028 line"
    assert dumps(d) == json.dumps(d, indent=2, ensure_ascii=False)
