"""Who is credited for each number.

A claim is credited to the speaker of a quote that contains it; otherwise to
the source nearest before it in its sentence, among credit phrases ("according
to the interior ministry"), subjects of speech verbs ("Governor Mohammed
al-Qasimi said several dozen attackers ..."; "the governor says several dozen;
the group says 200 to 300") and of verbs that forecast ("McCarthy supporters
predicted that Mr. Labrador would muster no more than a few dozen votes") and studies
or documents that find or show a figure ("a UN report found that 40 percent ..."), or
the first one after it ("while police put the number at 300": whoever puts a figure at a
value gives it); otherwise to nobody (the dossier then shows the article's
outlet).  An age describing someone outside a quote ("47-year-old", "Raj Chohan, 59,")
is credited to nobody: it is the writer's description, not the speaker's claim ("said
of 47-year-old William Shrubsall"); "was 24 years old, police said" stays the police's.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, NamedTuple

from ..model import Claim, Credit, Quote
from .number_amounts import NUMBER_WORD_ALT
from .parsed import ParsedArticle

SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "add", "state", "claim", "report", "announce", "estimate",
        "write", "confirm", "insist", "warn", "note", "explain", "allege", "assert",
        "forecast", "predict", "project",
    }
)  # fmt: skip


# speech verbs that, with a direct object and no clause, say no words ("added 20 points")
_NOT_SPEECH_WITH_OBJECT = frozenset({"add", "write"})
_OBJECTS = frozenset({"dobj", "npadvmod"})  # "added 20.72 points" is parsed either way
# what a study or a document does with its figures ("a UN report found that 40 percent")
_FINDING_LEMMAS = frozenset({"find", "show", "reveal", "conclude", "suggest", "indicate"})
_STUDY_NOUNS = frozenset(
    """study report survey poll analysis review audit investigation inquiry research data
    figure record document census commission researcher scientist""".split()
)


# what a source puts at a value ("put the number at 31", "placed the death toll at 40")
_FIGURE_NOUNS = frozenset(
    "number figure toll total count tally estimate turnout crowd cost bill damage".split()
)


# a share of a poll's respondents as a subject ("Another 6 percent said"): an answer, not
# a source ("A majority said", "the Republican majority said" may be a body)
_SHARE_NOUNS = frozenset("percent percentage cent".split())
# whom a poll asks: "62 percent of respondents said" is an answer too
_POLLED = frozenset("respondent voter adult participant those people american".split())


def _source_like(tok: Any) -> bool:
    """Can the subject ``tok`` give a figure: a name, or a noun for people or a body
    ("police", "the ministry"); not "a design error", "the strike"."""
    return (
        tok.pos_ == "PROPN"
        or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.lemma_.lower() in _GIVING_NOUNS
    )


# nouns for people or bodies that give figures
_GIVING_NOUNS = frozenset(
    """police authority official officer organiser organizer ministry government army
    military agency group observatory monitor doctor hospital company union office
    department spokesman spokeswoman spokesperson witness activist resident rescuer
    estimate""".split()
)


# an age written "N years old" ("Howes, 37 years old when he was kidnapped")
_YEARS_OLD_RE = re.compile(r"\d[\s-]*(?:years?|months?|weeks?|days?)[\s-]+old\b", re.IGNORECASE)
# an age as a compound, also as detokenised text writes it ("47-year-old", "their
# 6-month-old son", "86 - year - old", "16 - year old", "55-year old")
_COMPOUND_AGE_RE = re.compile(r"-\s*(?:years?|months?|weeks?|days?)\s*-?\s*old\b", re.IGNORECASE)


def _describing_age(text: str, claim: Claim) -> bool:
    """Whether an age describes someone: a compound ("47-year-old", "6-month-old"), a
    bare appositive ("Raj Chohan, 59,") or "N years old" set off by a comma ("Howes, 37
    years old when he was kidnapped"); not "was 24 years old", a fact stated."""
    if _COMPOUND_AGE_RE.search(claim.text) or re.fullmatch(r"\d{1,3}", claim.text):
        return True
    return bool(_YEARS_OLD_RE.search(claim.text)) and text[: claim.start].endswith(", ")


class _Subject(NamedTuple):
    """The subject of a speech verb (or of a study's finding) in a sentence."""

    verb: int  # where the verb is
    text: str  # the subject as written
    start: int  # its span
    end: int
    speaks: bool  # the active subject: who speaks, not what "is reported"


# an appositive or a relative clause after a subject's head ("Gen. Nhek Bunchhay, a
# loyalist of ousted Prime Minister ...", "Bob Currie, 66, who lives nearby")
_APPOSITIVE_RE = re.compile(r",\s+(?:an?|the|who|whose|which|\d{1,3}\b)\s*")


def _without_appositive(subject: str) -> str:
    """A subject as a credit names it: without the appositive after its head."""
    m = _APPOSITIVE_RE.search(subject)
    return subject[: m.start()].strip() if m and m.start() > 0 else subject


def _speech_subjects(parsed: ParsedArticle, start: int, end: int) -> list[_Subject]:
    """The subject of every speech verb in the sentence [start, end), and of every verb
    with which a study or document finds or shows something."""
    doc: Any = parsed.doc
    if doc is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out: list[_Subject] = []
    for tok in span:
        finding = tok.lemma_ in _FINDING_LEMMAS
        # "while police put the number at 300": whoever puts a figure at a value gives it
        putting = (
            tok.lemma_ in ("put", "place")
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _FIGURE_NOUNS for c in tok.children)
            and any(_source_like(c) for c in tok.children if c.dep_ == "nsubj")
        )
        if (tok.lemma_ in SPEECH_LEMMAS or finding or putting) and tok.pos_ in ("VERB", "AUX"):
            deps = {c.dep_ for c in tok.children}
            if tok.lemma_ in _NOT_SPEECH_WITH_OBJECT and deps & _OBJECTS and "ccomp" not in deps:
                continue  # "the Nasdaq added 20.72 points", "he wrote his first novel"
            for child in tok.children:
                if finding and child.lemma_.lower() not in _STUDY_NOUNS:
                    continue  # "a study found", not "police found three bodies"
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN"):
                    if child.lemma_.lower() in _SHARE_NOUNS and not any(
                        c.dep_ == "prep"
                        and c.lower_ == "of"
                        and not any(o.lemma_.lower() in _POLLED for o in c.children)
                        for c in child.children
                    ):
                        continue  # "Another 6 percent said they were undecided": a poll's
                        # respondents, no source of the sentence's other figures (but
                        # "Sixty percent of doctors said" names who speaks)
                    sub = list(child.subtree)
                    s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                    raw = parsed.text[s:e]
                    if "\n" in raw.strip():  # the parse ran the subject over a break
                        cut = raw.rstrip().rfind("\n") + 1
                        raw, s = raw[cut:], s + cut
                    text = _without_appositive(raw.strip(" ,\"“”‘’'"))
                    if text:
                        out.append(_Subject(tok.idx, text, s, e, child.dep_ == "nsubj"))
    return out


