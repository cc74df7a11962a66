"""Phase 2 of quote finding: attribution cues around a quoted span.

:class:`Cues` finds the speech verb and its subject after the closing mark,
before the opening mark, through the dependency parse (the verb governing the
quoted words), or in a sentence that reports speech; the subject phrase is
handed to :class:`~crosswire.analyze.quote_speakers.Speakers`.
"""

from __future__ import annotations

import re
from typing import Any

from .gender import noun_gender
from .parsed import ParsedArticle
from .quote_article import subject_of
from .quote_lexicon import (
    ADVS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INTRO_WORDS,
    INV_ALT,
    INVERTED_SPEECH,
    NAMING,
    ORG_NOUNS,
    POSSESSIVE_PRON,
    PREPOSITIONS,
    ROLE_WORDS,
    SPEECH_LEMMAS,
    TITLES,
    VERB_ALT,
    VERB_RE,
    document_noun,
    group_noun,
    is_name_word,
    is_participle,
    norm_word,
    speaker_noun,
    verb_lemma,
)
from .quote_names import UNNAMED_RELATIVE_RE, core_subject, strip_span, trailing_name
from .quote_spans import FURNITURE_RE, QuoteSpan, scan_spans
from .quote_speakers import Attribution, Speakers
from .quote_text import sentence_end, sentence_start, split_paragraphs
from .sentences import after_title_stop

_PHRASE_CH = rf"(?:[^.;!?:“”\"«»]|\.(?=[^\s.])|(?<=\b[A-Z])\.|{after_title_stop()})"


# after the closing mark: "…,” said Adaeze Okafor, the mayor."
# verbs that put a question to someone, whose answer is the other one's
_QUESTION_LEMMAS = frozenset({"ask", "question", "press", "quiz", "query"})
_AFTER_INV_RE = re.compile(
    rf"^[\s,;]*(?:{ADVS})(?P<verb>{INV_ALT})\s+(?P<who>{_PHRASE_CH}{{1,160}})",
)


# after the closing mark: "…,” Okafor told reporters." / "…,” he said"; a verb form right
# before another is a noun of the subject ("…,” the briefing note says.")
# "…,” witness Jo Ray, who said he was nearby, told the media": the subject before a
# relative clause set off by commas, and the main verb after it
_WHO_CLAUSE_AFTER_RE = re.compile(
    r"^[\s,;]*(?P<who>[^,;“”\"«»\n]{2,60}?),\s+who\s+[^;“”\"«»\n]{1,150}?,\s+"
    rf"{ADVS}(?P<verb>{VERB_ALT})(?![\w-])"
)
_AFTER_SUBJ_RE = re.compile(
    rf"^[\s,;]*(?P<who>{_PHRASE_CH}{{1,170}}?)\s+{ADVS}(?P<verb>{VERB_ALT})(?![\w-])"
    r"(?!\s+(?:says|said|reads|read|states|stated|adds|added|notes|noted|writes|wrote)\b)",
)


# the same with a noun that is also a verb form: "…,” the tweets read."
_AFTER_NOUN_SUBJ_RE = re.compile(
    rf"^[\s,;]*(?P<who>(?:the|a|an|his|her|their|its)\s+[\w-]+)\s+{ADVS}(?P<verb>{VERB_ALT})"
    r"(?![\w-])",
    re.IGNORECASE,
)


_ACCORDING_AFTER_RE = re.compile(rf"^[\s,;]*according\s+to\s+(?P<who>{_PHRASE_CH}{{1,120}})")


