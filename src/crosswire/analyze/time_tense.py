"""Tense of a time expression: does the sentence place it before or after publication?

A date without a year ("July 13", "in May") or a bare weekday ("Thursday")
can only be resolved once we know whether the sentence tells of something
done or of something to come.  That is read from the spaCy parse: the verb
that governs the expression (walking up from the expression's root through
nouns and prepositions) and its auxiliaries.

* **future**: "will"/"shall" on the verb ("will visit the UK on July 13");
  the verb is the complement of a scheduling word that is not itself in the
  past ("is due to be published in May", "plans to speak on Monday", "is set
  to vote", "is expected to", "is going to"); a participle of scheduling ("the
  rally set for Wednesday", "slated for June 25", "is scheduled for Monday");
  a modal ("a vote could come Tuesday"), "would" too (the future of reported speech:
  "said it would be held on Friday"; "said Tuesday it would close the plant in
  September" in November is next September, the commoner case, though "his vow that
  Britain would leave on Oct. 31" a month after it is read a year ahead); the phrase "as
  early as" / "as soon as" right before the expression; a dated thing to be
  called off ("urged him to cancel Monday's meeting", "should postpone the
  Friday vote": ``_CALLING_OFF``, the verb not in the past).
* **present**: a present-tense verb that is not a reporting verb ("the
  election is Thursday", "when they meet on Monday"): scheduled, so weekdays
  resolve forward.
* **past**: a past-tense verb or auxiliary ("was killed on Monday", "has
  met"), unless the expression is the end point of the verb ("extended to
  Nov. 20", "until Friday"): a deadline moved in the past may still lie ahead;
  nor a verb of foreseeing or planning, nor "was due" ("the vote was scheduled
  for March 20", "analysts expected a cut in September"; but "predicted in August
  that …", when the date is the foreseeing's own, is past; and "was due" only in
  reported speech): what was foreseen may still lie ahead, so those are neutral
  (the nearest one).  A predicate
  adjective takes its verb's tense ("will remain closed on Saturday").
* a present verb does not place a date that dates a measured figure ("inflation, at
  6.8% in February, remains high"): neutral; "the three matches on Saturday are sold
  out" stays ahead.
* **lean_past**: a date that dates a noun of a past-tense sentence ("was arrested in
  April for a March 21 phone call"): the latest such date on or before publication,
  unless the next one ahead is ``LEAN_RATIO`` times nearer ("agreed on a Dec. 20
  deadline" in November); an adjective's date ("payable Dec. 7") stays neutral.  A
  date of a gerund after a preposition of a past verb of a charge, a verdict, blame or
  thanks, and of that gerund's infinitive, leans past too ("pleaded guilty to
  threatening to kill her in March").
* **neutral**: anything else (no verb, an infinitive with no future
  governor, present-tense reporting verbs such as "says").

Without a parse the old clause rule is the fallback: a future cue ("will",
"is due to", "scheduled") earlier in the same clause means future, anything
else is unknown (resolved as the past, allowing a week ahead for schedules).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Literal

from .sentences import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Tense = Literal["future", "present", "past", "neutral", "unknown", "lean_past"]
# tenses that put a weekday ahead of publication
AHEAD_TENSES: frozenset[Tense] = frozenset({"future", "present"})
# days: the furthest ahead a month-day without tense or year is placed.  Chosen on
# TBAQ (bench/eval_times.py): payment and record dates up to seven weeks ahead are
# right, and at half a year half of the dates ahead were last year's
MAX_AHEAD = 183
# a date a past sentence's noun carries is the one ahead only when that is this many times
# nearer than the one behind ("was arrested for a March 21 phone call" in November: last
# March; "agreed on a Dec. 20 deadline" in November, "announced plans for the Jan. 20
# inauguration" in December: ahead)
LEAN_RATIO = 3

# words whose complement is scheduled ahead: "is due to", "plans to", "is set to"
_GOVERNORS = frozenset(
    {
        "due",
        "set",
        "schedule",
        "slate",
        "expect",
        "plan",
        "poise",
        "intend",
        "aim",
        "prepare",
        "go",
        "about",
        "likely",
        "ready",
        "vow",
        "pledge",
        "promise",
        "threaten",
    }
)
# a participle of these with a date is a scheduled event ("the rally set for Wednesday")
_SCHEDULING = frozenset(
    {"schedule", "slate", "slat", "set", "plan", "due", "organise", "organize", "arrange"}
)
# verbs of arranging, scheduling only as a clause's verb ("has organised a vigil for
# Saturday"), not as a participle describing a noun in a told event
_ARRANGING = frozenset({"organise", "organize", "arrange"})
# verbs of foreseeing: their date may lie ahead even when they are in the past ("was
# expected on March 20", "predicted a recovery in September"); planning is _SCHEDULING
_FORESEEING = frozenset({"expect", "predict", "forecast", "anticipate", "project"})
# what a measured figure is written with ("6.8% in February", "5.1 percent in May")
_MEASURED = frozenset({"%", "percent", "pct", "points", "$", "€", "£"})
# the weekdays in lower case (also read by the speaker and claim finders)
WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# a request still being made looks ahead ("is urging him to resign Friday"); one made in
# the past dates its own making ("called on him to resign late Friday", in a Saturday
# story), though a dated thing it asks to call off lies ahead (``_CALLING_OFF``: "urged
# him to cancel Monday's meeting"); so does what something happens ahead of ("in
# advance of his visit on Thursday")
_DIRECTIVES = frozenset({"urge", "ask", "call", "demand", "press", "push", "want", "invite"})
_AHEAD = frozenset({"advance", "ahead", "anticipation", "preparation", "upcoming"})
# only what is still to come can be called off: a dated noun these verbs act on, when
# the verb itself is not in the past ("urged him to cancel Monday's meeting", "should
# postpone the Friday vote"), lies ahead
_CALLING_OFF = frozenset({"cancel", "postpone", "delay", "scrap", "reschedule", "boycott"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MODALS = frozenset({"could", "may", "might", "must", "should", "can"})
_REPORTING = frozenset(
    {"say", "tell", "report", "announce", "claim", "insist", "argue", "write", "add", "note"}
)
# the date is where the verb's action ends, not when it happened: "extended to Nov. 20"
_END_POINTS = frozenset({"to", "until", "till", "through", "by", "before", "into"})
# a date that is an argument of the verb, not its time ("set Nov. 10 as the deadline")
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "appos", "conj"})
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "poss", "amod", "nummod"})
# a date chosen, not a date when something was done: "has set Nov. 10 as the deadline"
_CHOOSING = frozenset({"set", "fix", "pick", "choose", "name", "designate", "schedule"})
# verbs that judge a deed already done, whose gerund tells it ("pleaded guilty to
# threatening", "was charged with killing", "apologized for saying")
_DEEDS_JUDGED = frozenset(
    """plead charge accuse convict indict arrest sentence jail fine blame admit apologize
    apologise thank criticize criticise praise suspect acquit punish sue investigate
    condemn""".split()
)
# "since" before the expression in the same clause: it looks back
_SINCE_RE = re.compile(r"\bsince\b[^.;:!?,]{0,30}$", re.IGNORECASE)
_SOON_RE = re.compile(r"\bas\s+(?:early|soon)\s+as\s*$", re.IGNORECASE)
_TITLE_DOT_RE = re.compile(
    r"\b(" + "|".join(sorted(t.capitalize() for t in TITLE_ABBREVIATIONS)) + r")\."
)
# what something is done in advance of lies ahead, wherever the parse hangs the date:
# "a letter released Tuesday ..., in advance of Mr. Ryan's visit there on Thursday"
_IN_ADVANCE_RE = re.compile(
    r"\b(?:in\s+advance\s+of|ahead\s+of)\s+(?!last\b)[^.;:!?,]{0,40}$", re.IGNORECASE
)

_FUTURE_CUE_RE = re.compile(
    r"\b(?:will|shall|is due to|are due to|is expected to|are expected to|is scheduled|"
    r"are scheduled|scheduled for|plans to|planned for|is set to|are set to)\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
_CLAUSE_SPLIT_RE = re.compile(
    r"[.!?\"“”‘’;]|\b(?:said|says|told|tells|announced|reported|added|stated)\b", re.IGNORECASE
)


def future_cue(text: str, start: int) -> bool:
    """A future cue ("will", "is due to") before ``start``, in the same clause: not
    across a quotation mark, a sentence end or a reporting verb."""
    before = _CLAUSE_SPLIT_RE.split(text[max(0, start - 80) : start])[-1]
    return _FUTURE_CUE_RE.search(before) is not None


def _past(v: Token) -> bool:
    """Is ``v`` (a verb) in a past tense, by itself or through its auxiliaries?"""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBN" and any(a.lower_ in ("'d", "’d") for a in auxes):
        return True  # "We'd only reopened in March": "'d" before a participle is "had"
    if any(a.lower_ in _FUTURE_AUX or a.lower_ in _MODALS or a.lower_ == "would" for a in auxes):
        return any(a.lower_ == "have" for a in auxes)  # "could have met", "will have"
    if v.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    if v.tag_ == "VBN" and v.dep_ == "acl" and not auxes:
        return True  # a reduced relative: "the record high set on Aug. 6"
    if v.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in v.children):
        return True  # a past tense tagged as a participle: "after Lohan rear-ended a truck"
    # the present perfect: "has met", "have been searching"
    return any(a.lemma_ == "have" and a.dep_ == "aux" for a in auxes)


def _governed_future(v: Token) -> bool:
    """Is ``v`` the complement of a scheduling word not itself in the past ("is due
    to be published", "plans to speak")?"""
    u = v
    for _ in range(4):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in u.children)
        if u.dep_ not in ("xcomp", "acomp", "ccomp", "advcl") or u.head is u:
            return False
        h = u.head
        if infinitive and h.lemma_.lower() in _DIRECTIVES:
            # "urges him to resign Friday" looks ahead; "called on him to resign late
            # Friday", in a story of Saturday, tells when the call was made
            return not _past(h)
        if infinitive and u.dep_ == "xcomp" and h.lemma_ == "be" and h.tag_ in ("VBZ", "VBP"):
            return True  # "the bill is to be voted on Thursday": a plan
        if u.dep_ == "advcl":
            return False
        if h.lemma_.lower() in _GOVERNORS or h.lower_ in _GOVERNORS:
            host = h.head if h.dep_ == "acomp" else h
            return not _past(host) and not _past(h) and not _gerund_of_past(h)
        u = h
    return False


