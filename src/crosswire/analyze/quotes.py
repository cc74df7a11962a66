"""Direct quotes and who said them.

``find_quotes(parsed)`` returns one :class:`~crosswire.model.Quote` per quoted
passage; ``start``/``end`` span the words inside the quotation marks (outer
whitespace and a trailing comma removed, closing ``.``/``?``/``!`` kept).

**Quotation marks.** Double marks (straight ``"``, curly “ ” „, doubled single
marks ``''``/‘‘/’’) and guillemets « » are read paragraph by paragraph (one
line of text is one paragraph).  Whether a mark opens or closes is decided by
what stands on each side of it (a mark after a space and before a word opens;
one after a word and before a space or punctuation closes) and only where
that is undecided by its shape, so mismatched marks in scraped text ("”This
guy…”", "“…creators,’’") still pair.  Single marks (' ‘ ’) are quotes only
outside double quotes, where an opening mark before a word and a closing mark
after one are both found in the paragraph; a mark between two letters is an
apostrophe ("don't", "Qahtani's") and "'90s", "'til", "'em" are elisions.
Single marks inside a double quote belong to the outer quote.

**Unbalanced marks.** A quote never runs past its paragraph.  A paragraph that
opens a quote and never closes it yields a quote up to the end of the
paragraph; if the next paragraph re-opens with a mark (the news convention for
a quote over several paragraphs) its quote continues the same statement and
keeps the speaker.  If instead the next paragraph has a closing mark before
any opening one, the words up to that mark are a quote of their own (text cut
in the middle of a quote).  An opening mark met while a quote is still open
ends the first quote there.  One quote is returned per paragraph piece, never
one spanning several paragraphs.

**What counts as a quote.** A quoted passage is a quote when it has an
attribution (below), or when it has at least three words and is not a title
(every longer word capitalised: “The Kid Who Would Be King”).  One- or two-word
passages without a speech verb governing them are scare quotes ("so-called
'experts'") and are skipped; a single-quoted passage needs an attribution or
six words.  Lines that are page furniture ("READ MORE: …", "WATCH: …") are
skipped.  A quoted fragment inside a sentence ("He called the attack “a
cowardly act” and vowed revenge") is a quote; its speaker is the subject of
the speech verb that governs it, or (for three words or more without one) the
subject of the sentence when that subject is a person.

**Attribution**, first match wins:

1. a speech verb right after the closing mark, with its subject either side of
   it ("…,” he said / …,” said Adaeze Okafor, the mayor / …,” Okafor told
   reporters / …,” UFCW president Jo Ray said Saturday); after a quote that
   ends with a full stop only a lower-case continuation counts (``…done.” Smith
   said the …`` starts a new sentence);
2. a speech verb before the opening mark in the same sentence (Okafor said:
   “…” / Okafor told Channel 4: “…” / A statement from the EU said, “…”), found
   through the dependency parse when there is one (the speech verb that governs
   the quoted words and its subject) and by patterns otherwise;
3. for a quote that opens its sentence and has none of the above: the previous
   quote in the same paragraph when only its attribution stands between them
   (“We will not leave,” he said. “Not now.”), the speaker of a paragraph that
   this one continues (the multi-paragraph convention), or the speaker of the
   sentence just before it when that sentence reports speech ("Guest says
   there are many reasons.¶“The emergency department …”").

A quote split by its attribution (“We will not leave,” he said, “until they
go.”) gives **two** quotes with the same speaker: each part keeps its own
offsets, which is what cross-outlet alignment compares.

**Speakers.** ``speaker_text`` is the subject as written next to the quote
(without an appositive such as ", the port director" or a relative clause);
for an inherited speaker (rule 3) it is the earlier attribution.  ``speaker``
is resolved: titles are removed ("Governor Mohammed al-Qasimi" → "Mohammed
al-Qasimi"); a short form ("Okafor", "Ms Okafor", a first name) becomes the one
fuller name in the article that it matches (left as written when two people
share it); "he"/"she" become the nearest person that is the subject of a
preceding sentence and not known to be of the other gender (gender comes from
titles, role words and the pronouns used of that person); a role ("the
spokesman", "the mayor") becomes the person the article gave that role to
("Mayor …", "…, a spokesman for …"), else the person who is the subject of the
previous two sentences; organisations stay as written without a leading "the"
("the ministry said" → "ministry", "the U.S. State Department" → "U.S. State
Department"), and "the company"/"it" become the organisation that is the
subject of the last few sentences.  Anything vaguer ("a spokesperson", "one of
the players", "they", "I") gives ``speaker=None`` with ``speaker_text`` kept.

**Known limits.** No real coreference: pronoun resolution is by salience and
can pick the wrong person when two people of unknown gender alternate.
Reported speech without quotation marks is not returned.  A speaker named only
after a multi-paragraph quote is not carried back to its earlier paragraphs.
Quotes inside titles and captions with speech verbs are returned like any other.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..model import Quote
from .parsed import ParsedArticle

# --------------------------------------------------------------------------- speech verbs

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "tell", "telling"),
    "write": ("wrote", "writes", "write", "writing", "written"),
    "read": ("read", "reads", "reading"),
    "go on": ("went on", "goes on", "go on", "going on"),
    "point out": ("pointed out", "points out", "pointing out"),
}
_REGULAR = (
    "add warn insist state explain declare claim ask reply recall note continue argue vow "
    "promise announce acknowledge admit urge caution concede stress suggest tweet post quip "
    "shout boast threaten pledge predict complain respond counter conclude confirm deny "
    "describe call proclaim cry wonder observe remark comment emphasise emphasize maintain "
    "repeat reiterate lament joke charge allege report chant scream yell whisper mutter "
    "exclaim muse recount testify assert affirm contend advise remind indicate express voice "
    "plead demand answer explain"
).split()


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ied", lemma[:-1] + "ies", lemma, lemma + "ing")
    if lemma.endswith("e"):
        return (lemma + "d", lemma + "s", lemma, lemma[:-1] + "ing")
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma + "ed", lemma + "es", lemma, lemma + "ing")
    if lemma in ("vow", "post", "tweet", "report", "comment", "remark", "answer", "counter"):
        return (lemma + "ed", lemma + "s", lemma, lemma + "ing")
    if lemma == "quip":
        return ("quipped", "quips", "quip", "quipping")
    return (lemma + "ed", lemma + "s", lemma, lemma + "ing")


_FORM_LEMMA: dict[str, str] = {}
for _lem, _forms in _IRREGULAR.items():
    for _f in _forms:
        _FORM_LEMMA[_f] = _lem
for _lem in _REGULAR:
    for _f in _regular_forms(_lem):
        _FORM_LEMMA.setdefault(_f, _lem)
_FORM_LEMMA["is quoted as saying"] = _FORM_LEMMA["was quoted as saying"] = "say"

SPEECH_LEMMAS = frozenset(_FORM_LEMMA.values())
"""Lemmas of the verbs that introduce speech (``Quote.cue`` is one of these)."""

# verbs that name rather than report when right before a mark ("an app called “X”")
_NAMING = frozenset({"call", "describe"})
# verbs that may come before their subject after a quote ("…,” said Okafor)
_INVERTING = frozenset(
    f for f, lem in _FORM_LEMMA.items() if lem not in {"tell", "call", "describe", "read"}
)
_VERB_ALT = "|".join(re.escape(f) for f in sorted(_FORM_LEMMA, key=len, reverse=True))
_INV_ALT = "|".join(re.escape(f) for f in sorted(_INVERTING, key=len, reverse=True))
_ADVS = (
    r"(?:(?:also|later|then|once|previously|earlier|simply|recently|repeatedly|again|"
    r"has|had|have|would|will|could|did|does|was|is|were|had\s+previously|often|"
    r"further|finally|first|publicly|reportedly|angrily|quietly|flatly)\s+){0,3}"
)
_VERB_RE = re.compile(rf"(?<![\w-])(?P<verb>{_VERB_ALT})(?![\w-])", re.IGNORECASE)

_PHRASE_CH = (
    r"(?:[^.;!?:“”\"«»]|\.(?=[^\s.])|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Fr))\.|"
    r"(?<=\b(?:Sen|Rep|Gov|Gen|Col|Maj|Sgt|Mrs|Rev|Hon|Det|Cpl|Adm))\.|"
    r"(?<=\b(?:Capt|Prof|Insp|Supt|Cmdr))\.)"
)
# after the closing mark: "…,” said Adaeze Okafor, the mayor."
_AFTER_INV_RE = re.compile(
    rf"^[\s,;]*(?:{_ADVS})(?P<verb>{_INV_ALT})\s+(?P<who>{_PHRASE_CH}{{1,160}})",
)
# after the closing mark: "…,” Okafor told reporters." / "…,” he said"
_AFTER_SUBJ_RE = re.compile(
    rf"^[\s,;]*(?P<who>{_PHRASE_CH}{{1,170}}?)\s+{_ADVS}(?P<verb>{_VERB_ALT})(?![\w-])",
)
_ACCORDING_AFTER_RE = re.compile(r"^[\s,;]*according\s+to\s+(?P<who>[^.;!?“”\"«»]{1,120})")
_ACCORDING_BEFORE_RE = re.compile(r"according\s+to\s+(?P<who>[^,;:]{1,120}?)\s*[,:]\s*$", re.I)
# before the opening mark: "Okafor told Channel 4: " / "he said, " / "X wrote that "
_BEFORE_RE = re.compile(
    rf"(?P<verb>{_VERB_ALT})(?P<obj>\s+[^,:;.!?“”\"«»]{{1,60}}?)?\s*[:,]?\s*(?:that\s+)?$",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- names and roles

TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady sen rep gov lt gen col capt cpt sgt maj
    cpl pte adm cmdr insp supt det const rev fr hon rt sheikh sheik imam rabbi pastor
    father governor president vice prime minister mayor premier senator representative
    congressman congresswoman councillor councilor councilman councilwoman alderman judge
    justice chief commissioner assistant deputy inspector sergeant constable officer general
    colonel captain major lieutenant commander admiral ambassador secretary chancellor king
    queen prince princess emir sultan coach professor doctor director chairman chairwoman
    attorney prosecutor superintendent detective spokesman spokeswoman spokesperson
    mp mla mpp st sister brother bishop archbishop cardinal pope ayatollah mullah president-elect
    ceo cfo coo chair trustee dean warden chancellor""".split()
)
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson governor mayor minister commander director chief
    president official officer leader councillor councilor senator ambassador secretary
    judge justice coach premier chairman chairwoman chair prosecutor attorney superintendent
    detective inspector sergeant captain general colonel imam sheikh emir king queen prince
    pastor bishop manager founder owner executive ceo president-elect principal trustee
    spokesmen mp mla mpp lawyer analyst professor economist researcher scientist doctor
    resident witness source organizer organiser coordinator activist candidate volunteer
    founder curator""".split()
)
# roles too generic to resolve to "the person just mentioned"
_GENERIC_ROLES = frozenset(
    "official officer source witness resident analyst expert person man woman member "
    "lawyer doctor researcher scientist economist".split()
)
_MALE_WORDS = frozenset(
    "mr sir lord king prince father brother spokesman chairman congressman councilman "
    "businessman husband son uncle boy man grandfather sheikh emir".split()
)
_FEMALE_WORDS = frozenset(
    "mrs ms miss dame lady queen princess mother sister spokeswoman chairwoman "
    "congresswoman councilwoman businesswoman wife daughter aunt girl woman grandmother".split()
)
_PERSON_NOUNS = (
    "teacher|student|nurse|farmer|fisherman|fishermen|driver|shopkeeper|engineer|worker|"
    "resident|mother|father|grandmother|grandfather|widow|survivor|neighbou?r|owner|"
    "journalist|reporter|photographer|activist|lawyer|doctor|analyst|researcher|"
    "spokes(?:man|woman|person)|official|officer|commander|soldier|guard|fighter|"
    "volunteer|trader|vendor|merchant|pensioner|retiree|priest|imam|pastor|witness|man|woman"
)
_PERSON_APPOS_RE = re.compile(
    rf",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}(?:{_PERSON_NOUNS})s?\b|\d{{1,3}},)"
)
_ORG_NOUNS = frozenset(
    """company firm agency ministry department government group organisation organization
    union party board council police military army navy court hospital university school
    team club league station network bank committee commission office authority service
    campaign association federation foundation institute embassy administration
    corporation airline broadcaster newspaper channel coalition alliance movement
    province city state county municipality""".split()
)
_PREPOSITIONS = frozenset(
    "of for to with from at by on in into onto over under about after before during "
    "against among between through across behind via without within".split()
)
_GROUP_NOUNS = frozenset(
    """staff officials officers workers employees residents members researchers scientists
    lawyers prosecutors investigators organizers organisers spokespeople leaders protesters
    authorities representatives negotiators doctors nurses teachers volunteers""".split()
)
# nouns that carry words without being the speaker ("her statement read")
_DOCUMENT_NOUNS = frozenset(
    """statement report video message post letter document recording footage clip account
    website page email e-mail release note memo tweet notice filing affidavit decision
    ruling judgment judgement text transcript""".split()
)
_ORGISH_NAME_WORDS = frozenset(
    """school university college hospital inc ltd corp company association street avenue
    road centre center park church party council committee department ministry court club
    airport station bank group news press agency institute foundation union league
    service services police government times post herald tribune journal
    channel network radio tv square hall bridge tower plaza building arena stadium
    highway authority commission board council office department""".split()
)
_DETERMINERS = frozenset(
    "the a an one another his her their its our some several many both two three each "
    "this that these those".split()
)
_POSSESSIVE_PRON = {"his": "m", "her": "f", "its": "o", "their": None}
_INTRO_WORDS = frozenset(
    """in on at after before during for with from by as but and so still however meanwhile
    now then yet also instead later earlier today yesterday asked when while although
    though because since if until once thus indeed separately elsewhere speaking according
    unlike like despite""".split()
)
_STOP_NAMES = frozenset(
    """the a an he she it they we i you his her their its this that these those there
    here what when where why how who but and so yet in on at mr ms mrs dr story watch
    read more related advertisement article continued below photo file image video
    click share email""".split()
)
_PARTICLES = frozenset(
    "al el ad ar as ash at az an bin ibn bint abu de da di du van von der den la le dos "
    "del della ter ten mac st".split()
)
_PRONOUNS = {"he": "m", "she": "f", "him": "m", "his": "m", "her": "f", "it": "o"}
_FURNITURE_RE = re.compile(
    r"^\s*(?:READ MORE|WATCH|RELATED|MORE|LISTEN|SEE ALSO|PHOTOS?|VIDEO|CLICK HERE)\s*:",
)
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ELISION_RE = re.compile(
    r"(?:\d\d?s?\b|em\b|til\b|cause\b|cos\b|n\b|n['’]|tis\b|twas\b|bout\b|round\b)",
    re.IGNORECASE,
)
_SENT_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")
_ABBREV = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj gov sen rep st jr sr no vs etc inc ltd co
    corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e approx est
    rev hon fr supt insp det cpl pte adm cmdr sr""".split()
)