# a subordinate clause whose subject is a source after the number: the source is that
# clause's, not the number's ("sparked five days of riots after witnesses claimed")
_CLAUSE_OPENER_RE = re.compile(
    r"\b(?:after|before|because|when|while|since|although|though|if|until|unless|whereas)"
    r"\s+(?:[\w'’-]+\s+){0,4}$"  # the clause's subject (a verb's, when the parse found it)
)
# a main clause joined after the figure's ("Thousands marched …, and police said …")
_JOINED_CLAUSE_RE = re.compile(r",\s*(?:and|but|yet|so)\s+(?:[\w'’-]+\s+){0,4}$")
# a figure of its own in that clause ("… police said fourteen people were arrested")
_OWN_FIGURE_RE = re.compile(rf"\d|\b(?:{NUMBER_WORD_ALT}|scores)s?\b", re.IGNORECASE)


def _nearest(
    candidates: list[tuple[int, str]], at: int, text: str = "", end: int | None = None
) -> str | None:
    """The candidate nearest before ``at``; else the first after it, unless it is the
    subject of a subordinate clause, or of a main clause joined after the number's that
    gives a figure of its own (``text``: the article; ``end``: where the number ends)."""
    before = [c for c in candidates if c[0] < at]
    if before:
        return max(before)[1]
    if not candidates:
        return None
    pos, who = min(candidates)
    after = at if end is None else end
    if _CLAUSE_OPENER_RE.search(text, after, pos):
        return None
    if _JOINED_CLAUSE_RE.search(text, after, pos):
        # "Thousands marched …, and police said fourteen people were arrested": a joined
        # main clause whose speaker gives a figure of its own is no source of this one;
        # "At least 12 people died, and officials said the toll could rise" stays theirs
        stop = min((i for i in (text.find(c, pos) for c in ".;!?\n") if i >= 0), default=len(text))
        if _OWN_FIGURE_RE.search(text, pos, stop):
            return None
    return who


_ACCORDING_RE = re.compile(r"(?i:according)\s+to\b")


def _poster(credit: Credit, said_by: list[_Subject]) -> str | None:
    """Who posted on a platform ("Jo Ray wrote on Telegram that …", "the bureau said in
    a statement on its Weibo account that …"): the subject of the speech verb the
    platform credit belongs to, who gives the figure; the platform is only the channel."""
    if credit.kind != "social":
        return None
    near = [
        x
        for x in said_by
        if x.speaks and x.end <= credit.start and credit.start - 40 <= x.verb <= credit.end
    ]
    return max(near, key=lambda x: x.verb).text if near else None  # the nearest verb's


