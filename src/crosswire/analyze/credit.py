"""Who is credited for each number.

A claim is credited, in order of preference, to: the speaker of a quote that
contains it; the source of a credit phrase in the same sentence ("according to
the interior ministry"); the subject of a speech verb governing the sentence
("Governor Mohammed al-Qasimi said several dozen attackers ..."); otherwise
nobody (the outlet itself, which the dossier shows as the article's outlet).
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


def _speech_subject(parsed: ParsedArticle, start: int, end: int) -> str | None:
    """The subject of a speech verb in the sentence spanning [start, end), if any."""
    doc: Any = parsed.doc
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.lemma_ in SPEECH_LEMMAS and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN"):
                    sub = list(child.subtree)
                    text = parsed.text[sub[0].idx : sub[-1].idx + len(sub[-1].text)]
                    return text.strip(" ,") or None
    return None


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
            for c in credits:
                if sent.start <= c.start < sent.end:
                    who = c.source
                    break
            if who is None:
                who = _speech_subject(parsed, sent.start, sent.end)
        out.append(dataclasses.replace(claim, credited_to=who) if who else claim)
    return out