# --------------------------------------------------------------------------- marks

_DOUBLE_OPEN_SHAPE = frozenset({"“", "„", "‟", "«", "‘‘"})
_DOUBLE_CLOSE_SHAPE = frozenset({"”", "»", "’’"})
_DOUBLES = frozenset({'"', "“", "”", "„", "‟", "«", "»", "''", "‘‘", "’’", "‘’"})
_SINGLES = frozenset({"'", "‘", "’", "‛", "‚", "‹", "›"})
_QUOTE_CHARS = frozenset("\"“”„‟«»'‘’‛‚‹›")
_MARK_RE = re.compile(r"''|‘‘|’’|‘’|[\"“”„‟«»'‘’‛‚‹›]")
_OPEN_PREV = frozenset("([{—–-/\u00a0")
_CLOSE_NEXT = frozenset(".,;:!?)]}—–-…")
_OPEN, _CLOSE, _AMBIG = 1, 2, 3


@dataclass(frozen=True, slots=True)
class _Span:
    """One quoted passage: marks at ``mark_start``/``mark_end``, words at ``start``/``end``."""

    mark_start: int
    start: int
    end: int
    mark_end: int
    para: int
    opened: bool  # False: the paragraph continues a quote without a new opening mark
    closed: bool
    single: bool
    continues: bool  # the previous paragraph ended inside an open quote


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _double_direction(text: str, s: int, e: int, ps: int, pe: int, mark: str) -> int:
    if mark == "«":
        return _OPEN
    if mark == "»":
        return _CLOSE
    prev = text[s - 1] if s > ps else ""
    nxt = text[e] if e < pe else ""
    left = not prev or prev.isspace() or prev in _OPEN_PREV or prev in _QUOTE_CHARS
    right = not nxt or nxt.isspace() or nxt in _CLOSE_NEXT or nxt in _QUOTE_CHARS
    if left and not right:
        return _OPEN
    if right and not left:
        return _CLOSE
    if mark in _DOUBLE_OPEN_SHAPE:
        return _OPEN
    if mark in _DOUBLE_CLOSE_SHAPE:
        return _CLOSE
    return _AMBIG


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _scan(text: str, paras: list[tuple[int, int]]) -> list[_Span]:
    """Every quoted passage, paragraph by paragraph (see the module docstring)."""
    spans: list[_Span] = []
    carry = False
    for pi, (ps, pe) in enumerate(paras):
        marks = [(m.start(), m.end(), m.group(0)) for m in _MARK_RE.finditer(text, ps, pe)]
        found: list[_Span] = []
        open_at: tuple[int, int] | None = None
        starts_open = False
        first = True
        for s, e, mark in marks:
            if mark not in _DOUBLES:
                continue
            kind = _double_direction(text, s, e, ps, pe, mark)
            if kind == _AMBIG:
                kind = _CLOSE if open_at is not None else _OPEN
            if kind == _OPEN:
                if first and not text[ps:s].strip():
                    starts_open = True
                if open_at is not None:
                    _add_span(text, found, open_at[0], open_at[1], s, s, pi, True, False)
                open_at = (s, e)
            elif open_at is not None:
                _add_span(text, found, open_at[0], open_at[1], s, e, pi, True, True)
                open_at = None
            elif not found and carry:
                _add_span(text, found, ps, ps, s, e, pi, False, True)
            first = False
        if open_at is not None:
            _add_span(text, found, open_at[0], open_at[1], pe, pe, pi, True, False)
        if carry and found and (starts_open or not found[0].opened):
            found[0] = dataclasses.replace(found[0], continues=True)
        carry = open_at is not None
        found.extend(_scan_singles(text, ps, pe, pi, marks, found))
        found.sort(key=lambda sp: sp.mark_start)
        spans.extend(found)
    return spans


def _add_span(
    text: str,
    out: list[_Span],
    mark_start: int,
    inner_start: int,
    inner_end: int,
    mark_end: int,
    para: int,
    opened: bool,
    closed: bool,
    single: bool = False,
) -> None:
    s, e = _trim(text, inner_start, inner_end)
    if e > s and _WORD_RE.search(text, s, e):
        out.append(_Span(mark_start, s, e, mark_end, para, opened, closed, single, False))


def _scan_singles(
    text: str,
    ps: int,
    pe: int,
    pi: int,
    marks: list[tuple[int, int, str]],
    doubles: list[_Span],
) -> list[_Span]:
    """Single-quoted passages outside the paragraph's double quotes."""
    covered = [(d.mark_start, max(d.mark_end, d.end)) for d in doubles]
    out: list[_Span] = []
    open_at: tuple[int, int] | None = None
    weak: tuple[int, int] | None = None
    gap = -1

    def finish() -> None:
        nonlocal open_at, weak
        if open_at is not None and weak is not None:
            _add_span(text, out, open_at[0], open_at[1], weak[0], weak[1], pi, True, True, True)
        open_at = weak = None

    for s, e, mark in marks:
        if mark not in _SINGLES:
            continue
        g = bisect.bisect_right([c[0] for c in covered], s)
        if g and s < covered[g - 1][1]:
            continue  # inside a double quote: part of it
        if g != gap:
            finish()
            gap = g
        prev = text[s - 1] if s > ps else ""
        nxt = text[e] if e < pe else ""
        if prev.isalnum() and nxt.isalnum():
            continue  # apostrophe
        left = not prev or prev.isspace() or prev in _OPEN_PREV or prev in _QUOTE_CHARS
        right = not nxt or nxt.isspace() or nxt in _CLOSE_NEXT or nxt in _QUOTE_CHARS
        if left and (nxt.isalnum() or nxt in "[(…") and mark not in "›":
            if _ELISION_RE.match(text, e):
                continue
            if open_at is None:
                open_at, weak = (s, e), None
            continue
        if right and prev and not prev.isspace() and open_at is not None:
            strong = prev in ".,!?…" or not nxt or nxt in ".,;:!?)"
            if strong:
                _add_span(text, out, open_at[0], open_at[1], s, e, pi, True, True, True)
                open_at = weak = None
            elif weak is None:
                weak = (s, e)
    finish()
    return out