# "…,” as one analyst put it." / "As Ray put it, “…”" / "In the words of Ray: “…”"
_PUT_IT_AFTER_RE = re.compile(
    r"^[\s,;]*as\s+(?P<who>[^.;!?,“”\"«»]{1,80}?)\s+(?:(?:has|had)\s+)?puts?\s+it\b"
)
# "…!” an officer ordered.": a command, the verb closing the sentence ("…,” he ordered
# a second review" is no attribution)
_ORDERED_AFTER_RE = re.compile(
    r"^[\s,;]*(?P<who>(?:an?|the|one)\s+[a-z][\w-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|he|she)\s+(?P<verb>ordered|commanded)\s*[.!]?\s*$"
)
_PUT_IT_BEFORE_RE = re.compile(
    r"\b[Aa]s\s+(?P<who>[^.;:!?,“”\"«»]{1,80}?)\s+(?:(?:has|had)\s+)?puts?\s+it\s*[,:]\s*$"
)
# "He quoted Hagel as saying in 2007 that the surge was the “…”": the one quoted
_QUOTED_AS_BEFORE_RE = re.compile(
    r"\bquoted\s+(?P<who>[A-Z][^.;:!?,“”\"«»]{0,60}?)\s+as\s+(?:saying|telling|writing)\b"
    r"[^.;!?“”\"«»]{0,160}$"
)
_WORDS_OF_BEFORE_RE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?words\s+of\s+(?P<who>[^.;:!?,“”\"«»]{1,80}?)\s*[,:]\s*$"
)
# "…, with opposition leader Jo Ray declaring, “…”": the subject of the participle
_WITH_PARTICIPLE_BEFORE_RE = re.compile(
    r"\bwith\s+(?P<who>[^.;:!?,“”\"«»]{1,80}?)\s+(?:declaring|saying|adding|warning"
    r"|insisting|noting|stating|vowing|tweeting|writing|telling\s+[^.;:!?,“”\"«»]{1,40}?)"
    r"\s*[,:]?\s*$"
)


# after the closing mark: "…!” was the response of one viewer" / "…,” came the reply from Ray"
_RESPONSE_AFTER_RE = re.compile(
    r"^[\s,;]*(?:was|is|were|came|had\s+been)\s+(?:the|a|an)\s+(?:[a-z]+\s+)?"
    r"(?P<noun>response|reply|answer|reaction|retort|verdict|message|comment|assessment|"
    r"advice|warning|rejoinder|refrain)\s+(?:of|from)\s+(?P<who>[^.;!?“”\"«»]{1,120})"
)


# after the closing mark: "…,” the Daily Planet quoted witness Jo Ray as saying"
_QUOTED_AS_AFTER_RE = re.compile(
    r"^[\s,;]*[^.;!?“”\"«»]{1,80}?\bquoted\s+(?:\w+\s+){0,2}?"
    r"(?P<who>[A-Z][^.;!?“”\"«»]{0,80}?)\s+as\s+(?:saying|telling)\b"
)


# after the closing mark: "…,” AFP reported quoting local sources", "…,” the agency
# said, quoting a police official": the ones quoted (a medium relays their words)
_QUOTING_AFTER_RE = re.compile(
    r"^[\s,;]*[^.;!?“”\"«»]{1,60}?\b(?:reported|said|reports|says|wrote)\s*,?\s+quoting\s+"
    r"(?P<who>[^.;!?“”\"«»,]{2,80}?)(?=\s*(?:[.,;]|$|\s+(?:as|who|on|in)\b))"
)


# "according to X," anywhere in the sentence before a quote
# (a title's full stop may stand in it: "According to Sgt. Kevin Aucoin of the unit,")
_ACCORDING_WITHIN_RE = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<who>(?:[^,;:.“”\"]|{after_title_stop()}){{1,120}}?)\s*,"
)


_ACCORDING_BEFORE_RE = re.compile(r"according\s+to\s+(?P<who>[^,;:]{1,120}?)\s*[,:]\s*$", re.I)


# before the opening mark: "Okafor told Channel 4: " / "he said, " / "X wrote that "
_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<verb>{VERB_ALT})(?P<obj>\s+[^,:;.!?“”\"«»]{{1,60}}?)?\s*[:,]?\s*(?:that\s+)?$",
    re.IGNORECASE,
)


# after a quote, a verb joined by "and" that opens the next quote ("…,” and added, “…”)
_NEXT_CUE_RE = re.compile(
    rf"^[\s,;]*(?:and|but)\s+{ADVS}(?:{VERB_ALT})\b[^.;!?“”\"«»]{{0,60}}[,:]\s*[\"“”«]?\s*$"
)


# after a quote, a second verb of the sentence's own subject ("He called it “…,” and
# said …"): the sentence goes on, it is not an attribution after the quote
_CONTINUES_RE = re.compile(
    rf"^[\s,;]*(?:and|but)\s+(?:(?:on|in|at|by|after|before|during)\s[^;.“”\"]{{1,40}}?,\s*)?"
    rf"{ADVS}(?:{VERB_ALT})(?![\w-])"
)

# a noun with a relative clause that has no "that" ("a point the ministry denied",
# "a claim he later retracted"): the verb's subject is not the quote's speaker
_REDUCED_RELATIVE_RE = re.compile(
    r"[\s,;]*(?:[Aa]n?|[Tt]he)\s+[a-z][\w-]*\s+(?:the|a|an|his|her|their|its|he|she|they|we|it)\s"
)

# a group and a modifier after a quote: "…,” team members dressed for a game say"
_GROUP_HEAD_RE = re.compile(
    r"[\s,]*(?P<who>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*s))\s+"
    r"(?=[a-z]+(?:ed|ing)\s|(?:in|at|from|outside|inside|with|on)\s)"
)

# "…,” they sign off": a pronoun and a word after a quote
_PRONOUN_THEN_WORD_RE = re.compile(r"[\s,;]*(he|she|they|we|it|i)\s+[a-z]", re.IGNORECASE)
_LETTER_RE = re.compile(r"[A-Za-z]")

_SUBJECT_VERB_RE = re.compile(
    rf"\s*(?P<who>[^.;!?“”\"]{{1,120}}?)\s+{ADVS}(?P<verb>{VERB_ALT})(?![\w-])"
)
_TRAILING_SUBJECT_VERB_RE = re.compile(
    rf",\s*(?P<who>[^,.;!?“”\"]{{1,80}}?)\s+(?P<verb>{VERB_ALT})[^,.;!?]{{0,40}}[.!?]?\s*$"
)


# a quote opening a preposition's object owned by "his"/"her"/"their" ("jailed for her
# “…”", "at the end of his “…”")
_PREP_POSSESSIVE_RE = re.compile(
    r"\b(?:for|of|over|about|with|by|at|to|from|in|on|after|despite)\s+(?:his|her|their)\s*$"
)


# a line that signs the quote above it: a dash, then a name with its title or role
_SIGNATURE_RE = re.compile(r"\s*[–—-]{1,2}\s*(?P<who>[A-Z][^\n\d@()]{2,70}?)\s*")


class Cues:
    """The attribution cues of one article's quoted spans (rules 1 and 2 of the
    :mod:`crosswire.analyze.quotes` docstring, and the parse's governing verb)."""

    def __init__(self, parsed: ParsedArticle):
        self.parsed = parsed
        self.text = parsed.text
        self.paras = split_paragraphs(self.text)
        self.spans = scan_spans(self.text, self.paras)
        self.art = Speakers(parsed, self.paras, self.spans)
        self.entities = [(s, e) for s, e, _ in self.art.persons] + [
            (s, e) for s, e, _ in self.art.orgs
        ]

    def _who(self, s: int, e: int, verb: str | None, pos: int) -> Attribution | None:
        cs, ce = core_subject(self.text, s, e, self.entities)
        attr = self.art.who(cs, ce, pos)
        if attr is not None and verb is not None:
            attr.cue = verb_lemma(verb)
        return attr

    def signed(self, sp: QuoteSpan) -> Attribution | None:
        """A quote alone in its paragraph signed by the next one, a dash and a name
        alone on its line ("“…”¶– Police Major Jo Ray"): a pull quote's speaker."""
        ps, pe = self.paras[sp.para]
        if not sp.closed or self.text[ps : sp.mark_start].strip():
            return None
        if self.text[sp.mark_end : pe].strip(" .,"):
            return None
        if sp.para + 1 >= len(self.paras):
            return None
        ns, ne = self.paras[sp.para + 1]
        m = _SIGNATURE_RE.fullmatch(self.text, ns, ne)
        if m is None:
            return None
        ws, we = m.start("who"), m.end("who")
        if any(ws <= ms < we for ms, _me, _n in self.art.persons):
            attr = self._who(ws, we, None, ws)
            return attr if attr is not None and attr.speaker is not None else None
        # a name the tagger did not see, after its title ("– Police Major Jo Ray");
        # a credit line ("— Reuters") or a place has no title
        words = self.text[ws:we].split()
        titled = [i for i, w in enumerate(words) if norm_word(w) in TITLES | ROLE_WORDS]
        name = words[titled[-1] + 1 :] if titled else []
        if not 2 <= len(name) <= 4 or not all(is_name_word(w) for w in name):
            return None
        return Attribution(" ".join(name), self.text[ws:we], ws, we, None)

    # ----------------------------------------------------------------- after the quote
    def after(self, sp: QuoteSpan, next_mark: int) -> Attribution | None:
        text = self.text
        if not sp.closed:
            return None
        pe = self.paras[sp.para][1]
        hi = min(pe, next_mark, sp.mark_end + 220)
        end = sentence_end(text, sp.mark_end, hi)
        window = text[sp.mark_end : end]
        if not window.strip():
            return None
        inner_last = text[sp.end - 1] if sp.end > sp.start else ""
        lead = window.lstrip(" ,;")
        if inner_last == "." and not lead[:1].islower():
            return None
        m = (
            _ACCORDING_AFTER_RE.match(window)
            or _PUT_IT_AFTER_RE.match(window)
            or _ORDERED_AFTER_RE.match(window)
        )
        if m:
            s = sp.mark_end + m.start("who")
            return self._who(s, s + len(m.group("who")), "said", s)
        m = _WHO_CLAUSE_AFTER_RE.match(window)
        if m and _plausible_subject(m.group("who")):
            s = sp.mark_end + m.start("who")
            attr = self._who(s, s + len(m.group("who")), m.group("verb"), s)
            if attr is not None and attr.speaker is not None:
                return attr
        # "…,” the Daily Planet quoted witness Jo Ray as saying", "…,” AFP reported
        # quoting local sources": the one a medium quotes
        for rx in (_QUOTED_AS_AFTER_RE, _QUOTING_AFTER_RE):
            m = rx.match(window)
            if m:
                s = sp.mark_end + m.start("who")
                attr = self._who(s, s + len(m.group("who")), "said", s)
                if attr is not None and attr.speaker is not None:
                    return attr
        m = _RESPONSE_AFTER_RE.match(window)
        if m:
            # "“…!” was the response of one viewer": whose response it was
            s = sp.mark_end + m.start("who")
            e = s + _inverted_subject_len(m.group("who"))
            attr = self._who(s, e, None, s) if e > s else None
            if attr is not None:
                attr.cue = m.group("noun").lower()
                return attr
        punct = "," in text[sp.end : sp.mark_end + 2] or inner_last in "?!"
        m = _AFTER_INV_RE.match(window) if punct else None
        if m and is_participle(m.group("verb")):
            m = None  # "…”, saying he trusted the courts": a clause, no inverted speaker
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
        if m and _REDUCED_RELATIVE_RE.match(m.group("who")):
            # "…,” a point the ministry denied": a note on the quote, not its speaker
            return None
        if m and m.group("who").strip(" ,;").lower() in DETERMINERS:
            m = _AFTER_NOUN_SUBJ_RE.match(window) or m  # "…,” the tweets read"
        if m:
            who = m.group("who")
            new_sentence = inner_last in "?!" and lead[:1].isupper()
            naming = verb_lemma(m.group("verb")) in NAMING
            if (
                _plausible_subject(who)
                and not naming
                and not (new_sentence and _long_tail(window[m.end() :]))
                and not _not_attribution(who, m.group("verb"), punct)
            ):
                s = sp.mark_end + m.start("who")
                inner = self._nested(sp.mark_end + m.end(), end)
                if inner is not None:
                    return inner  # "…,” aides said Jo Ray told colleagues: Jo Ray's words
                attr = self._who(s, s + len(who), m.group("verb"), s)
                if attr is not None:
                    return attr
        if punct:
            attr = self._pronoun_verb(sp.mark_end, end) if self._opens_sentence(sp) else None
            if attr is not None:
                return attr
        # an attribution the patterns cannot read: the quote is somebody's, just not
        # known, so no speaker is inherited either, unless it opens with a group
        # ("…,” team members dressed for a game say": ``_group_subject``); but "…,”
        # and predicted, “…”" is the next quote's cue, not this one's
        if _NEXT_CUE_RE.match(window) or _CONTINUES_RE.match(window):
            return None
        if "," in text[sp.end : sp.mark_end + 2] or inner_last in "?!":
            mv = VERB_RE.search(window)
            if (
                mv
                and inner_last in "?!"
                and lead[:1].isupper()
                and (verb_lemma(mv.group("verb")) in NAMING or _long_tail(window[mv.end() :]))
            ):
                return None  # "“…?” He now calls it a mistake.": a new sentence
            noun_use = mv is not None and _NOUN_USE_RE.search(window, 0, mv.start()) is not None
            if (
                mv
                and not noun_use
                and len(window[: mv.start()].split()) <= 10
                and not is_participle(mv.group(0))
            ):
                inner = self._nested(sp.mark_end + mv.end(), end) or self._group_subject(
                    sp.mark_end, sp.mark_end + mv.start("verb")
                )
                return inner or Attribution(None, None, None, None, verb_lemma(mv.group("verb")))
        return None

    def _opens_sentence(self, sp: QuoteSpan) -> bool:
        """The quote stands at the head of its sentence (or after a lead-in colon),
        not inside a clause the sentence opens with: in "While the sign read “…,” she
        kept baking" the pronoun's verb is the main clause's, not an attribution."""
        ps = self.paras[sp.para][0]
        tok = self.art.token_at(sp.mark_start)
        lo = max(ps, tok.sent.start_char) if tok is not None else ps
        lead = self.text[lo : sp.mark_start].rstrip()
        return not _LETTER_RE.search(lead) or lead.endswith(":")

    def _pronoun_verb(self, lo: int, hi: int) -> Attribution | None:
        """ "…,” they sign off" / "…,” she smiles": a pronoun and the verb it is the
        parse's subject of, right after a quote that ends with a comma, are an
        attribution whatever the verb; "he"/"she" is resolved, any other pronoun
        leaves the speaker unknown (and not inherited from an earlier quote)."""
        m = _PRONOUN_THEN_WORD_RE.match(self.text[lo:hi])
        tok = self.art.token_at(lo + m.start(1)) if m else None
        if m is None or tok is None or tok.dep_ != "nsubj" or tok.head.i != tok.i + 1:
            return None
        verb = tok.head
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        s, e = lo + m.start(1), lo + m.end(1)
        lemma = verb.lemma_.lower()
        if m.group(1).lower() in ("he", "she"):
            attr = self._who(s, e, None, s)
            if attr is not None:
                attr.cue = lemma
                return attr
        return Attribution(None, self.text[s:e], s, e, lemma)

    def _group_subject(self, lo: int, at: int) -> Attribution | None:
        """A group named at the head of an attribution too long to read by pattern,
        with a modifier between it and the speech verb at ``at`` ("…,” team members
        dressed for a game say"): the group as ``who`` resolves it."""
        m = _GROUP_HEAD_RE.match(self.text, lo, at)
        if m is None or not group_noun(m.group("noun").lower()):
            return None
        if re.search(r"[,;:(—]", self.text[m.end() : at]):
            return None
        attr = self._who(m.start("who"), m.end("who"), self.text[at : at + 12].split()[0], lo)
        return attr if attr is not None and attr.speaker is not None else None

    def _nested(self, lo: int, hi: int) -> Attribution | None:
        """Reported speech inside an attribution: after "aides said", a named person
        with a speech verb of their own ("… said Jo Ray told colleagues")."""
        m = _NESTED_RE.match(self.text, lo, hi)
        if m is None or not _plausible_subject(m.group("who")):
            return None
        s, e = m.start("who"), m.end("who")
        if not any(s <= ms < e for ms, _me, _n in self.art.persons):
            return None
        attr = self._who(s, e, m.group("verb"), s)
        return attr if attr is not None and attr.speaker is not None else None

    # ----------------------------------------------------------------- a question put
    def asked(self, sp: QuoteSpan) -> Attribution | None:
        """A question put to the subject ("Asked point-blank, “Is it you?” Ray replied"):
        an unnamed asker's words, so a known cue with no speaker."""
        if not sp.opened:
            return None
        ps = self.paras[sp.para][0]
        ss = sentence_start(self.text, ps, sp.mark_start)
        m = _ASKED_RE.match(self.text, ss, sp.mark_start)
        if m is None or VERB_RE.search(m.group("rest")):
            return None
        return Attribution(None, None, None, None, "ask")

    def framed(self, sp: QuoteSpan, prev_end: int) -> Attribution | None:
        """A speech verb with its subject right before the opening mark ("The guard
        yelled, “…”"): that subject speaks, even when an attribution follows the
        quote (“…” Ray recalled: Ray tells what the guard said)."""
        if not sp.opened:
            return None
        ps = self.paras[sp.para][0]
        ss = sentence_start(self.text, max(ps, prev_end), sp.mark_start)
        m = _FRAMED_RE.search(self.text, ss, sp.mark_start)
        if m is None or is_participle(m.group("verb")):
            return None
        attr = self.before(sp, prev_end)
        if attr is not None and attr.text is not None:
            return attr
        return self._shared_subject(m.start("verb"), ps)

    def _shared_subject(self, vs: int, ps: int) -> Attribution | None:
        """The subject a verb at ``vs`` with none of its own shares with the verb it
        is joined to ("he asked about X, called Y a “…” and said, “…”": he), when it
        is a name or "he"/"she" in its sentence and paragraph (from ``ps``) outside
        quotes."""
        tok = self.art.token_at(vs)
        if tok is None or tok.dep_ != "conj":
            return None
        subj = subject_of(tok)
        lo = max(ps, tok.sent.start_char)
        if subj is None or subj.dep_ != "nsubj" or not lo <= subj.idx < vs:
            return None
        if self.art.in_quote(subj.idx):
            return None
        return self._subject_speaker(subj, verb_lemma(tok.text))

    # ----------------------------------------------------------------- before the quote
    def with_participle(self, sp: QuoteSpan, prev_end: int) -> Attribution | None:
        """ "…, with opposition leader Jo Ray declaring, “…”": the subject of the
        participle right before the quote, whatever the parse hung the quote on (it may
        give it to the main clause's subject, "The opposition has vowed")."""
        return self._named_by(_WITH_PARTICIPLE_BEFORE_RE, sp, prev_end)

    def quoted_as(self, sp: QuoteSpan, prev_end: int) -> Attribution | None:
        """ "He quoted Hagel as saying in 2007 that the surge was the “…”": the one quoted
        as saying it, not the one quoting (whom the parse gives the quote)."""
        return self._named_by(_QUOTED_AS_BEFORE_RE, sp, prev_end)

    def _named_by(self, regex: re.Pattern[str], sp: QuoteSpan, prev_end: int) -> Attribution | None:
        """The speaker ``regex``'s group "who" names in the paragraph right before the
        quote's mark (300 characters at most, not before the previous quote)."""
        lo = max(self.paras[sp.para][0], prev_end, sp.mark_start - 300)
        m = regex.search(self.text, lo, sp.mark_start)
        if m is None:
            return None
        s = m.start("who")
        return self._who(s, m.end("who"), "said", s)

    def before(self, sp: QuoteSpan, prev_end: int) -> Attribution | None:
        text = self.text
        if not sp.opened:
            return None
        ps = self.paras[sp.para][0]
        lo = max(ps, prev_end, sp.mark_start - 300)
        ss = sentence_start(text, lo, sp.mark_start)
        window = text[ss : sp.mark_start]
        if not window.strip():
            return None
        inv = _INVERTED_BEFORE_RE.search(window)
        if inv is not None:  # "Added Gibbs: “…”": the verb before its speaker
            s = ss + inv.start("who")
            return self._who(s, s + len(inv.group("who")), inv.group("verb").lower(), s)
        m = (
            _ACCORDING_BEFORE_RE.search(window)
            or _PUT_IT_BEFORE_RE.search(window)
            or _WORDS_OF_BEFORE_RE.search(window)
        )
        if m:
            s = ss + m.start("who")
            return self._who(s, s + len(m.group("who")), "said", s)
        owned = self._owned_speech(ss, sp.mark_start)
        if owned is not None:
            return owned  # "… slammed Ray for his claims that “…”"
        # the finite speech verb nearest the quote: "Police said the suspect shouted “…”"
        m = next(
            (
                mb
                for mv in reversed(list(VERB_RE.finditer(window)))
                if not is_participle(mv.group("verb"))
                and not _INFINITIVE_RE.search(window, 0, mv.start())
                and (mb := _BEFORE_RE.match(window, mv.start())) is not None
            ),
            None,
        ) or _BEFORE_RE.search(window)
        if m is not None and is_participle(m.group("verb")):
            # "…, writing “…”": the parse finds the main clause's subject; where it
            # hung the quote elsewhere, the verb the participle depends on tells
            return self._participle_subject(ss + m.start("verb"), sp)
        if m is None:
            # no speech verb: "Ray, according to the White House, made a trip for a
            # “quick exam”": the words are the source's, not the subject's
            return self._according_within(window, ss)
        lemma = verb_lemma(m.group("verb"))
        if lemma in NAMING and not m.group("obj"):
            pre = window[: m.start()].rstrip().split()
            if not pre or (
                pre[-1].lower() not in ("he", "she", "they", "it", "we", "i")
                and not is_name_word(pre[-1])
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
        # ... or a subordinating word: "When the driver yelled, “Don't move!” …"
        sub = _SUBORDINATOR_RE.match(text, subj_lo, vs)
        if sub is not None:
            subj_lo = sub.end()
        cs, ce = core_subject(text, subj_lo, vs, self.entities)
        cs, ce = strip_span(text, cs, ce)
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

    def _according_within(self, window: str, ss: int) -> Attribution | None:
        """The source an "according to X," earlier in the sentence credits (the last
        one), when it names a speaker; else None."""
        found = list(_ACCORDING_WITHIN_RE.finditer(window))
        if not found:
            return None
        s = ss + found[-1].start("who")
        if self.art.in_quote(s):
            return None
        attr = self._who(s, s + len(found[-1].group("who")), "said", s)
        return attr if attr is not None and attr.speaker is not None else None

    def _owned_speech(self, lo: int, hi: int) -> Attribution | None:
        """A quote that renders someone's remarks named between its speech verb and
        it ("Ray claims the image was inspired by Obi's comments about Jo having
        “…”"): Obi's words, not Ray's; None when no such remarks stand there."""
        m = _OWNED_SPEECH_RE.search(self.text, lo, hi) or _FAULTED_FOR_RE.search(self.text, lo, hi)
        if m is None or re.search(r"[.;]\s", self.text[m.end() : hi]):
            return None
        s, e = m.start("who"), m.end("who")
        attr = self._who(s, e, None, s)
        if attr is None or attr.speaker is None:
            return Attribution(None, None, None, None, None)
        return attr

    def _participle_subject(self, vs: int, sp: QuoteSpan) -> Attribution | None:
        """The subject of the verb a participle after a comma depends on ("Ray again
        defended his plan, saying on Twitter: “…”"), named or "he"/"she"."""
        tok = self.art.token_at(vs)
        if tok is None or tok.tag_ != "VBG" or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
            return None
        head = tok.head
        if tok.dep_ not in ("advcl", "conj", "xcomp") or head.pos_ not in ("VERB", "AUX"):
            return None
        while (
            head.dep_ == "ccomp"
            and head.lemma_.lower() in _STATIVE
            and head.head.lemma_.lower() in SPEECH_LEMMAS | _DISPUTING
        ):
            # "X disputed that Mike was estranged, saying instead …": the parse hung the
            # participle on the reported state, which says nothing; it is the disputer's
            # (not "X told reporters that Hiller called 911, saying …": Hiller's)
            head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        ps = self.paras[sp.para][0]
        if subj is None or not ps <= subj.idx < head.idx or self.art.in_quote(subj.idx):
            return None
        return self._subject_speaker(subj, tok.lemma_.lower())

    def _subject_speaker(self, subj: Any, cue: str) -> Attribution | None:
        """A subject token as a speaker when it names a person ("Jo Ray", "Dale and
        Martha": a coordination whole) or is "he"/"she"; ``cue`` is the speech verb's
        lemma.  None when it names nobody or resolves to no one."""
        st = min([subj.idx] + [c.idx for c in subj.lefts if c.dep_ == "compound"])
        en = subj.idx + len(subj.text)
        if any(c.dep_ == "conj" for c in subj.children):
            en = subj.right_edge.idx + len(subj.right_edge.text)  # "Dale and Martha"
        named = any(st <= ms < en for ms, _me, _n in self.art.persons)
        if not named and subj.lower_ not in ("he", "she"):
            return None
        attr = self._who(st, en, None, st)
        if attr is None or attr.speaker is None:
            return None
        attr.cue = cue
        return attr

    # ----------------------------------------------------------------- the parse
    def quote_tokens(self, sp: QuoteSpan) -> Any:
        """The parse's tokens of the quoted words, or None without a parse or tokens."""
        doc = self.art.doc
        span = None if doc is None else doc.char_span(sp.start, sp.end, alignment_mode="expand")
        return span if span is not None and len(span) > 0 else None

    def governing(self, sp: QuoteSpan, short: bool) -> Attribution | None:
        """The subject of the speech verb that governs the quoted words (spaCy parse)."""
        span = self.quote_tokens(sp)
        if span is None:
            return None
        lo, hi = span.start, span.end
        ps, pe = self.paras[sp.para]
        seen: set[int] = set()
        inner: Attribution | None = None  # a thing's "speech" reported by a higher verb
        for tok in span:
            h = tok.head
            if h.i == tok.i and (aside := self._aside(tok, sp)) is not None:
                return aside  # the quote holds its clause's root: "X said, the board “…”"
            if lo <= h.i < hi:
                continue
            steps = 0
            came_from = tok  # the child of ``h`` the walk came up through
            while h.i not in seen and steps < 8:
                seen.add(h.i)
                if not ps <= h.idx < pe:
                    return inner
                aside = self._aside(h, sp)
                if aside is not None:
                    return aside
                if h.pos_ in ("VERB", "AUX") and not (lo <= h.i < hi):
                    if (
                        h.lemma_.lower() in SPEECH_LEMMAS
                        and h.dep_ not in ("acl", "amod")
                        and not _object_sense(h, came_from)
                        and not _coordinated_complement(h, came_from)
                        # a speech verb joined to this one, whose subject was a thing,
                        # was the quote's: this one is not ("said operations were
                        # continuing and urged …")
                        and not (
                            came_from.dep_ == "conj" and came_from.lemma_.lower() in SPEECH_LEMMAS
                        )
                    ):
                        h = self._nearer_speech(h, sp) or h
                        subj = subject_of(h)
                        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == h.i:
                            # "He was described as “…”": spoken of, not speaking; the
                            # speaker is the agent ("by the judge") where there is one
                            subj = next(
                                (
                                    g
                                    for c in h.children
                                    if c.dep_ == "agent"
                                    for g in c.children
                                    if g.dep_ == "pobj"
                                ),
                                None,
                            )
                            if subj is None:
                                return Attribution(None, None, None, None, h.lemma_.lower())
                        if (
                            subj is not None
                            and subj.lower_ in ("who", "that", "which")
                            and h.dep_ == "relcl"
                        ):
                            subj = h.head.head if h.head.dep_ == "appos" else h.head
                            if subj.pos_ != "PROPN":
                                return None
                            noun = _attached_to(subj)
                            if noun is not None:
                                # "the 14th Amendment to the Constitution, which states"
                                st = noun.left_edge.idx
                                en = subj.idx + len(subj.text)
                                attr = self._who(st, en, None, st)
                                if attr is not None and attr.speaker is not None:
                                    attr.cue = h.lemma_.lower()
                                    return attr
                        if subj is not None and not (lo <= subj.i < hi):
                            st = subj.left_edge.idx
                            en = _subject_end(subj)
                            if st < sp.mark_end and en > sp.mark_start:  # holds the quote
                                # its head and what stands before it ("the letter, which
                                # … “…”"), not the clause after it
                                st = min(
                                    [subj.idx]
                                    + [c.idx for c in subj.lefts if c.dep_ in ("compound", "det")]
                                )
                                en = subj.idx + len(subj.text)
                            st, en = max(st, ps), min(en, pe)
                            owned = self._owned_speech(h.idx + len(h.text), sp.mark_start)
                            if owned is not None:
                                return owned
                            if en <= sp.mark_start or st >= sp.mark_end:
                                attr = self._who(st, en, None, st)
                                if attr is not None:
                                    attr.cue = h.lemma_.lower()
                                    if not _reported_thing(attr, subj, h):
                                        return attr
                                    # "…, saying that Catholic teaching calls for …
                                    # “…”": a thing does not speak; the verb that
                                    # reports it may have a speaker
                                    inner = inner or attr
                        if inner is None:
                            return None
                    elif short:
                        return inner
                if h.head.i == h.i:
                    break
                came_from, h = h, h.head
                steps += 1
        return inner

    def _nearer_speech(self, h: Any, sp: QuoteSpan) -> Any:
        """A speech verb of a clause of ``h``'s that ends right before the quote and has a
        subject of its own ("Audience members laughed when he urged voters, “…”"): the
        parse hung the quote on the main verb, but the words are the nearer verb's."""
        for c in h.children:
            if (
                c.dep_ == "advcl"
                and c.pos_ == "VERB"
                and c.lemma_.lower() in SPEECH_LEMMAS
                # not a question put to the speaker ("Trump laughed when a reporter asked
                # about the wall, “…”": the answer is his)
                and c.lemma_.lower() not in _QUESTION_LEMMAS
                and h.i < c.i
                and c.right_edge.idx + len(c.right_edge.text) <= sp.mark_start
                and any(g.dep_ == "nsubj" for g in c.children)
                and re.fullmatch(
                    r"[\s,:]*", self.text[c.right_edge.idx + len(c.right_edge.text) : sp.mark_start]
                )
            ):
                return c
        return None

    def _aside(self, h: Any, sp: QuoteSpan) -> Attribution | None:
        """A speech verb set off by commas before the quote in the clause of ``h``:
        "By failing to act, Jo Ray said, the board “…”" (a parenthetical attribution)."""
        for c in h.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in SPEECH_LEMMAS:
                attr = self._as_said(c, sp)
                if attr is not None:
                    return attr
            if c.dep_ != "parataxis" or c.lemma_.lower() not in SPEECH_LEMMAS:
                continue
            if not c.idx < sp.mark_start or c.idx < self.paras[sp.para][0]:
                continue
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if nxt is None or nxt.text != "," or subj is None or subj.i > c.i:
                continue
            le = c.left_edge.i
            if c.doc[le].text != "," and (le == 0 or c.doc[le - 1].text != ","):
                continue  # not set off by commas on both sides
            # the whole subject ("the chief justice then declared"), not its last word
            st = subj.left_edge.idx
            attr = self._who(st, subj.idx + len(subj.text), None, st)
            if attr is not None and attr.speaker is not None:
                attr.cue = c.lemma_.lower()
                return attr
        return None

    def _as_said(self, c: Any, sp: QuoteSpan) -> Attribution | None:
        """ "As one veteran of the projects commented: “…”": a speech verb in an
        "as" clause before the quote, which the parse hangs on the quote's own verb."""
        if not self.paras[sp.para][0] <= c.idx < sp.mark_start:
            return None
        if not sp.mark_start <= c.head.idx < sp.mark_end:
            return None  # "As speakers spoke, protesters chanted “…”": not the quote's clause
        if not any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return None
        if any(x.dep_ == "dobj" and x.lower_ != "it" for x in c.children):
            return None  # "as they expressed their complaints": a time, not a source
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if subj is None or subj.i > c.i:
            return None
        attr = self._who(subj.left_edge.idx, _subject_end(subj), None, subj.left_edge.idx)
        if attr is not None:
            attr.cue = c.lemma_.lower()
        return attr

    def narrative_speaker(
        self,
        sp: QuoteSpan,
        s0: int,
        s1: int,
        prev: QuoteSpan | None,
        prev_attr: Attribution | None,
    ) -> Attribution | None:
        """A quote standing alone in first person after narrative (rule 3, last): the
        person who is the main subject of the sentence before it ("Jo Ray did not
        need much coaxing. “I'm thankful …”"), else the speaker of the quote before
        when the narrative since names nobody else and spans at most two sentences
        ("“…,” Ray said.¶For cities like Velmora, the snow will not stop.¶“We're
        going to have to shovel more often.”")."""
        art = self.art
        if not _FIRST_PERSON_RE.search(self.text, sp.start, sp.end):
            # not in the first person: only when the sentence before is about the
            # previous quote's speaker ("“…,” Ray said. She also thanked the
            # dancers.¶“They are remarkable.”")
            attr = self._narrative_subject(s0, s1)
            if (
                attr is None
                or prev is None
                or prev_attr is None
                or attr.speaker != prev_attr.speaker
                or sp.para - prev.para > 1
                or art.narr_of(sp.mark_start) - art.narr_of(prev.mark_end) > 2
            ):
                return None
            return Attribution(attr.speaker, attr.text, attr.start, attr.end, None)
        attr = self._narrative_subject(s0, s1)
        if attr is not None:
            last = attr.speaker.split()[-1] if attr.speaker else ""
            if last and last in self.text[sp.start : sp.end]:
                return None  # the quote speaks of them: someone else's words
            return Attribution(attr.speaker, attr.text, attr.start, attr.end, None)
        if prev is None or prev_attr is None or prev_attr.speaker is None:
            return None
        if sp.para - prev.para > 2 or art.narr_of(sp.mark_start) - art.narr_of(prev.mark_end) > 2:
            return None
        lo, hi = prev.mark_end, sp.mark_start
        a0, a1 = prev_attr.start or -1, prev_attr.end or -1
        for ms, me, n in art.persons:
            if (
                lo <= ms < hi
                and not a0 <= ms < a1
                and art.mention_name(ms, me, n) != prev_attr.speaker
            ):
                return None  # somebody else came into the story
        for pos, name in art.pronoun_at.items():
            if lo <= pos < hi and name != prev_attr.speaker:
                return None
        return Attribution(prev_attr.speaker, prev_attr.text, prev_attr.start, prev_attr.end, None)

    def _narrative_subject(self, s0: int, s1: int) -> Attribution | None:
        """The person (named, or "he"/"she") who is the main-clause subject of the
        last sentence in ``s0:s1``."""
        doc = self.art.doc
        if doc is None or s1 <= s0:
            return None
        span = doc.char_span(s0, s1, alignment_mode="contract")
        toks = [t for t in span if not t.is_space] if span is not None else []
        if not toks:
            return None
        tok = toks[-1]
        root = tok.sent.root
        if root.pos_ not in ("VERB", "AUX") or root.idx < s0:
            return None
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or self.art.in_quote(subj.idx):
            return None
        st = min([subj.idx] + [c.idx for c in subj.lefts if c.dep_ == "compound"])
        en = subj.idx + len(subj.text)
        if subj.lower_ not in ("he", "she") and not any(
            ms <= subj.idx < me for ms, me, _ in self.art.persons
        ):
            return None
        attr = self._who(st, en, None, st)
        if attr is None or attr.speaker is None or " and " in attr.speaker:
            return None
        return attr

    def sentence_subject(self, sp: QuoteSpan) -> Attribution | None:
        """The person who is the subject of the sentence holding a fragment."""
        doc = self.art.doc
        if doc is None:
            return None
        tok = self.art.token_at(sp.start)
        if tok is None:
            return None
        root = tok.sent.root
        subj = subject_of(root)
        if subj is None or subj.idx >= sp.mark_start:
            return None
        if subj.dep_ == "nsubjpass":
            return None  # "she was found to have a “…”": spoken of, not speaking
        if (
            _PREP_POSSESSIVE_RE.search(self.text, max(0, sp.mark_start - 16), sp.mark_start)
            and root.lemma_.lower() not in SPEECH_LEMMAS
        ):
            # "Letby will spend her life in jail for her ‘cruel, calculated and cynical
            # campaign’": words someone else used of what the subject did ("Ray
            # defended her “careful …” care" keeps them hers)
            return None
        return self._person_subject(subj, sp)

    def clause_subject(self, sp: QuoteSpan) -> Attribution | None:
        """The person who is the active subject of the nearest clause up the parse
        from a fragment, passive clauses and relative pronouns passed over: "…, and
        she has apologised if the fire was connected to “…”", "the church, which
        Sarah hoped was not hit over the “…”".  A clause whose subject is no person
        ("a rally encouraged trucks of “…”") ends the search."""
        span = self.quote_tokens(sp)
        if span is None:
            return None
        ps, pe = self.paras[sp.para]
        h = span.root
        for _ in range(12):
            if h.head.i == h.i or not ps <= h.head.idx < pe:
                return None
            h = h.head
            if h.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ in ("which", "that", "who"):
                continue
            return self._person_subject(subj, sp)
        return None

    def _person_subject(self, subj: Any, sp: QuoteSpan) -> Attribution | None:
        """``subj`` (a subject token before the quote, in its paragraph) when it names
        a person, a personal pronoun, a group of people, or a definite role the article
        gave one named person ("The prime minister went to the scene …, pledging that his
        government would make “all efforts …”")."""
        st, en = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        if en > sp.mark_start or st < self.paras[sp.para][0]:
            return None
        attr = self._who(st, en, None, st)
        if attr is None or attr.speaker is None:
            return None
        low = attr.text.lower() if attr.text else ""
        is_person = (
            any(ms >= st and me <= en for ms, me, _ in self.art.persons)
            or low in ("he", "she", "they")
            or (low.startswith("the ") and group_noun(norm_word(low.split()[-1])))
            or (
                low.startswith("the ")
                and norm_word(low.split()[-1]) in _OFFICE_WORDS
                and attr.speaker != attr.text
                and any(attr.speaker == self.art.mention_name(*p) for p in self.art.persons)
                and self._speech_between(en, sp.mark_start)
            )
        )
        return attr if is_person else None

    def _speech_between(self, a: int, b: int) -> bool:
        """Whether a speech verb outside quotes stands between ``a`` and ``b`` ("…,
        pledging that his government would make “…”"): a description is the speaker of
        the words it said, not of words said about it ("The Prime Minister “could get [a
        deal] …”", an analyst's)."""
        doc = self.art.doc
        span = doc.char_span(a, b, alignment_mode="contract") if doc is not None else None
        return span is not None and any(
            t.lemma_.lower() in SPEECH_LEMMAS and not self.art.in_quote(t.idx) for t in span
        )

    # ----------------------------------------------------------------- reported speech
    def reported(self, s0: int, s1: int) -> Attribution | None:
        """The speaker of a sentence that reports speech ("Guest says there are …")."""
        text = self.text
        seg = text[s0:s1]
        if not seg.strip() or FURNITURE_RE.match(seg):
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
                        subj = subject_of(tok)
                        if subj is None or self.art.in_quote(subj.idx):
                            continue
                        if subj.dep_ == "nsubjpass" and subj.head.i == tok.i:
                            return None  # "Ray was charged with arson": spoken of
                        st = subj.left_edge.idx
                        en = subj.right_edge.idx + len(subj.right_edge.text)
                        attr = self._who(st, en, None, st)
                        if attr is not None and attr.speaker is not None:
                            attr.cue = tok.lemma_.lower()
                            return attr
                        return None
        m = _SUBJECT_VERB_RE.match(seg)
        if m and _plausible_subject(m.group("who")):
            s = s0 + m.start("who")
            attr = self._who(s, s + len(m.group("who")), m.group("verb"), s)
            if attr is not None and attr.speaker is not None:
                return attr
        m = _TRAILING_SUBJECT_VERB_RE.search(seg)
        if m and _plausible_subject(m.group("who")):
            s = s0 + m.start("who")
            attr = self._who(s, s + len(m.group("who")), m.group("verb"), s)
            if attr is not None and attr.speaker is not None:
                return attr
        return None


# offices one person holds, whose holder a definite description may be ("The prime
# minister went …"); not an anonymous "source" or "official"
_OFFICE_WORDS = frozenset(
    "president governor mayor senator speaker chairman chairwoman secretary minister "
    "premier chancellor king queen judge prosecutor sheriff coach".split()
)

# "Obi's comments about …", "his remarks on …": someone's words named as a noun
_OWNED_SPEECH_RE = re.compile(
    r"(?<![\w'’-])(?<!\bin\s)(?<!\bon\s)(?<!\bvia\s)"
    r"(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*?)['’]s?[ \t]+(?:\w+[ \t]+)?"
    r"(?:comments?|remarks?|words|statements?|claims?|tweets?|assertions?|quips?|jabs?|"
    r"insults?|warnings?)[ \t]+(?:about|on|that|regarding|of)\b"
)


# before a verb form, words that make it a noun: "Ray's previous call", "a report"
_NOUN_USE_RE = re.compile(
    r"(?:['’]s?\s+(?:\w+\s+)?|\b(?:a|an|the|his|her|their|its|our)\s+"
    r"(?:(?:previous|earlier|latest|recent|first|last|new|own)\s+)?)$",
    re.IGNORECASE,
)


# "slammed Jo Ray for his claims that …": the claims are the named person's
_FAULTED_FOR_RE = re.compile(
    r"(?<![\w'’-])(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]+for[ \t]+"
    r"(?:his|her|their)[ \t]+(?:\w+[ \t]+)?(?:comments?|remarks?|words|statements?|claims?|"
    r"tweets?|assertions?|insults?|warnings?)\b"
)


# a speech verb right before an opening mark: "The guard yelled, "
# verbs of disputing that report a clause ("disputed that …") beside the speech verbs
_DISPUTING = frozenset("dispute contest reject challenge question".split())
# verbs of being, which a participle of speech cannot hang on
_STATIVE = frozenset("be have seem remain appear".split())

_FRAMED_RE = re.compile(rf"(?<![\w-])(?P<verb>{VERB_ALT})\s*[,:]\s*$")


# words of a speaker talking of themselves
_FIRST_PERSON_RE = re.compile(
    r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|we|we['’](?:re|ve|ll|d)|us|our)\b", re.I
)


# a participle clause putting a question: "Asked point-blank, “…”" / "When asked: “…”"
_ASKED_RE = re.compile(
    r"\s*(?:(?:when|after\s+being|if|once)\s+)?asked\b(?P<rest>[^“”\"«»:,]{0,80})[,:]\s*$",
    re.IGNORECASE,
)


# the clause after a speech verb: "[that] Jo Ray told …"
_NESTED_RE = re.compile(
    rf"\s+(?:that\s+)?(?P<who>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]+)\s+{ADVS}"
    rf"(?P<verb>{VERB_ALT})(?![\w-])"
)


# a subordinating word opening the clause of a speech verb before a quote
_SUBORDINATOR_RE = re.compile(
    r"\s*(?:When|After|As|Before|While|Once|Until|Because|Since|Although|Though|Then)\s+"
    r"(?=\S)"
)


_REPORTING_RE = re.compile(
    r"\b(?:said|says|added|adds)\b(?:\s+that\b)?"
    r"|\b(?:recalled|recalls|recounted|testified|alleged|alleges|claimed|claims|wrote|"
    r"noted|explained|reported|told\s+(?:\w+\s+){1,3}?)\s*that\b"
)


_INFINITIVE_RE = re.compile(r"\bto\s+$")  # before a verb: "… enough to indicate"


_TRAILING_SUBJ_RE = re.compile(
    r"(?:(?<![\w'’-])(?:he|she|they|it|we|I)|"
    r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:\S+\s+){0,4}\S+|"
    r"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-\w+|bin|de|van|von))*)\s*$"
)


# speech verbs with another sense that takes a thing as its object: "will maintain a
# presence" (the police), "expressed concern", "posted a photo", "reported a loss",
# "charged a fee", "continued the search" — no speech there, so no speaker of a quote
# further on in the clause ("He said police will maintain a presence ... and move to
# a “scaled down presence”": he said it, not the police)
_OBJECT_SENSES = frozenset(
    "maintain express voice post report charge continue indicate repeat".split()
)


def _people_noun(tok: Any) -> bool:
    """A noun for people ("deputies", "demonstrators", "residents"): its head has a
    gender or names a group or a speaker; spaCy's vectors-free model gives no more."""
    head = tok.lemma_.lower()
    return (
        speaker_noun(head)
        or noun_gender(head) is not None
        or group_noun(head)
        or head in ROLE_WORDS
        or head in TITLES
        or head.endswith(("er", "or", "ist", "ant", "ent", "ian"))
    )


def _coordinated_complement(verb: Any, came_from: Any) -> bool:
    """Is ``verb`` (a speech verb in a reported clause) only the first of two reported
    clauses, the walk having come up through the second, joined to it by "and" with a
    subject of its own and its own "that" ("said that his client would plead not guilty
    and that the government had “…”")?  Then both clauses are the higher verb's, and so is the
    quote: its speech verb lies further up."""
    return (
        verb.dep_ == "ccomp"
        and came_from.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in came_from.children)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in came_from.children)
    )


def _object_sense(verb: Any, came_from: Any) -> bool:
    """Is this speech verb used in its other sense: a direct object of its own, and the
    quote reached not through that object ("expressed concern that “…”" speaks) nor
    through a reported clause, but through another branch ("maintain a presence ...
    and move to a “…”")?"""
    if verb.lemma_.lower() not in _OBJECT_SENSES:
        return False
    if came_from.dep_ in ("dobj", "ccomp", "xcomp", "parataxis", "oprd", "attr"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids):
        return False
    return any(c.dep_ == "dobj" for c in kids)


# a sentence opening with its speech verb, then the speaker, then the quote: "Added
# Gibbs: “…”", "Said Mayor Ada Lund, “…”"
_INVERTED_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))\s*(?P<verb>{'|'.join(sorted(INVERTED_SPEECH))})\s+"
    r"(?P<who>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s*[:,]\s*$"
)


