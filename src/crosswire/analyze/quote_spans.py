"""Phase 1 of quote finding: quoted spans, and which of them are not quotes.

``scan_spans`` pairs quotation marks paragraph by paragraph (the rules are in
the :mod:`crosswire.analyze.quotes` docstring); ``title_like``, ``is_headline``,
``is_utterance`` and the title patterns tell titles, headlines and scare quotes
from speech.

A straight mark with a space (or a word) on both sides, common in detokenised
copy ("… needs , " said Jo Ray." / "“We are not afraid " , he said"), is read
from the sequence of marks and its surroundings: at the start of a paragraph it
opens; while a quote is open (in the paragraph, or left open by an earlier
paragraph at most ``GAP`` mark-free paragraphs back: text split one sentence a
line) it closes; otherwise it closes only after a comma or sentence end when the
paragraph ends there, a source note follows ("… said. " (Daily Planet
article)") or an attribution does ("…, " said Jo Ray" / "…, " a spokesman
said"), and opens elsewhere.  A straight mark spaced as an opening one after a
comma, "!" or "?" closes an open quote when an attribution follows it ("…, "a
friend of hers said.").  A paragraph whose first mark closes a quote left open
that way yields the words up to the mark as a quote of their own.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from .quote_lexicon import ADVS, VERB_ALT
from .quote_text import WORD_RE

FURNITURE_RE = re.compile(
    r"^\s*(?:READ MORE|WATCH|RELATED|MORE|LISTEN|SEE ALSO|PHOTOS?|VIDEO|CLICK HERE)\s*:",
)


_ELISION_RE = re.compile(
    r"(?:\d\d?s?\b|em\b|til\b|cause\b|cos\b|n\b|n['’]|tis\b|twas\b|bout\b|round\b)",
    re.IGNORECASE,
)


# "``" opens a quote in PTB/LDC-style newswire ("``Being 48 is too early,'' he said")
_DOUBLE_OPEN_SHAPE = frozenset({"“", "„", "‟", "«", "‘‘", "``"})


_DOUBLE_CLOSE_SHAPE = frozenset({"”", "»", "’’"})


_DOUBLES = frozenset({'"', "“", "”", "„", "‟", "«", "»", "''", "‘‘", "’’", "‘’", "``"})


_SINGLES = frozenset({"'", "‘", "’", "‛", "‚", "‹", "›"})


_QUOTE_CHARS = frozenset("\"“”„‟«»'‘’‛‚‹›`")


_MARK_RE = re.compile(r"``|''|‘‘|’’|‘’|[\"“”„‟«»'‘’‛‚‹›]")


_OPEN_PREV = frozenset("([{—–-/\u00a0")


_CLOSE_NEXT = frozenset(".,;:!?)]}—–-…")


_OPEN, _CLOSE, _AMBIG = 1, 2, 3


@dataclass(frozen=True, slots=True)
class QuoteSpan:
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


# what follows a closing mark that has a stray space before it: an attribution
# ("… , " said Doganis" / "… , " a defence spokesperson said")
_ATTRIBUTION_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:[\w'’.-]+\s+){{0,6}}?{ADVS}(?:{VERB_ALT})(?![\w-])"
)


_BEFORE_CLOSE = frozenset(",.;!?…")


# '…, " I said no. "': a quote in the first person, not an attribution after one
_FIRST_PERSON_RE = re.compile(r"(?:I|[Ww]e|[Yy]ou)\b")


def _straight_role(text: str, s: int, e: int, ps: int, pe: int, kind: int, inside: bool) -> int:
    """The role of a straight mark whose spacing leaves it ambiguous (a space, or
    a word, on both sides), or whose spacing says "open" where a quote is open and
    an attribution follows ("…, "said Smith").  ``inside``: a quote is open here
    (in this paragraph, or carried over from an earlier one).  See the module
    docstring."""
    i = s - 1
    while i >= ps and text[i].isspace():
        i -= 1
    if i < ps:
        return _OPEN  # nothing before it in the paragraph: it opens
    prev = text[i]
    if kind == _OPEN:
        # '… decision, "a friend of hers said.': a closing mark spaced as an opening one
        if inside and prev in ",!?" and i < s - 1 and _ATTRIBUTION_AFTER_RE.match(text, e, pe):
            return _CLOSE
        return _OPEN
    if inside:
        return _CLOSE
    j = e
    while j < pe and text[j].isspace():
        j += 1
    if prev in _BEFORE_CLOSE and (
        j == pe
        or (prev in ".!?…" and text[j] in "([")
        or (_ATTRIBUTION_AFTER_RE.match(text, e, pe) and not _FIRST_PERSON_RE.match(text, j))
    ):
        return _CLOSE  # '… is going to happen. "' / '…, " a spokesman said'
    return _OPEN


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


# paragraphs without a double mark that a quote left open may run over, when the
# next mark closes it (text split one sentence a line: "“Knowing Billy, …¶His
# relationship …¶… gets easy. ”")
GAP = 3
"""Mark-free paragraphs a quote may run over (one sentence a line)."""


def has_double_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a double quotation mark (of any shape)."""
    return any(m.group(0) in _DOUBLES for m in _MARK_RE.finditer(text, start, end))


def scan_spans(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted passage, paragraph by paragraph (see the module docstring)."""
    spans: list[QuoteSpan] = []
    carry = False  # the previous paragraph ended inside an open quote
    single_carry = False  # … inside an open single-quoted one (British tabloid style)
    held = False  # so did the last paragraph with double marks, at most GAP paragraphs back
    gap = 0
    for pi, (ps, pe) in enumerate(paras):
        marks = [(m.start(), m.end(), m.group(0)) for m in _MARK_RE.finditer(text, ps, pe)]
        found: list[QuoteSpan] = []
        open_at: tuple[int, int] | None = None
        starts_open = False
        first = True
        for s, e, mark in marks:
            if mark not in _DOUBLES:
                continue
            kind = _double_direction(text, s, e, ps, pe, mark)
            if kind == _AMBIG or (kind == _OPEN and mark == '"'):
                inside = open_at is not None or (held and first)
                kind = _straight_role(text, s, e, ps, pe, kind, inside)
            if kind == _OPEN:
                if first and not text[ps:s].strip():
                    starts_open = True
                if open_at is not None:
                    _add_unclosed(text, found, open_at, s, pi)
                open_at = (s, e)
            elif open_at is not None:
                _add_span(text, found, open_at[0], open_at[1], s, e, pi, True, True)
                open_at = None
            elif not found and held:
                _add_span(text, found, ps, ps, s, e, pi, False, True)
            first = False
        if open_at is not None:
            _add_span(text, found, open_at[0], open_at[1], pe, pe, pi, True, False)
        if carry and found and (starts_open or not found[0].opened):
            found[0] = dataclasses.replace(found[0], continues=True)
        carry = open_at is not None
        if any(m[2] in _DOUBLES for m in marks):
            held, gap = carry, 0
        else:
            gap += 1
            held = held and gap <= GAP
        singles = _scan_singles(text, ps, pe, pi, marks, found)
        if single_carry and singles and not text[ps : singles[0].mark_start].strip():
            singles[0] = dataclasses.replace(singles[0], continues=True)
        single_carry = bool(singles) and not singles[-1].closed
        found.extend(singles)
        found.sort(key=lambda sp: sp.mark_start)
        spans.extend(found)
    return spans


def _add_span(
    text: str,
    out: list[QuoteSpan],
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
    if e > s and WORD_RE.search(text, s, e):
        out.append(QuoteSpan(mark_start, s, e, mark_end, para, opened, closed, single, False))


# the attribution ending a quote whose closing mark is missing: "…, Jo Ray said. “"
_UNCLOSED_CUE_RE = re.compile(
    rf",\s+(?:(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+|he|she)\s+{ADVS}(?:{VERB_ALT})"
    r"(?:\s+[\w'’-]+){0,4}\.\s*$"
)


# the words before an opening mark that cuts an open quote end mid-sentence (a word,
# no punctuation): "… do: “They moan about “amateurs” setting …" / "…'s romantic
# film "Kate and Leopold."": the earlier mark is stray (or a closing mark spaced as
# an opening one), so the words between the two marks are nobody's quote
_CUT_MID_SENTENCE_RE = re.compile(r"[^\W_]\s*$")


def _add_unclosed(
    text: str, out: list[QuoteSpan], open_at: tuple[int, int], end: int, para: int
) -> None:
    """A quote ended by the next opening mark: when its last sentence ends with an
    attribution (", Jo Ray said. “…"), the closing mark was dropped before it, so
    the quote ends at that comma and the attribution stays outside it."""
    m = _UNCLOSED_CUE_RE.search(text, open_at[1], end)
    if m is not None and m.start() > open_at[1]:
        _add_span(text, out, open_at[0], open_at[1], m.start(), m.start(), para, True, True)
    elif _CUT_MID_SENTENCE_RE.search(text, open_at[1], end):
        return  # "do: “They moan about “amateurs” setting …": a stray mark, not a quote
    else:
        _add_span(text, out, open_at[0], open_at[1], end, end, para, True, False)


def _scan_singles(
    text: str,
    ps: int,
    pe: int,
    pi: int,
    marks: list[tuple[int, int, str]],
    doubles: list[QuoteSpan],
) -> list[QuoteSpan]:
    """Single-quoted passages outside the paragraph's double quotes."""
    covered = [(d.mark_start, max(d.mark_end, d.end)) for d in doubles]
    out: list[QuoteSpan] = []
    open_at: tuple[int, int] | None = None
    weak: tuple[int, int] | None = None
    gap = -1
    opened_again = False

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
            if open_at is not None and weak is not None:
                # "a ‘malevolence … actions’ for which ‘you have no remorse’": the mark
                # before a new opening one closed the first quote
                finish()
            if open_at is None:
                open_at, weak = (s, e), None
            else:
                opened_again = True  # "'Allo 'Allo! star …": no quote left open
            continue
        if right and prev and not prev.isspace() and open_at is not None:
            strong = prev in ".,!?…" or not nxt or nxt in ".,;:!?)"
            if strong:
                _add_span(text, out, open_at[0], open_at[1], s, e, pi, True, True, True)
                open_at = weak = None
            elif weak is None:
                weak = (s, e)
    if (
        open_at is not None
        and weak is None
        and not opened_again
        and _single_carried_on(text, ps, pe, open_at[0])
    ):
        # a tabloid's quote over paragraphs: "…: 'Imogen has spent her whole life … her."
        # then "'To whoever stopped …'" (each paragraph reopens, only the last closes)
        _add_span(text, out, open_at[0], open_at[1], pe, pe, pi, True, False, True)
        open_at = None
    finish()
    return out


def _single_carried_on(text: str, ps: int, pe: int, mark: int) -> bool:
    """Whether a single mark left open at ``mark`` opens a quote the next paragraph goes
    on with: it opens the paragraph or follows a colon, the paragraph ends a sentence,
    and the next paragraph opens with a single mark."""
    lead = text[ps:mark].rstrip()
    return (
        (not lead or lead.endswith(":"))
        and re.search(r"[.!?…]\s*$", text[mark:pe]) is not None
        and re.match(r"\s*['‘]", text[pe : pe + 8]) is not None
    )


# "told" in the active voice: not "she was told “No.”", "got told", "being told"
ACTIVE_TOLD = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgot\s)\btold"
TITLE_LEAD_RE = re.compile(
    rf"(?:{ACTIVE_TOLD}"
    r"|\b(?:on|in|from|of|at|to|tells|called|titled|entitled|named|dubbed|nicknamed|"
    r"film|book|show|song|album|series|movie|novel|program|programme|podcast|interview with|"
    r"poem|painting|play|essay|opera|musical|memoir|"
    r"direct(?:ed|s|ing)?|produc(?:ed|es|e|ing)|star(?:red|s|ring)? in|releas(?:ed|es|e|ing)|"
    r"publish(?:ed|es|ing)?|record(?:ed|s|ing)?|adapt(?:ed|s|ing)?|compos(?:ed|es|e|ing)|"
    r"penned|authored)"
    # a work's noun with its title in apposition: "The book, “Standing Behind It,”"
    r"|\b(?:film|book|song|album|movie|novel|podcast|poem|painting|essay|memoir|"
    r"documentary)s?,"
    r"|['’]s?)\s*$",
    re.IGNORECASE,
)


TITLE_TAIL_RE = re.compile(
    r"[\s,]*(?:segment|show|program|programme|episode|broadcast|documentary|film|movie|"
    r"podcast|series|column|op-ed|hearing)s?\b",
    re.IGNORECASE,
)


NAMED_WORK_RE = re.compile(
    r"\b(?:video|book|film|movie|show|song|album|documentary|article|essay|report|segment|"
    r"podcast|series|program|programme|bill|act|law|play|op-ed|column|hashtag|slogan|campaign|"
    r"poem|novel|story|painting|exhibition|exhibit|single|track|opera|musical|memoir|study)s?"
    r"\s+(?:called|titled|entitled|named|dubbed)\s*$",
    re.IGNORECASE,
)


# a quoted term named by the noun after its marks: "the “boys will be boys” trope"
TERM_TAIL_RE = re.compile(
    r"[\s,]*(?:trope|slogan|mantra|motto|catch-?phrase|tagline|nickname|moniker|label|"
    r"buzzword|hashtag|meme|clich[eé]|epithet|idiom|euphemism|stereotype)s?\b",
    re.IGNORECASE,
)


# naming, not speech, right before the marks: "a girl known as “the little mayor”"
TERM_LEAD_RE = re.compile(
    r"\b(?:(?:referred to|known|better known|commonly known) as|so-called|nicknamed)\s*$",
    re.IGNORECASE,
)


# naming, whoever speaks: "HP is called “feather duvet lung.”", "what is called the old
# “Matanuska Maid block.”" (passive, no agent), "the slogan “Meth, we're on it.”"
NAMED_LEAD_RE = re.compile(
    r"(?:(?P<passive>\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|often|commonly|sometimes|now|"
    r"still|usually|widely|simply|officially)\s+)?(?:called|named|dubbed|termed|nicknamed|"
    r"labell?ed)(?:\s+(?:the|a|an)(?:\s+[a-z]+)?)?)"
    r"|\b(?:slogan|motto|tagline|catch-?phrase|hashtag|mantra|jingle)s?)\s*[:,]?\s*$",
    re.IGNORECASE,
)


# an agent after the marks makes a passive naming verb somebody's words: "…
# called “a coward” by the mayor"
_AGENT_AFTER_RE = re.compile(r"[\s,]*by\s")


# words written on something carried or put up: "signs reading “…”", "a banner that
# said “…”", "placards with the words “…”" (slogans, not anybody's quote)
SIGN_LEAD_RE = re.compile(
    r"\b(?:signs?|placards?|banners?|posters?|billboards?|(?:t-)?shirts?|stickers?|"
    r"plaques?|graffiti)\s+(?:that\s+|which\s+)?(?:read|reads|reading|said|saying|says|"
    r"bearing|declaring|proclaiming|with\s+the\s+(?:words?|message|slogan))\s*[:,]?\s*$",
    re.IGNORECASE,
)


# between the items of a list of quotes: "“…,” “…” and “…”"
LIST_GAP_RE = re.compile(r"[\s,;]*(?:(?:and|or)\s*)?")


def is_named(text: str, sp: QuoteSpan, pe: int) -> bool:
    """A name given right before the marks, whoever gives it: a passive naming verb
    with no agent after the marks ("HP is called “feather duvet lung.”") or a slogan
    ("the slogan “Meth, we're on it.”")."""
    lead = text[max(0, sp.mark_start - 60) : sp.mark_start]
    m = NAMED_LEAD_RE.search(lead)
    if m is None:
        return False
    return m.group("passive") is None or not _AGENT_AFTER_RE.match(text, sp.mark_end, pe)


def is_term(text: str, sp: QuoteSpan, pe: int, has_cue: bool) -> bool:
    """A quoted term, not a quote: a short passage named as a trope, slogan or label
    by the noun after it, or one that something is known or referred to as (when no
    speech verb governs it)."""
    if len(WORD_RE.findall(text, sp.start, sp.end)) > 8:
        return False
    if sp.closed and (m := TERM_TAIL_RE.match(text, sp.mark_end, pe)):
        # '… “We will win.” Slogans were painted …': the next sentence, not a name
        starts = text[sp.end - 1 : sp.end] in ".!?…" and m.group().lstrip(" ,")[:1].isupper()
        if not starts:
            return True
    return not has_cue and bool(
        TERM_LEAD_RE.search(text, max(0, sp.mark_start - 30), sp.mark_start)
    )


_TITLE_SMALL_WORDS = frozenset(
    "a an the and or of on in at to for with from into over about by as nor but vs".split()
)


def is_utterance(quote: str) -> bool:
    """A short quote that is a whole utterance ("I'm back.", "No collusion."), not a term."""
    q = quote.strip()
    return q[:1].isupper() and q[-1:] in ".!?"


_LABEL_RE = re.compile(r"[a-z]+ of [a-z]+\.?")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:an?|the)\s*$", re.IGNORECASE)