# --------------------------------------------------------------------------- small helpers


def _lemma(verb: str) -> str:
    v = " ".join(verb.lower().split())
    return _FORM_LEMMA.get(v, v)


def _norm_word(w: str) -> str:
    w = w.strip(".,;:'’\"“”()[]")
    w = re.sub(r"['’]s$", "", w)
    return w.lower()


def _is_name_word(w: str) -> bool:
    core = w.strip('.,;:"“”()[]')
    if not core:
        return False
    if re.fullmatch(r"[A-Z]\.?", core):
        return True  # an initial
    if core[0].isupper() and any(c.isalpha() for c in core):
        return True
    if "-" in core:
        head, _, tail = core.partition("-")
        return head.lower() in _PARTICLES and bool(tail[:1].isupper())
    return False


_WORD_BEFORE_RE = re.compile(r"([\w.]+)\W*$")


def _ends_sentence(text: str, clip: int, m: re.Match[str]) -> bool:
    """Does the sentence-end match ``m`` end a sentence (not an abbreviation or an
    initial)?  The word before it is looked for after ``clip``."""
    word = _WORD_BEFORE_RE.search(text, max(clip, m.start() - 12), m.start() + 1)
    w = word.group(1).rstrip(".").lower() if word else ""
    return not (m.group(0)[0] == "." and (w in _ABBREV or len(w) == 1))


@dataclass(frozen=True, slots=True)
class _SentenceEnds:
    """Every ``_SENT_END_RE`` match of one text, found once (``_sentence_ends``)."""

    starts: list[int]
    ws: list[int]  # where the match's trailing whitespace begins
    ends: list[int]
    real_ends: list[int]  # ends of the matches that end a sentence (``_ends_sentence``)
    real_starts: list[int]


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> _SentenceEnds:
    found = [
        (
            m.start(),
            m.start() + len(m.group(0).rstrip()),
            m.end(),
            _ends_sentence(text, 0, m),
        )
        for m in _SENT_END_RE.finditer(text)
    ]
    real = [f for f in found if f[3]]
    return _SentenceEnds(
        [f[0] for f in found],
        [f[1] for f in found],
        [f[2] for f in found],
        [f[2] for f in real],
        [f[0] for f in real],
    )


