"""Hypothesis strategies for the fuzz tests: news-like text with hostile pieces.

Texts are built from fragments that exercise the parsers (quotation marks,
speech verbs, numbers that overflow, vague amounts, units, weekdays, dates in
year 0 and 9999, names with particles, abbreviations and initials) mixed with
arbitrary Unicode, so that shrinking lands on short readable failures.

Example counts are kept modest so the folder runs in well under two minutes;
``FUZZ_SCALE=20 pytest tests/fuzz`` runs twenty times as many.  The examples are
the same on every run (``tests/conftest.py`` loads a derandomised Hypothesis
profile, so CI never fails on a draw no earlier run made);
``HYPOTHESIS_PROFILE=explore`` draws new ones.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from crosswire.analyze.parsed import ParsedArticle, parse
from crosswire.model import Article, Claim, Credit, Hedge, Mention, Quote, TimeExpression

FRAGMENTS = [
    # words, names, speech
    "the", "mayor", "said", "says", "told reporters", "according to", "officials", "residents",
    "Mr.", "Dr.", "U.S.", "J. R.", "Amal al-Sayed", "Abdel Rahman", "O'Neill", "Ms Okafor",
    "she", "he", "the ministry", "Reuters", "a Telegram channel", "could not be verified",
    "it remains unclear", "reportedly", "allegedly",
    # quotation marks, nested and unbalanced
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "“‘“", "’”’", '"""', "“Stay calm,”",
    # numbers, amounts and units
    "1e309", "NaN", "nan", "Infinity", "-0", "10^400", "9" * 40, "0.000001", "2,500",
    "2.500.000", "1.5 million", "300k", "1.2bn", "three hundred", "two and a half",
    "a dozen", "several dozen", "hundreds of thousands", "200 to 300", "between 5 and 3",
    "about", "more than", "nearly", "at least", "%", "per cent", "km", "square miles",
    "minutes", "150-second", "700-metre square", "€", "$", "tonnes", "people", "soldiers",
    # dates and times
    "Monday", "late Monday", "on Sunday night", "next Friday", "last week", "yesterday",
    "10 days ago", "99 days ago", "March 9", "9 March", "February 30", "March 9, 2026",
    "January 1, 0000", "December 31, 9999", "9999-12-31", "0000-01-01", "31/12/9999",
    "on the 31st", "in 2019", "in March", "last year", "this coming Tuesday", "34-year-old",
    # punctuation and layout
    ".", ". ", "!", "?", "…", ",", ";", ":", "—", "-", "(", ")", "[", "]", " ", "  ", "\n",
    "\n\n", "\t", "\r\n",
    # other scripts and odd characters
    "الميناء", "عبد الرحمن", "港口", "東京", "Ελλάδα", "😀", "\u200b", "\u202e", "\u00a0",
    "\ufeff", "\x00", "\x07", "\ud7ff", "\U0010ffff",
]  # fmt: skip

SCALE = float(os.environ.get("FUZZ_SCALE", "1"))


def examples(n: int, **kwargs: Any) -> settings:
    """Hypothesis settings for ``n`` examples (times ``FUZZ_SCALE``), no deadline."""
    return settings(
        max_examples=max(1, int(n * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        **kwargs,
    )


_fragment = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6))
texts = st.lists(_fragment, max_size=60).map(lambda parts: " ".join(parts))
"""News-like hostile text (may be empty)."""

dates = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)]),
)
"""Publication dates: none, ordinary ones, and the ends of the calendar."""


def make(text: str, published: dt.date | None, nlp: object | None = None) -> ParsedArticle:
    article = Article.create(text, "Fuzz", published=published)
    return parse(article, nlp)  # type: ignore[arg-type]


Span = Quote | Claim | TimeExpression | Credit | Hedge | Mention


def assert_spans(parsed: ParsedArticle, found: list[Span] | tuple[Span, ...]) -> None:
    """Every finding's span lies in the text and its ``text`` is exactly that slice."""
    text = parsed.text
    for f in found:
        assert f.article == parsed.article.id
        assert 0 <= f.start <= f.end <= len(text), f
        assert text[f.start : f.end] == f.text, f
