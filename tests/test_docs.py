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
