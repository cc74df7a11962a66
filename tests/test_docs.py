"""Every CLI command, option and setting is documented in docs/cli.md."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import click
import pytest

from crosswire.cli import main
from crosswire.settings import Settings

DOC = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_documented(name: str) -> None:
    assert f"### `crosswire {name}" in DOC


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (name, opt)
        for name, cmd in sorted(main.commands.items())
        for param in cmd.params
        if isinstance(param, click.Option)
        for opt in param.opts
    ],
)
def test_option_is_documented(command: str, option: str) -> None:
    section = DOC.split(f"### `crosswire {command}", 1)[1].split("\n### ", 1)[0]
    assert option in section


@pytest.mark.parametrize("field", [f.name for f in dataclasses.fields(Settings)])
def test_setting_is_documented(field: str) -> None:
    assert f"| `{field}` | `CROSSWIRE_{field.upper()}` |" in DOC


ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_describe_crosswire_not_how_it_was_worked_on(page: Path) -> None:
    import re

    text = page.read_text(encoding="utf-8")
    found = re.findall(r"[^\n]*\b(?:issues?|sessions?)\b[^\n]*", text, re.I)
    assert found == []


SRC = ROOT / "src" / "crosswire"


def _modules_and_data() -> list[str]:
    """Every module of the package (a subpackage's ``__init__.py`` aside) and every
    data file it ships (JSON, gzipped JSON), relative to ``src/crosswire``."""
    found = [
        p.relative_to(SRC).as_posix()
        for p in sorted(SRC.rglob("*.py"))
        if p.name != "__init__.py" or p.parent == SRC
    ]
    found += [
        p.relative_to(SRC).as_posix()
        for pattern in ("*.json", "*.json.gz")
        for p in sorted(SRC.rglob(pattern))
        if "corpus" not in p.relative_to(SRC).parts
    ]
    return found


@pytest.mark.parametrize("path", _modules_and_data())
def test_architecture_maps_every_module_and_data_file(path: str) -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert f"`{path}`" in text or ("/" in path and f"`{path.rsplit('/', 1)[1]}`" in text), (
        f"docs/architecture.md does not name {path}"
    )


def _schema_fields(schema: object) -> set[str]:
    """Every property name declared anywhere in a JSON Schema."""
    out: set[str] = set()
    if isinstance(schema, dict):
        out.update(schema.get("properties", {}))
        for value in schema.values():
            out |= _schema_fields(value)
    elif isinstance(schema, list):
        for value in schema:
            out |= _schema_fields(value)
    return out


@pytest.mark.parametrize(
    ("page", "schema"),
    [
        ("analysis-schema.md", "report/analysis.schema.json"),
        ("dossier-schema.md", "report/dossier.schema.json"),
    ],
)
def test_schema_pages_name_every_field(page: str, schema: str) -> None:
    import json

    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    fields = _schema_fields(json.loads((SRC / schema).read_text(encoding="utf-8")))
    assert sorted(f for f in fields if f"`{f}`" not in text) == []
