"""Direct quotes and who said them.

``find_quotes(parsed)`` returns one :class:`~crosswire.model.Quote` per quoted
passage; ``start``/``end`` span the words inside the quotation marks (outer
whitespace and a trailing comma removed, closing ``.``/``?``/``!`` kept).

**Quotation marks.** Double marks (straight ``"``, curly “ ” „, doubled single
marks ``''``/‘‘/’’, and the backquotes of PTB/LDC newswire, two grave accents
that open and two apostrophes that close) and guillemets « » are read paragraph
by paragraph (one line
of text is one paragraph).  Whether a mark opens or closes is decided by what
stands on each side of it (a mark after a space and before a word opens; one
after a word and before a space or punctuation closes) and only where that is
undecided by its shape, so mismatched marks in scraped text ("”This guy…”",
"“…creators,’’") still pair.  A straight mark with a space or a word on both
sides (detokenised copy: ``… needs , " said Doganis``) closes a quote that is
open, even one left open by an earlier paragraph (``quote_spans``).  Single
marks (' ‘ ’) are quotes only outside double quotes, where an opening mark
before a word and a closing mark after one are both found in the paragraph; a
mark between two letters is an apostrophe ("don't", "Qahtani's") and "'90s",
"'til", "'em" are elisions.  Single marks inside a double quote belong to the
outer quote.

**Unbalanced marks.** A quote never runs past its paragraph.  A paragraph that
opens a quote and never closes it yields a quote up to the end of the
paragraph; if the next paragraph re-opens with a mark (the news convention for
a quote over several paragraphs) its quote continues the same statement and
keeps the speaker.  If instead the next paragraph (or one of the next three,
when those between have no marks) has a closing mark before any opening one,
the words up to that mark are a quote of their own (text cut in the middle of a
quote, or split one sentence a line), with the speaker of the piece that opened
it when it has no attribution of its own.  An opening mark met while a quote is still open
ends the first quote there, or, when the first quote's words end with an
attribution (``"…, Jo Ray said. "We …"``: its closing mark was dropped), at the
comma before that attribution; when the words before the new mark end
mid-sentence (a word, no punctuation: "do: “They moan about “amateurs” …"), the
first mark is stray and its words are no quote.  One quote is returned per paragraph piece, never
one spanning several paragraphs.

**What counts as a quote.** A quoted passage is a quote when it has an
attribution (below), or when it has at least three words and is not a title
(every longer word capitalised: “The Kid Who Would Be King”).  One- or two-word
passages without a speech verb governing them are scare quotes ("so-called
'experts'") and are skipped; a single-quoted passage needs an attribution or
six words; a quoted label after its article (a noun, *of*, a noun: "called it
an “act of terror”") is a term too, and so is a passage of up to eight words named
by the noun after its marks ("the “boys will be boys” trope", "… slogan", "… label";
not a noun opening the next sentence after a quote's full stop)
or, with no speech verb, what something is "known as", "referred to as",
"nicknamed" or "so-called"; whoever speaks, a passage after a passive naming verb
with no agent after the marks ("the cough is called “sailmaker's lung.”"; "was
called “…” by Ray" is Ray's) or after "slogan", "motto", "tagline", "hashtag" is a
name; words on a sign, placard, banner or poster ("signs reading “…,” “…” and
“…”", the list included) are slogans; a hyphenated compound is one word for the
three-word test ("the “best-case scenario”" is a term); with the parse, a passage
of up to eight words between a determiner (or a possessive) and a common noun
right after its marks names that noun ("a “love it or hate it” reaction", "the
“Meth. We're on it.” campaign"), unless the noun is the subject of a speech verb
("… a “failure” officials said"); with the parse, a quoted noun phrase of three or four
lower-case words with no verb and no closing full stop that nobody is found to
say ("trucks of “all shapes and sizes”") is a term, unless the nearest clause up
the parse with an active subject has a person for it, who is then its speaker
("she has apologised if the fire was connected to “undeserved negative
attention”").  A paragraph that is only a
quote with nobody to say it, repeating a sentence of six words or more that the
article gives as its own narrative inside a longer paragraph, is a pull quote and
skipped.  Lines that are page furniture ("READ MORE: …", "WATCH: …") are
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
   there are many reasons.¶“The emergency department …”"); a quote in the first
   person ("I", "we", "my") standing alone after narrative is the main-clause
   subject's of the sentence before (a named person or "he"/"she"; not when the
   quote names them), else the previous quote's speaker when the narrative since
   (at most two sentences) brings in nobody else.

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
titles, role words and the pronouns used of that person: ``gender``), and never
the name a parenthetical attribution interrupts ("Ray, he said, knows …"); a role
("the spokesman", "the mayor") becomes the person the article gave that role to
("Mayor …", "…, a spokesman for …"), else it stays unresolved; a description
of one person ("the self-taught Velmora resident", "the affable proprietor")
becomes the one person named in full in
the narrative just before its quote (none when two are named there, or when a
sentence holding another quote comes first); organisations stay as written
without a leading "the" ("the ministry said" → "ministry", "the U.S. State
Department" → "U.S. State Department"), and "the company"/"it" become the
organisation that is the subject of the last few sentences, or that an earlier
"it said" within three sentences was.  The subject of a passive speech verb is
spoken of, not speaking ("He was described as “…”": the agent, or nobody).  A
document ("the letter says", "the statement continued") speaks for its author
where the article names one at its nearest earlier mention ("a letter from Jo
Ray", "Ray said in a statement", "In a letter, Ray …"), else as its fullest
description ("the Velmora Council letter") or as written; "X's website said"
is X's.  A group ("the scholars") becomes its fullest earlier description
("the Velmora scholars"), and "they"
the nearest plural subject that names people ("the committee members", "Jo Ray
and Ada Obi", "the owners, Jo Ray and Ada Obi,": both names).  Anything
vaguer ("a spokesperson", "one of the players", "I") gives ``speaker=None``
with ``speaker_text`` kept.

Also read through the parse: a participle after a preposition shares its
clause's subject ("Ray began by asking, “…”"), and so does an infinitive of
purpose or degree ("Ray went so far as to say …", "… will be left to wonder:");
an attribution set off by commas before the quote counts ("By failing to act,
Ray said, the board “…”"); reported speech inside an attribution is the inner
speaker's ("…,” aides said Jo Ray told colleagues); "and said …" after a
fragment continues its sentence and is no attribution; a question put to someone
("Asked point-blank, “…?” Ray replied") has no known speaker. Pronoun distance
is counted in sentences outside quotes, and the first member of a conjoined
subject is a (non-main) subject.

Also (issue 12): a speech verb with its subject right before the opening mark
wins over an attribution after the quote ("The guard yelled, “Stop!” Ray
recalled": the guard's words); remarks named between the speech verb and the
quote are their owner's ("… inspired by Obi's comments about Jo having “…”",
"slammed Ray for his claims that “…”"); a participle, a passive or a relative
clause after a mid-sentence fragment is no attribution ("…” Mr. Obi at the
summit, adding", "…” the reports that are written"); "it" right after a quote
given through a document ("Ray says on his website: “…” “…,” it says") is that
quote's speaker; a quote not in the first person after a sentence whose subject
is the previous quote's speaker keeps that speaker; a colon after a long
lead-in takes the subject of its last clause ("… in May when Ray took to
Twitter with this: “…”").  Names: a lone surname shared by two people is the
one in the headline; short first names are one person with the full form
("Dick" / "Richard"); "the congressman" is whoever the article calls "Rep.";
a generic role ("the officer") only reaches people given it within two
paragraphs, and unresolved it is given as written, as are "the father", "my
two-year-old" and a bare group ("protesters"); a law speaks as written ("The
14th Amendment"); a short outlet name becomes its one fuller form ("the Times"
→ "New York Times"); "it" is the one organisation named earlier in its
sentence; "For Ray, …, he …" makes "he" Ray.

Also (speaker classes from ECB+, BASIL): a quote over several paragraphs whose
attribution follows only its last piece ("“…¶…,” said Jo Ray") is that speaker's
in every earlier piece without a cue of its own, over an inherited speaker (not
when the attribution is a pronoun, nor an unresolved one over a resolved speaker);
that last piece is speech however short ("…¶I'm satisfied,” Ray said"); a quote
ending its sentence with nobody to say it, followed in its paragraph by "It was
“…,” Ray said", is Ray's too ("The comment was “…” It was “…,” LaBolt said"); a
bare plural or collective subject after a quote is an attribution ("…,” police
said in a statement" / "…,” federal prosecutors said": as written); in "…,” Jo
Ray, Chief Public Relations Officer, Defence, said" the name leads the subject;
"…,” the Herald quoted witness Jo Ray as saying" is Jo Ray's.

Also (fragments of one sentence): a later quoted fragment with no cue of its own
is the speaker of the fragment before it in the same sentence, when that one has a
speech verb and a named speaker and no other person is named between them ("While
Ray says his report “does not conclude …,” it “also does not exonerate him.”").

Also (documents and groups, from BASIL, GGT and ECB+): a document speaks for the
author the article gives it, found at its nearest earlier mention (singular or
plural: "the tweets"), through "filed/signed/issued by", "X filed a lawsuit", "a
report from X", "an editorial in the daily X", "a Velmora Ministry statement", "the
Twitter account for X"; an author the article identifies without naming ("signed by
every Republican on the committee" after "the House Intelligence Committee", "the
GOP committee members") speaks as written, resolved; a mention with no author takes
the one author of a statement just before it ("the account for X issued a
statement. … the following tweets"), and a bare "the statement"/"a statement" with
no earlier mention the organisation that spoke in the sentence before, "the ruling"
the named subject of "ruled" there; an unresolved "by …" leaves "the letter" as
written.  "it" after a sentence whose document spoke ("A statement from Waitrose
said …") is that document's named author, never the document as written.  "The
writers" (authors, signers) are the document that was the subject of the sentence
before.  Groups: "the Georgetown scholars" (a name among the modifiers) as written;
"team members"/"the choir members" are the one "Members of the … team/choir" the
article wrote; "they" passes over relative clauses and is "Members of the Velmora
Choir" or "the players of the Velmora Hawks" as written; "the pair" (the duo, the
two, the couple) is two people just named together ("Jo Ray and Ada Obi"); "…,”
team members dressed for a game say" is read for its group.  A plain present verb
joined to a third-person singular one takes the plural subject up the parse ("The
writers acknowledge that the rule calls for … but say “…”").

**Where the code is.** One module per phase: ``quote_spans`` (quotation marks,
spans, and what is not a quote), ``quote_cues`` (attribution cues around a
span), ``quote_speakers`` (from a subject phrase to a speaker) over
``quote_article`` (the article's people: name forms, roles, gender, salience);
``quote_names``, ``quote_text`` and ``quote_lexicon`` hold the helpers and word
lists they share.  This module runs them in order and inherits speakers (rule 3).

**Known limits.** No real coreference: pronoun resolution is by salience and
can pick the wrong person when two people of unknown gender alternate.
Reported speech without quotation marks is not returned.  A speaker named only
after a multi-paragraph quote by a pronoun ("…,” she said") is not carried back.
Quotes inside titles and captions with speech verbs are returned like any other.
"""

