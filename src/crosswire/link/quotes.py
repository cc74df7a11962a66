"""Quote alignment: renderings of the same statement across articles.

Two renderings in **different articles** are one statement when their words
say so (the evidence of :func:`pair_evidence`) and their speakers are
compatible.  Renderings in one article are never linked to each other by their
words; they end up in one group through renderings elsewhere (one outlet's
single quote that another cut in two), or, last, as the pieces of one quote their
article cut with its attribution (:func:`continued_pieces`: the same speaker,
nothing between them but one attribution sentence) when no other article prints
either piece.  (Linking such pieces before the other links chained the pieces of
long passages, and through them other outlets' statements, into one group: BASIL
dev quote-group precision 0.960 -> 0.498.)

**Separate statements.** Two full quotes of one article (``FULL_WORDS`` words
or more each) whose words do not render one statement (their pair evidence
is not enough) are two statements, and never share a group — unless another
article prints them as one quote (a rendering sharing a run of
``SPAN_RUN`` words with each).  Links that would join them are refused, so
two near-identical lines of one speech ("I went way too far" early in a
video, "I went too far" at its end) cannot chain two statements into one
through a loose match elsewhere.  Short fragments quoted in running text
("said the image “is too disturbing”") are pieces of a passage, not
statements of their own, and are exempt.

**Evidence** for a pair, any of:

* containment: the shorter quote's content words are (almost) all in the
  other (``min_containment`` of at least ``min_content_words`` words) — a
  shorter outlet's fragment of a longer rendering;
* a shared run of at least ``min_run`` words, word for word;
* the shorter quote is, whole, a verbatim run of the other, of at least
  ``min_verbatim_words`` words (two of them content words): a fragment;
* meaning: the best cosine between the sentence encoder's vectors of their
  clauses reaches ``min_cosine`` (differently transcribed or translated
  renderings).

Words are compared with a censored word one word however an outlet prints it
("f---ing", "f***", "(expletive)", "[expletive deleted]").

A pair where one side has no known speaker needs the stricter ``unknown``
thresholds (such a quote may be anyone's).

**Speakers.** Compatible when they resolve to one entity, have
name-compatible names ("Trump" / "Donald Trump"), or one of them is unknown
(no speaker, or a description such as "a spokesman").  Links are made
strongest first, and a link that would put two incompatible known speakers
in one group is refused, so an unattributed fragment cannot bridge two
people and single-link chains stop at a speaker boundary.

**Printed alike, attributed apart.** Renderings in different articles that are
word for word one statement (the shorter, of ``FULL_WORDS`` words or more, is a
run of the other) but whose speakers are not compatible are still one statement
when the outlets settle who said it: the group takes the speaker most of its
renderings name (a name in the text counts twice, a speaker read from "he"/"she"
once), and stays apart when two speakers tie.  One outlet's misspelt name
("Heffner" beside two "Hugh Hefner") or misread pronoun no longer splits a
statement three outlets printed; an even split keeps both attributions visible.  An
article that itself gives the two their own speakers (a statement quoted inside
another's question) keeps them apart.

**Cost.** Only pairs that share a content word, or whose cosine can reach the
fitted threshold, are scored (every rule but the cosine needs a shared content
word), and each pair of distinct texts once, however many articles print them.

The thresholds are fitted on real labelled pairs (BASIL dev quote groups) by
``bench/fit_quote_groups.py`` and live in ``quote_groups.json`` next to this
module, with the fit's held-back score.

**Speakers given only by a description** (:func:`resolve_descriptions`, run
before alignment).
An article may give a quote's speaker only by a description ("The presumptive
Republican presidential nominee went so far as to say Clinton should “get out
of this race”"); another article of the same story may bind that description
to a named person, by apposition ("Donald J. Trump, the presumptive Republican
presidential nominee,") or as a pre-modifier ("Presumptive Republican presidential
nominee Donald Trump").  A description is resolved only when the story
identifies it:

* **the description**, of a quote whose speaker is a *definite* description
  ("the White House press secretary"; indefinite ones, "a spokesman", "one
  official", are anonymous by intent and stay so), or, for a quote with no
  speaker at all, the subject of its sentence when that sentence opens with
  "The ..." and a speech verb ("say", "told", ...) comes between that subject
  and the quote;
* **exact match**: the description and the binding's words are the same after
  lowercasing and dropping a leading article; a binding must be a whole noun
  phrase (what precedes a pre-modifier is the sentence start, punctuation or a
  function word, so "former presidential nominee Mitt Romney" does not bind
  "the presidential nominee");
* **at least** ``MIN_CONTENT_WORDS`` **content words**: "the president", "the
  spokesman", "the officer" never match, even when the story binds them to one
  person: one role noun names different people across outlets (the country's
  president, a company's president) and its in-article use is already
  resolved by the article's own analysis;
* **unique**: every binding of the description in the story (any article,
  the quote's own included) names one and the same person entity; two people
  bound to it leave it unresolved.

The quote keeps its text; its ``speaker`` becomes the entity's name and, when
it had no speaker, ``speaker_text`` and its span become the description as
written.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import combinations, product
from pathlib import Path
from typing import Any, NamedTuple, Protocol

import numpy as np

from ..analyze.quote_lexicon import VERB_RE
from ..model import Entity, Quote, QuoteGroup, Sentence
from .entities import EntityIndex, UnionFind
from .names import name_key, same_person_name
from .stories import entity_key
from .text import words

MODEL_PATH = Path(__file__).with_name("quote_groups.json")
_CLAUSE_RE = re.compile(r"[.;:!?—–]+|,\s+(?:and|but|so)\s+")
_FUNCTION = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been being
    it its this that these those we our you your they their he his she her i me my us them who
    which what when where will would can could shall should not no do does did have has had
    all any""".split()
)
# a word outlets print censored, each its own way ("f---ing", "f***", "(expletive)",
# "[expletive deleted]", "(bleep)"): one word, whichever way
_CENSORED_RE = re.compile(
    # a letter or two, then stars or two dashes or more, then lower-case letters or none
    # ("f---ing", "sh*t", "f*cking"; not a stammer, "I--I")
    r"\b[A-Za-z]{1,2}(?:\*+|-{2,})[a-z]*(?![\w*-])"
    r"|[(\[](?i:expletive(?:\s+deleted)?|bleep|bleeped)[)\]]",
)
FULL_WORDS = 8  # a quote this long is a statement of its own, not a fragment
SPAN_RUN = 5  # a rendering sharing this many words with each of two quotes prints both
_DESCRIPTION_LEADS = frozenset(
    "a an the one another some two three several many his her their its our".split()
)


class SentenceEncoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When the evidence of a pair is enough (see the module docstring)."""

    min_containment: float
    min_content_words: int
    min_run: int
    min_cosine: float
    min_verbatim_words: int = 99

    def enough(self, ev: Evidence) -> bool:
        return (
            (ev.small >= self.min_content_words and ev.containment >= self.min_containment)
            or ev.run >= self.min_run
            or ev.cosine >= self.min_cosine
            or (ev.shorter == ev.run >= self.min_verbatim_words and ev.small >= 2)
        )


@dataclass(frozen=True, slots=True)
class QuoteGroupModel:
    """Thresholds for pairs of compatible known speakers and for pairs with an unknown one."""

    known: Thresholds
    unknown: Thresholds

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QuoteGroupModel:
        return cls(known=Thresholds(**data["known"]), unknown=Thresholds(**data["unknown"]))


@cache
def load_model(path: Path = MODEL_PATH) -> QuoteGroupModel:
    """The shipped thresholds (``quote_groups.json``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return QuoteGroupModel.from_json({k: data[k] for k in ("known", "unknown")})


class Evidence(NamedTuple):
    containment: float  # share of the shorter quote's content words in the other
    small: int  # content words of the shorter quote
    run: int  # longest run of words both share, word for word
    cosine: float  # best clause-to-clause cosine (0 without an encoder)
    shorter: int = 0  # words of the shorter quote (== run: it is a verbatim fragment)


def clauses(text: str) -> list[str]:
    """The quote and its clauses of four words or more (what the encoder compares)."""
    parts = [p.strip() for p in _CLAUSE_RE.split(text) if len(p.split()) >= 4]
    return [text, *parts] if len(parts) > 1 else [text]


def longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of words ``a`` and ``b`` share."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def pair_evidence(a: str, b: str, cosine: float = 0.0) -> Evidence:
    """The text evidence that ``a`` and ``b`` render one statement."""
    return _evidence(_Tokens.of(a), _Tokens.of(b), cosine)


class _Tokens(NamedTuple):
    words: list[str]
    content: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        ws = words(_CENSORED_RE.sub(" expletive ", text))
        return cls(ws, frozenset(w for w in ws if w not in _FUNCTION))


def _evidence(a: _Tokens, b: _Tokens, cosine: float) -> Evidence:
    ca, cb = a.content, b.content
    small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    share = len(small & big) / len(small) if small else 0.0
    wa, wb = a.words, b.words
    return Evidence(share, len(small), longest_run(wa, wb), cosine, min(len(wa), len(wb)))


def _candidate_pairs(
    toks: Sequence[_Tokens], cos: np.ndarray, min_cosine: float
) -> list[tuple[int, int]]:
    """The pairs whose evidence can be enough: a shared content word (containment, a
    verbatim fragment and a long shared run all need one) or a cosine that reaches
    ``min_cosine``; every other pair is left out unscored, so a big story does not
    compare every quote with every other."""
    posting: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(toks):
        for w in t.content:
            posting[w].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in posting.values():
        pairs.update(combinations(ids, 2))
    if cos.size:
        xs, ys = np.nonzero(np.triu(cos >= min_cosine, 1))
        pairs.update(zip(xs.tolist(), ys.tolist(), strict=True))
    return sorted(pairs)


_NAME_PARTICLES = frozenset(
    "al el ul bin ibn bint abu de da del della di du van von der le la".split()
)


def is_description(speaker: str) -> bool:
    """A speaker written as a description ("a spokesman", "the letter", "Senior
    White House officials": a phrase ending in a common noun), not a name."""
    parts = speaker.split(",")[0].split()  # "Jo Ray, spokesman": the name before the comma
    first = parts[0] if parts else ""
    last = parts[-1].strip(".,") if parts else ""
    if last.islower() and last.isalpha() and last not in _NAME_PARTICLES:
        return True
    return not first[:1].isupper() or first.casefold() in _DESCRIPTION_LEADS


class _Speaker(NamedTuple):
    key: str | None  # entity id, or the name's key; None when unknown
    entity: Entity | None
    name: str | None


def _speaker(q: Quote, index: EntityIndex) -> _Speaker:
    if not q.speaker or is_description(q.speaker):
        return _Speaker(None, None, None)
    at = (
        (q.speaker_start, q.speaker_end)
        if q.speaker_start is not None and q.speaker_end is not None
        else None
    )
    ent = index.find(q.speaker, q.article, at)
    if ent is not None:
        return _Speaker(ent.id, ent, ent.name)
    return _Speaker(entity_key(q.speaker), None, q.speaker)


def compatible(a: _Speaker, b: _Speaker) -> bool:
    """Could two known speakers be one (same entity, or name-compatible names)?"""
    if a.key is None or b.key is None or a.key == b.key:
        return True
    if a.entity is not None and b.entity is not None:
        return False
    ka, kb = name_key(a.name or ""), name_key(b.name or "")
    if not (ka.parts and kb.parts):
        return False
    short, full = sorted((ka.parts, kb.parts), key=len)
    if 2 <= len(short) < len(full) and full[-len(short) :] == short:
        return True  # "Boone Isaacs" (after "Academy President") and "Cheryl Boone Isaacs"
    return same_person_name(ka, kb)


def _cosines(quotes: Sequence[Quote], encoder: SentenceEncoder | None) -> np.ndarray:
    """Best clause-to-clause cosine of every two quotes (zeros without an encoder)."""
    n = len(quotes)
    if encoder is None or n < 2:
        return np.zeros((n, n), dtype=np.float32)
    texts: list[str] = []
    owner: list[int] = []
    for k, q in enumerate(quotes):
        for c in clauses(q.text):
            texts.append(c)
            owner.append(k)
    mat = np.asarray(encoder.encode(texts), dtype=np.float32)
    sims = mat @ mat.T
    starts = np.flatnonzero(np.r_[True, np.diff(owner) != 0])
    rows = np.maximum.reduceat(sims, starts, axis=0)
    out: np.ndarray = np.maximum.reduceat(rows, starts, axis=1)
    return out


def _separate_statements(
    quotes: Sequence[Quote],
    toks: Sequence[_Tokens],
    spk: Sequence[_Speaker],
    links: Sequence[tuple[float, int, int]],
    model: QuoteGroupModel,
) -> list[set[int]]:
    """For each quote, the quotes of its own article that are another statement
    (see the module docstring): they may not share its group."""
    apart: list[set[int]] = [set() for _ in quotes]
    linked: dict[int, set[int]] = defaultdict(set)
    for _, i, j in links:
        linked[i].add(j)
        linked[j].add(i)
    # only quotes that links could bring together: one article, one linked component
    comp: UnionFind[int] = UnionFind(linked)
    for _, i, j in links:
        comp.union(i, j)
    together: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i in sorted(linked):
        if len(toks[i].words) >= FULL_WORDS:
            together[(comp.find(i), quotes[i].article)].append(i)
    pairs = [p for same in together.values() for p in combinations(same, 2)]
    for x, y in pairs:
        rule = model.known if spk[x].key and spk[y].key else model.unknown
        if rule.enough(_evidence(toks[x], toks[y], 0.0)):
            continue  # one statement printed twice
        wx, wy = toks[x].words, toks[y].words
        spanned = any(
            longest_run(toks[z].words, wx) >= SPAN_RUN
            and longest_run(toks[z].words, wy) >= SPAN_RUN
            for z in linked[x] & linked[y]
        )
        if not spanned:
            apart[x].add(y)
            apart[y].add(x)
    return apart


# what may stand between two pieces of one quote: its attribution ("," said Maria
# Cardona, a spokeswoman for the agency. "), one sentence at most
_ATTRIBUTION_GAP = 240
_ABBREVIATION_RE = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.")


def continued_pieces(ordered: Sequence[Quote], texts: Mapping[str, str]) -> list[tuple[int, int]]:
    """Pairs (i, i + 1) of ``ordered`` quotes that are one quote of one article cut by
    its attribution ("“Our goal is to reunite them,” said Maria Cardona, a spokeswoman.
    “The issue is not whether, but when.”"): the same speaker, and nothing between
    them but the attribution (one sentence, across one paragraph break at most)."""
    out = []
    for i in range(len(ordered) - 1):
        a, b = ordered[i], ordered[i + 1]
        text = texts.get(a.article)
        if text is None or a.article != b.article or not a.speaker or a.speaker != b.speaker:
            continue
        gap = text[a.end : b.start]
        if len(gap) > _ATTRIBUTION_GAP or not VERB_RE.search(gap):
            continue
        words = _ABBREVIATION_RE.sub("", gap.strip(" \n\"“”‘’'`,."))
        if re.search(r"[.!?]\s", words) or gap.count("\n\n") > 1:
            continue
        out.append((i, i + 1))
    return out


def align_quotes(
    quotes: Sequence[Quote],
    index: EntityIndex,
    encoder: SentenceEncoder | None = None,
    model: QuoteGroupModel | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[QuoteGroup]:
    """Group renderings of one statement (see the module docstring); with the
    articles' ``texts``, the pieces of one quote an article cuts with its attribution
    are one statement when no other article prints either (``continued_pieces``)."""
    model = model or load_model()
    ordered = sorted(quotes, key=lambda q: (q.article, q.start))
    spk = [_speaker(q, index) for q in ordered]
    # the evidence depends on the two texts only: score each pair of distinct texts once
    rep_of: dict[str, int] = {}
    distinct: list[Quote] = []
    holders: list[list[int]] = []
    for i, q in enumerate(ordered):
        r = rep_of.setdefault(q.text, len(distinct))
        if r == len(distinct):
            distinct.append(q)
            holders.append([])
        holders[r].append(i)
    cos = _cosines(distinct, encoder)
    toks = [_Tokens.of(q.text) for q in distinct]
    floor = min(model.known.min_cosine, model.unknown.min_cosine)
    text_pairs = _candidate_pairs(toks, cos if encoder is not None else np.zeros(0), floor)
    text_pairs += [(r, r) for r, held in enumerate(holders) if len(held) > 1]
    links: list[tuple[float, int, int]] = []
    printed_alike: list[tuple[int, int]] = []  # word for word, speakers told apart
    for ra, rb in text_pairs:
        ev = _evidence(toks[ra], toks[rb], float(cos[ra, rb]))
        known_ok, unknown_ok = model.known.enough(ev), model.unknown.enough(ev)
        if not (known_ok or unknown_ok):
            continue
        strength = max(ev.containment if ev.small >= 2 else 0.0, ev.cosine, ev.run / 10)
        verbatim = ev.shorter >= FULL_WORDS and ev.run == ev.shorter
        pairs = combinations(holders[ra], 2) if ra == rb else product(holders[ra], holders[rb])
        for x, y in pairs:
            i, j = min(x, y), max(x, y)
            if ordered[i].article == ordered[j].article:
                continue
            if not compatible(spk[i], spk[j]):
                if verbatim:
                    printed_alike.append((i, j))
                continue
            if known_ok if spk[i].key and spk[j].key else unknown_ok:
                links.append((strength, i, j))

    # an unknown speaker's quote that two incompatible speakers both said stays alone
    partners: dict[int, set[int]] = defaultdict(set)
    for _, i, j in links:
        if spk[i].key is None and spk[j].key is not None:
            partners[i].add(j)
        elif spk[j].key is None and spk[i].key is not None:
            partners[j].add(i)
    torn = {
        u
        for u, ks in partners.items()
        if any(not compatible(spk[x], spk[y]) for x, y in combinations(sorted(ks), 2))
    }
    links = [t for t in links if t[1] not in torn and t[2] not in torn]
    quote_toks = [toks[rep_of[q.text]] for q in ordered]
    apart = _separate_statements(ordered, quote_toks, spk, links, model)

    uf: UnionFind[int] = UnionFind(range(len(ordered)))
    known: list[list[int]] = [[i] if spk[i].key else [] for i in range(len(ordered))]
    held: list[set[int]] = [{i} for i in range(len(ordered))]
    for _, i, j in sorted(links, key=lambda t: (-t[0], t[1], t[2])):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        if any(apart[x] & held[rj] for x in held[ri]):
            continue
        if all(compatible(spk[x], spk[y]) for x in known[ri] for y in known[rj]):
            uf.union(ri, rj)
            known[rj].extend(known[ri])
            held[rj] |= held[ri]

    # one statement printed word for word by two outlets that name two speakers: one
    # group, whose speaker the renderings vote for
    disputed: set[int] = set()
    for i, j in printed_alike:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or any(apart[x] & held[rj] for x in held[ri]):
            continue
        if any(
            ordered[x].article == ordered[y].article and not compatible(spk[x], spk[y])
            for x in held[ri]
            for y in held[rj]
        ):
            # one article gives the two their own speakers ("“Were you correct when you
            # said the surge will be the most dangerous blunder …?”" McCain asked Hagel):
            # a statement quoted inside another, not one statement two outlets dispute
            continue
        if not _voted_speakers(sorted(held[ri] | held[rj]), spk, ordered):
            continue  # the outlets name two speakers as often: nothing settles it
        uf.union(ri, rj)
        held[uf.find(ri)] = held[ri] | held[rj]
        disputed.add(ri)
    disputed = {uf.find(d) for d in disputed}

    # the pieces of one quote an article cut with its attribution: one statement, when
    # neither is printed by another article (which would chain other statements in)
    for i, j in continued_pieces(ordered, texts or {}):
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or ri in disputed or rj in disputed:
            continue
        if {ordered[x].article for x in held[ri] | held[rj]} == {ordered[i].article}:
            uf.union(ri, rj)
            held[rj] |= held[ri]
            known[rj].extend(known[ri])

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        clusters[uf.find(i)].append(i)
    out = []
    for members in clusters.values():
        renderings = tuple(ordered[i] for i in members)
        if uf.find(members[0]) in disputed:
            named = _voted_speakers(members, spk, ordered)
        else:
            named = [i for i in members if spk[i].key is not None]
        ent = next((spk[i].entity for i in named if spk[i].entity is not None), None)
        first = ordered[named[0]] if named else renderings[0]
        gid = "q" + hashlib.sha256(f"{first.article}:{first.start}".encode()).hexdigest()[:10]
        out.append(
            QuoteGroup(
                id=gid,
                speaker_name=ent.name if ent else first.speaker,
                speaker_entity=ent.id if ent else None,
                renderings=renderings,
            )
        )
    out.sort(key=lambda g: (-len({r.article for r in g.renderings}), g.id))
    return out


_PRONOUNS = frozenset("he she they it i we".split())


def _voted_speakers(
    members: list[int], spk: Sequence[_Speaker], quotes: Sequence[Quote]
) -> list[int]:
    """The members whose known speaker is the group's: all of them when the known
    speakers are compatible; else those of the speaker most renderings name (a
    speaker named in the text counts twice, one read from "he"/"she" once), and
    none when two speakers tie (the outlets disagree and nothing settles it)."""
    named = [i for i in members if spk[i].key is not None]
    classes: list[list[int]] = []
    for i in named:
        home = next((c for c in classes if compatible(spk[c[0]], spk[i])), None)
        if home is None:
            classes.append([i])
        else:
            home.append(i)
    if len(classes) <= 1:
        return named

    def weight(c: list[int]) -> int:
        return sum(1 if (quotes[i].speaker_text or "").lower() in _PRONOUNS else 2 for i in c)

    ranked = sorted(classes, key=weight, reverse=True)
    return [] if weight(ranked[0]) == weight(ranked[1]) else ranked[0]


# -- speakers given only by a description (see resolve_descriptions) --

MIN_CONTENT_WORDS = 2
MAX_DESCRIPTION_WORDS = 10
_ARTICLES = frozenset({"the", "a", "an"})
_DESC_FUNCTION = frozenset(
    """the a an of for to in on at by with from as and or his her its their our
    who whose which that""".split()
)
# words that may precede a whole pre-modifier (the phrase starts right after them)
_BEFORE_PHRASE = frozenset(
    """the and or but said says say told tells by with to from of for as that when
    while about on at in after before against called including like between than
    because since if""".split()
)
# a noun that would continue the subject ("The presumptive nominee's campaign
# said", "The Republican nominee campaign said"): the speaker is not the description
_HEAD_CONTINUES = frozenset(
    """campaign spokesman spokeswoman spokesperson aide aides office staff team
    wife husband son daughter family lawyer lawyers attorney attorneys adviser
    advisers advisor supporters allies camp""".split()
)
_SPEECH_VERB = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|call|calls|"
    r"called|urge|urges|urged|declare|declares|declared|write|writes|wrote|"
    r"insist|insists|insisted|argue|argues|argued|warn|warns|warned|claim|"
    r"claims|claimed|state|states|stated|tweet|tweets|tweeted)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*\.?|[^\W_]", re.UNICODE)
_LEADING = re.compile(r"^[\s“”\"'‘’(\[—–-]*")


def description_key(text: str) -> tuple[str, ...]:
    """The words of a description, lowercased, without a leading article."""
    ws = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    while ws and ws[0] in _ARTICLES:
        ws = ws[1:]
    return tuple(ws)


def content_words(key: Sequence[str]) -> int:
    return sum(1 for w in key if w not in _DESC_FUNCTION)


def _usable(key: Sequence[str]) -> bool:
    return 0 < len(key) <= MAX_DESCRIPTION_WORDS and content_words(key) >= MIN_CONTENT_WORDS


@cache
def _phrase(key: tuple[str, ...]) -> str:
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in key)


