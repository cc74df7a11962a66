"""Whether the English rules apply to an article: its language, told from its text.

Every finder reads text with the English spaCy pipeline and English word lists.
On Russian, Korean, Italian or Portuguese text they find nonsense: the English
tagger labels every capitalised word a name ("Что", "Поэтому", "Negli"), numbers
become claims with made-up units, and those entities and claims then mix into a
story's dossier.  So an article whose text is confidently another language gets
no per-article findings (its sentences and the embedding of its title and lead,
which the multilingual encoder makes, still place it in its story).

The language comes from ``langid`` (Lui & Baldwin 2012; BSD licence, its model
inside the package, nothing downloaded): the first ``SAMPLE_CHARS`` characters
are classified, and an article counts as another language only when that text
has ``MIN_CHARS`` characters or more and the normalised probability of the best
language other than English is ``MIN_PROB`` or more.  Short or mixed text is
read as English, as before: a false "not English" loses every finding of an
article, a missed one only adds the noise this module exists to remove.
``bench/language_check.py`` runs it over the development sets (every article
English) and the extraction pages (the Korean, Japanese, Russian, German, Italian
and Portuguese ones found), with what the English rules would find on those.
"""

from __future__ import annotations

import functools
import re
from typing import Any

SAMPLE_CHARS = 3000
MIN_CHARS = 200
MIN_PROB = 0.95
ENGLISH_SHARE = 0.12
"""At least this share of the sample's words English function words: English, no
``langid`` needed.  ``bench/language_check.py`` prints the shares: the development
articles sit well above it, the other-language extraction pages below it (English
product names in a Japanese page included); the few development articles under it
are read by ``langid``, as English."""

# function words of English that the other languages seen do not write
_ENGLISH_WORDS = frozenset(
    "the of and that is was were with for this from have has said are by it be which "
    "not but".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from langid.langid import LanguageIdentifier, model

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


def detect(text: str) -> tuple[str, float] | None:
    """The language of ``text`` (ISO 639-1 code) and its probability; None for text
    under ``MIN_CHARS`` characters."""
    sample = text.strip()[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def other_language(text: str) -> str | None:
    """The language ``text`` is confidently written in when that is not English;
    else None (English, short, or not told apart).  Text whose words are English
    function words often enough (``ENGLISH_SHARE``) is English without asking
    ``langid``, so a process that reads only English news never loads its model."""
    words = _WORD_RE.findall(text[:SAMPLE_CHARS])
    if words and sum(w.lower() in _ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words):
        return None
    found = detect(text)
    if found is None or found[0] == "en" or found[1] < MIN_PROB:
        return None
    return found[0]