from __future__ import annotations

import re

from ..model import Quote
from .mentions import describing_word
from .parsed import ParsedArticle
from .quote_cues import Cues
from .quote_lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    INTRO_WORDS,
    ROLE_WORDS,
    SPEECH_LEMMAS,
    TITLES,
    norm_word,
)
from .quote_names import name_key
from .quote_spans import (
    FURNITURE_RE,
    GAP,
    LIST_GAP_RE,
    NAMED_WORK_RE,
    SIGN_LEAD_RE,
    TITLE_LEAD_RE,
    TITLE_TAIL_RE,
    QuoteSpan,
    has_double_mark,
    is_headline,
    is_label,
    is_named,
    is_term,
    is_utterance,
    reply_word,
    title_like,
)
from .quote_speakers import Attribution, copy_attribution
from .quote_text import SENT_END_RE, WORD_RE, sentence_start

__all__ = ["SPEECH_LEMMAS", "find_quotes"]


# the start of a sentence's last clause: "… on display in May when "
_LAST_CLAUSE_RE = re.compile(r"(?:,|\b(?:when|after|as|while|because|before|until))\s+(?=[^,]*$)")


# every quotation mark read as one, so that a pull quote matches the sentence it repeats
_MARKS_AS_ONE = str.maketrans(dict.fromkeys("“”„‟«»‘’‛‚‹›'", '"'))


