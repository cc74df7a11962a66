"""What happened, in the lead: the main event predicate and its participants.

Story clustering compares articles by their embedding and their names; two
events of the same kind with other participants (two earthquakes, two arrests)
or the same actors doing something else (a trip and a lawsuit) look alike to
both.  This analyser reads the dependency parse of the first sentences and
returns *event keys*, short strings the story index counts per story:

* ``p:<lemma>`` — the event predicate of a lead sentence: its root verb (or
  event noun when the sentence has no verb), looking through reporting verbs
  ("police *said* a man was *arrested*" gives ``p:arrest``);
* ``n:<lemma>`` — the nouns the predicate takes as subject or object ("an
  *earthquake* struck"), which name the kind of event;
* ``a:<name>`` / ``o:<name>`` — a named participant as the agent (subject) or
  the patient (object, passive subject) of a lead verb;
* ``l:<name>`` — a place named in the lead (GPE, LOC, FAC);
* ``y:<year>`` — a year named in the lead;
* ``q:<noun>=<number>`` — a count in the lead ("23 pirates" gives ``q:pirate=23``).

Names are keyed like the story index's entity keys (case-folded, without
articles and possessives).  The work is a walk over the tokens of two or three
sentences of an existing parse: no model runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..resources import place_names
from .known_orgs import canonical_key
from .units import ONES, TEENS

LEAD_SENTENCES = 3
"""Sentences read from the start of the text (the title line is often the first)."""

MAX_TOKENS = 120
"""At most this many tokens are read (a run-on first 'sentence' stays cheap)."""

REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "confirm",
        "add",
        "state",
        "claim",
        "reveal",
        "accord",
        "believe",
        "think",
        "write",
        "note",
        "explain",
        "insist",
        "warn",
        "suggest",
    }
)
"""Verbs whose clause complement, not themselves, carries the event."""

LIGHT = frozenset({"be", "have", "do", "get", "make", "take", "go", "come", "become"})
"""Verbs too general to name an event on their own (their object noun does)."""

EVENTIVE = frozenset({"VERB", "NOUN"})
"""Parts of speech a predicate can have (a verbless line's root may be a date or a name)."""

NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE = frozenset({"in", "near", "outside", "across", "around", "throughout"})
"""Prepositions after which a known town the model tagged an organisation is the town
("Bus passengers in Bristol", Bristol tagged ORG for its football club)."""
SUBJECT = frozenset({"nsubj", "csubj"})
OBJECT = frozenset({"dobj", "nsubjpass", "obj", "dative"})

NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})
NUMBER_WORDS = {w: str(n) for w, n in {**ONES, **TEENS}.items() if n <= 12}

_ARTICLE_RE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LEMMA_RE = re.compile(r"^[a-z][a-z-]+$")


@dataclass(frozen=True, slots=True)
class Tok:
    """The few attributes of a parsed token the event reader needs."""

    i: int
    """Index in the token list."""
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    """Index of the syntactic head (itself for a root)."""
    ent: str
    """Entity label ("" outside entities)."""
    ent_start: bool
    """Whether the token begins an entity."""
    sent: int
    """Index of its sentence."""

    @property
    def lower_text(self) -> str:
        return self.text.lower()


def lead_tokens(doc: Any, sentences: int = LEAD_SENTENCES) -> list[Tok]:
    """The tokens of the first ``sentences`` non-blank sentences of a spaCy ``Doc``."""
    out: list[Tok] = []
    n = 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        if n == sentences:
            break
        base = sent.start
        offset = len(out)
        for t in sent:
            if len(out) >= MAX_TOKENS:
                return out
            head = t.head.i - base + offset if sent.start <= t.head.i < sent.end else t.i
            out.append(
                Tok(
                    i=t.i - base + offset,
                    text=t.text,
                    lemma=t.lemma_.lower(),
                    pos=t.pos_,
                    dep=t.dep_,
                    head=head,
                    ent=t.ent_type_,
                    ent_start=t.ent_iob_ == "B",
                    sent=n,
                )
            )
        n += 1
    return out


def _bare(text: str) -> str:
    """A name as written without a leading article or a possessive."""
    return _POSSESSIVE_RE.sub("", _ARTICLE_RE.sub("", text.strip()))


def loose_name_key(text: str) -> str:
    """``name_key`` without the known organisations' one key."""
    return " ".join(_bare(text).casefold().split())


def name_key(text: str) -> str:
    """A loose key for a named entity: case-folded, without articles and possessives,
    one key for the names of a known organisation ("ISIL" and "Daesh" are "islamic
    state", an acronym only in capitals: ``known_orgs``); ``link.assign.entity_key`` is
    this function."""
    bare = _bare(text)
    return canonical_key(" ".join(bare.casefold().split()), bare.isupper())