def _sentence_start_scan(text: str, lo: int, pos: int, stop: int | None = None) -> int:
    start = lo
    for m in _SENT_END_RE.finditer(text, lo, pos):
        if m.end() > pos or (stop is not None and m.start() >= stop):
            break
        if _ends_sentence(text, lo, m):
            start = m.end()
    return start


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence holding ``pos``, not before ``lo`` (abbreviation-aware).

    The same as scanning the sentence ends from ``lo`` to ``pos``, but looked up in
    an index of the text's sentence ends: a scan per call was quadratic in a
    paragraph without sentence ends (tens of thousands of initials, "A. B. C. …").
    """
    idx = _sentence_ends(text)
    k = bisect.bisect_right(idx.starts, lo) - 1
    if k >= 0 and idx.starts[k] < lo < idx.ends[k]:
        return _sentence_start_scan(text, lo, pos)  # ``lo`` inside a match: scan
    # a match cut by ``pos`` (its whitespace begun before it) ends there
    k = bisect.bisect_right(idx.ends, pos)
    if k < len(idx.starts) and lo <= idx.starts[k] < pos and idx.ws[k] < pos:
        last = _SENT_END_RE.match(text, idx.starts[k], pos)
        if last is not None and _ends_sentence(text, lo, last):
            return pos
    # the last real sentence end before ``pos``; near ``lo`` the word before a full
    # stop is cut at ``lo``, so matches there are checked as a scan would
    v = bisect.bisect_right(idx.real_ends, pos) - 1
    if v >= 0 and idx.real_starts[v] >= lo + 12:
        return idx.real_ends[v]
    return _sentence_start_scan(text, lo, pos, stop=lo + 12)


_NONSPACE_RE = re.compile(r"\S+")


def _words(text: str, start: int, end: int) -> Iterator[str]:
    """The whitespace-separated words of ``text[start:end]``, one at a time."""
    return (m.group() for m in _NONSPACE_RE.finditer(text, start, end))


def _sentence_end(text: str, pos: int, hi: int) -> int:
    for m in _SENT_END_RE.finditer(text, pos, hi):
        if _ends_sentence(text, pos, m):
            return m.start() + 1
    return hi


@dataclass(slots=True)
class _Who:
    """A subject noun phrase next to a speech verb."""

    start: int
    end: int
    verb: str | None


@dataclass(slots=True)
class _Attr:
    speaker: str | None
    text: str | None
    start: int | None
    end: int | None
    cue: str | None


@dataclass(slots=True)
class _Event:
    pos: int
    name: str
    subject: int  # 0: not a subject, 1: a subject, 2: the subject of the main clause
    sent: int
    para: int


# --------------------------------------------------------------------------- the article context


class _Article:
    """Names, roles, genders and salience of one article; resolves attributions."""

    def __init__(self, parsed: ParsedArticle, paras: list[tuple[int, int]], spans: list[_Span]):
        self.parsed = parsed
        self.text = parsed.text
        self.doc: Any = parsed.doc
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.quote_zones = sorted((sp.start, sp.end) for sp in spans)
        self.zone_starts = [z[0] for z in self.quote_zones]
        self._tok_starts: list[int] = []
        if self.doc is not None:
            self._tok_starts = [t.idx for t in self.doc]
        self.persons: list[tuple[int, int, str]] = []  # (start, end, name without title)
        self.orgs: list[tuple[int, int, str]] = []
        self._collect_mentions()
        self.forms: dict[str, set[str]] = {}  # last-name key -> full forms
        self.first_names: dict[str, set[str]] = {}
        self.first_seen: dict[str, int] = {}
        self._unlabelled: dict[str, set[str]] | None = None
        self.first_seen_text: dict[str, int] = {}
        self._index_forms()
        self.gender_votes: dict[str, list[int]] = {}
        self._voted_at: set[int] = set()
        self.roles: dict[str, list[tuple[int, str]]] = {}
        self._collect_roles_and_gender()
        self.events: list[_Event] = []
        self.event_pos: list[int] = []
        self.org_events: list[tuple[int, str, int]] = []
        self.pronoun_at: dict[int, str] = {}
        self._build_salience()

    # ----------------------------------------------------------------- positions
    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.zone_starts, pos) - 1
        return i >= 0 and pos < self.quote_zones[i][1]

    def para_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self.para_starts, pos) - 1, 0)

    def sent_of(self, pos: int) -> int:
        return self.parsed.sentence_index(pos) if self.parsed.sentences else self.para_of(pos)

    def token_at(self, pos: int) -> Any:
        if self.doc is None or not self._tok_starts:
            return None
        i = bisect.bisect_right(self._tok_starts, pos) - 1
        if i < 0:
            return None
        tok = self.doc[i]
        return tok if tok.idx <= pos < tok.idx + len(tok.text) else None

    # ----------------------------------------------------------------- mentions
    def _collect_mentions(self) -> None:
        text = self.text
        ms = self.parsed.mentions
        persons = [(m.start, m.end) for m in ms if m.label == "PERSON"]
        if not persons and self.doc is None:
            persons = _regex_names(text)
            named = sorted(persons)  # (titled names never overlap one another)
            persons.extend(
                (m.start(2), m.end(2))
                for m in _TITLED_RE.finditer(text)
                if not _overlaps(named, (m.start(2), m.end(2)))
            )
            persons.extend(_surname_mentions(text, persons))
        # the small model often labels a surname ORG: "Lohmar said" after "Tim Lohmar"
        surnames = set()
        for s, e in persons:
            words = text[s:e].split()
            if len(words) >= 2:
                surnames.add(_key(words[-1]))
        reassigned = set()
        for m in ms:
            if m.label != "ORG":
                continue
            words = m.text.split()
            titled = len(words) >= 2 and any(_norm_word(w) in TITLES for w in words[:-1])
            if (
                (len(words) == 1 and _key(words[0]) in surnames)
                or (titled and _clean_name(m.text) is not None)
                or self._person_by_apposition(m.start, m.end)
            ):
                persons.append((m.start, m.end))
                reassigned.add(m.start)
        if self.doc is not None:
            persons.extend(self._unlabelled_subjects())
            labelled = sorted((m.start, m.end) for m in ms)
            persons.extend(
                sm
                for sm in _surname_mentions(
                    text, [p for p in persons if len(text[p[0] : p[1]].split()) > 1]
                )
                if not _overlaps(labelled, sm)
            )
        persons = sorted(set(persons))
        for s, e in persons:
            name = _clean_name(text[s:e])
            if name is None or self.in_quote(s):
                continue
            if self._in_parentheses(s, e) or re.search(r"[/@\d]", text[max(0, s - 1) : e + 1]):
                continue  # photo credits ("Jo Ray/Reuters"), handles, captions
            if re.match(r"\s*\(@", text[e : e + 4]):
                continue  # an embedded post's signature: "— Jo Ray (@joray)"
            self.persons.append((s, e, name))
        self.all_persons = list(self.persons)
        self.org_label: dict[int, str] = {}
        for m in ms:
            if m.start in reassigned:
                continue
            if m.label in ("ORG", "NORP", "GPE") and not self.in_quote(m.start):
                self.org_label[m.start] = m.label
                org = re.sub(r"^(?:the|The)\s+", "", m.text).strip()
                org = re.sub(r"['’]s$", "", org)
                if org:
                    self.orgs.append((m.start, m.end, org))

    def _person_by_apposition(self, s: int, e: int) -> bool:
        """An ORG-labelled name that an appositive describes as a person.

        "Nadia Farouk, a teacher who lives nearby, said": the small model often
        labels unfamiliar two-word names ORG; the appositive (a person noun, or
        an age) says otherwise.
        """
        words = self.text[s:e].split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return False
        if any(_norm_word(w) in _ORGISH_NAME_WORDS or _norm_word(w) in _ORG_NOUNS for w in words):
            return False
        return _PERSON_APPOS_RE.match(self.text, e) is not None

    def _unlabelled_subjects(self) -> list[tuple[int, int]]:
        """Proper-noun subjects the entity recogniser left unlabelled ("Na'moks said")."""
        out = []
        for tok in self.doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or tok.ent_type_:
                continue
            chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            toks = [*chain, tok] if chain and chain[-1].i == tok.i - 1 else [tok]
            if any(t.ent_type_ or t.is_stop or not t.text[:1].isupper() for t in toks):
                continue
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text in ("’s", "'s"):
                continue
            out.append((toks[0].idx, tok.idx + len(tok.text)))
        return out

    def _in_parentheses(self, s: int, e: int) -> bool:
        lo = self.text.rfind("(", max(0, s - 80), s)
        if lo < 0 or ")" in self.text[lo:s]:
            return False
        return self.text.find(")", e, e + 80) >= 0

    def _index_forms(self) -> None:
        for s, _e, name in self.persons:
            words = name.split()
            self.first_seen.setdefault(name, s)
            while len(words) > 2 and _key(words[-1]).rstrip(".") in _SUFFIXES:
                words = words[:-1]  # "Eric H. Holder Jr." is filed under "holder"
            if len(words) >= 2:
                form = name + "." if re.search(r"\b[JS]r$", name) else name  # "Jr." as written
                self.forms.setdefault(_key(words[-1]), set()).add(form)
                self.first_names.setdefault(words[0].lower(), set()).add(name)
        # "Harry Kazianis" is "Harry J. Kazianis": keep only the fuller of nested forms
        for key, names in self.forms.items():
            keep = set(names)
            for a in names:
                for b in names:
                    if a != b and _nested(a, b):
                        keep.discard(a)
            self.forms[key] = keep

    def unlabelled_forms(self) -> dict[str, set[str]]:
        """Fuller names written outside quotes that the parse left unlabelled as
        people (runs of capitalised words, by last-name key), computed once."""
        if self._unlabelled is None:
            self._unlabelled = {}
            labelled = sorted((m.start, m.end) for m in self.parsed.mentions)
            for s, e in _regex_names(self.text) if self.doc is not None else []:
                name = _clean_name(self.text[s:e])
                if name is None or len(name.split()) < 2 or self.in_quote(s):
                    continue
                if any(ls <= s and e <= le and (ls, le) != (s, e) for ls, le in labelled):
                    continue  # part of a longer entity ("Velmora Red Cross")
                self._unlabelled.setdefault(_key(name.split()[-1]), set()).add(name)
                self.first_seen_text.setdefault(name, s)
        return self._unlabelled

    def full_name(self, name: str, pos: int | None = None) -> str:
        """The fullest form of a person's name in the article (see the docstring)."""
        words = name.split()
        if not words:
            return name
        cands = set(self.forms.get(_key(words[-1]), set()))
        if len(words) >= 2:
            low = name.lower().split()
            cands = {
                c
                for c in cands
                if _nested(name, c) or c == name or c.lower().split()[-len(low) :] == low
            }
            if len(cands) == 1:
                return next(iter(cands))
            return _one_person(cands) or name
        if not cands:
            cands = self.unlabelled_forms().get(_key(words[0]), set())
            if pos is not None:
                cands = {c for c in cands if self.first_seen_text.get(c, pos) < pos}
            if len(cands) == 1:
                return next(iter(cands))
            firsts = self.first_names.get(words[0].lower(), set())
            if len(firsts) == 1 and words[0].lower() not in self.forms:
                return next(iter(firsts))
            return name
        if len(cands) == 1:
            return next(iter(cands))
        if (one := _one_person(cands)) is not None:
            return one  # "Eric H. Holder Jr." and "Eric Holder": one person, fullest form
        if pos is not None:  # the only one introduced before this point
            earlier = {c for c in cands if self.first_seen.get(c, pos) < pos}
            if len(earlier) == 1:
                return next(iter(earlier))
        return name

    # ----------------------------------------------------------------- roles and gender
    def _collect_roles_and_gender(self) -> None:
        text = self.text
        for s, e, name in self.persons:
            full = self.full_name(name, e)
            before = text[max(0, s - 60) : s]
            words = [_norm_word(w) for w in before.split()[-4:]]
            inside = [_norm_word(w) for w in text[s:e].split()]
            # the word right before the name ("Mayor", "spokeswoman") and titles inside it
            attached = (
                words[-1:] if before[-1:].isspace() and before.rstrip()[-1:] not in ",.;:" else []
            )
            near = [w for w in (attached + inside[:-1]) if w]
            for w in near:
                if w in ROLE_WORDS or w in TITLES:
                    self.roles.setdefault(w, []).append((s, full))
                self._vote(full, w, 5)
            # appositive: "Adaeze Okafor, the mayor of ..." / "…, a spokesman for …"
            m = re.match(
                r"\s*,\s+(?:(?:the|a|an|who\s+is\s+(?:the|a|an))\s+)?([^,.;“”\"]{1,70})",
                text[e : e + 90],
            )
            if m:
                for w in m.group(1).split()[:6]:
                    nw = _norm_word(w)
                    if nw in ROLE_WORDS:
                        self.roles.setdefault(nw, []).append((s, full))
                    self._vote(full, nw, 5)
            # "the spokesman for the group, Muhammad al-Qahtani"
            m2 = re.search(r"\b(?:the|a|an|its|their)\s+([^,.;“”\"]{1,50}),\s*$", before)
            if m2:
                for w in m2.group(1).split():
                    nw = _norm_word(w)
                    if nw in ROLE_WORDS:
                        self.roles.setdefault(nw, []).append((s, full))
                    self._vote(full, nw, 5)
        for m in _TITLED_RE.finditer(text):
            title = m.group(1).lower()
            titled = _clean_name(m.group(2))
            if titled is None:
                continue
            full = self.full_name(titled, m.end())
            if title in ROLE_WORDS:
                self.roles.setdefault(title, []).append((m.start(), full))
            self._vote(full, title, 5)
        for v in self.roles.values():
            v.sort()
        self._pronoun_gender_votes()

    def _vote(self, name: str, word: str, weight: int) -> None:
        if word in _MALE_WORDS:
            self.gender_votes.setdefault(name, [0, 0])[0] += weight
        elif word in _FEMALE_WORDS:
            self.gender_votes.setdefault(name, [0, 0])[1] += weight

    def _pronoun_gender_votes(self) -> None:
        """Gender evidence from pronouns: "Okafor said she …", "Okafor … herself", and
        a sentence opening with "She" right after one naming only Okafor."""
        text = self.text
        by_sent: dict[int, list[tuple[int, int, str]]] = {}
        for s, e, name in self.persons:
            by_sent.setdefault(self.sent_of(s), []).append((s, e, self.full_name(name, e)))
        sents = self.parsed.sentences
        for si, found in by_sent.items():
            names = {n for _, _, n in found}
            if len(names) != 1 or si >= len(sents):
                continue
            name = next(iter(names))
            s, e, _ = found[0]
            seg_lo, seg_hi = sents[si].start, sents[si].end
            after = text[e:seg_hi]
            # "Okafor said she …" / "Okafor, 54, said he …"
            m = re.match(
                rf"(?:,[^,]{{1,60}},)?\s+{_ADVS}(?:{_VERB_ALT})\s+(?:that\s+)?(he|she)\b", after
            )
            if m:
                self._vote(name, "mr" if m.group(1) == "he" else "ms", 1)
            for mr in re.finditer(r"\b(himself|herself)\b", after):
                if not self.in_quote(e + mr.start()):
                    self._vote(name, "mr" if mr.group(1) == "himself" else "ms", 2)
            if si + 1 < len(sents) and si + 1 not in by_sent:
                nxt = text[sents[si + 1].start : sents[si + 1].end]
                mn = re.match(r"\s*(He|She)\b", nxt)
                if mn and self._main_subject_at(s, e, seg_lo):
                    self._vote(name, "mr" if mn.group(1) == "He" else "ms", 1)

    def _main_subject_at(self, s: int, e: int, sent_start: int) -> bool:
        if self.doc is None:
            return not self.text[sent_start:s].strip()
        return self._is_subject(s, e) == 2

    def pronoun_vote(self, pos: int, name: str, gender: str) -> None:
        """Gender evidence from a pronoun at ``pos`` resolved to ``name`` (once per
        pronoun): "…,” he said" makes the person he was resolved to not a later "she"."""
        if pos not in self._voted_at:
            self._voted_at.add(pos)
            self._vote(name, "mr" if gender == "m" else "ms", 1)

    def gender(self, name: str) -> str | None:
        votes = self.gender_votes.get(name)
        if not votes:
            return None
        m, f = votes
        if m > 2 * f:
            return "m"
        if f > 2 * m:
            return "f"
        return None

    # ----------------------------------------------------------------- salience
    def _is_subject(self, s: int, e: int) -> int:
        """0: not a subject; 1: a subject; 2: the subject of its sentence's main clause."""
        text = self.text
        tok = self.token_at(s)
        if tok is not None:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None else tok
            dep = root.dep_
            if dep == "conj" or any(c.dep_ == "conj" for c in root.children):
                return 0  # "Jo Ray and Ada Obi said": not one person
            if dep in ("compound", "appos") and root.head.dep_ in ("nsubj", "nsubjpass"):
                root, dep = root.head, root.head.dep_
            if dep in ("nsubj", "nsubjpass"):
                return 2 if _main_verb(root.head) else 1
            # a name opening its sentence before a lower-case word is its subject, even
            # where the small parser read "Jo Ray hopes" as a noun phrase
            ss = _sentence_start(text, self.paras[self.para_of(s)][0], s)
            lead = _words(text, ss, s)  # lazy: a long lead stops at its first word
            if all(w.lower().strip(",") in _INTRO_WORDS for w in lead) and re.match(
                r"\s+[a-z]", text[e : e + 3]
            ):
                return 2
        after = text[e : e + 40]
        if re.match(rf"\s*(?:,[^,]{{1,80}},\s*)?{_ADVS}(?:{_VERB_ALT})\b", after):
            return 2
        before = text[max(0, s - 20) : s]
        if re.search(rf"\b(?:{_INV_ALT})\s+$", before):
            return 2
        if tok is None:
            ss = _sentence_start(text, self.paras[self.para_of(s)][0], s)
            lead = _words(text, ss, s)
            if all(w.lower().strip(",") in _INTRO_WORDS | TITLES for w in lead):
                return 2
            # "Jo Ray also rejoiced", "Jo Ray believes"
            if re.match(rf"[ \t]+{_ADVS}[a-z]+(?:ed|es|s)\b", text[e : e + 40]):
                return 1
        return 0

    def _build_salience(self) -> None:
        items: list[tuple[int, int, str | None]] = [(s, e, n) for s, e, n in self.persons]
        if self.doc is not None:
            for tok in self.doc:
                low = tok.lower_
                subj = tok.dep_ in ("nsubj", "nsubjpass")
                if low in ("he", "she") and subj and not self.in_quote(tok.idx):
                    items.append((tok.idx, tok.idx + len(tok.text), None))
        items.sort(key=lambda x: x[0])
        for s, e, name in items:
            if name is None:
                tok = self.token_at(s)
                g = "m" if self.text[s:e].lower() == "he" else "f"
                res = self.salient(s, g)
                if res is not None:
                    self.pronoun_at[s] = res
                    level = 2 if tok is not None and _main_verb(tok.head) else 1
                    self.events.append(_Event(s, res, level, self.sent_of(s), self.para_of(s)))
                    self.event_pos.append(s)
                continue
            full = self.full_name(name, e)
            level = self._is_subject(s, e)
            self.events.append(_Event(s, full, level, self.sent_of(s), self.para_of(s)))
            self.event_pos.append(s)
        for s, e, org in self.orgs:
            if self.org_label.get(s) != "ORG" or not self._is_subject(s, e):
                continue
            tok = self.token_at(s)
            if tok is not None:
                span = self.doc.char_span(s, e, alignment_mode="expand")
                root = span.root if span is not None else tok
                if not _main_verb(root.head):
                    continue  # a subject inside a reported clause
            self.org_events.append((s, org, self.sent_of(s)))

    def salient(
        self, pos: int, gender: str | None, max_sents: int = 8, main_only: bool = False
    ) -> str | None:
        """The nearest person before ``pos`` who is a sentence subject and may be
        ``gender``; within one sentence the main clause's subject comes first."""
        i = bisect.bisect_left(self.event_pos, pos)
        here_s, here_p = self.sent_of(pos), self.para_of(pos)
        fallback: str | None = None
        best: _Event | None = None
        for ev in reversed(self.events[max(0, i - 80) : i]):
            if best is not None and ev.sent != best.sent:
                break
            if here_s - ev.sent > max_sents or here_p - ev.para > 4:
                break
            g = self.gender(ev.name)
            if gender is not None and g is not None and g != gender:
                continue
            if ev.subject == 2:
                return ev.name
            if ev.subject == 1 and best is None and not main_only:
                best = ev
            if fallback is None and here_s - ev.sent <= 1 and not main_only:
                fallback = ev.name
        return best.name if best is not None else fallback

    def salient_org(self, pos: int, noun: str | None) -> str | None:
        here = self.sent_of(pos)
        for s, org, sent in reversed(self.org_events):
            if s >= pos:
                continue
            if here - sent > (2 if noun is None else 4):
                break
            if noun is None or noun in _ORG_NOUNS:
                return org
        if noun:
            for s, _e, org in reversed(self.orgs):
                if s < pos and noun in org.lower().split():
                    return org
        return None

    def resolve_role(self, role: str, pos: int, gender: str | None) -> str | None:
        people = [name for s, name in self.roles.get(role, []) if s < pos]
        if people:
            distinct = set(people)
            if len(distinct) == 1 or role not in _GENERIC_ROLES:
                return people[-1]
            return None
        if role in _GENERIC_ROLES:
            return None
        return self.salient(pos, gender, max_sents=2, main_only=True)

    # ----------------------------------------------------------------- subjects
    def who(self, s: int, e: int, pos: int) -> _Attr | None:
        """Resolve the subject phrase ``text[s:e]`` (already cut to its core)."""
        text = self.text
        s, e = _strip_span(text, s, e)
        if e <= s:
            return None
        phrase = text[s:e]
        words = phrase.split()
        low = [w.lower().strip(",") for w in words]
        first = low[0]
        if _AFFILIATION_RE.match(phrase) or (
            self.org_label.get(s) == "GPE" and len(self.full_name(phrase, pos).split()) == 1
        ):
            # "Louie Gohmert, Republican of Texas, said" / "Steve King (R-Iowa) tweeted"
            named = self._named_before(s)
            if named is not None:
                return _Attr(self.full_name(named, pos), phrase, s, e, None)
        if len(words) == 1 and first in ("he", "she"):
            g = "m" if first == "he" else "f"
            name = self.pronoun_at.get(s)
            if name is not None and self.gender(name) not in (None, g):
                name = None  # known since to be of the other gender
            name = name or self.salient(s, g)
            if name is not None:
                self.pronoun_vote(s, name, g)
            return _Attr(name, phrase, s, e, None)
        if len(words) == 1 and first == "it":
            return _Attr(self.salient_org(s, None), phrase, s, e, None)
        if first in ("i", "we", "they", "you", "who", "which", "that", "this", "there"):
            return _Attr(None, phrase, s, e, None) if len(words) == 1 else None
        if first in _INTRO_WORDS and first not in ("one",):
            return None
        # people named as the head of the phrase (not "a lawyer for Jo Ray", "Ray's aide")
        names = [
            (ms, me, n)
            for ms, me, n in self.persons
            if ms >= s
            and me <= e
            and not re.match(r"['’]s\b", text[me : me + 2])
            and not re.search(r"['’]s$", text[ms:me])
            and not _after_preposition(text[s:ms])
            and not _modifier(text[me:e])
        ]
        if names:
            full = " and ".join(dict.fromkeys(self.full_name(n, pos) for _, _, n in names))
            return _Attr(full, phrase, s, e, None)
        orgs = [o for o in self.orgs if o[0] >= s and o[1] <= e]
        if first in _DETERMINERS or first in _POSSESSIVE_PRON:
            return self._description(phrase, s, e, pos, low, orgs)
        # "Jo Ray of IG" / "UFCW president Jo Ray"
        m = re.match(r"(.+?)\s+(?:of|from|with|at|for)\s", phrase)
        head_phrase = m.group(1) if m and _trailing_name(m.group(1)) else phrase
        head = _norm_word(head_phrase.split()[-1])
        name = _trailing_name(head_phrase)
        if name is not None and head not in _DOCUMENT_NOUNS:
            full = self.full_name(name, pos)
            if len(full.split()) > len(name.split()):
                return _Attr(full, phrase, s, e, None)  # "Father Reese" (tagged NORP)
            for o in orgs:
                if name in o[2] or o[2] in name:
                    return _Attr(o[2], phrase, s, e, None)
            return _Attr(self.full_name(name, pos), phrase, s, e, None)
        if (head in _ORG_NOUNS or head in _GROUP_NOUNS) and head_phrase[:1].isupper():
            return _Attr(head_phrase, phrase, s, e, None)  # "Surrey staff", "Toronto police"
        if head_phrase[:1].islower():
            return _Attr(head_phrase if head in _ORG_NOUNS else None, phrase, s, e, None)
        if orgs and orgs[-1][1] >= e - 1:
            return _Attr(orgs[-1][2], phrase, s, e, None)
        return _Attr(None, phrase, s, e, None) if len(words) <= 8 else None

    def _description(
        self,
        phrase: str,
        s: int,
        e: int,
        pos: int,
        low: list[str],
        orgs: list[tuple[int, int, str]],
    ) -> _Attr | None:
        """A phrase opening with a determiner: a document, a role, an organisation."""
        first = low[0]
        words = phrase.split()
        cut = next(
            (i for i, w in enumerate(low) if i and w in ("of", "for", "from", "by", "at", "with")),
            len(low),
        )
        doc_i = next((i for i, w in enumerate(low[:3]) if _norm_word(w) in _DOCUMENT_NOUNS), None)
        if doc_i is not None:
            cut = doc_i + 1
        head = _norm_word(low[cut - 1])
        # "a statement from the EU", "her statement", "Payne's statement"
        if head in _DOCUMENT_NOUNS:
            rest_at = len(" ".join(words[:cut]))
            mb = re.search(r"\b(?:by|from)\s+", phrase[rest_at:])
            if mb is None and cut < len(words) and low[cut] == "of":
                mb = re.match(r"\s*of\s+", phrase[rest_at:])
            if mb is not None:
                inner = self.who(s + rest_at + mb.end(), e, pos)
                if inner is not None:
                    return _Attr(inner.speaker, phrase, s, e, None)
            if first in _POSSESSIVE_PRON and cut == 2:
                g = _POSSESSIVE_PRON[first]
                if g in ("m", "f"):
                    return _Attr(self.salient(s, g), phrase, s, e, None)
                if g == "o":
                    return _Attr(self.salient_org(s, None), phrase, s, e, None)
            return _Attr(None, phrase, s, e, None)
        if first in _UNNAMED_LEADS and _speaker_noun(head):
            # "a Ryan spokesman", "one Democrat": an unnamed speaker, as written
            return _Attr(phrase if len(words) <= 6 else " ".join(words[:cut]), phrase, s, e, None)
        if first in _POSSESSIVE_PRON or first not in ("the", "a", "an"):
            return _Attr(None, phrase, s, e, None)
        if first == "the" and head in ROLE_WORDS and cut <= 4:
            g = "m" if head in _MALE_WORDS else "f" if head in _FEMALE_WORDS else None
            return _Attr(self.resolve_role(head, pos, g), phrase, s, e, None)
        if orgs and orgs[-1][1] >= e - 1 and orgs[-1][0] <= s + 4:
            return _Attr(orgs[-1][2], phrase, s, e, None)  # "the U.S. State Department"
        if first == "the" and head in _ORG_NOUNS and cut <= 4:
            org = self.salient_org(s, head)
            return _Attr(org or " ".join(words[1:cut]), phrase, s, e, None)
        if (
            first == "the"
            and cut == len(words) <= 5
            and head in _PEOPLE_AS_WRITTEN
            and (len(words) >= 3 or head in ("woman", "man"))
        ):
            return _Attr(phrase, phrase, s, e, None)  # "The woman", "the GOP committee members"
        return _Attr(None, phrase, s, e, None)

    def _named_before(self, s: int) -> str | None:
        """The person named just before an appositive that starts at ``s``."""
        best = None
        for _ms, me, n in self.persons:
            gap = self.text[me:s] if me <= s and s - me <= 40 else ""
            if re.fullmatch(r"[^.;:!?“”\"]*[,(][^.;:!?“”\"]*", gap):
                best = n
        return best