# a word for the under-three-words test: a hyphenated compound is one ("best-case")
_COMPOUND_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


# a determiner or a possessive right before an opening mark ("a “…” joke", "Ray's “…” tour")
_DET_BEFORE_RE = re.compile(
    r"(?:\b(?:a|an|the|this|these|those|his|her|its|their|our|my|your)|\w['’]s)\s*$",
    re.IGNORECASE,
)


# the parts of speech of a quoted noun phrase ("all shapes and sizes", "routine social
# conversations")
_TERM_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "ADP", "NUM", "PUNCT"})


# between two quotes: "…” It was “…", "…” That is “…"
_IT_WAS_RE = re.compile(r"\s+(?:It|This|That)\s+(?:was|is|['’]s)\s+(?:also\s+)?")


# a word that makes what follows a title, whatever its case: "entitled “…”"
_TITLED_RE = re.compile(r"\b(?:titled|entitled|named|dubbed|nicknamed)\s*,?\s*$", re.IGNORECASE)


# subjects that are pronouns, resolved by salience where they stand
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you"})


# "such as the prophetic Dr Azm Al Homoud:", "like Ada Lund:"
_EXAMPLE_BEFORE_RE = re.compile(
    r"\b(?:such\s+as|like|including)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}"
    r"(?:[A-Z][\w'’-]*\.?\s+){0,2}$"
)


def _runs_on(prev: QuoteSpan, nxt: QuoteSpan) -> bool:
    """Does ``nxt`` carry on the statement ``prev`` left open into a later paragraph?"""
    return not prev.closed and prev.para < nxt.para and (not nxt.opened or nxt.continues)


# a speaker and a verb of speech right after a short quote's closing mark ("“Fight
# them,” he urged", "“Never,” said Lurz", "“Amazing,” Davis said"); not a title or a
# nickname in a list ("the epic “Australia,” will host", "“Shapow,” the source said")
_SAID_RIGHT_AFTER_RE = re.compile(
    r"\s*(?:(?:he|she|they|I|we)\s+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?"
    r"(?:said|says|told|added|replied|responded|answered|urged|asked|shouted|yelled|"
    r"cried|recalled|wrote|tweeted)\b"
)