def _gerund_of_past(v: Token) -> bool:
    """Is ``v``, or the verb it is the infinitive of, a gerund after a preposition of a
    past-tense verb of a charge, a verdict, blame or thanks ("pleaded guilty to
    threatening to kill her in March", "was charged with killing him in May")?  What
    such a sentence tells was done before it ("said he looked forward to meeting her in
    March" is not)."""
    u = v
    for _ in range(4):
        if u.tag_ == "VBG" and u.dep_ == "pcomp" and u.head.dep_ == "prep":
            g = u.head.head
            return g.lemma_.lower() in _DEEDS_JUDGED and _past(g)
        if u.dep_ != "xcomp" or u.head is u:
            return False
        u = u.head
    return False


def _foreseen(v: Token, prep: str | None, via_noun: bool, weekday: bool) -> bool:
    """Is the date, under ``v`` in the past, what was foreseen or planned (which may
    still lie ahead) rather than when it was: "the vote was scheduled for March 20",
    "was expected on March 20" (passive), "planned for June" ("for"), "analysts expected a
    cut in September", "said they expected a cut in September" (the foreseen thing's
    date, or a foreseeing reported, not a weekday); not "predicted in
    August that …", "the gang planned the robbery in August", "expected a deal on
    Saturday, but talks collapsed"."""
    lemma = v.lemma_.lower()
    if lemma not in _FORESEEING and lemma not in _SCHEDULING:
        return False
    if prep == "for" or any(c.dep_ == "auxpass" for c in v.children):
        return True
    reported = v.dep_ == "ccomp" and v.head.lemma_.lower() in _REPORTING  # "said they expected"
    return (via_noun or reported) and not weekday and lemma in _FORESEEING