class Bindings:
    """Where a story binds descriptions to named people (see the module docstring)."""

    def __init__(self, entities: Sequence[Entity], texts: Mapping[str, str]) -> None:
        self.spans = [
            (e.id, m.article, m.start, m.end)
            for e in entities
            if e.kind == "person"
            for m in e.mentions
            if m.article in texts
        ]
        self.names = {e.id: e.name for e in entities}
        self.texts = texts
        self._seen: dict[tuple[str, ...], frozenset[str]] = {}

    def people(self, key: tuple[str, ...]) -> frozenset[str]:
        """The entity ids the story binds the description ``key`` to."""
        if key not in self._seen:
            self._seen[key] = self._find(key) if _usable(key) else frozenset()
        return self._seen[key]

    def _find(self, key: tuple[str, ...]) -> frozenset[str]:
        d = _phrase(key)
        after = re.compile(
            rf"\s*,\s+(?:the\s+)?{d}(?=\s*[,;.)—–]|\s+(?:who|whose)\b)", re.IGNORECASE
        )
        before = re.compile(rf"(?:^|(?<=\W))(?:the\s+)?{d}\s+$", re.IGNORECASE)
        found = set()
        for eid, art, start, end in self.spans:
            text = self.texts[art]
            if after.match(text, end):
                found.add(eid)
                continue
            head = text[max(0, start - 300) : start]
            m = before.search(head)
            if m and _phrase_starts(head, m.start()):
                found.add(eid)
        return frozenset(found)

    def resolve(self, key: tuple[str, ...]) -> str | None:
        """The one person's name the description is bound to, if exactly one."""
        ids = self.people(key)
        return self.names[next(iter(ids))] if len(ids) == 1 else None