class _QuoteFinder(Cues):
    """Runs the phases over an article: spans, cues, speakers (rule 3: inheritance)."""

    _plain: str | None = None
    _signs: set[int]  # the spans that are words on a sign (set by run)

    # ----------------------------------------------------------------- driver
    def run(self) -> list[Quote]:
        text = self.text
        aid = self.parsed.article.id
        out: list[Quote] = []
        attrs: list[Attribution | None] = []
        kept: list[QuoteSpan] = []
        cued: list[bool] = []  # the quote's attribution is its own cue, not inherited
        spans = self.spans
        self._signs = set()
        for i, sp in enumerate(spans):
            ps, pe = self.paras[sp.para]
            if FURNITURE_RE.match(text, ps, pe) or is_headline(text, ps, pe):
                continue
            next_mark = spans[i + 1].mark_start if i + 1 < len(spans) else len(text)
            prev_end = spans[i - 1].mark_end if i and spans[i - 1].para == sp.para else ps
            n_words = len(WORD_RE.findall(text, sp.start, sp.end))
            short = len(_COMPOUND_WORD_RE.findall(text, sp.start, sp.end)) <= 2
            attr = self.asked(sp) or self.after(sp, next_mark) or self.signed(sp)
            if attr is not None and attr.cue is not None:
                # "The guard yelled, “Stop!” Ray recalled.": the guard's words, told by Ray
                attr = self.framed(sp, prev_end) or attr
            attr = (
                attr
                or self.with_participle(sp, prev_end)
                or self.quoted_as(sp, prev_end)
                or self.governing(sp, short)
                or self.before(sp, prev_end)
            )
            has_cue = attr is not None
            if attr is None and not short:
                attr = self.sentence_subject(sp)
            whole = not text[ps : sp.mark_start].strip() and not text[sp.mark_end : pe].strip(
                " .,;:\"“”'’"
            )
            title = title_like(text[sp.start : sp.end])
            lead = max(ps, sp.mark_start - 40)
            if (
                title
                and not reply_word(text[sp.start : sp.end])  # "she was told “No.”"
                and sp.opened
                and (
                    TITLE_LEAD_RE.search(text, lead, sp.mark_start)
                    or TITLE_TAIL_RE.match(text, sp.mark_end, pe)
                )
            ) or NAMED_WORK_RE.search(text, lead, sp.mark_start):
                continue  # "on CBS' “Face the Nation”", "a video called “Behind the …”"
            if _TITLED_RE.search(text, lead, sp.mark_start):
                continue  # "an installation – entitled “Jewels after Jewels”": a name
            if self.sign(sp, i):
                self._signs.add(i)
                continue  # "signs reading “Build pipelines” and “…”": slogans
            # the last piece of a quote over several paragraphs, closed by its
            # attribution ("…¶I'm satisfied,” Ray said."), is speech however short
            closing = not sp.opened and attr is not None and attr.cue is not None
            # a capitalised short utterance its attribution follows ("“Fight them,” he
            # urged", "“Never,” said Lurz"): speech, not a term
            spoken = (
                attr is not None
                and attr.cue is not None
                and "," in text[sp.end : sp.mark_end + 1]
                and text[sp.start : sp.end].strip()[:1].isupper()
                and _SAID_RIGHT_AFTER_RE.match(text, sp.mark_end) is not None
            )
            if short and not closing and not spoken and not is_utterance(text[sp.start : sp.end]):
                continue  # under three words: a term ("a “prank”"), not a quote
            if is_label(text, sp.mark_start, sp.start, sp.end):
                continue  # "an “act of terror”"
            if is_term(text, sp, pe, has_cue) or is_named(text, sp, pe):
                continue  # "the “boys will be boys” trope", "HP is called “farmer's lung”"
            if self.modifier(sp, attr):
                continue  # "a “love it or hate it” reaction": a name for the noun after it
            if not has_cue:
                if short:
                    continue
                if sp.single and n_words < 6 and attr is None:
                    continue
                if title and not whole:
                    continue
            if attr is None:
                attr = self.inherit(sp, i, kept, attrs)
                if attr is None and whole and self.pull_quote(sp):
                    continue  # the article's own sentence set off as a pull quote
            elif attr.speaker is None and (attr.text or "").lower() in ("it", "he", "she"):
                attr = self.previous_speaker(sp, attr, kept, attrs)
            if not has_cue and (attr is None or attr.speaker is None) and self.term_phrase(sp):
                # "trucks of “all shapes and sizes”": a phrase nobody says; but "she
                # has apologised if the fire was connected to “undeserved negative
                # attention”" gives her words
                attr = self.clause_subject(sp)
                if attr is None:
                    continue
            kept.append(sp)
            attrs.append(attr)
            cued.append(has_cue)
        self.share_sentence(kept, attrs, cued)
        self.carry_back(kept, attrs, cued)
        self.carry_forward(kept, attrs)
        self.same_statement_pronoun(kept, attrs, cued)
        for sp, attr in zip(kept, attrs, strict=True):
            attr = _written_given_name(_name_before_place(text, attr))
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

    def share_sentence(
        self, kept: list[QuoteSpan], attrs: list[Attribution | None], cued: list[bool]
    ) -> None:
        """A later fragment of a sentence whose earlier fragment has a speech verb and a
        named speaker, with no cue of its own and no other person named between them,
        is that speaker's too ("While Ray says the report “does not conclude …,” it
        “also does not exonerate him.”"; "Ray said the plan was “…,” and the council
        “…”"); a fragment after another person's name is left alone ("…, and Obi
        “laughed it off.”")."""
        text = self.text
        for j in range(1, len(kept)):
            had = attrs[j]
            if cued[j] or (had is not None and (had.speaker is not None or had.cue is not None)):
                continue
            i, sp = j - 1, kept[j]
            prev, attr = kept[i], attrs[i]
            if not cued[i] or attr is None or attr.speaker is None or attr.cue is None:
                continue
            if (
                prev.para != sp.para
                or not sp.opened
                or SENT_END_RE.search(text[prev.mark_end : sp.mark_start] + " ")
            ):
                continue  # another paragraph or sentence: rule 3 decides
            if text[prev.end - 1 : prev.end] in ".!?":
                continue  # the earlier quote ended its own sentence inside the marks
            if not self._named_between(prev, sp, attr):
                attrs[j] = copy_attribution(attr)

    def _named_between(self, prev: QuoteSpan, sp: QuoteSpan, attr: Attribution) -> bool:
        """Whether a person other than ``attr``'s own subject is named between the
        quote ``prev`` and the quote ``sp``."""
        a0, a1 = attr.start or -1, attr.end or -1
        return any(
            prev.mark_end <= p[0] < sp.mark_start and not a0 <= p[0] < a1 for p in self.art.persons
        )

    def carry_forward(self, kept: list[QuoteSpan], attrs: list[Attribution | None]) -> None:
        """A quote that ends its sentence with nobody to say it, followed in its
        paragraph by "It was “…,” Ray said.": "it" is the statement just quoted, and
        both quotes are Ray's ("The comment was “…” It was “…,” LaBolt said.")."""
        text = self.text
        for i in range(len(kept) - 1):
            a, b = kept[i], kept[i + 1]
            cur, nxt = attrs[i], attrs[i + 1]
            if a.para != b.para or not a.closed or not b.opened or text[a.end - 1] not in ".!?":
                continue
            if cur is not None and (
                cur.speaker is not None
                or (cur.text is not None and cur.text.lower() not in DETERMINERS)
            ):
                continue  # somebody's, if unresolved ("a spokesman said")
            if nxt is None or nxt.speaker is None or nxt.cue is None:
                continue
            if nxt.start is None or nxt.start < b.mark_end:
                continue  # the attribution must follow the second quote
            if _IT_WAS_RE.fullmatch(text, a.mark_end, b.mark_start):
                attrs[i] = copy_attribution(nxt)

    def same_statement_pronoun(
        self, kept: list[QuoteSpan], attrs: list[Attribution | None], cued: list[bool]
    ) -> None:
        """The last piece of a quote over several paragraphs closed by a pronoun ("“I
        voted for our village resident.¶He knows village life well,” she said.") is the
        speaker of its earlier piece, when that one has one of the pronoun's gender (or
        of none the article tells), not the last-named person of that gender."""
        for j in range(1, len(kept)):
            sp, prev = kept[j], kept[j - 1]
            attr, had = attrs[j], attrs[j - 1]
            if not cued[j] or attr is None or had is None or had.speaker is None:
                continue
            word = (attr.text or "").lower()
            if word not in ("he", "she") or attr.speaker == had.speaker:
                continue
            if not _runs_on(prev, sp):
                continue  # not one statement over paragraphs
            if self.art.gender(had.speaker) not in (None, "m" if word == "he" else "f"):
                continue
            attrs[j] = Attribution(had.speaker, attr.text, attr.start, attr.end, attr.cue)

    @staticmethod
    def carry_back(
        kept: list[QuoteSpan], attrs: list[Attribution | None], cued: list[bool]
    ) -> None:
        """A quote over several paragraphs whose attribution comes only after its
        last piece ("“…¶…,” said Jo Ray."): the earlier pieces, which have no cue of
        their own, are that speaker's (over a speaker they inherited, unless the
        attribution is unresolved); a pronoun ("…,” she said") is not carried back."""
        for j in range(len(kept) - 1, 0, -1):
            sp = kept[j]
            attr = attrs[j]
            if not cued[j] or attr is None or not sp.closed or (sp.opened and not sp.continues):
                continue
            if (attr.text or "").lower() in _PRONOUN_SUBJECTS:
                continue
            i = j - 1
            while i >= 0 and not cued[i]:
                prev, nxt = kept[i], kept[i + 1]
                if not _runs_on(prev, nxt):
                    break
                had = attrs[i]
                if attr.speaker is None and had is not None and had.speaker is not None:
                    break
                attrs[i] = copy_attribution(attr)
                i -= 1

    def sign(self, sp: QuoteSpan, i: int) -> bool:
        """Words on a sign, placard or banner ("protesters with signs reading “Quebec
        please separate,” “Build pipelines” and “The UN is a scam”"): the first after
        the sign, the others listed after it."""
        text = self.text
        ps = self.paras[sp.para][0]
        if SIGN_LEAD_RE.search(text[max(ps, sp.mark_start - 60) : sp.mark_start]):
            return True
        if i - 1 not in self._signs:
            return False
        prev = self.spans[i - 1]
        gap = LIST_GAP_RE.match(text, prev.mark_end, sp.mark_start)
        return prev.para == sp.para and gap is not None and gap.end() == sp.mark_start

    def modifier(self, sp: QuoteSpan, attr: Attribution | None) -> bool:
        """A quoted passage of up to eight words between a determiner and a common
        noun that it describes (needs the parse): "a “love it or hate it” reaction",
        "South Dakota's “Meth. We're on it.” ad campaign", "the “this is great” zone".
        It names the thing, it is nobody's quote."""
        if self.art.doc is None or not sp.closed or not sp.opened:
            return False
        if attr is not None and attr.cue is not None and (attr.start or -1) >= sp.mark_end:
            return False  # "… a “failure” officials at the council said": an attribution
        text = self.text
        if len(WORD_RE.findall(text, sp.start, sp.end)) > 8:
            return False
        ps, pe = self.paras[sp.para]
        if not _DET_BEFORE_RE.search(text, max(ps, sp.mark_start - 20), sp.mark_start):
            return False
        j = sp.mark_end
        while j < pe and text[j] in " \t":
            j += 1
        if j == sp.mark_end and j < pe and text[j].isalnum():
            return False
        tok = self.art.token_at(j)
        return (
            tok is not None
            and tok.idx == j
            and tok.text[:1].islower()
            and tok.pos_ == "NOUN"
            and tok.tag_ in ("NN", "NNS")
            # "… a “total failure” officials said": the attribution, not a named thing
            and not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_LEMMAS)
        )

    def term_phrase(self, sp: QuoteSpan) -> bool:
        """A short quoted noun phrase (three or four words, lower case, no verb or
        pronoun, no closing full stop), needing the parse: with no speech verb and
        nobody to say it, a term ("a “transverse sinus venous thrombosis”"), not a
        quote; a fragment from a document has a verb ("would “face many more years”")."""
        text = self.text
        quote = text[sp.start : sp.end]
        if self.art.doc is None or not quote[:1].islower() or quote[-1:] in ".!?…":
            return False
        if not 3 <= len(WORD_RE.findall(quote)) <= 4:
            return False
        span = self.quote_tokens(sp)
        return span is not None and all(t.pos_ in _TERM_POS for t in span)

    def pull_quote(self, sp: QuoteSpan) -> bool:
        """A paragraph that only quotes, with nobody to say it, a sentence of six
        words or more which the article also gives as its own narrative (outside
        quotation marks, in a paragraph that goes on around it): a pull quote, page
        furniture repeating the article, not anybody's words.  (A quote repeated
        as a paragraph of its own without marks is the pull quote instead.)"""
        if len(WORD_RE.findall(self.text, sp.start, sp.end)) < 6:
            return False
        if self._plain is None:
            self._plain = self.text.translate(_MARKS_AS_ONE)
        needle = self._plain[sp.start : sp.end].rstrip(".!?…")
        ps, pe = self.paras[sp.para]
        at = self._plain.find(needle)
        while at >= 0:
            if not ps <= at < pe and not self.art.in_quote(at):
                os_, oe = self.paras[self.art.para_of(at)]
                if len(self.text[os_:oe].strip()) > len(needle) + 20:
                    return True
            at = self._plain.find(needle, at + 1)
        return False

    def _colon_subject(self, lo: int, hi: int) -> Attribution | None:
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
        if m and m.group(1).lower() not in INTRO_WORDS | DETERMINERS:
            attr = self.art.who(lo + m.start(1), lo + m.end(1), lo)
            if attr is not None and attr.speaker is not None:
                return attr
        return None

    def _named_example(self, lo: int, colon: int) -> Attribution | None:
        """The person a lead-in names as its example right before its colon ("Expect
        experts in the papers, such as the prophetic Dr Azm Al Homoud:"): the speaker
        of the quote that follows."""
        for ms, me, _ in self.art.persons:
            if (
                lo <= ms
                and me <= colon
                and not self.text[me:colon].strip()
                and _EXAMPLE_BEFORE_RE.search(self.text, max(lo, ms - 60), ms)
            ):
                return self.art.who(ms, me, ms)
        return None

    def _lead_in_subject(self, lo: int, hi: int) -> Attribution | None:
        """The speaker a lead-in paragraph ending with a colon names: the subject of
        its main verb when that is a name or "he"/"she" ("Judge Ana Bodin had advice
        for anyone who deals with him:"); none when it is a description ("The
        commissioner says he's put many officers through … training:" is not whoever
        the inner "he" would be alone)."""
        doc = self.art.doc
        if doc is None:
            return self._colon_subject(lo, hi)
        span = doc.char_span(lo, hi, alignment_mode="contract")
        if span is None:
            return None
        for tok in span:
            head = tok.head
            top = head.dep_ == "ROOT" or not span.start <= head.head.i < span.end
            if tok.dep_ not in ("nsubj", "nsubjpass") or not span.start <= head.i < span.end:
                continue
            if not top:
                continue  # the subject of a clause inside the lead-in
            if tok.lower_ not in ("he", "she") and not any(
                ms <= tok.idx < me for ms, me, _ in self.art.persons
            ):
                return None  # "The judge had advice …:": which judge, the rules cannot tell
            st, end = tok.left_edge.idx, tok.idx + len(tok.text)
            if "," in self.text[st:end]:
                st = min([tok.idx] + [c.idx for c in tok.lefts if c.dep_ == "compound"])
            attr = self.art.who(st, end, st)
            return attr if attr is not None and attr.speaker is not None else None
        return None

    def previous_speaker(
        self,
        sp: QuoteSpan,
        attr: Attribution,
        kept: list[QuoteSpan],
        attrs: list[Attribution | None],
    ) -> Attribution:
        """An "it", "he" or "she" whose own rules found no one is the previous quote's
        speaker when it carries on that speaker's words: "it" right after a quote its
        speaker gave through a document ("Ray says on his website: “…” “…,” it says" /
        "Ray says his report “…,” and it “…”": ``_through_document``); "he"/"she"
        opening the paragraph right after a run of quoted paragraphs ("In a statement,
        he said, “…” / “…” / He added, “…”": ``_after_quote_run``)."""
        if not kept or attrs[-1] is None or attrs[-1].speaker is None:
            return attr
        prev, prev_attr = kept[-1], attrs[-1]
        carried = (
            self._through_document(prev, sp)
            if (attr.text or "").lower() == "it"
            else self._after_quote_run(prev, sp, attr)
        )
        if not carried:
            return attr
        return Attribution(prev_attr.speaker, attr.text, attr.start, attr.end, attr.cue)

    def _through_document(self, prev: QuoteSpan, sp: QuoteSpan) -> bool:
        """Did the previous quote, at most a paragraph back, come through a document
        named in the dozen words before it?"""
        if sp.para - prev.para > 1:
            return False
        ps = self.paras[prev.para][0]
        lead = self.text[sentence_start(self.text, ps, prev.mark_start) : prev.mark_start]
        return any(norm_word(w) in DOCUMENT_NOUNS for w in lead.split()[-12:])

    def _after_quote_run(self, prev: QuoteSpan, sp: QuoteSpan, attr: Attribution) -> bool:
        """Does the pronoun open the paragraph right after the previous quote's, with no
        narrative between them (the narrative that named the speaker lies paragraphs
        back, beyond the pronoun's own reach)?"""
        if sp.para - prev.para != 1 or attr.start is None:
            return False
        opening = self.paras[sp.para][0]
        return not (
            self.text[opening : attr.start].strip() or self.text[prev.mark_end : opening].strip()
        )

    def _closes_open(self, prev: QuoteSpan, sp: QuoteSpan) -> bool:
        """Whether ``sp`` closes the quote ``prev`` left open, over at most ``GAP``
        paragraphs with no double quotation mark."""
        if prev.closed or not prev.para < sp.para <= prev.para + GAP + 1:
            return False
        return not any(
            has_double_mark(self.text, *self.paras[k]) for k in range(prev.para + 1, sp.para)
        )

    def inherit(
        self, sp: QuoteSpan, i: int, kept: list[QuoteSpan], attrs: list[Attribution | None]
    ) -> Attribution | None:
        """Rule 3 of the docstring: a quote opening its sentence with no attribution."""
        text = self.text
        ps, _pe = self.paras[sp.para]
        prev = kept[-1] if kept else None
        prev_attr = attrs[-1] if attrs else None
        if sp.continues or not sp.opened:
            if prev is not None and prev.para == sp.para - 1 and prev_attr is not None:
                return copy_attribution(prev_attr)
            if prev is not None and prev_attr is not None and self._closes_open(prev, sp):
                # "“I guess …¶But …¶I certainly didn't.”": the quote opened paragraphs
                # before, with mark-free paragraphs between (one sentence a line)
                return copy_attribution(prev_attr)
            return None
        ss = sentence_start(text, ps, sp.mark_start)
        prefix = text[ss : sp.mark_start].strip()
        if prefix:
            # "Then, after a pause: “…”" / "Musk took to Twitter with this: “…”"
            if not prefix.endswith(":"):
                return None  # inside a sentence: no guessing
            lo = ss
            if len(prefix.split()) > 12:
                # "… in May when Ray took to Twitter with this: “…”": the last clause
                mc = _LAST_CLAUSE_RE.search(self.text, ss, sp.mark_start)
                if mc is None or len(self.text[mc.end() : sp.mark_start].split()) > 8:
                    return None
                lo = mc.end()
            attr = self._colon_subject(lo, sp.mark_start)
            if attr is not None or len(prefix.split()) > 6:
                return attr
        if prev is not None and prev.para == sp.para and prev_attr is not None:
            gap = text[prev.mark_end : sp.mark_start]
            if (
                not self._named_between(prev, sp, prev_attr)
                and len(SENT_END_RE.findall(gap + " ")) <= 1
                and len(gap) < 200
            ):
                return copy_attribution(prev_attr)
        # the sentence before: same paragraph, or the previous paragraph's last one
        if ss > ps:
            s0 = sentence_start(text, ps, max(ps, ss - 2))
            s1 = ss
        else:
            if sp.para == 0:
                return None
            pps, ppe = self.paras[sp.para - 1]
            s0 = sentence_start(text, pps, max(pps, ppe - 1))
            s1 = ppe
            lead = text[s0:s1].rstrip()
            if lead.endswith(":") and not (prev is not None and prev.mark_end > s0):
                # "Judge Ana Bodin had advice for anyone who deals with him:" closing the
                # paragraph before: the person the lead-in is about, with no speech verb
                attr = self._lead_in_subject(s0, s0 + len(lead)) or self._named_example(
                    s0, s0 + len(lead) - 1
                )
                if attr is not None:
                    return attr
        if (
            prev is not None
            and prev_attr is not None
            and prev.mark_start < s1
            and prev.mark_end > s0
        ):
            return copy_attribution(prev_attr)
        if prev is not None and prev.mark_start >= s0:
            return None
        attr = self.reported(s0, s1)
        if attr is None:
            attr = self.narrative_speaker(sp, s0, s1, prev, prev_attr)
        return attr