def text_index(phrase: str, word: str, base: int, guess: int) -> int:
    """Offset of ``word`` in the text, given ``phrase`` starts at ``base``."""
    i = phrase.find(word, max(0, guess - base - 2))
    return base + i if i >= 0 else guess


def _modifier(after: str) -> bool:
    """Whether a name is followed by the noun it modifies ("Surrey staff")."""
    m = re.match(r"\s+([a-z][\w-]*)", after)
    if m is None:
        return False
    return m.group(1) not in _PREPOSITIONS | {"and", "or", "who", "which", "whose"}


def _after_preposition(before: str) -> bool:
    """Whether the words before a name end in a preposition (titles skipped)."""
    for w in reversed(before.split()):
        nw = _norm_word(w)
        if nw in TITLES or (w[:1].isupper() and nw not in _DETERMINERS):
            continue
        return nw in ("for", "of", "to", "with", "from", "at", "by", "on", "behalf", "against")
    return False


def _key(word: str) -> str:
    w = _norm_word(word)
    head, sep, tail = w.partition("-")
    if sep and head in _PARTICLES and tail:
        return tail
    return w


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_AFFILIATION_RE = re.compile(
    r"(?:(?:Republican|Democrat|Independent|Democratic|GOP)s?\s+(?:of|from)\s+[A-Z]|"
    r"\(?[RDI]-[A-Z][\w.]*\)?$)"
)
_UNNAMED_LEADS = frozenset("a an one another two three several some".split())
_PEOPLE_AS_WRITTEN = frozenset(
    """woman man members lawmakers republicans democrats officials aides protesters critics
    supporters residents experts""".split()
)
_SPEAKER_NOUNS_RE = re.compile(
    rf"(?:{_PERSON_NOUNS}|aide|adviser|advisor|insider|lawmaker|democrat|republican|person|"
    r"representative|member|source|critic|supporter|friend|relative|expert|staffer)s?"
)


