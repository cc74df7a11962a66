"""The report stage: dossiers as JSON, Markdown and self-contained HTML.

``json_export.py`` also validates against ``dossier.schema.json`` (the
contract) and checks that every span's ``text`` is the slice it points at.
"""

from __future__ import annotations

from .html import render_html
from .json_export import dossier_json, dumps, load_schema, validate_dossier
from .markdown import render_markdown

__all__ = [
    "dossier_json",
    "dumps",
    "load_schema",
    "render_html",
    "render_markdown",
    "validate_dossier",
]
