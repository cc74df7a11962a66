"""Property tests of the per-article finders: nothing raises, spans are exact slices,
ranges are ordered and finite, resolved dates stay near the reference date.

Each finder runs without a model (the fallback heuristics) and on the one spaCy
pipeline loaded for the test session.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from fuzz_text import assert_spans, dates, examples, make, texts
from hypothesis import given

from crosswire.analyze.credit import credit_claims
from crosswire.analyze.hedges import find_hedges
from crosswire.analyze.numbers import find_claims
from crosswire.analyze.parsed import ParsedArticle
from crosswire.analyze.pipeline import analyse_parsed
from crosswire.analyze.quotes import find_quotes
from crosswire.analyze.sentences import split_sentences
from crosswire.analyze.sources import find_credits
from crosswire.analyze.times import MAX_YEARS, find_times
from crosswire.analyze.units import MAX_VALUE

FAST = examples(150)
MODEL = examples(40)
RELATIVE_WINDOW = dt.timedelta(days=9 * 366)
"""The furthest a relative expression may resolve from the publication date: a
month and day without a year goes back at most eight years (February 29)."""


def _check_all(parsed: ParsedArticle) -> None:
    quotes = find_quotes(parsed)
    assert_spans(parsed, quotes)
    for q in quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(parsed.text)
            assert parsed.text[q.speaker_start : q.speaker_end] == q.speaker_text

    claims = find_claims(parsed)
    assert_spans(parsed, claims)
    for c in claims:
        assert math.isfinite(c.low) and math.isfinite(c.high), c
        assert 0 <= c.low <= c.high <= MAX_VALUE * 1.5, c
        if c.value is not None:
            assert math.isfinite(c.value) and c.low <= c.value <= c.high, c

    times = find_times(parsed)
    assert_spans(parsed, times)
    ref = parsed.article.published
    for t in times:
        assert t.reference == (ref if t.relative else None), t
        if t.kind != "date":  # durations, recurrences, present references: no date
            assert t.date is None and (t.kind == "ref" or t.duration), t
            continue
        if t.date is None:  # unresolved: no reference, or one at the end of the calendar
            assert t.relative, t
        elif ref is not None and t.relative:
            assert abs(t.date - ref) <= RELATIVE_WINDOW, t
        elif ref is not None:
            assert abs(t.date.year - ref.year) <= MAX_YEARS, t

    credits = find_credits(parsed)
    assert_spans(parsed, credits)
    hedges = find_hedges(parsed)
    assert_spans(parsed, hedges)
    credited = credit_claims(parsed, claims, quotes, credits)
    assert_spans(parsed, credited)
    assert len(credited) == len(claims)


@FAST
@given(text=texts, published=dates)
def test_finders_without_a_model(text: str, published: dt.date | None) -> None:
    _check_all(make(text, published))


@pytest.mark.model
@MODEL
@given(text=texts, published=dates)
def test_finders_on_the_spacy_parse(text: str, published: dt.date | None, nlp: Any) -> None:
    parsed = make(text, published, nlp)
    assert_spans(parsed, parsed.mentions)
    _check_all(parsed)
    analyse_parsed(parsed)  # the whole per-article stage: no AnalysisError either


@FAST
@given(text=texts)
def test_sentence_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e
    # what lies between sentences is whitespace only: no text is dropped
    bounds = [0, *(x for span in spans for x in span), len(text)]
    assert all(not text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True))