def _speaker_noun(head: str) -> bool:
    """A noun that can name an unnamed speaker ("a spokesman", "one Democrat")."""
    return (
        head in ROLE_WORDS
        or head in _GROUP_NOUNS
        or head in _GENERIC_ROLES
        or _SPEAKER_NOUNS_RE.fullmatch(head) is not None
    )


def _name_core(name: str) -> frozenset[str]:
    """A name's parts without initials and suffixes ("Eric H. Holder Jr." -> eric, holder)."""
    parts = [_key(w) for w in name.split()]
    return frozenset(p for p in parts if len(p) > 1 and p not in _SUFFIXES)


def _one_person(cands: set[str]) -> str | None:
    """The fullest of several forms that are one person's name, else None.

    Forms are one person when, initials and suffixes aside, the parts of each
    are among the parts of the fullest ("Hillary Clinton" / "Hillary Rodham
    Clinton"); "Bill Clinton" and "Hillary Clinton" are two people.
    """
    if not cands:
        return None
    full = max(cands, key=lambda c: (len(_name_core(c)), len(c), c))
    core = _name_core(full)
    return full if all(_name_core(c) <= core for c in cands) else None


def _nested(short: str, full: str) -> bool:
    """``short``'s words are ``full``'s first and last words and a subset of it."""
    a, b = short.lower().split(), full.lower().split()
    return len(a) < len(b) and a[0] == b[0] and a[-1] == b[-1] and set(a) <= set(b)


def _clean_name(raw: str) -> str | None:
    """A person's name without titles, possessive or surrounding punctuation."""
    name = raw.strip(" ,.;:'’\"“”()[]-")
    name = re.sub(r"['’]s$", "", name).strip()
    words = name.split()
    # drop everything up to the last title or lower-case role word
    cut = 0
    for i, w in enumerate(words[:-1]):
        nw = _norm_word(w)
        if nw in TITLES or (w[:1].islower() and not _is_name_word(w)) or nw in ROLE_WORDS:
            cut = i + 1
    words = words[cut:]
    if not words:
        return None
    if any(_norm_word(w) in _ORGISH_NAME_WORDS for w in words):
        return None
    if _norm_word(words[-1]) in TITLES | ROLE_WORDS:
        return None
    if len(words) == 1 and (_norm_word(words[0]) in _STOP_NAMES | TITLES):
        return None
    if not words[0][:1].isupper() and not _is_name_word(words[0]):
        return None
    return " ".join(words)


def _trailing_name(phrase: str) -> str | None:
    """The capitalised name ending ``phrase`` ("UFCW president Jo Ray" -> "Jo Ray")."""
    words = phrase.split()
    if not words or re.search(r"['’]s$", words[-1]):
        return None
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if _is_name_word(w) or (w.lower() in _PARTICLES and i < len(words)):
            i -= 1
            continue
        break
    seq = words[i:]
    if not seq:
        return None
    return _clean_name(" ".join(seq))


_NAME_TOKEN = (
    r"(?:[A-Z](?:\.|[\w'’-]*)|(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|de|da|van|von|der|le|la|"
    r"del)-[A-Z][\w'’-]*|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev)\.)"
)
_NAME_SEQ_RE = re.compile(
    rf"(?<![\w'’-]){_NAME_TOKEN}(?:[ \t]+(?:(?:al|bin|ibn|abu|de|da|di|van|von|der|den|la|le|del)"
    rf"[ \t]+)?{_NAME_TOKEN})+(?![\w-])"
)
_TITLED_RE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mayor|Governor|Minister|Premier|President|Senator|Judge|Justice|"
    r"Chief|Commissioner|Superintendent|Inspector|Sergeant|Captain|Coach|Professor|Imam|"
    r"Sheikh|King|Queen|Prince|Princess|Spokesman|Spokeswoman)\.?[ \t]+"
    rf"({_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,3}})"
)


def _overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether ``span`` overlaps any of the sorted, non-nested ``spans``."""
    i = bisect.bisect_right(spans, (span[1], span[1])) - 1
    while i >= 0 and spans[i][1] > span[0]:
        if spans[i][0] < span[1]:
            return True
        i -= 1
        if i >= 0 and spans[i][1] <= span[0]:
            break
    return False


def _surname_mentions(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Later mentions of a found name's last word on its own ("Okafor said")."""
    last = {text[s:e].split()[-1] for s, e in names}
    last = {w for w in last if len(w) > 2 and _norm_word(w) not in _STOP_NAMES}
    if not last:
        return []
    covered = sorted(names)
    starts = [c[0] for c in covered]
    rx = re.compile(
        r"(?<![\w'’-])(?:"
        + "|".join(re.escape(w) for w in sorted(last, key=len, reverse=True))
        + r")(?![\w-])"
    )
    out = []
    for m in rx.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < covered[i][1]:
            continue
        out.append((m.start(), m.end()))
    return out


_LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _regex_names(text: str) -> list[tuple[int, int]]:
    """Model-free person candidates: runs of two or more capitalised words, split at
    words the article also writes in lower case ("Unlike", "With", "House")."""
    common = set(_LOWER_WORD_RE.findall(text)) - _PARTICLES
    out = []
    for m in _NAME_SEQ_RE.finditer(text):
        run: list[tuple[int, int]] = []
        for w in re.finditer(r"\S+", m.group(0)):
            word = w.group(0)
            low = _norm_word(word)
            if low in common or low in _STOP_NAMES or low in _INTRO_WORDS:
                if len(run) >= 2:
                    out.append((m.start() + run[0][0], m.start() + run[-1][1]))
                run = []
                continue
            run.append((w.start(), w.end()))
        if len(run) >= 2:
            out.append((m.start() + run[0][0], m.start() + run[-1][1]))
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-\"“”'‘’("):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-\"“”'‘’)"):
        e -= 1
    # leading conjunction / intro adverb
    m = re.match(
        r"(?:(?:but|and|so|still|however|meanwhile|now|yet|instead|then|later|earlier|"
        r"separately|also)\b,?\s+)+",
        text[s:e],
        re.I,
    )
    if m:
        s += m.end()
    # trailing adverbs left by the verb patterns
    m2 = re.search(
        r"(?:\s+(?:also|later|then|once|previously|earlier|simply|finally|further|recently|"
        r"again|has|had|have|would|will|could|did|does|was|is|were|often|first|publicly|"
        r"reportedly))+$",
        text[s:e],
        re.I,
    )
    if m2:
        e = s + m2.start()
    return s, e


