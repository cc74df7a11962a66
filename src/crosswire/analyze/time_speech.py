"""Dates inside a quote, counted from the day its words were said.

A quote says "tonight", "tomorrow" or "on Friday" from the day its speaker spoke,
not from the day the article came out.  In a Wednesday paper,

    "Tonight we made history," Ms. Vale said Tuesday night.

"tonight" is Tuesday night, and "We vote Thursday," in a quote said the Friday
before, is the Thursday after that Friday.  So a relative date inside a quote
(one that ``times`` resolved against the publication date) is resolved again
against the **speech day**: the day its attribution gives ("said Tuesday night",
"tweeted on Friday:", "told reporters Monday"), when

* that day is a date of day precision found outside every quote, before the
  publication date (the same day changes nothing);
* it lies in the sentence of the quote's attribution (the speaker's, or, with no
  speaker, the sentences where the quote opens and closes);
* it dates the speech verb itself: the first verb above it in the parse is a verb
  of speech ("said", "tweeted", "wrote") outside the quote, and, when the quote
  has a speaker, the first verb above the speaker too; between the date and the
  verb stand only prepositions and the occasion or medium of the speech ("said in
  a statement Tuesday", "told a news conference on Monday", "wrote on Twitter
  late Sunday", "said in a statement released Wednesday evening"), and no comma
  after the verb.  "said, after the vote Monday," or
  "who on Monday had predicted" date something else;
* every such date of the attribution is one day;
* or, when the attribution gives no day, the sentence just before it in the same
  paragraph dates a speech verb whose subject is the quote's speaker ("Osei said in
  a statement Friday that the review was thorough. “Today we begin a national
  search,” Osei said.").

Without a parse nothing is changed.  Reported speech ("said Monday that the vote
would be tomorrow") is left as found: outlets write it both ways.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..model import Quote, TimeExpression
from .parsed import ParsedArticle
from .quote_lexicon import SPEECH_LEMMAS
from .quote_names import name_key
from .times import resolved_against

if TYPE_CHECKING:
    from spacy.tokens import Token

_VERBS = frozenset({"VERB", "AUX"})
_ISSUING = frozenset("release issue post publish send date share circulate".split())
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "via", "through", "over", "from"})
_OCCASIONS = frozenset(
    """statement statements interview interviews post posts tweet tweets message messages
    video email letter conference briefing call appearance speech remarks release
    twitter facebook instagram x telegram tiktok youtube show program programme
    broadcast podcast hearing session rally event meeting ceremony debate address
    news press radio television tv website blog page account channel""".split()
)


def speech_day_times(
    parsed: ParsedArticle, times: Sequence[TimeExpression], quotes: Sequence[Quote]
) -> list[TimeExpression]:
    """``times`` with the relative dates inside a quote resolved against its speech day."""
    out = list(times)
    ref = parsed.article.published
    if ref is None or parsed.doc is None or not quotes:
        return out
    spans = [(q.start, q.end) for q in quotes]

    def quoted(t: TimeExpression) -> bool:
        return any(s <= t.start and t.end <= e for s, e in spans)

    days = [
        t
        for t in out
        if t.kind == "date"
        and t.precision == "day"
        and t.date is not None
        and t.date < ref
        and not quoted(t)
    ]
    if not days:
        return out
    for q in quotes:
        inside = [
            i
            for i, t in enumerate(out)
            if q.start <= t.start
            and t.end <= q.end
            and t.relative
            and t.reference == ref
            and t.kind == "date"
        ]
        if not inside:
            continue
        day = _speech_day(parsed, q, days, spans)
        if day is None:
            continue
        for i in inside:
            new = resolved_against(parsed, out[i], day)
            if new is not None:
                out[i] = new
    return out


def _speech_day(
    parsed: ParsedArticle,
    q: Quote,
    days: Sequence[TimeExpression],
    spans: Sequence[tuple[int, int]],
) -> dt.date | None:
    """The one day the attribution of ``q`` dates its speech verb with, if any; else
    the one day the sentence before it dates the same speaker's speech with."""
    doc = parsed.doc
    assert doc is not None
    # the attribution's sentence: the speaker's, else where the quote opens and closes
    at = (q.speaker_start,) if q.speaker_start is not None else (q.start, max(q.start, q.end - 1))
    sents = {parsed.sentence_index(x) for x in at}
    speaker: set[int] = set()
    if q.speaker_start is not None and q.speaker_end is not None:
        span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if span is not None:
            speaker = {tok.i for tok in span}

    def the_speakers(verb: Token) -> bool:
        return not speaker or any(
            _first_verb(tok) == verb.i for tok in doc[min(speaker) : max(speaker) + 1]
        )

    found = _dated_speech(parsed, sents, days, spans, the_speakers)
    if found or not q.speaker:
        return found.pop() if len(found) == 1 else None
    # "Osei said in a statement Friday that … . “Today we begin a search,” Osei said."
    first = min(parsed.sentence_index(q.start), *sents)
    if first == 0:
        return None
    here, before = parsed.sentences[first], parsed.sentences[first - 1]
    if "\n\n" in parsed.text[before.start : here.start]:
        return None  # another paragraph
    surname = name_key(q.speaker.split()[-1])

    def subject_is_speaker(verb: Token) -> bool:
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and name_key(c.text) == surname for c in verb.children
        )

    found = _dated_speech(parsed, {first - 1}, days, spans, subject_is_speaker)
    return found.pop() if len(found) == 1 else None


def _dated_speech(
    parsed: ParsedArticle,
    sents: set[int],
    days: Sequence[TimeExpression],
    spans: Sequence[tuple[int, int]],
    whose: Callable[[Token], bool],
) -> set[dt.date]:
    """The days of ``days`` in the sentences ``sents`` that date a speech verb outside
    the quotes, ``whose`` says is the right speaker's."""
    doc = parsed.doc
    assert doc is not None
    found: set[dt.date] = set()
    for t in days:
        if parsed.sentence_index(t.start) not in sents:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        verb = _speech_verb_above(span.root)
        if verb is None or any(s <= verb.idx < e for s, e in spans):
            continue
        if verb.idx < t.start and "," in parsed.text[verb.idx : t.start]:
            continue
        if not whose(verb):
            continue
        assert t.date is not None
        found.add(t.date)
    return found


def _speech_verb_above(tok: Token) -> Token | None:
    """The speech verb right above ``tok`` in the parse, through prepositions and
    occasions of speech only; None when another word stands between."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in _VERBS:
            if _issuing(tok):
                continue  # "in a statement released Wednesday evening"
            return tok if tok.lemma_.lower() in SPEECH_LEMMAS else None
        word = tok.lower_
        if not (
            (tok.pos_ == "ADP" and word in _PREPOSITIONS)
            or (tok.pos_ in ("NOUN", "PROPN", "ADJ") and word in _OCCASIONS)
        ):
            return None
    return None


def _issuing(tok: Token) -> bool:
    """A participle that dates an occasion of speech ("a statement released Wednesday",
    "a letter dated Thursday", "a video posted on Tuesday")."""
    return (
        tok.dep_ == "acl"
        and tok.lemma_.lower() in _ISSUING
        and tok.head.lower_ in _OCCASIONS
        and tok.head.pos_ in ("NOUN", "PROPN")
    )


def _first_verb(tok: Token) -> int | None:
    """The index of the first verb above ``tok`` (its own head chain)."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in _VERBS:
            return tok.i
    return None