def find_quotes(parsed: ParsedArticle) -> list[Quote]:
    """Direct quotes with their speakers (the rules are in the module docstring)."""
    if not parsed.text.strip():
        return []
    return _QuoteFinder(parsed).run()


# a place's abbreviation in an attribution ("Bishop Daniel Jenky, of Peoria, Ill., said")
_PLACE_ABBREVIATION_RE = re.compile(r"(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2})")
# what stands between the name and the abbreviation: ", of Peoria, "
_OF_PLACE_RE = re.compile(r",?\s+(?:of|from)\s+[^,;.\n]{1,40},\s*")


_NAME_WORD_RE = re.compile(r"[A-Z][\w'’-]+")
# first words of two that are no given name: titles, roles, articles, surname particles
_NOT_GIVEN = (
    TITLES
    | ROLE_WORDS
    | frozenset("the al el van von de da di du le la bin ben ibn abu san reverend mother".split())
)


def _no_given_name(word: str) -> bool:
    """Is ``word`` (lower case) no given name but a title, a role or a description
    ("reverend", "assemblyman", "mayor-elect", "lieutenant-colonel", "goalie")?"""
    return (
        any(p in _NOT_GIVEN or p == "elect" for p in word.split("-"))
        or word.endswith(("man", "woman", "men", "member"))
        or describing_word(word)
    )