def _bound_as_written(q: Quote, bindings: Bindings) -> str | None:
    """The one person the story binds the description a quote's attribution gives
    as written, when it is a role of someone's (a possessive opens it: "China's
    ambassador to Britain", bound by "China's ambassador to Britain Liu Xiaming")."""
    written = q.speaker_text or ""
    if not re.match(r"[A-Z][\w.-]*['’]s\s+[a-z]", written):
        return None
    return bindings.resolve(description_key(written))


def _phrase_starts(text: str, at: int) -> bool:
    """Does a noun phrase start at ``at`` (after punctuation, a line start, a
    function word), rather than continue one ("former presidential nominee")?"""
    if text[at : at + 4].casefold() == "the ":
        return True
    prev = text[:at].rstrip(" \t")
    if not prev or prev[-1] in '\n,;:(“"‘—–.!?':
        return True
    word = re.search(r"([^\W\d_]+)$", prev)
    return word is not None and word.group(1).casefold() in _BEFORE_PHRASE


def _sentence_of(q: Quote, sentences: Sequence[Sentence], text: str) -> tuple[int, int]:
    for s in sentences:
        if s.start <= q.start < s.end:
            return s.start, s.end
    start = max(text.rfind("\n", 0, q.start), text.rfind(". ", 0, q.start)) + 1
    return start, q.end


