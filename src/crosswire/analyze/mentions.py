"""Entity mentions of one article, as a careful reader would list them.

spaCy's small English model tags each occurrence on its own, so one article
may tag "Cornyn" PERSON once and miss it three times, or tag the dateline
"WASHINGTON —" as a place that later meets "George Washington".  Four
passes over the raw NER mentions, all within the article, in this order:

1. **dropped mentions**: a mention inside the opening dateline ("HARTFORD,
   Conn. —", "BEIRUT (AP) —") feeds no entity, nor does a mention that
   crosses a line break (it joins a headline to the next line, not a name);
2. **titled people**: a title and a name the model tagged ORG, GPE, NORP or
   FAC ("Bishop Daniel Jenky", "Sen. Kyl") is a person;
3. **label vote**: a name (its exact text) tagged PERSON at more than half of
   its occurrences is a person at all of them ("Menendez" PERSON twice, ORG
   once);
4. **surname propagation**: once a person is named in full ("John Cornyn"),
   every stand-alone occurrence of the surname ("Cornyn said", "Mr.
   Cornyn's") is a PERSON mention too, unless it is part of a longer
   capitalised name ("Cornyn Foundation") or already inside another mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from ..model import Mention

# "HARTFORD, Conn. —", "WASHINGTON—", "BEIRUT, March 3 (AP) --", "LONDON (Reuters) -"
_DATELINE_RE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s*"
)
_NAME_WORD_RE = re.compile(r"[A-Z][\w'’.-]*")
_NEIGHBOUR_CAP_RE = re.compile(r"[A-Z][a-z]")
_PERSON_LABEL = "PERSON"
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
# capitalised only because they open a sentence ("In Cornyn's view", "Later Cornyn said")
_STARTERS = frozenset({w.capitalize() for w in STOP_WORDS} | {"Later", "Earlier", "Asked"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def dateline_end(text: str) -> int:
    """End of the opening dateline ("HARTFORD, Conn. — "), 0 when there is none."""
    m = _DATELINE_RE.match(text[:120])
    if not m or not any(c.isalpha() for c in m.group("place")):
        return 0
    return m.end()


def _surname(text: str) -> str | None:
    """The surname of a full person name ("John A. Boehner Jr." -> "Boehner")."""
    words = [w for w in text.split() if w.casefold().strip(",") not in _SUFFIXES]
    words = [w.rstrip(",") for w in words]
    if len(words) < 2:
        return None
    last = re.sub(r"['’]s$", "", words[-1])
    return last if _NAME_WORD_RE.fullmatch(last) and len(last) > 2 else None


_PERSON_TITLE_RE = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Rev|Msgr|Sheikh|President|Senator|"
    r"Representative|Governor|General|Bishop|Archbishop|Cardinal|Pope|Judge|Justice|Sheriff|"
    r"Secretary|Ambassador|Mayor|Prime Minister|Chancellor|Speaker)\.?\s+"
    r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'’.-]+){0,3}"
)


def _titled_people(mentions: list[Mention]) -> list[Mention]:
    """A title and a name ("Bishop Daniel Jenky", "Sen. Kyl") is a person, whatever
    label the model gave it."""
    return [
        Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        if m.label in ("ORG", "GPE", "NORP", "FAC") and _PERSON_TITLE_RE.fullmatch(m.text)
        else m
        for m in mentions
    ]


def _vote(mentions: list[Mention]) -> list[Mention]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.label in _NAME_LABELS:
            votes[m.text][m.label] += 1
    out = []
    for m in mentions:
        v = votes.get(m.text)
        if v and m.label != _PERSON_LABEL and m.label in _NAME_LABELS:
            label, n = v.most_common(1)[0]
            if label == _PERSON_LABEL and n > sum(v.values()) / 2:
                m = Mention(m.article, m.start, m.end, m.text, _PERSON_LABEL)
        out.append(m)
    return out


def person_surnames(mentions: Iterable[Mention]) -> set[str]:
    """Surnames of the people named in full among ``mentions``."""
    return {n for m in mentions if m.label == _PERSON_LABEL if (n := _surname(m.text))}


def propagate_surnames(
    text: str, mentions: list[Mention], article: str, surnames: set[str]
) -> list[Mention]:
    """``mentions`` plus a PERSON mention at each stand-alone occurrence of a surname."""
    if not surnames:
        return mentions
    covered = sorted((m.start, m.end) for m in mentions)
    added: list[Mention] = []
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    for hit in pattern.finditer(text):
        s, e = hit.span()
        if any(a < e and s < b for a, b in covered):
            continue
        before = text[max(0, s - 30) : s]
        after = text[e : e + 30]
        prev_word = re.search(r"([A-Za-z][\w'’.-]*) +$", before)
        prev_cap = prev_word is not None and prev_word.group(1)[:1].isupper()
        title = prev_word is not None and re.fullmatch(
            r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Representative|Governor|"
            r"Secretary|Speaker|Judge|Justice|Leader|Chairman|Chairwoman)\.?",
            prev_word.group(1),
        )
        if prev_cap and not title and prev_word.group(1) not in _STARTERS:  # type: ignore[union-attr]
            continue  # inside a longer name the model did not tag ("Jane Cornyn")
        if _NEIGHBOUR_CAP_RE.match(after.lstrip(" ")) and after[:1] == " ":
            continue  # "Cornyn Foundation"
        added.append(Mention(article, s, e, text[s:e], _PERSON_LABEL))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def refine_mentions(text: str, mentions: Sequence[Mention], article: str) -> tuple[Mention, ...]:
    """The article's mentions after the four passes of the module docstring."""
    cut = dateline_end(text)
    # a mention across a line break joins a headline to the next line: no name
    kept = [m for m in mentions if m.start >= cut and "\n" not in m.text]
    kept = _titled_people(kept)
    kept = _vote(kept)
    kept = propagate_surnames(text, kept, article, person_surnames(kept))
    return tuple(kept)
