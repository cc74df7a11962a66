"""Timeline: dated events across the articles of a story, with date conflicts.

Every time expression with a resolved date (already resolved against its own
article's publication date) is placed with the other expressions of the same
date whose sentences tell of the same event: single link on the IDF-weighted
overlap of the sentences' content words (``MIN_SAME_EVENT``), the story's
common words weighing nothing.  Each item is described by its shortest
sentence and lists every source span.

A **date conflict** is the same one-off event dated differently by different
outlets: two items a few days apart at most (``MAX_DAYS_APART``), at day
precision, from different articles, that tell of the same kind of one-off
event next to their dates (``FRAMES``: the publication of a video or
statement, an attack) with some overlap in their sentences
(``MIN_CONFLICT``), and no article that tells of the event on both dates (an
article giving both is describing a sequence, not disagreeing).  Unframed days
conflict too when told with a verb of an event that happens once to the same people
(``ONE_OFF``: a resignation, an appointment, a death; see ``PREDICATES`` below) in
sentences that name some of the same people or places (or one names none: "Ada Marsh
resigned" / "Tobin resigned" are two events) and overlap, less the verbs, by at
least ``MIN_ONE_OFF``, provided the two days can be compared as written: not both
relative ("Thursday", "yesterday") to different publication dates, and none relative
to a publication date guessed from the text.  A period ("last
week", "over the weekend", "last fall", "the third quarter": its first day,
``part_of_day`` saying which; "the 1990s": its first year) is a dated event of
its own and never in a conflict: it holds the days it would seem to disagree
with.  Only dates are placed: durations ("three weeks"), recurrences ("daily")
and the present ("currently") have no date and never reach the timeline.  Lexical or
embedding similarity alone does not tell one event from the next day's report
of the same place ("smoke hung over the town on Monday" / "the smell still hung
over it on Tuesday"), hence the frames and one-off verbs; other day-precision
events are never flagged.

Years conflict too, under a rule of their own: two items at year precision (not a
decade) exactly one year apart, from different articles, whose years are introduced
by the same lead word (``since``, ``from``, ``until``, ``till``, ``to``, ``in``,
``by``: "has led House Democrats since 2002" / "since 2003", "served from 1966" /
"from 1967") in sentences that overlap by at least ``MIN_YEAR_CONFLICT``; no frame
is needed, and, as for days, no article may tell of the event in both years.  The
whole sentence is read (descriptions are cut to ``MAX_DESCRIPTION``, the words
compared are not).

Dates of different precision conflict under a third rule (mixed precision: "mid May" /
"April 30", "quit earlier this month" / "left ... last year"): the finer date lies
clearly outside the vaguer one (outside the month or year, and a third of it away from
the third that "early", "mid" or "late" names: "April 30" is not clearly outside "early
May") yet within a month of its edge (``_REACH``); the two are told with the same verb
or verbs of one class (``PREDICATES``: "quit" / "left", "held" / "hold"; the verb is
the nearest one before the expression in its clause, else right after it; saying is no
event); and their stemmed sentences, less those verbs, name the same people or places
(as above) and overlap by at least ``MIN_MIXED_CONFLICT`` (who or what: "the Patrick
administration", "the primary").  A week, a season or a decade never takes part, nor
does a year of two running into each other ("the 1982-83 season": it holds 1983).

Both items of a conflict are flagged ``conflict`` and their descriptions say which
outlets disagree.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field

from ..analyze.time_periods import HALF_PARTS, PERIOD_PARTS, QUARTER_PARTS, SEASONS
from ..ingest.dates import on_stamp_line
from ..model import Analysis, Article, SpanRef, TimeExpression, TimelineItem, TimelinePrecision
from .assign import ENTITY_LABELS
from .claims import context_words, idf_weights

MAX_DESCRIPTION = 160
FRAME_WINDOW = 12  # words either side of the time expression

# one-off events: an outlet that dates one differently from another disagrees
_OBJECTS = r"(?:video|clip|footage|recording|statement|message|post|communiqu[eé]|audio|tape)"
FRAMES: dict[str, re.Pattern[str]] = {
    "publication": re.compile(
        rf"\b(?:{_OBJECTS}s?\b.{{0,80}}\b(?:posted|released|published|surfaced|appeared|"
        rf"uploaded|circulated|broadcast|aired|issued|emerged|shared)|(?:posted|released|published|"
        rf"uploaded|circulated|broadcast|aired|issued|shared)\b.{{0,40}}\b{_OBJECTS})",
        re.IGNORECASE,
    ),
}
# an attack is the dated event only when named right before the date ("the attack
# late Sunday") or as its possessive ("yesterday's attack")
_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:attack|assault|raid|bombing|ambush)(?:\s+\S+){0,4}\s*$", re.IGNORECASE
)
_ATTACK_AFTER_RE = re.compile(r"^['’]s\s+(?:attack|assault|raid|bombing|ambush)\b", re.IGNORECASE)
MIN_SAME_EVENT = 0.3
MIN_CONFLICT = 0.15
MAX_DAYS_APART = 3
SAMPLE = 8  # members of an event that a newcomer is compared with
MAX_FRAMED = 500  # framed events checked pairwise for conflicts
# two years a year apart conflict only when introduced alike ("since", "from") in
# sentences this close: on BASIL dev the one real split compared ("has led House
# Democrats since 2002" / "since 2003") scores 1.0, unrelated pairs 0.15 at most
MIN_YEAR_CONFLICT = 0.5
_LEAD_RE = re.compile(r"\b(since|from|until|till|to|in|by)\s*$", re.IGNORECASE)
# mixed precision ("mid May" / "April 30", "last year" / "earlier this month"): the
# finer date must lie clearly outside the vaguer one, within one unit of it, be told
# with the same kind of predicate ("quit" / "left") in sentences this close
MIN_MIXED_CONFLICT = 0.3
PREDICATE_WINDOW = 8  # words before the time expression searched for its verb
# verb classes of events that happen once to the same people: two outlets giving two
# days for one resignation, death or appointment disagree (arrests, wins and joining
# recur in one story: a protest's nights, a campaign's primaries)
ONE_OFF = frozenset({"leave", "appoint", "die", "marry", "bear"})
MIN_ONE_OFF = 0.5
MAX_MIXED = 200  # finer events compared with one vaguer event
_RANK = {"day": 0, "month": 1, "year": 2}
# days outside a month or year within which a finer date is still compared: further
# off, the same people doing the same thing are more often doing it again ("signed a
# bill last year" / "signed the bill on Friday" in June)
_REACH = {"month": 31, "year": 31}
PERIODS = PERIOD_PARTS
"""``part_of_day`` of a date standing for a period (its first day: a week, a weekend, a
season, a quarter, a half year) or a decade: never in a conflict."""


def _period(t: TimeExpression) -> str | None:
    """The period a date stands for ("week", "Q3", "summer", "decade"), or None."""
    part = t.part_of_day
    if part is not None and (part in PERIODS or part.endswith("decade")):
        return part
    return None


def _period_precision(span: str | None) -> TimelinePrecision | None:
    """The timeline precision of a period a date starts ("week", "quarter" for "Q3",
    "season" for "fall", "half" for "H1"), None for no period or a decade."""
    if span in ("week", "weekend"):
        return span  # type: ignore[return-value]
    if span in QUARTER_PARTS:
        return "quarter"
    if span in HALF_PARTS:
        return "half"
    if span in SEASONS:
        return "season"
    return None


_NEXT_YEAR_RE = re.compile(r"^(\s?)[-–/]\s?(\d{4}|\d{2})\b")
_LAST_YEAR_RE = re.compile(r"\b(\d{4})\s?[-–/](\s?)$")
_SEASON_WORD_RE = re.compile(
    r"\b(?:season|seasons|fiscal|financial|academic|school|campaign|term|FY)\b", re.I
)


def _two_years(text: str, t: TimeExpression) -> str | None:
    """ "seasons" when a year is one of two running into each other ("the 1982-83
    season", "fiscal 2012-2013"): that span holds the next (or the last) year too, so
    it disagrees with neither.  Written apart ("1982 - 83", as tokenised corpora print
    it) only with four digits or a season word near: "in 2012 - 13 people died" is a
    year and a count."""
    if t.precision != "year" or t.date is None:
        return None
    year = t.date.year
    near = text[max(0, t.start - 30) : t.end + 30]

    def close(spaced: str, other: str) -> bool:
        return not spaced or len(other) == 4 or bool(_SEASON_WORD_RE.search(near))

    m = _NEXT_YEAR_RE.match(text[t.end : t.end + 8])
    if m and int(m.group(2)) in (year + 1, (year + 1) % 100) and close(m.group(1), m.group(2)):
        return "seasons"
    m = _LAST_YEAR_RE.search(text[max(0, t.start - 8) : t.start])
    if m and int(m.group(1)) == year - 1 and close(m.group(2), m.group(1)):
        return "seasons"
    return None


@dataclass
class _Event:
    date: dt.date
    precision: str
    span: str | None = None
    """The period (``_period``: "week", "Q3", "decade", ...) the date starts, or None."""
    members: list[tuple[TimeExpression, str, frozenset[str]]] = field(default_factory=list)
    frames: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    """Predicate keys (``PREDICATES`` classes or verb stems) of its members' verbs."""
    names: frozenset[str] = frozenset()
    """The people and places its first ``SAMPLE`` members' sentences name (``_names``)."""

    @property
    def articles(self) -> set[str]:
        return {t.article for t, _, _ in self.members}


# ------------------------------------------------------------------ same event
# the verb telling of a dated event, reduced to a stem ("held" -> "hold", "served" ->
# "serv"); two outlets tell of one event with the same verb or one of a class
_IRREGULAR = {
    "held": "hold", "led": "lead", "left": "leave", "won": "win", "ran": "run",
    "took": "take", "taken": "take", "began": "begin", "begun": "begin", "met": "meet",
    "sent": "send", "made": "make", "gave": "give", "given": "give", "went": "go",
    "came": "come", "became": "become", "fell": "fall", "lost": "lose", "set": "set",
    "shot": "shoot", "struck": "strike", "wrote": "write", "written": "write",
    "chose": "choose", "chosen": "choose", "stood": "stand", "brought": "bring",
    "bought": "buy", "sold": "sell", "paid": "pay", "found": "find", "kept": "keep",
    "fought": "fight", "rose": "rise", "risen": "rise", "drew": "draw", "drawn": "draw",
    "broke": "break", "broken": "break", "spoke": "speak", "spoken": "speak",
    "swore": "swear", "sworn": "swear", "quit": "quit", "hit": "hit", "cut": "cut",
    "put": "put", "told": "tell", "said": "say", "stepped": "step", "sat": "sit",
    "flew": "fly", "threw": "throw", "thrown": "throw", "shut": "shut", "beat": "beat",
    "beaten": "beat", "ended": "end", "died": "die",
}  # fmt: skip
_AUX = frozenset(
    "be is are was were been being has have had do does did will would shall should can "
    "could may might must get got gets".split()
)
# verbs of one class tell of the same kind of event ("quit" / "left" the administration,
# "held the seat" / "served")
PREDICATES: dict[str, tuple[str, ...]] = {
    "leave": ("leave", "quit", "resign", "depart", "exit", "retire", "step"),
    "join": ("join", "start", "begin", "enter", "launch", "found"),
    "schedule": ("hold", "schedule", "set", "slate", "plan", "stage"),
    "tenure": ("serve", "hold", "lead", "chair", "head", "run"),
    "win": ("win", "elect", "defeat", "beat"),
    "lose": ("lose",),
    # not "name": "a man named Vell", "named after" tell of no appointment
    "appoint": ("appoint", "nominate", "tap", "pick", "choose", "select"),
    "release": ("release", "publish", "post", "issue", "unveil", "file"),
    "sign": ("sign",),
    "die": ("die",),
    "arrest": ("arrest", "detain", "charge", "indict"),
    "vote": ("vote", "pass", "approve"),
    "meet": ("meet",),
    "marry": ("marry", "wed"),
    "bear": ("bear", "born"),
}
# saying is no one-off event: outlets report what was said on different days
_SPEECH_VERBS = (
    "say tell add note ask speak claim argue warn insist explain describe suggest recall "
    "reply respond acknowledge admit testify tweet write"
)
_CLAUSE_STOPS = frozenset(
    "and but or when while after before because although though that which who whom "
    "whose where than if unless".split()
)
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|[,;:()\"“”—–]")


def _stem(word: str) -> str:
    """A crude stem that inflections share: "held" and "hold", "primaries" and
    "primary", "served" and "serve" ("serv")."""
    w = word.lower()
    w = _IRREGULAR.get(w, w)
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ie"):  # "primarie": context_words dropped the s
        w = w[:-2] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "planned" -> "plan"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


_PREDICATE_CLASSES: dict[str, frozenset[str]] = {}
for _cls, _verbs in PREDICATES.items():
    for _v in _verbs:
        _PREDICATE_CLASSES[_stem(_v)] = _PREDICATE_CLASSES.get(_stem(_v), frozenset()) | {_cls}


_SPEECH = frozenset(_stem(w) for w in _SPEECH_VERBS.split())


def _stems(ctx: frozenset[str]) -> frozenset[str]:
    return frozenset(_stem(w) for w in ctx)


def _verb(token: str) -> str | None:
    """The stem of a token that reads as a verb (a known event verb, an irregular past,
    a regular past in -ed), or None; names and auxiliaries are no verbs."""
    if token[0].isupper() or token.lower() in _AUX:
        return None
    low = token.lower()
    stem = _stem(low)
    if low in _IRREGULAR or stem in _PREDICATE_CLASSES or (low.endswith("ed") and len(low) > 4):
        return stem
    return None


def predicate(text: str, sentence_start: int, sentence_end: int, t: TimeExpression) -> str | None:
    """The verb a time expression dates: the nearest one before it in its clause ("held
    the seat from 1966", "would be held on April 30"), else right after it ("on
    Monday signed"); None when no verb is found."""
    before = _TOKEN_RE.findall(text[sentence_start : t.start])[-PREDICATE_WINDOW:]
    after = _TOKEN_RE.findall(text[t.end : sentence_end])[:5]
    for tokens in (reversed(before), after):
        for tok in tokens:
            if not tok[0].isalpha() or tok.lower() in _CLAUSE_STOPS:
                break
            v = _verb(tok)
            if v:
                return None if v in _SPEECH else v
    return None


def _predicate_keys(verb: str) -> frozenset[str]:
    return _PREDICATE_CLASSES.get(verb, frozenset({verb}))


# ------------------------------------------------------------------ mixed precision
_QUALIFIER_RE = re.compile(
    r"^(?:(early)|(mid|the middle of)|(late)|the (beginning|start) of|the end of)\b",
    re.IGNORECASE,
)


def _bounds(date: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day of the day, month or year a date stands for."""
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last)
    return date, date


def _third(t: TimeExpression) -> int | None:
    """Which third of its month or year a vague date names: "early May" 0, "mid May" 1,
    "late 2012" 2; None when it names the whole of it."""
    if t.precision == "year" and t.part_of_day in ("early", "mid", "late"):
        return ("early", "mid", "late").index(t.part_of_day)
    m = _QUALIFIER_RE.match(t.text)
    if not m:
        return None
    if m.group(1) or m.group(4):
        return 0
    return 1 if m.group(2) else 2


def _clearly_outside(fine: _Event, coarse: _Event) -> bool:
    """Does the finer date lie clearly outside the vaguer one, yet within ``_REACH`` of
    its edge?  "April 30" is outside "mid May" (eleven days short of its middle third)
    but not clearly outside "early May"; "December 20, 2012" is outside "in 2013"."""
    lo, hi = _bounds(fine.date, fine.precision)
    clo, chi = _bounds(coarse.date, coarse.precision)
    if clo <= hi and lo <= chi:
        return False
    gap = (clo - hi).days if hi < clo else (lo - chi).days
    if gap > _REACH[coarse.precision]:
        return False
    span = (chi - clo).days + 1
    for t, _, _ in coarse.members:
        third = _third(t)
        if third is None:
            continue
        slo = clo + dt.timedelta(days=span * third // 3)
        shi = clo + dt.timedelta(days=span * (third + 1) // 3 - 1)
        if ((slo - hi).days if hi < slo else (lo - shi).days) < span // 3:
            return False
    return True


def _same_footing(x: _Event, y: _Event, guessed: Set[str]) -> bool:
    """Could the two days be compared as the outlets wrote them?  Not when both are
    relative ("Thursday", "yesterday") to different publication dates (a day between
    two reports splits them as well), nor when a relative one counts from a publication
    date guessed from the text (``guessed``: it may be a date the story mentions)."""
    return any(
        not (a.relative and b.relative and a.reference != b.reference)
        and not (a.relative and a.article in guessed)
        and not (b.relative and b.article in guessed)
        for a, _, _ in x.members
        for b, _, _ in y.members
    )


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mr mrs ms dr sen rep gov the".split()
)


def _names(analysis: Analysis, text: str, lo: int, hi: int) -> frozenset[str]:
    """The words of the people, places and bodies a sentence names (its named-entity
    mentions; without any in the article, its capitalised words after the first)."""
    if analysis.mentions:
        named = " ".join(
            m.text for m in analysis.mentions if m.label in ENTITY_LABELS and lo <= m.start < hi
        )
        tokens = [t for t in _TOKEN_RE.findall(named) if t[0].isalpha()]
    else:
        tokens = [t for t in _TOKEN_RE.findall(text[lo:hi])[1:] if t[0].isupper()]
    out = {t.lower().removesuffix("'s").removesuffix("’s") for t in tokens if len(t) > 2}
    return frozenset(out - _CALENDAR)


def _same_names(x: _Event, y: _Event) -> bool:
    """Do the two events name the same people or places, or one of them none?  Two
    people resigning a day apart are two events ("Ada Marsh" / "Tobin")."""
    return not x.names or not y.names or bool(x.names & y.names)


def _short(sentence: str) -> str:
    """A sentence cut to ``MAX_DESCRIPTION`` characters for an item's description."""
    if len(sentence) <= MAX_DESCRIPTION:
        return sentence
    return sentence[: MAX_DESCRIPTION - 1] + "…"


_DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z .'’\-]{1,40},\s*$")


def _in_dateline(text: str, t: TimeExpression) -> bool:
    """Is this the article's own dateline ("BELLMOUTH, 10 March 2026 —") or a line that
    is only a date stamp ("Posted: Aug 7, 2012 at 9:56 AM", "UPDATED: THURSDAY, MARCH
    14, 2013, 9:31 AM": ``ingest.dates.date_stamp``)?  Not an event."""
    line_start = text.rfind("\n", 0, t.start) + 1
    if t.start - line_start < 50 and _DATELINE_RE.match(text[line_start : t.start]):
        return True
    return on_stamp_line(text, t.start)


def event_frames(text: str, t: TimeExpression, lo: int, hi: int) -> frozenset[str]:
    """The one-off events (``FRAMES``) told within a few words of a time expression in
    the sentence ``text[lo:hi]``."""
    before = text[lo : t.start].split()[-FRAME_WINDOW:]
    after = text[t.end : hi].split()[:FRAME_WINDOW]
    window = " ".join([*before, *after])
    found = {name for name, rx in FRAMES.items() if rx.search(window)}
    if _ATTACK_BEFORE_RE.search(" ".join(before[-6:])) or _ATTACK_AFTER_RE.match(text[t.end : hi]):
        found.add("attack")
    return frozenset(found)


def _lead(e: _Event) -> set[str]:
    """The words introducing an event's year expressions ("since", "from")."""
    out = set()
    for t, sentence, _ in e.members:
        first = t.text.split()[0].lower()
        if len(t.text.split()) > 1 and _LEAD_RE.search(first):
            out.add(first)  # "since 2002" is one expression
            continue
        i = sentence.find(t.text)
        m = _LEAD_RE.search(sentence[:i]) if i > 0 else None
        if m:
            out.add(m.group(1).lower())
    return out


def _similarity(a: frozenset[str], b: frozenset[str], idf: Mapping[str, float]) -> float:
    wa = sum(idf.get(w, 0.0) for w in a)
    wb = sum(idf.get(w, 0.0) for w in b)
    shared = sum(idf.get(w, 0.0) for w in a & b)
    return shared / min(wa, wb) if min(wa, wb) > 0 else 0.0


def _event_similarity(x: _Event, y: _Event, idf: Mapping[str, float]) -> float:
    return max(
        _similarity(a, b, idf) for _, _, a in x.members[:SAMPLE] for _, _, b in y.members[:SAMPLE]
    )


def _participant_similarity(
    x: _Event,
    y: _Event,
    stems: Mapping[tuple[str, int], frozenset[str]],
    verbs: Mapping[tuple[str, int], str | None],
    idf: Mapping[str, float],
) -> float:
    """``_event_similarity`` on stemmed words ("primaries" meets "primary") less the
    verbs that date the two events: what else the sentences share (who, what, where)."""
    told = {verbs[(t.article, t.start)] for e in (x, y) for t, _, _ in e.members[:SAMPLE]}
    return max(
        _similarity(stems[(a.article, a.start)] - told, stems[(b.article, b.start)] - told, idf)
        for a, _, _ in x.members[:SAMPLE]
        for b, _, _ in y.members[:SAMPLE]
    )


@dataclass
class _Clues:
    """What the conflict passes read, per time expression (keyed by (article, start))
    and for the story: word weights, stems, the dating verb, and the articles whose
    publication date was guessed."""

    idf: dict[str, float]
    stems: dict[tuple[str, int], frozenset[str]]
    stem_idf: dict[str, float]
    verbs: dict[tuple[str, int], str | None]
    guessed: set[str]


Found = list[tuple[TimeExpression, str, frozenset[str]]]


# a year written as a noun's modifier: "the 1973 law", "a 2001 Bush policy change",
# "his critically acclaimed 2010 solo show", "Trump's 2016 campaign"
_MODIFIER_LEAD_RE = re.compile(
    r"(?:\b(?i:the|a|an|his|her|its|their|our|my|your|this|that|whose)|\b[A-Z][\w\-]*['’]s?)"
    r"(?:[ \u00a0]+(?!(?i:year|years|in|of|since|from)\b)[a-z][\w\-]*){0,2}[ \u00a0]+$"
)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+(?P<w>[A-Za-z][\w'’\-]*)(?P<stop>[,.;:!?)]?)")
# words that open a clause or a phrase after the noun, not part of it
_PHRASE_STOPS = frozenset(
    """and or to through until when that which who was were is are has had have be been
    being will would could can may might must should did does do said says in on of at
    for by with as from after before over""".split()
)
MAX_PHRASE_WORDS = 3


def attributive_phrase(text: str, t: TimeExpression) -> str | None:
    """The noun phrase a bare year is written in as its modifier ("the 1973 law", "the
    2016 election", "a 2021 second-round pick"), or None.  Such a year dates that
    thing, not the event its sentence tells ("Kempthorne said he wouldn't allow the
    1973 law to be used as …"): the timeline describes it by that phrase, not by the
    sentence, which would read as an event of 1973.  The phrase ends at a mark, a
    word that opens a clause or a phrase, a past form after the noun ("campaign
    hired") or its ``MAX_PHRASE_WORDS``-th word."""
    if t.precision != "year" or not t.text.isdigit() or len(t.text) != 4:
        return None
    lead = _MODIFIER_LEAD_RE.search(text, max(0, t.start - 40), t.start)
    if lead is None:
        return None
    end, n = t.end, 0
    while n < MAX_PHRASE_WORDS and (m := _NEXT_WORD_RE.match(text, end)) is not None:
        word = m.group("w")
        if word.lower() in _PHRASE_STOPS or (n and word.endswith("ed") and word.islower()):
            break
        end, n = m.end("w"), n + 1
        if m.group("stop"):
            break
    if n == 0:
        return None
    return " ".join(text[lead.start() : end].split())


def build_timeline(
    articles: Mapping[str, Article], analyses: Sequence[Analysis]
) -> list[TimelineItem]:
    """The story's dated events, each expression grouped with those that date the same
    event, conflicts flagged (day against day, year against year, a date against a
    vaguer one)."""
    found: Found = []
    frames: dict[tuple[str, int], frozenset[str]] = {}
    verbs: dict[tuple[str, int], str | None] = {}
    names: dict[tuple[str, int], frozenset[str]] = {}
    for an in analyses:
        art = articles[an.article]
        starts = [s.start for s in an.sentences]
        for t in an.times:
            # durations, recurrences and the present are not dated events; nor is a
            # decade ("one of the biggest stars of the 1940s and 1950s": an era, and
            # shown by its first year it read as the year 1940)
            if t.kind != "date" or t.date is None or _in_dateline(art.text, t):
                continue
            if (t.part_of_day or "").endswith("decade"):
                continue
            k = bisect_right(starts, t.start) - 1
            sent = an.sentences[k] if k >= 0 and t.start < an.sentences[k].end else None
            lo, hi = (sent.start, sent.end) if sent else (max(0, t.start - 200), t.end + 200)
            # the whole sentence, spaces collapsed
            sentence = " ".join(art.text[lo:hi].split()) if sent else t.text
            words = context_words(sentence.replace(t.text, " "))
            found.append((t, attributive_phrase(art.text, t) or sentence, words))
            frames[(t.article, t.start)] = event_frames(art.text, t, lo, hi)
            verbs[(t.article, t.start)] = predicate(art.text, lo, hi, t)
            names[(t.article, t.start)] = _names(an, art.text, lo, hi)
    # the story's own event words ("video", "posted") must count here: no dropping
    idf = idf_weights([ctx for _, _, ctx in found], drop_common=False)
    stems = {(t.article, t.start): _stems(ctx) for t, _, ctx in found}
    stem_idf = idf_weights(list(stems.values()), drop_common=False)

    clues = _Clues(
        idf,
        stems,
        stem_idf,
        verbs,
        {a.id for a in articles.values() if a.published_inferred},
    )
    events = _group_events(articles, found, idf)
    for e in events:
        e.frames = frozenset().union(*(frames[(t.article, t.start)] for t, _, _ in e.members))
        dating = (verbs[(t.article, t.start)] for t, _, _ in e.members)
        e.verbs = frozenset().union(*(_predicate_keys(v) for v in dating if v))
        e.names = frozenset().union(
            *(names[(t.article, t.start)] for t, _, _ in e.members[:SAMPLE])
        )
    conflicts: dict[int, set[int]] = defaultdict(set)
    _day_conflicts(events, clues, conflicts)
    _year_conflicts(events, clues, conflicts)
    _mixed_conflicts(events, clues, conflicts)
    return _timeline_items(events, conflicts)


def _group_events(
    articles: Mapping[str, Article], found: Found, idf: dict[str, float]
) -> list[_Event]:
    """Expressions of one date (and period) that tell of the same event, as events."""
    by_date: dict[tuple[object, str, str | None], list[_Event]] = defaultdict(list)
    index: dict[tuple[object, str, str | None], dict[str, set[int]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for t, sentence, ctx in sorted(found, key=lambda x: (x[0].article, x[0].start)):
        # "last week" (its Monday) is not "on Monday": a period is an event of its own
        span = _period(t) or _two_years(articles[t.article].text, t)
        key = (t.date, t.precision, span)
        events = by_date[key]
        # candidates share a word with the expression (inverted index), and each is
        # compared through its first SAMPLE members: linear in the number of dates
        candidates = sorted({e for w in ctx for e in index[key].get(w, ())})
        target = next(
            (
                events[e]
                for e in candidates
                if any(
                    _similarity(ctx, c, idf) >= MIN_SAME_EVENT
                    for _, _, c in events[e].members[:SAMPLE]
                )
            ),
            None,
        )
        if target is None:
            assert t.date is not None  # undated expressions were left out
            target = _Event(t.date, t.precision, span)
            events.append(target)
        target.members.append((t, sentence, ctx))
        if len(target.members) <= SAMPLE:
            for w in ctx:
                index[key][w].add(events.index(target))
    events = [e for es in by_date.values() for e in es]

    return events


def _day_conflicts(events: Sequence[_Event], clues: _Clues, conflicts: dict[int, set[int]]) -> None:
    """One event dated on days 1-3 apart, by its frame or a one-off verb."""
    # only events with a one-off frame or verb can conflict; the largest MAX_FRAMED
    day_events = sorted(
        (
            e
            for e in events
            if e.precision == "day" and e.span is None and (e.frames or e.verbs & ONE_OFF)
        ),
        key=lambda e: -len(e.members),
    )[:MAX_FRAMED]
    for i, x in enumerate(day_events):
        for y in day_events[i + 1 :]:
            days = abs((x.date - y.date).days)
            if not 0 < days <= MAX_DAYS_APART:
                continue
            if x.articles & y.articles:  # every event has a member: never empty
                continue
            framed = x.frames & y.frames and _event_similarity(x, y, clues.idf) >= MIN_CONFLICT
            told = (
                x.verbs & y.verbs & ONE_OFF
                and _same_footing(x, y, clues.guessed)
                and _same_names(x, y)
                and _participant_similarity(x, y, clues.stems, clues.verbs, clues.stem_idf)
                >= MIN_ONE_OFF
            )
            if framed or told:
                conflicts[id(x)].add(id(y))
                conflicts[id(y)].add(id(x))


def _year_conflicts(
    events: Sequence[_Event], clues: _Clues, conflicts: dict[int, set[int]]
) -> None:
    # years: "served from 1966" / "served from 1967", "has led since 2002" / "since 2003"
    by_year: dict[int, list[_Event]] = defaultdict(list)
    for e in events:
        if e.precision == "year" and e.span is None:
            by_year[e.date.year].append(e)
    for year, xs in sorted(by_year.items()):
        for x, y in ((x, y) for x in xs for y in by_year.get(year + 1, ())):
            if x.articles & y.articles:  # every event has a member: never empty
                continue
            if _lead(x) & _lead(y) and _event_similarity(x, y, clues.idf) >= MIN_YEAR_CONFLICT:
                conflicts[id(x)].add(id(y))
                conflicts[id(y)].add(id(x))


def _mixed_conflicts(
    events: Sequence[_Event], clues: _Clues, conflicts: dict[int, set[int]]
) -> None:
    # mixed precision: "mid May" / "April 30", "last year" / "earlier this month";
    # candidates share a verb key and lie within a unit of the vaguer date (bisected)
    by_verb: dict[str, list[_Event]] = defaultdict(list)
    for e in events:
        if e.span is None and e.precision in _RANK:
            for v in e.verbs:
                by_verb[v].append(e)
    checked: set[tuple[int, int]] = set()
    for group in by_verb.values():
        group.sort(key=lambda e: e.date)
        starts = [e.date for e in group]
        for coarse in group:
            if coarse.precision == "day":
                continue
            clo, chi = _bounds(coarse.date, coarse.precision)
            reach = dt.timedelta(days=_REACH[coarse.precision])
            lo, hi = bisect_left(starts, clo - reach), bisect_right(starts, chi + reach)
            for fine in group[lo:hi][:MAX_MIXED]:
                if _RANK[fine.precision] >= _RANK[coarse.precision]:
                    continue
                if (id(fine), id(coarse)) in checked:
                    continue
                checked.add((id(fine), id(coarse)))
                if fine.articles & coarse.articles:
                    continue
                if not _clearly_outside(fine, coarse) or not _same_names(fine, coarse):
                    continue
                sim = _participant_similarity(
                    fine, coarse, clues.stems, clues.verbs, clues.stem_idf
                )
                if sim >= MIN_MIXED_CONFLICT:
                    conflicts[id(fine)].add(id(coarse))
                    conflicts[id(coarse)].add(id(fine))


def _timeline_items(events: Sequence[_Event], conflicts: dict[int, set[int]]) -> list[TimelineItem]:
    by_id = {id(e): e for e in events}

    items = []
    for e in events:
        description = _short(min((s for _, s, _ in e.members), key=len))
        other = conflicts.get(id(e), set())
        if other:
            dates = sorted({str(by_id[o].date) for o in other})
            description = f"{description} (other outlets date this {', '.join(dates)})"
        first = min(e.members, key=lambda m: (m[0].article, m[0].start))[0]
        items.append(
            TimelineItem(
                id="t" + hashlib.sha256(f"{first.article}:{first.start}".encode()).hexdigest()[:10],
                date=first.date,  # type: ignore[arg-type]
                # "about three weeks ago", "the third quarter": a week or a quarter,
                # not its first day or month
                precision=_period_precision(e.span) or e.precision,  # type: ignore[arg-type]
                description=description,
                conflict=bool(other),
                sources=tuple(SpanRef(t.article, t.start, t.end, t.text) for t, _, _ in e.members),
            )
        )
    items.sort(key=lambda i: (i.date, i.precision, i.id))
    return items
