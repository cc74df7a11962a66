"""The CSV of quotes and claims: one row per rendering and value, formulas neutralised."""

from __future__ import annotations

import csv
import datetime as dt
import io

from crosswire.model import Article, Claim, ClaimGroup, Dossier, Quote, QuoteGroup, Story
from crosswire.report import render_csv


def test_quotes_and_claims_as_rows_with_formulas_neutralised() -> None:
    text = '=HYPERLINK("http://x") said the "minister", and -5 degrees was the low.'
    a = Article.create(text, "T", outlet="@Wire", published=dt.date(2026, 3, 10))
    b = Article.create("Minus five, it said.", "U")
    q = Quote(a.id, 0, 25, text[:25], speaker="+Minister")
    c = Claim(a.id, 50, 60, text[50:60], -5.0, -5.0, -5.0, "degree", "temperature")
    d = Dossier(
        Story("s", "S", (a.id, b.id)),
        (a, b),
        quotes=(QuoteGroup("q1", "+Minister", None, (q,)),),
        claims=(ClaimGroup("c1", "temperature", "single", (c,)),),
    )
    rows = list(csv.DictReader(io.StringIO(render_csv(d))))
    assert [r["kind"] for r in rows] == ["quote", "claim"]
    quote, claim = rows
    assert quote["text"] == "'" + text[:25]  # a spreadsheet shows it, never runs it
    assert quote["speaker_or_measure"] == "'+Minister" and quote["outlet"] == "'@Wire"
    assert (quote["start"], quote["end"], quote["article"]) == ("0", "25", a.id)
    assert claim["value"] == "-5" and claim["unit"] == "degree"  # numbers stay numbers
    assert claim["text"] == text[50:60]