def is_label(text: str, mark_start: int, start: int, end: int) -> bool:
    """A quoted label, not a quote: a noun, *of*, a noun, with its article outside
    the marks ("called the massacre an “act of terror”", "the “axis of evil”")."""
    return bool(
        _LABEL_RE.fullmatch(text, start, end)
        and _ARTICLE_BEFORE_RE.search(text, max(0, mark_start - 5), mark_start)
    )


def is_headline(text: str, ps: int, pe: int) -> bool:
    """A short line without closing punctuation: a headline or subheading."""
    if pe - ps > 1000:
        return False  # not short (and slicing a long paragraph per quote would be quadratic)
    # (marks after a space too: '“We have seen enough coaches. ”' closes a sentence)
    line = re.sub(r"(?:\s*[\"'”’»)])+$", "", text[ps:pe].rstrip())
    if not line or line[-1] in ".!?…:;,":
        return False
    return len(line.split()) <= 20


_REPLY_WORDS = frozenset(
    "no yes never soon later okay ok fine nothing stop wait go thanks sorry maybe please "
    "enough now why what".split()
)


def reply_word(quote: str) -> bool:
    """A one-word reply ("No.", "Never", "Soon"): said, never a programme's title."""
    words = WORD_RE.findall(quote)
    return len(words) == 1 and words[0].casefold() in _REPLY_WORDS


def title_like(quote: str) -> bool:
    """Every word but small function words capitalised (or a number): a title."""
    words = WORD_RE.findall(quote)
    if not words or len(words) > 16:
        return False
    if re.search(r"[!?;]|\.\s", quote):
        return False
    big = [w for w in words if w.casefold() not in _TITLE_SMALL_WORDS]
    if "," in quote and len(big) < 5:
        return False  # "Yes, Sir" is said; "Oligarchs, Money and Power" is a title
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)