def _subject_end(subj: Any) -> int:
    """Where a subject phrase ends: its subtree, less a date after its head ("The
    Velmora Herald on July 20, 2006, described …": "The Velmora Herald")."""
    end: int = subj.right_edge.idx + len(subj.right_edge.text)
    for c in subj.rights:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            head_end: int = subj.idx + len(subj.text)
            return min(end, head_end)
    return end


def _attached_to(tok: Any) -> Any:
    """The noun a proper noun is the object of "to"/"of" after ("the 14th Amendment
    to the Constitution": Amendment), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "of"):
        return None
    noun = prep.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < tok.i else None


def _inverted_subject_len(who: str, keep_commas: bool = False) -> int:
    """Length of the subject after an inverted verb: "Okafor, the mayor" -> "Okafor"
    (with ``keep_commas``, "Ray's partner, Jo Ray, in" -> "Ray's partner, Jo Ray");
    an unnamed speaker keeps a short relative clause ("one Democrat who opposed her")."""
    mr = UNNAMED_RELATIVE_RE.match(who)
    if mr:
        return mr.end(1)
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
    words = who[:cut].split()
    if m and words and document_noun(words[-1]) and re.match(r"\s+(?:from|in)\s", who[cut:]):
        # "said a report from Kotak Equities", "said an editorial in the daily X": the
        # document's author or outlet goes with it
        m2 = _INVERTED_CUT_RE.search(who, m.end())
        cut = m2.start() if m2 else len(who)
    # "said one of the players" keeps "of"
    return len(who[:cut].rstrip())


# where an inverted subject ends, after a document's "from …"/"in …"
_INVERTED_CUT_RE = re.compile(
    r"\s+(?:on|at|during|after|before|to|via|when|while|as|who|which|adding|referring|"
    r"speaking|told|according|with|outside|inside|last|this)\b|\s+\("
)


_PASSIVE_AUX_RE = re.compile(r"(?:^|\s)(?:are|is|was|were|be|been|being)$", re.I)


def _not_attribution(who: str, verb: str, punct: bool) -> bool:
    """Words after a quote that only look like "<subject> <speech verb>": a
    participle ("…” Mr. Putin at the summit, adding"), and after a fragment that
    ends with no comma (``punct`` False) a passive ("…” the articles that are
    written") or a relative clause ("…” the claims which he reported")."""
    w = who.rstrip(" ,")
    if w.lower() in DETERMINERS:
        return True  # "…” the reports that …": "reports" is no verb here
    if is_participle(verb) and "quoted as" not in verb.lower():  # "was quoted as saying"
        return True
    return not punct and (
        _PASSIVE_AUX_RE.search(w) is not None
        or re.search(r"\s(?:that|which)(?:\s|$)", w) is not None
    )


def _plausible_subject(who: str) -> bool:
    words = who.split()
    if not words or len(words) > 22:
        return False
    w0 = words[0].strip(",").lower()
    if w0 in ("and", "but", "or", "so", "then", "to", "as", "while", "if", "because", "that"):
        return False
    if w0 in ("he", "she", "it", "they", "we", "i") or w0 in DETERMINERS | set(POSSESSIVE_PRON):
        return True
    if is_name_word(words[0]):
        return True
    if len(words) <= 2 and who.islower() and (words[-1] == "police" or words[-1] in GROUP_NOUNS):
        return True  # "…,” police said in a statement" / "…,” federal prosecutors said"
    # "communications officer Jo Ray", "oil and gas worker Jo Ray", "team president
    # Billy King" (a surname that is also a title)
    if "," in who or "—" in who or w0 in INTRO_WORDS or w0 in PREPOSITIONS:
        return False
    return len(words) <= 10 and trailing_name(who, person=True) is not None


def _long_tail(rest: str) -> bool:
    """Words after a speech verb that make it a new sentence, not an attribution."""
    return len(rest.split()) > 5 or bool(
        re.match(r"\s+(?:that|it|this|them|him|her|the|a|an)\b", rest)
    )


def _reported_thing(attr: Attribution, subj: Any, verb: Any) -> bool:
    """A speech verb whose subject is a thing that speaks for nobody (a bare
    singular noun: "Catholic teaching calls for …") in a clause another verb
    reports: that verb's subject is worth looking for.  So is the subject a reported
    clause's verb lends a speech verb joined to it, a bare plural too ("The spokesman
    said operations were continuing and urged residents to report “…”"; the clause's
    own verb is passed over, ``governing``)."""
    if attr.speaker is not None:
        return False
    lent = subj.head.i != verb.i and subj.head.dep_ == "ccomp"
    if not (verb.dep_ == "ccomp" and subj.tag_ == "NN") and not (
        lent and subj.tag_ in ("NN", "NNS") and not _people_noun(subj)
    ):
        return False
    if any(c.dep_ in ("det", "poss") for c in subj.children):
        return False  # "the suspect shouted": only a bare mass noun ("teaching") is a thing
    head = norm_word(subj.lower_)
    return not (speaker_noun(head) or head in DOCUMENT_NOUNS or head in ORG_NOUNS)
