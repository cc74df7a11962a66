"""The report stage: dossiers as JSON, Markdown, self-contained HTML and CSV (quotes
and claims).

``json_export.py`` also validates against ``dossier.schema.json`` (the
contract) and checks that every span's ``text`` is the slice it points at;
``analysis_json.py`` does the same for ``crosswire analyze`` output
(``analysis.schema.json``).
"""

from __future__ import annotations

from .analysis_json import analysis_json, analysis_schema, analysis_text
from .csv_export import render_csv
from .html import render_html
from .json_export import dossier_json, dumps, load_schema, validate_dossier
from .markdown import render_markdown

__all__ = [
    "analysis_json",
    "analysis_schema",
    "analysis_text",
    "dossier_json",
    "dumps",
    "load_schema",
    "render_csv",
    "render_html",
    "render_markdown",
    "validate_dossier",
]