def _verb_tense(v: Token, prep: str | None, via_noun: bool = False, weekday: bool = False) -> Tense:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.dep_ == "conj" and v.tag_ == "VB" and not auxes:
        # "will serve out his term, run through the tape, and then retire in January":
        # a bare verb joined to others shares the first one's auxiliary, and its tense
        h = v.head
        for _ in range(3):
            if h.pos_ not in ("VERB", "AUX") or h.tag_ != "VB":
                break
            if any(c.dep_ == "aux" and c.lower_ != "to" for c in h.children):
                return _verb_tense(h, prep, via_noun, weekday)
            if h.dep_ not in ("conj", "dep") or h.head is h:
                break
            h = h.head
    lowers = {a.lower_ for a in auxes}
    if (lowers & _FUTURE_AUX or lowers & _MODALS or "would" in lowers) and not _past(v):
        return "future"  # "would": the future of reported speech ("would be held on")
    if _governed_future(v):
        return "future"
    lemma = v.lemma_.lower()
    scheduled = lemma in _SCHEDULING and (lemma in ("schedule", "slate") or prep == "for")
    if lemma in _ARRANGING and v.dep_ == "acl":
        scheduled = False  # "The vigil, organised by students for Saturday, drew 500": done
    if scheduled and v.tag_ in ("VBN", "VBD") and not any(a.tag_ == "VBD" for a in auxes):
        return "future"  # "the rally set for Wednesday", "slated for June 25"
    if _past(v):
        if _foreseen(v, prep, via_noun, weekday):
            return "neutral"  # what was foreseen may still lie ahead: the nearest one
        if prep in _END_POINTS and not _told_done(v):
            return "neutral"
        return "past"
    present = v.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    if present and v.lemma_.lower() not in _REPORTING:
        return "present"
    return "neutral"


