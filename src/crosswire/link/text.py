"""Small text utilities shared by the linkers."""

from __future__ import annotations

import re
import sys
from functools import cache

_WORD_RE = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return [w.casefold() for w in _WORD_RE.findall(text)]


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def containment(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# words that say nothing of which event an article is about: reporting verbs and the
# commonest nouns of news copy, besides spaCy's English stop words
_NEWS_WORDS = frozenset(
    "said says say told tell according reported report reports year years new people time "
    "times day days week weeks month months percent including".split()
)
_TERM_RE = re.compile(r"[a-z][a-z'-]{2,}")
TERMS_PER_ARTICLE = 40


def _term_stem(word: str) -> str:
    """A crude stem: common inflections cut while four letters stay ("strikes" ->
    "strik", "arrested" -> "arrest")."""
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@cache
def _not_terms() -> frozenset[str]:
    """spaCy's English stop words and ``_NEWS_WORDS``, as one set (spaCy is imported on
    first use, not with this module)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _NEWS_WORDS


def content_terms(text: str, n: int = TERMS_PER_ARTICLE) -> frozenset[str]:
    """The ``n`` most frequent content words of a text, stemmed (ties by the word):
    what the whole article is about, beyond its lead.  Stop words and reporting words
    are left out; names count like any word."""
    skip = _not_terms()
    counts: dict[str, int] = {}
    for w in _TERM_RE.findall(text.casefold()):
        if w in skip:
            continue
        s = _term_stem(w)
        counts[s] = counts.get(s, 0) + 1
    ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    # interned: the stories of an index share one copy of each word
    return frozenset(sys.intern(w) for w, _ in ranked[:n])
