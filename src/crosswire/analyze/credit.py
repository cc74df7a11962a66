"""Who is credited for each number.

A claim is credited to the speaker of a quote that contains it; otherwise to
the source nearest before it in its sentence, among credit phrases ("according
to the interior ministry") and subjects of speech verbs ("Governor Mohammed
al-Qasimi said several dozen attackers ..."; "the governor says several dozen;
the group says 200 to 300"), or the first one after it; otherwise to nobody
(the dossier then shows the article's outlet).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Claim, Credit, Quote
from .parsed import ParsedArticle

SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "add", "state", "claim", "report", "announce", "estimate",
        "write", "confirm", "insist", "warn", "note", "explain", "allege", "assert",
    }
)  # fmt: skip


def _speech_subjects(parsed: ParsedArticle, start: int, end: int) -> list[tuple[int, str]]:
    """(position of the verb, subject) for every speech verb in the sentence [start, end)."""
    doc: Any = parsed.doc
    if doc is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out: list[tuple[int, str]] = []
    for tok in span:
        if tok.lemma_ in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN"):
                    sub = list(child.subtree)
                    text = parsed.text[sub[0].idx : sub[-1].idx + len(sub[-1].text)].strip(" ,")
                    if text:
                        out.append((tok.idx, text))
    return out


def _nearest(candidates: list[tuple[int, str]], at: int) -> str | None:
    """The candidate nearest before ``at``; else the first after it."""
    before = [c for c in candidates if c[0] < at]
    if before:
        return max(before)[1]
    return min(candidates)[1] if candidates else None


def credit_claims(
    parsed: ParsedArticle,
    claims: list[Claim],
    quotes: list[Quote],
    credits: list[Credit],
) -> list[Claim]:
    """Return ``claims`` with ``credited_to`` filled where the text credits someone."""
    out: list[Claim] = []
    for claim in claims:
        if claim.credited_to:
            out.append(claim)
            continue
        who: str | None = None
        for q in quotes:
            if q.start <= claim.start and claim.end <= q.end and q.speaker:
                who = q.speaker
                break
        sent = parsed.sentence_at(claim.start)
        if who is None and sent is not None:
            # "The governor says several dozen; the group says 200 to 300": each
            # number goes to the source of its own clause, the nearest before it
            candidates = [(c.start, c.source) for c in credits if sent.start <= c.start < sent.end]
            candidates += _speech_subjects(parsed, sent.start, sent.end)
            who = _nearest(sorted(candidates), claim.start)
        out.append(dataclasses.replace(claim, credited_to=who) if who else claim)
    return out