def _starting(tok: Token) -> bool:
    """ "beginning" or "starting" before a date ("will be closed beginning Monday"): the
    date is when the clause's verb starts to hold, so that verb gives the tense; not
    the clause's own verb ("Olsen is starting Monday")."""
    return (
        tok.lower_ in ("beginning", "starting")
        and tok.tag_ == "VBG"
        and tok.dep_ != "ROOT"
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _told_done(v: Token) -> bool:
    """Does the sentence go on to tell the thing done, with a past verb joined after
    ``v`` ("was pushed to Thursday, and the bill passed 52-40")?"""
    return any(c.dep_ == "conj" and c.i > v.i and c.tag_ == "VBD" for c in v.children)


def _a_date_word(tok: Token) -> bool:
    """Is ``tok`` a date's word ("Friday", "March" of "March 3")?"""
    return tok.lower_ in WEEKDAY_WORDS or tok.ent_type_ in ("DATE", "TIME")


def tense_at(doc: Doc, text: str, start: int, end: int) -> Tense:
    """The tense the sentence gives the expression at ``start``-``end``."""
    if _SOON_RE.search(text[max(0, start - 20) : start]):
        return "future"
    if _SINCE_RE.search(text[max(0, start - 40) : start]):
        return "past"  # "since shortly after the Oct. 23 slaying"
    if _IN_ADVANCE_RE.search(_TITLE_DOT_RE.sub(r"\1", text[max(0, start - 60) : start])):
        return "future"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "neutral"
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i and _a_date_word(tok.head):
        tok = tok.head  # "will vote Friday and Saturday": the second day takes the first's
    prep = tok.head.lower_ if tok.dep_ == "pobj" else None
    if prep == "since":
        return "past"
    if tok.dep_ in _ARGUMENTS:
        return "neutral"  # "has set Nov. 10 as the deadline": not when it was done
    if tok.dep_ == "npadvmod" and tok.head.lemma_.lower() in _CHOOSING:
        return "neutral"  # the same, parsed as an adverbial: "set Nov. 10 as the deadline"
    v = tok if tok.dep_ != "pobj" else tok.head
    if prep == "from" and v.head.pos_ in ("NOUN", "PROPN"):
        return "neutral"  # "the message from Tuesday is clear": a thing of that day
    through_noun = False
    via_noun = False  # the expression dates a noun on the way ("a cut in September")
    via_number = False  # the expression dates a measured figure ("inflation at 6.8% in May")
    planned = False
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX") and v.dep_ != "amod" and not _starting(v):
            break
        if v.head is v:
            return "neutral"
        if v.lower_ == "since" and v.dep_ == "prep":
            return "past"  # "since shortly after the Oct. 23 slaying"
        if v.lower_ in _AHEAD or any(c.lower_ in _AHEAD for c in v.children):
            return "future"  # "in advance of his visit on Thursday", "the upcoming vote"
        if v is not tok and v.pos_ == "ADJ" and v.dep_ != "acomp":
            # "payable Dec. 7"; a predicate adjective takes its verb's tense ("will
            # remain closed on Saturday", "was absent on Monday")
            through_noun = True
        if v.dep_ == "acomp" and v.lower_ in _SCHEDULING:
            planned = True  # "the report was due in June": planned, maybe still ahead
        if v is not tok and v.pos_ in ("NOUN", "PROPN"):
            via_noun = True
        if v is not tok and (v.lower_ in _MEASURED or v.head.lower_ in _MEASURED):
            via_number = True
        v = v.head
    else:
        return "neutral"
    if v.pos_ not in ("VERB", "AUX"):
        return "neutral"
    if tok.dep_ in _NOUN_MODIFIERS or through_noun:
        # a date that dates a noun ("the Aug. 7 bombings", "Monday's meeting") or an
        # adjective ("payable Dec. 7"), not the verb: the verb's tense says nothing,
        # unless the verb calls the dated thing off before it happens
        if v.lemma_.lower() in _CALLING_OFF and not _past(v):
            return "future"
        # "was arrested in April for a March 21 phone call": a thing of a past sentence
        # is most likely past too, unless it is only weeks ahead ("prepared for the
        # March 21 meeting" a week before it)
        # (an adjective's date looks ahead as often: "payable Dec. 7", "effective Jan. 1")
        return "lean_past" if _past(v) and not through_noun else "neutral"
    tense = _verb_tense(v, prep, via_noun, tok.text.lower() in WEEKDAY_WORDS)
    if (
        tense == "past"
        and (planned or any(c.dep_ == "acomp" and c.lower_ in _SCHEDULING for c in v.children))
        and v.dep_ == "ccomp"
        and v.head.lemma_.lower() in _REPORTING
    ):
        # "She said the report was due in June": reported, so maybe still ahead; not
        # "The rent was due on Friday, but the tenant never paid it"
        return "neutral"
    if tense == "present" and via_number:
        # a figure dated by the expression was measured, not scheduled, whatever the
        # tense of the verb: "inflation, at 6.8% in February, remains high" in March is
        # last February
        return "neutral"
    if tense == "neutral" and (_gerund_of_past(v) or _done_through(v)):
        return "lean_past"  # "pleaded guilty to threatening to kill her in March"
    return tense


# verbs whose complement is done, or kept from being done, when they are: "tried to stop
# him from becoming speaker in January", "managed to reach the town in March"
_IMPLICATIVE = frozenset(
    """try attempt manage fail stop prevent block keep begin start continue help
    struggle""".split()
)


def _done_through(v: Token) -> bool:
    """Is ``v`` a bare infinitive or gerund under a past-tense verb of trying, keeping
    from, managing or beginning ("tried to stop him from becoming speaker in January"),
    through infinitives and gerunds after a preposition?  What such a verb did, or
    kept from being done, lies in the past; not the complement of a verb of intent
    ("agreed to step down in January")."""
    u = v
    for _ in range(5):
        if u.tag_ not in ("VB", "VBG") or any(
            c.dep_ == "aux" and c.lower_ != "to" for c in u.children
        ):
            return False
        if u.dep_ == "pcomp" and u.head.dep_ == "prep":
            h = u.head.head
        elif u.dep_ == "xcomp":
            h = u.head
        else:
            return False
        if h.lemma_.lower() not in _IMPLICATIVE:
            return False
        if _past(h):
            return True
        u = h
    return False


def tense_of(doc: Doc | None, text: str, start: int, end: int) -> Tense:
    """``tense_at`` with the parse; without one, future on a future cue, else unknown."""
    if doc is None:
        if _SOON_RE.search(text[max(0, start - 20) : start]) or future_cue(text, start):
            return "future"
        return "unknown"
    return tense_at(doc, text, start, end)


def pick_by_tense(
    ref: dt.date, dates: list[dt.date], tense: Tense, slack: dt.timedelta
) -> dt.date | None:
    """Of candidate dates (latest first), the one the tense points at: the first on or
    after the reference for the future (and the present: a schedule), the latest on
    or before it for the past (``slack`` allows a time zone's day), the nearest one
    for a sentence without a tense (ties go to the past; a date ahead only up to
    ``MAX_AHEAD`` days); for "lean_past" the latest one on or before it, unless the next
    one ahead is ``LEAN_RATIO`` times nearer.  Without a
    parse ("unknown") the latest one up to a week ahead (scheduled events)."""
    if tense in AHEAD_TENSES:
        ahead = [d for d in dates if d >= ref]
        return ahead[-1] if ahead else None
    if tense == "past":
        return next((d for d in dates if d <= ref + slack), None)
    if tense == "unknown":
        return next((d for d in dates if d <= ref + dt.timedelta(days=7)), None)
    if tense == "lean_past":
        back = next((d for d in dates if d <= ref + slack), None)
        ahead = [d for d in dates if d > ref + slack]
        if back is None or (ahead and (ahead[-1] - ref).days * LEAN_RATIO < (ref - back).days):
            return ahead[-1] if ahead else None
        return back
    near = [d for d in dates if (d - ref).days <= MAX_AHEAD]
    return min(near, key=lambda d: (abs((d - ref).days), d > ref), default=None)