def _core_subject(text: str, s: int, e: int, entities: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a subject region to the chunk naming the speaker: not an appositive
    ("Jo Ray, the mayor,"), a relative clause or an introductory phrase ("In a
    statement, the ministry")."""
    region = text[s:e]
    m = re.search(r",?\s+(?:who|which|whose)\b", region)
    if m:
        e = s + m.start()
        region = text[s:e]
    parts: list[tuple[int, int]] = []
    pos = s
    for m2 in re.finditer(r"\s*[,(—–]\s*|\s*\)\s*", region):
        parts.append((pos, s + m2.start()))
        pos = s + m2.end()
    parts.append((pos, e))
    parts = [p for p in parts if text[p[0] : p[1]].strip()]
    if not parts:
        return s, s
    if len(parts) == 1:
        return parts[0]

    def words(p: tuple[int, int]) -> list[str]:
        return text[p[0] : p[1]].split()

    def namey(p: tuple[int, int]) -> bool:
        ws = words(p)
        if not ws or ws[0].lower() in _INTRO_WORDS or appositive(p):
            return False
        return any(ms >= p[0] and me <= p[1] for ms, me in entities) or (
            _trailing_name(text[p[0] : p[1]]) is not None
        )

    def appositive(p: tuple[int, int]) -> bool:
        ws = words(p)
        w0 = ws[0].lower() if ws else ""
        if not ws:
            return True
        return (
            w0 in _DETERMINERS
            or ws[0][:1].isdigit()
            or (ws[0][:1].islower() and w0 not in _PRONOUNS)
            or bool(
                re.fullmatch(r"[A-Z]-[A-Z][\w.]*", ws[0])  # "D-Conn."
            )
        )

    last = len(parts) - 1
    j = last
    while j > 0 and appositive(parts[j]):
        j -= 1
        if namey(parts[j]):
            return parts[j]
    return parts[last]


# --------------------------------------------------------------------------- attribution


class _Finder:
    def __init__(self, parsed: ParsedArticle):
        self.parsed = parsed
        self.text = parsed.text
        self.paras = _paragraphs(self.text)
        self.spans = _scan(self.text, self.paras)
        self.art = _Article(parsed, self.paras, self.spans)
        self.entities = [(s, e) for s, e, _ in self.art.persons] + [
            (s, e) for s, e, _ in self.art.orgs
        ]

    def _who(self, s: int, e: int, verb: str | None, pos: int) -> _Attr | None:
        cs, ce = _core_subject(self.text, s, e, self.entities)
        attr = self.art.who(cs, ce, pos)
        if attr is not None and verb is not None:
            attr.cue = _lemma(verb)
        return attr

    # ----------------------------------------------------------------- after the quote
    def after(self, sp: _Span, next_mark: int) -> _Attr | None:
        text = self.text
        if not sp.closed:
            return None
        pe = self.paras[sp.para][1]
        hi = min(pe, next_mark, sp.mark_end + 220)
        end = _sentence_end(text, sp.mark_end, hi)
        window = text[sp.mark_end : end]
        if not window.strip():
            return None
        inner_last = text[sp.end - 1] if sp.end > sp.start else ""
        lead = window.lstrip(" ,;")
        if inner_last == "." and not lead[:1].islower():
            return None
        m = _ACCORDING_AFTER_RE.match(window)
        if m:
            s = sp.mark_end + m.start("who")
            return self._who(s, s + len(m.group("who")), "said", s)
        punct = "," in text[sp.end : sp.mark_end + 2] or inner_last in "?!"
        m = _AFTER_INV_RE.match(window) if punct else None
        if m:
            s = sp.mark_end + m.start("who")
            e = s + _inverted_subject_len(m.group("who"))
            if e > s:
                attr = self._who(s, e, m.group("verb"), s)
                if attr is None or attr.speaker is None:
                    # "says Ray's partner, Jo Ray" / "said the mayor, Jo Ray"
                    e2 = s + _inverted_subject_len(m.group("who"), keep_commas=True)
                    attr2 = self._who(s, e2, m.group("verb"), s) if e2 > e else None
                    if attr2 is not None and attr2.speaker is not None:
                        return attr2
                if attr is not None:
                    return attr
        m = _AFTER_SUBJ_RE.match(window)
        if m:
            who = m.group("who")
            new_sentence = inner_last in "?!" and lead[:1].isupper()
            naming = _lemma(m.group("verb")) in _NAMING
            if (
                _plausible_subject(who)
                and not naming
                and not (new_sentence and _long_tail(window[m.end() :]))
            ):
                s = sp.mark_end + m.start("who")
                attr = self._who(s, s + len(who), m.group("verb"), s)
                if attr is not None:
                    return attr
        # an attribution we cannot read ("…,” team members dressed for a game say):
        # the quote is somebody's, just not known, so no speaker is inherited either
        if "," in text[sp.end : sp.mark_end + 2] or inner_last in "?!":
            mv = _VERB_RE.search(window)
            if mv and len(window[: mv.start()].split()) <= 10 and not _VERB_ING(mv.group(0)):
                return _Attr(None, None, None, None, _lemma(mv.group("verb")))
        return None

    # ----------------------------------------------------------------- before the quote
    def before(self, sp: _Span, prev_end: int) -> _Attr | None:
        text = self.text
        if not sp.opened:
            return None
        ps = self.paras[sp.para][0]
        lo = max(ps, prev_end, sp.mark_start - 300)
        ss = _sentence_start(text, lo, sp.mark_start)
        window = text[ss : sp.mark_start]
        if not window.strip():
            return None
        m = _ACCORDING_BEFORE_RE.search(window)
        if m:
            s = ss + m.start("who")
            return self._who(s, s + len(m.group("who")), "said", s)
        # the finite speech verb nearest the quote: "Police said the suspect shouted “…”"
        m = next(
            (
                mb
                for mv in reversed(list(_VERB_RE.finditer(window)))
                if not _VERB_ING(mv.group("verb"))
                and not _INFINITIVE_RE.search(window, 0, mv.start())
                and (mb := _BEFORE_RE.match(window, mv.start())) is not None
            ),
            None,
        ) or _BEFORE_RE.search(window)
        if m is None or _VERB_ING(m.group("verb")):
            return None  # "…, writing “…”": the parse finds the main clause's subject
        lemma = _lemma(m.group("verb"))
        if lemma in _NAMING and not m.group("obj"):
            pre = window[: m.start()].rstrip().split()
            if not pre or (
                pre[-1].lower() not in ("he", "she", "they", "it", "we", "i")
                and not _is_name_word(pre[-1])
            ):
                return None
        vs = ss + m.start("verb")
        if _INFINITIVE_RE.search(window, 0, m.start("verb")):
            return None  # "… enough to indicate “…”": an infinitive has no subject
        subj_lo = ss
        # the nearest clause boundary before the verb
        seg = text[subj_lo:vs]
        b = max(seg.rfind(";"), seg.rfind(" and "), seg.rfind(" but "))
        if b >= 0:
            subj_lo += b + 1
        # ... or a reporting clause: "Police said [that] the suspect shouted “…”"
        rc = list(_REPORTING_RE.finditer(text, subj_lo, vs))
        if rc:
            subj_lo = rc[-1].end()
        cs, ce = _core_subject(text, subj_lo, vs, self.entities)
        cs, ce = _strip_span(text, cs, ce)
        words = text[cs:ce].split()
        if len(words) > 8 or (
            words and words[-1].lower() in {"he", "she", "it", "they", "we", "i"}
        ):
            mt = _TRAILING_SUBJ_RE.search(text, cs, ce)
            if mt is None:
                return None
            cs = mt.start()
        if not _plausible_subject(text[cs:ce]):
            return None
        return self._who(cs, ce, m.group("verb"), vs)

    # ----------------------------------------------------------------- the parse
    def governing(self, sp: _Span, short: bool) -> _Attr | None:
        """The subject of the speech verb that governs the quoted words (spaCy parse)."""
        doc = self.art.doc
        if doc is None:
            return None
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        lo, hi = span.start, span.end
        ps, pe = self.paras[sp.para]
        seen: set[int] = set()
        for tok in span:
            h = tok.head
            if lo <= h.i < hi:
                continue
            steps = 0
            while h.i not in seen and steps < 8:
                seen.add(h.i)
                if not ps <= h.idx < pe:
                    return None
                if h.pos_ in ("VERB", "AUX") and not (lo <= h.i < hi):
                    if h.lemma_.lower() in SPEECH_LEMMAS and h.dep_ not in ("acl", "amod"):
                        subj = _subject_of(h)
                        if (
                            subj is not None
                            and subj.lower_ in ("who", "that")
                            and h.dep_ == "relcl"
                        ):
                            subj = h.head.head if h.head.dep_ == "appos" else h.head
                            if subj.pos_ != "PROPN":
                                return None
                        if subj is not None and not (lo <= subj.i < hi):
                            st = subj.left_edge.idx
                            en = subj.right_edge.idx + len(subj.right_edge.text)
                            if st < sp.mark_end and en > sp.mark_start:  # holds the quote
                                st = min(
                                    [subj.idx] + [c.idx for c in subj.lefts if c.dep_ == "compound"]
                                )
                                en = subj.idx + len(subj.text)
                            st, en = max(st, ps), min(en, pe)
                            if en <= sp.mark_start or st >= sp.mark_end:
                                attr = self._who(st, en, None, st)
                                if attr is not None:
                                    attr.cue = h.lemma_.lower()
                                    return attr
                        return None
                    if short:
                        return None
                if h.head.i == h.i:
                    break
                h = h.head
                steps += 1
        return None

    def sentence_subject(self, sp: _Span) -> _Attr | None:
        """The person who is the subject of the sentence holding a fragment."""
        doc = self.art.doc
        if doc is None:
            return None
        tok = self.art.token_at(sp.start)
        if tok is None:
            return None
        root = tok.sent.root
        subj = _subject_of(root)
        if subj is None or subj.idx >= sp.mark_start:
            return None
        st, en = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        if en > sp.mark_start or st < self.paras[sp.para][0]:
            return None
        attr = self._who(st, en, None, st)
        if attr is None or attr.speaker is None:
            return None
        low = attr.text.lower() if attr.text else ""
        is_person = any(ms >= st and me <= en for ms, me, _ in self.art.persons) or low in (
            "he",
            "she",
        )
        return attr if is_person else None

    # ----------------------------------------------------------------- reported speech
    def reported(self, s0: int, s1: int) -> _Attr | None:
        """The speaker of a sentence that reports speech ("Guest says there are …")."""
        text = self.text
        seg = text[s0:s1]
        if not seg.strip() or _FURNITURE_RE.match(seg):
            return None
        doc = self.art.doc
        if doc is not None:
            span = doc.char_span(s0, s1, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    if self.art.in_quote(tok.idx):
                        continue
                    if tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX"):
                        if tok.dep_ not in ("ROOT", "conj", "parataxis"):
                            continue
                        subj = _subject_of(tok)
                        if subj is None or self.art.in_quote(subj.idx):
                            continue
                        st = subj.left_edge.idx
                        en = subj.right_edge.idx + len(subj.right_edge.text)
                        attr = self._who(st, en, None, st)
                        if attr is not None and attr.speaker is not None:
                            attr.cue = tok.lemma_.lower()
                            return attr
                        return None
        m = re.match(
            rf"\s*(?P<who>[^.;!?“”\"]{{1,120}}?)\s+{_ADVS}(?P<verb>{_VERB_ALT})(?![\w-])", seg
        )
        if m and _plausible_subject(m.group("who")):
            s = s0 + m.start("who")
            attr = self._who(s, s + len(m.group("who")), m.group("verb"), s)
            if attr is not None and attr.speaker is not None:
                return attr
        m = re.search(
            rf",\s*(?P<who>[^,.;!?“”\"]{{1,80}}?)\s+(?P<verb>{_VERB_ALT})[^,.;!?]{{0,40}}[.!?]?\s*$",
            seg,
        )
        if m and _plausible_subject(m.group("who")):
            s = s0 + m.start("who")
            attr = self._who(s, s + len(m.group("who")), m.group("verb"), s)
            if attr is not None and attr.speaker is not None:
                return attr
        return None

    # ----------------------------------------------------------------- driver
    def run(self) -> list[Quote]:
        text = self.text
        aid = self.parsed.article.id
        out: list[Quote] = []
        attrs: list[_Attr | None] = []
        kept: list[_Span] = []
        spans = self.spans
        for i, sp in enumerate(spans):
            ps, pe = self.paras[sp.para]
            if _FURNITURE_RE.match(text, ps, pe) or _headline(text, ps, pe):
                continue
            next_mark = spans[i + 1].mark_start if i + 1 < len(spans) else len(text)
            prev_end = spans[i - 1].mark_end if i and spans[i - 1].para == sp.para else ps
            n_words = len(_WORD_RE.findall(text, sp.start, sp.end))
            short = n_words <= 2
            attr = (
                self.after(sp, next_mark) or self.governing(sp, short) or self.before(sp, prev_end)
            )
            has_cue = attr is not None
            if attr is None and not short:
                attr = self.sentence_subject(sp)
            whole = not text[ps : sp.mark_start].strip() and not text[sp.mark_end : pe].strip(
                " .,;:\"“”'’"
            )
            title = _title_like(text[sp.start : sp.end])
            lead = max(ps, sp.mark_start - 40)
            if (
                title
                and sp.opened
                and (
                    _TITLE_LEAD_RE.search(text, lead, sp.mark_start)
                    or _TITLE_TAIL_RE.match(text, sp.mark_end, pe)
                )
            ) or _NAMED_WORK_RE.search(text, lead, sp.mark_start):
                continue  # "on CBS' “Face the Nation”", "a video called “Behind the …”"
            if short and not _utterance(text[sp.start : sp.end]):
                continue  # under three words: a term ("a “prank”"), not a quote
            if not has_cue:
                if short:
                    continue
                if sp.single and n_words < 6 and attr is None:
                    continue
                if title and not whole:
                    continue
            if attr is None:
                attr = self.inherit(sp, i, kept, attrs)
            kept.append(sp)
            attrs.append(attr)
            out.append(
                Quote(
                    article=aid,
                    start=sp.start,
                    end=sp.end,
                    text=text[sp.start : sp.end],
                    speaker=attr.speaker if attr else None,
                    speaker_text=attr.text if attr else None,
                    speaker_start=attr.start if attr else None,
                    speaker_end=attr.end if attr else None,
                    cue=attr.cue if attr else None,
                )
            )
        return out

    def _colon_subject(self, lo: int, hi: int) -> _Attr | None:
        """A person who is the subject of a short lead-in ending with a colon."""
        text = self.text
        if self.art.doc is not None:
            span = self.art.doc.char_span(lo, hi, alignment_mode="contract")
            for tok in span if span is not None else ():
                if tok.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if tok.lower_ in ("he", "she") or any(
                    ms <= tok.idx < me for ms, me, _ in self.art.persons
                ):
                    st = min([tok.idx] + [c.idx for c in tok.lefts if c.dep_ == "compound"])
                    attr = self.art.who(st, tok.idx + len(tok.text), st)
                    if attr is not None and attr.speaker is not None:
                        return attr
            return None
        m = re.match(r"\s*((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+|he|she|He|She)\s", text[lo:hi])
        if m and m.group(1).lower() not in _INTRO_WORDS | _DETERMINERS:
            attr = self.art.who(lo + m.start(1), lo + m.end(1), lo)
            if attr is not None and attr.speaker is not None:
                return attr
        return None

    def inherit(
        self, sp: _Span, i: int, kept: list[_Span], attrs: list[_Attr | None]
    ) -> _Attr | None:
        """Rule 3 of the docstring: a quote opening its sentence with no attribution."""
        text = self.text
        ps, _pe = self.paras[sp.para]
        prev = kept[-1] if kept else None
        prev_attr = attrs[-1] if attrs else None
        if sp.continues or not sp.opened:
            if prev is not None and prev.para == sp.para - 1 and prev_attr is not None:
                return _copy(prev_attr)
            return None
        ss = _sentence_start(text, ps, sp.mark_start)
        prefix = text[ss : sp.mark_start].strip()
        if prefix:
            # "Then, after a pause: “…”" / "Musk took to Twitter with this: “…”"
            if not prefix.endswith(":") or len(prefix.split()) > 12:
                return None  # inside a sentence: no guessing
            attr = self._colon_subject(ss, sp.mark_start)
            if attr is not None or len(prefix.split()) > 6:
                return attr
        if prev is not None and prev.para == sp.para and prev_attr is not None:
            gap = text[prev.mark_end : sp.mark_start]
            a0, a1 = prev_attr.start or -1, prev_attr.end or -1
            others = [
                p
                for p in self.art.persons
                if prev.mark_end <= p[0] < sp.mark_start and not a0 <= p[0] < a1
            ]
            if not others and len(_SENT_END_RE.findall(gap + " ")) <= 1 and len(gap) < 200:
                return _copy(prev_attr)
        # the sentence before: same paragraph, or the previous paragraph's last one
        if ss > ps:
            s0 = _sentence_start(text, ps, max(ps, ss - 2))
            s1 = ss
        else:
            if sp.para == 0:
                return None
            pps, ppe = self.paras[sp.para - 1]
            s0 = _sentence_start(text, pps, max(pps, ppe - 1))
            s1 = ppe
        if (
            prev is not None
            and prev_attr is not None
            and prev.mark_start < s1
            and prev.mark_end > s0
        ):
            return _copy(prev_attr)
        if prev is not None and prev.mark_start >= s0:
            return None
        attr = self.reported(s0, s1)
        return attr


_REPORTING_RE = re.compile(r"\b(?:said|says|added|adds)\b(?:\s+that\b)?")
_INFINITIVE_RE = re.compile(r"\bto\s+$")  # before a verb: "… enough to indicate"
_TRAILING_SUBJ_RE = re.compile(
    r"(?:(?<![\w'’-])(?:he|she|they|it|we|I)|"
    r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\S+\s+){0,4}\S+|"
    r"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|de|van|von))*)\s*$"
)


def _VERB_ING(verb: str) -> bool:
    return verb.lower().endswith("ing") and verb.lower() not in ("is quoted as saying",)


def _copy(a: _Attr) -> _Attr:
    return _Attr(a.speaker, a.text, a.start, a.end, a.cue)


def _main_verb(tok: Any) -> bool:
    """Whether ``tok`` is its sentence's main verb (or joined to it by "and"); a
    parse that runs over a line break ("WATCH: …¶The ministry said …") counts
    each line as a sentence."""
    if tok.dep_ == "ROOT":
        return True
    if tok.dep_ == "conj" and tok.head.dep_ == "ROOT":
        return True
    head = tok.head
    lo, hi = sorted((head.idx, tok.idx))
    return "\n" in tok.doc.text[lo:hi]


def _subject_of(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        for child in verb.head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def _inverted_subject_len(who: str, keep_commas: bool = False) -> int:
    """Length of the subject after an inverted verb: "Okafor, the mayor" -> "Okafor"
    (with ``keep_commas``, "Ray's partner, Jo Ray, in" -> "Ray's partner, Jo Ray")."""
    m = re.search(
        r"(?:,(?!\s*(?:[A-Z]|the\b|a\b|an\b))|,(?=\s*(?:who|which)\b))" if keep_commas else ",",
        who,
    )
    who = who[: m.start()] if m else who
    m = re.search(
        r"\s+(?:in|on|at|during|after|before|from|to|via|when|while|as|who|which|adding|"
        r"referring|speaking|told|according|with|outside|inside|last|this|on)\b|\s+\(",
        who,
    )
    cut = m.start() if m else len(who)
    # "said one of the players" keeps "of"
    return len(who[:cut].rstrip())


def _plausible_subject(who: str) -> bool:
    words = who.split()
    if not words or len(words) > 22:
        return False
    w0 = words[0].strip(",").lower()
    if w0 in ("and", "but", "or", "so", "then", "to", "as", "while", "if", "because", "that"):
        return False
    if w0 in ("he", "she", "it", "they", "we", "i") or w0 in _DETERMINERS | set(_POSSESSIVE_PRON):
        return True
    if _is_name_word(words[0]):
        return True
    # "communications officer Jo Ray", "oil and gas worker Jo Ray"
    if "," in who or "—" in who or w0 in _INTRO_WORDS or w0 in _PREPOSITIONS:
        return False
    return len(words) <= 10 and _trailing_name(who) is not None


def _long_tail(rest: str) -> bool:
    """Words after a speech verb that make it a new sentence, not an attribution."""
    return len(rest.split()) > 5 or bool(
        re.match(r"\s+(?:that|it|this|them|him|her|the|a|an)\b", rest)
    )


_TITLE_LEAD_RE = re.compile(
    r"(?:\b(?:on|in|from|of|at|to|called|titled|entitled|named|dubbed|nicknamed|"
    r"film|book|show|song|album|series|movie|novel|program|programme|podcast|interview with)"
    r"|['’]s?)\s*$",
    re.IGNORECASE,
)


_TITLE_TAIL_RE = re.compile(
    r"[\s,]*(?:segment|show|program|programme|episode|broadcast|documentary|film|movie|"
    r"podcast|series|column|op-ed|hearing)s?\b",
    re.IGNORECASE,
)
_NAMED_WORK_RE = re.compile(
    r"\b(?:video|book|film|movie|show|song|album|documentary|article|essay|report|segment|"
    r"podcast|series|program|programme|bill|act|law|play|op-ed|column|hashtag|slogan|campaign)s?"
    r"\s+(?:called|titled|entitled|named|dubbed)\s*$",
    re.IGNORECASE,
)
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or of on in at to for with from into over about by as nor but vs".split()
)


def _utterance(quote: str) -> bool:
    """A short quote that is a whole utterance ("I'm back.", "No collusion."), not a term."""
    q = quote.strip()
    return q[:1].isupper() and q[-1:] in ".!?"


def _headline(text: str, ps: int, pe: int) -> bool:
    """A short line without closing punctuation: a headline or subheading."""
    if pe - ps > 1000:
        return False  # not short (and slicing a long paragraph per quote would be quadratic)
    line = text[ps:pe].rstrip().rstrip("\"'”’»)")
    if not line or line[-1] in ".!?…:;,":
        return False
    return len(line.split()) <= 20


def _title_like(quote: str) -> bool:
    """Every word but small function words capitalised (or a number): a title."""
    words = _WORD_RE.findall(quote)
    if not words or len(words) > 16:
        return False
    if re.search(r"[!?;]|\.\s", quote):
        return False
    big = [w for w in words if w.casefold() not in _TITLE_SMALL_WORDS]
    if "," in quote and len(big) < 5:
        return False  # "Yes, Sir" is said; "Oligarchs, Money and Power" is a title
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)


# --------------------------------------------------------------------------- entry point


def find_quotes(parsed: ParsedArticle) -> list[Quote]:
    """Direct quotes with their speakers (the rules are in the module docstring)."""
    if not parsed.text.strip():
        return []
    return _Finder(parsed).run()