def _written_given_name(attr: Attribution | None) -> Attribution | None:
    """An attribution that writes a full name ("Manjit Sandhu said") is that name, not
    the fuller form of another person of the surname ("Harpreet Sandhu", his wife) that
    the tagger's lone "Sandhu" resolved to, nor that lone surname: a given name written
    beside the quote is never overruled by the article's other bearer of the surname."""
    if attr is None or not attr.speaker or not attr.text or " and " in attr.speaker:
        return attr
    written = attr.text.split()
    said = attr.speaker.split()
    if len(written) != 2 or not all(_NAME_WORD_RE.fullmatch(w) for w in written):
        return attr  # only a bare given name and surname, as written
    first = written[0].lower()
    if _no_given_name(first) or name_key(written[-1]) != name_key(said[-1]):
        return attr
    if written[0].isupper() or first in (w.lower() for w in said):
        return attr  # "ADA Fairman"; "Lorena Paz Akin" written "Paz Akin": her surnames
    other = said[0].lower()
    if len(said) >= 2 and (first == other or first.startswith(other) or other.startswith(first)):
        return attr  # "Rob Ford" written, "Robert Ford" known: maybe one man
    return Attribution(attr.text, attr.text, attr.start, attr.end, attr.cue)


def _name_before_place(text: str, attr: Attribution | None) -> Attribution | None:
    """An attribution whose subject as written is the abbreviation of a place after the
    speaker's name ("Bishop Daniel Jenky, of Peoria, Ill., said": "Ill.") is written
    as that name: the span shown beside the quote, and linked to the person."""
    if attr is None or not attr.speaker or attr.start is None or attr.end is None:
        return attr
    if not _PLACE_ABBREVIATION_RE.fullmatch(attr.text or ""):
        return attr
    surname = attr.speaker.split()[-1]
    window = text[max(0, attr.start - 80) : attr.start]
    at = window.rfind(surname)
    if at < 0 or not _OF_PLACE_RE.fullmatch(window[at + len(surname) :]):
        return attr
    end = attr.start - len(window) + at + len(surname)
    start = end - len(surname)
    first = attr.speaker.split()[0]
    full = text.rfind(first, max(0, start - 40), start)
    if full >= 0 and " " in attr.speaker and text[full:end].count(" ") < 4:
        start = full
    return Attribution(attr.speaker, text[start:end], start, end, attr.cue)