def _according_after(
    credits: list[Credit], candidates: list[tuple[int, str]], claim: Claim, text: str
) -> str | None:
    """The source of an "according to" that closes the figure's clause ("six months on
    Parris Island and six years in the reserves, according to his campaign"), over a
    source named before the figure ("disputed a report in the Times as ... of his
    service"): the first credit after the figure when it is such a phrase, nothing but
    a comma-free run or a comma lies between (no ";" or new clause), and no other
    candidate stands between them."""
    after = sorted((c for c in credits if c.start >= claim.end), key=lambda c: c.start)
    if not after or not _ACCORDING_RE.match(after[0].text):
        return None
    c = after[0]
    between = text[claim.end : c.start]
    if ";" in between or "\n" in between or _CLAUSE_OPENER_RE.search(text, claim.end, c.start):
        return None
    if any(claim.end <= pos < c.start for pos, _ in candidates):
        return None
    return c.source or None


def credit_claims(
    parsed: ParsedArticle,
    claims: list[Claim],
    quotes: list[Quote],
    credits: list[Credit],
) -> list[Claim]:
    """Return ``claims`` with ``credited_to`` filled where the text credits someone.

    A number inside the name of a source ("two people familiar with the matter said",
    "according to three officials") describes the source, not the event: it is no claim
    and is left out."""
    out: list[Claim] = []
    subjects: dict[int, list[_Subject]] = {}  # by sentence start, read once a sentence
    for claim in claims:
        if claim.credited_to:
            out.append(claim)
            continue
        who: str | None = None
        for q in quotes:
            if q.start <= claim.start and claim.end <= q.end and q.speaker:
                who = q.speaker
                break
        if claim.quantity == "age" and who is None and _describing_age(parsed.text, claim):
            # an age describing someone outside a quote ("said of 47-year-old William
            # Shrubsall", "the Red Sox said ... in signing the 28-year-old", "Raj Chohan,
            # 59, ...") is the writer's, not what the sentence's speaker claims; "The
            # victim was 24 years old, police said" stays the police's
            out.append(claim)
            continue
        sent = parsed.sentence_at(claim.start)
        if sent is not None:
            # "The governor says several dozen; the group says 200 to 300": each
            # number goes to the source of its own clause, the nearest before it
            if sent.start not in subjects:
                subjects[sent.start] = _speech_subjects(parsed, sent.start, sent.end)
            said_by = subjects[sent.start]
            in_sentence = [c for c in credits if sent.start <= c.start < sent.end]
            sources = [_source_span(c) for c in in_sentence]
            sources += [(x.start, x.end) for x in said_by if x.speaks]
            candidates = [(c.start, _poster(c, said_by) or c.source) for c in in_sentence]
            # not a subject whose own words hold the number: "The company, which is
            # expected to lay off thousands of employees, confirmed ...", "Bob Currie,
            # 66, said" credit neither the company with the layoffs nor Currie with his age
            # nor what "was estimated" or "is reported": "Damage to the church was
            # estimated at $1 million, authorities said" credits the authorities
            candidates += [
                (x.verb, x.text)
                for x in said_by
                if x.speaks and not (x.start <= claim.start and claim.end <= x.end)
            ]
            if _names_a_source(claim) and any(
                s <= claim.start
                and claim.end <= e
                and _LEAD_RE.fullmatch(parsed.text, s, claim.start) is not None
                for s, e in sources
            ):
                continue  # "two people familiar with", not "a study in 38 people"
            if who is None and not any(x.speaks and x.verb < claim.start for x in said_by):
                # no one said it before the figure ("Officials estimated ...")
                who = _according_after(in_sentence, candidates, claim, parsed.text)
            if who is None:
                who = _nearest(sorted(candidates), claim.start, parsed.text, claim.end)
        out.append(dataclasses.replace(claim, credited_to=who) if who else claim)
    return out


# who or what a source is when counted ("two people familiar with", "three officials",
# "one estimate"); not what a source may count ("55 percent of respondents")
_SOURCE_NOUNS = frozenset(
    """person people official source juror witness expert analyst diplomat lawmaker aide
    insider observer democrat republican resident man woman estimate calculation report
    account study""".split()
)


# at most two words before the count in the source's name ("The two jurors", "the
# only three officials")
_LEAD_RE = re.compile(r"(?:\W*\w+){0,2}\W*")


def _names_a_source(claim: Claim) -> bool:
    """Does the number count sources ("two people", "three officials", "one estimate")?"""
    return claim.quantity == "count" and (claim.counted or "").casefold() in _SOURCE_NOUNS


def _source_span(credit: Credit) -> tuple[int, int]:
    """Where a credit's source is written ("three officials" of "according to three
    officials"), or an empty span where its text does not show it."""
    at = credit.text.find(credit.source)
    if at < 0 or not credit.source:
        return (credit.start, credit.start)
    return (credit.start + at, credit.start + at + len(credit.source))