def _subject_candidates(q: Quote, text: str, sent: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans ``The w1 .. wk`` opening the quote's sentence, longest first, each
    followed by a word that does not continue the noun phrase and then, before
    the quote, a speech verb."""
    s0 = sent[0]
    lead = _LEADING.match(text, s0)
    at = lead.end() if lead else s0
    if not text.startswith("The ", at) or at >= q.start:
        return []
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[at : q.start])]
    out = []
    for k in range(2, min(len(toks), MAX_DESCRIPTION_WORDS + 2)):
        last = text[at + toks[k - 1][0] : at + toks[k - 1][1]]
        if not re.fullmatch(r"[\w\-’']+", last):
            break  # punctuation ends the subject
        nxt = text[at + toks[k][0] : at + toks[k][1]]
        if not nxt[:1].islower() or nxt.strip(",.;:").casefold() in _HEAD_CONTINUES:
            continue
        if _SPEECH_VERB.search(text, at + toks[k][0], q.start):
            out.append((at, at + toks[k - 1][1]))
    return out[::-1]


def resolve_descriptions(
    quotes: Sequence[Quote],
    entities: Sequence[Entity],
    texts: Mapping[str, str],
    sentences: Mapping[str, Sequence[Sentence]] | None = None,
) -> list[Quote]:
    """``quotes`` with the speakers given only by a description the story binds
    to one named person resolved to that person (see the module docstring)."""
    bindings = Bindings(entities, texts)
    out = []
    for q in quotes:
        text = texts.get(q.article)
        if text is None:
            out.append(q)
        elif q.speaker and is_description(q.speaker):
            words = description_key(q.speaker)
            definite = q.speaker.split()[0].casefold() == "the"
            name = bindings.resolve(words) if definite else None
            out.append(replace(q, speaker=name) if name else q)
        elif q.speaker is None and (name := _bound_as_written(q, bindings)):
            out.append(replace(q, speaker=name))  # "China's ambassador to Britain warned"
        elif q.speaker is None:
            sent = _sentence_of(q, (sentences or {}).get(q.article, ()), text)
            for a, b in _subject_candidates(q, text, sent):
                key = description_key(text[a:b])
                if not bindings.people(key):
                    continue
                name = bindings.resolve(key)
                if name:
                    q = replace(
                        q, speaker=name, speaker_text=text[a:b], speaker_start=a, speaker_end=b
                    )
                break  # the longest bound description decides, resolved or not
            out.append(q)
        else:
            out.append(q)
    return out
