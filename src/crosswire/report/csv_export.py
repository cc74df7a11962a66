"""A dossier's quotes and claims as one CSV table (for spreadsheets).

One row per rendering of a quote and per value of a claim, with the outlet,
the span (article, start, end) and the text as written.  A cell that a
spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return: article text is hostile) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io

from ..model import Dossier
from .labels import outlet_name

COLUMNS = (
    "kind",
    "group",
    "speaker_or_measure",
    "status",
    "outlet",
    "article",
    "start",
    "end",
    "text",
    "speaker_text",
    "value",
    "low",
    "high",
    "unit",
    "credited_to",
)


def _cell(value: object) -> str:
    """A cell: numbers as written by crosswire; text guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if not isinstance(value, str):
        return str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(d: Dossier) -> str:
    """The quotes (a row per rendering) and claims (a row per value) of ``d``, with a header."""
    outlets = {a.id: outlet_name(a) for a in d.articles}
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for g in d.quotes:
        for r in g.renderings:
            row: tuple[object, ...] = (
                "quote", g.id, g.speaker_name, "", outlets.get(r.article), r.article, r.start,
                r.end, r.text, r.speaker_text, None, None, None, None, None,
            )  # fmt: skip
            w.writerow([_cell(x) for x in row])
    for c in d.claims:
        for v in c.values:
            row = ("claim", c.id, c.measure, c.status, outlets.get(v.article), v.article, v.start,
                   v.end, v.text, None, v.value, v.low, v.high, v.unit, v.credited_to)  # fmt: skip
            w.writerow([_cell(x) for x in row])
    return out.getvalue()