def event_keys(tokens: Sequence[Tok]) -> tuple[str, ...]:
    """The event keys (see the module docstring) of a lead's tokens, sorted."""
    keys: set[str] = set()
    by_sent: dict[int, list[Tok]] = {}
    for t in tokens:
        by_sent.setdefault(t.sent, []).append(t)
    children: dict[int, list[Tok]] = {}
    for t in tokens:
        if t.head != t.i:
            children.setdefault(t.head, []).append(t)
    for sent in by_sent.values():
        root = next((t for t in sent if t.head == t.i), None)
        if root is None:
            continue
        for pred in _predicates(root, children):
            if pred.pos in EVENTIVE and _LEMMA_RE.match(pred.lemma) and pred.lemma not in LIGHT:
                keys.add("p:" + pred.lemma)
            for c in children.get(pred.i, ()):
                arg = c.dep in SUBJECT | OBJECT | {"attr"} and c.pos == "NOUN"
                if arg and _LEMMA_RE.match(c.lemma):
                    keys.add("n:" + c.lemma)
    for t in tokens:
        if t.dep == "nummod" and 0 <= t.head < len(tokens) and t.ent not in NOT_COUNTS:
            noun = tokens[t.head]
            number = NUMBER_WORDS.get(t.lower_text, t.text.replace(",", ""))
            if noun.pos == "NOUN" and _LEMMA_RE.match(noun.lemma) and number.isdigit():
                keys.add(f"q:{noun.lemma}={int(number)}")
    for span in _entities(tokens):
        label = span[0].ent
        key = name_key(" ".join(t.text for t in span))
        if label == "DATE":
            keys.update("y:" + y for y in _YEAR_RE.findall(" ".join(t.text for t in span)))
            continue
        if label not in NAME_LABELS or len(key) < 2:
            continue
        if label in PLACE_LABELS or _town_tagged_org(span, tokens):
            keys.add("l:" + key)
        role = _role(span, tokens)
        if role:
            keys.add(role + ":" + key)
    return tuple(sorted(keys))


def _predicates(root: Tok, children: dict[int, list[Tok]]) -> list[Tok]:
    """The event predicates of a sentence: its root, through reporting verbs, with
    conjoined verbs."""
    pred = root
    for _ in range(3):
        if pred.lemma not in REPORTING:
            break
        comp = [c for c in children.get(pred.i, ()) if c.dep in ("ccomp", "xcomp")]
        if not comp:
            break
        pred = comp[0]
    if pred.lemma in REPORTING and pred.pos == "VERB":
        return []
    preds = [pred]
    preds += [c for c in children.get(pred.i, ()) if c.dep == "conj" and c.pos == "VERB"]
    return preds


def _entities(tokens: Sequence[Tok]) -> Iterable[list[Tok]]:
    span: list[Tok] = []
    for t in tokens:
        if t.ent and (not t.ent_start and span and span[-1].ent == t.ent):
            span.append(t)
            continue
        if span:
            yield span
        span = [t] if t.ent else []
    if span:
        yield span


def _town_tagged_org(span: Sequence[Tok], tokens: Sequence[Tok]) -> bool:
    """A known place name (:func:`~crosswire.resources.place_names`) tagged ORG as the
    object of a locative preposition: "in Bristol", "near Salford"."""
    if span[0].ent != "ORG" or span[0].i == 0:
        return False
    before = tokens[span[0].i - 1]
    return (
        before.lower_text in LOCATIVE
        and before.sent == span[0].sent
        and " ".join(t.text for t in span) in place_names()
    )


def _role(span: Sequence[Tok], tokens: Sequence[Tok]) -> str:
    """``a`` (agent) or ``o`` (patient) when the name is the subject or object of a
    verb, looking through compounds, appositions and possessors; else ""."""
    inside = {t.i for t in span}
    head = next((t for t in span if t.head not in inside or t.head == t.i), span[-1])
    for _ in range(4):
        if head.dep in SUBJECT:
            return "a"
        if head.dep in OBJECT:
            return "o"
        if head.dep == "pobj" and 0 <= head.head < len(tokens) and tokens[head.head].lemma == "by":
            return "a"
        if head.dep not in ("compound", "appos", "poss", "conj", "amod", "nmod"):
            return ""
        if head.head == head.i or not 0 <= head.head < len(tokens):
            return ""  # a root, or a head cut off by MAX_TOKENS
        head = tokens[head.head]
    return ""
