"""The input every per-article analyser receives: an article with its parse.

An analyser is a function ``find_<things>(parsed: ParsedArticle) -> list[Thing]``.
``doc`` is the spaCy ``Doc`` when a pipeline ran; analysers must still work (with
simpler heuristics) when it is None, so unit tests can run without a model.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..model import Article, Mention, Sentence
from ..resources import place_names
from .mentions import refine_mentions
from .quote_lexicon import ORG_NOUNS, ORGISH_NAME_WORDS, ROLE_WORDS, TITLES, norm_word
from .quote_names import known_given_names
from .sentences import paragraph_pieces, split_sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass
class ParsedArticle:
    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    doc: Doc | None = None
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the previous one if in a gap)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(i, 0)

    def sentence_at(self, offset: int) -> Sentence | None:
        if not self.sentences:
            return None
        return self.sentences[self.sentence_index(offset)]

    def mentions_between(self, start: int, end: int, label: str | None = None) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if m.start >= start and m.end <= end and (label is None or m.label == label)
        ]


def parse(article: Article, nlp: Language | None = None) -> ParsedArticle:
    """Sentences and entity mentions of an article (spaCy when ``nlp`` is given)."""
    if nlp is None:
        sents = tuple(Sentence(article.id, s, e) for s, e in split_sentences(article.text))
        return ParsedArticle(article=article, sentences=sents)
    doc = nlp(article.text)
    return parsed_from_doc(article, doc)


def _capitalised_word(ent: Any, surnames: set[str] | frozenset[str] = frozenset()) -> bool:
    """Is this entity one word that opens its sentence and is parsed as a verb, an
    adverb or a participle ("Rip out the desks.", "Recouping the investment …",
    "Bifurcated property taxes …"), or a common noun's plural the article never writes
    capitalised inside a sentence (``surnames``: "Flames and smoke were …", not "Cheeks
    said" beside "coach Maurice Cheeks"):
    a word capitalised by its place, not a name?"""
    if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        return False  # a nationality adjective stays ("Greek police said")
    tok = ent[0]
    shape = (
        tok.pos_ in ("VERB", "ADV")
        or (tok.pos_ == "ADJ" and tok.lower_.endswith(("ed", "ing")))  # not "Philadelphia fans"
        # a common noun's plural ("Flames and smoke were …", "Screams could be heard")
        or (tok.tag_ == "NNS" and tok.lemma_ != tok.lower_ and tok.text not in surnames)
    )
    return (
        bool(tok.is_sent_start)
        and shape
        and tok.tag_ != "NNP"
        and tok.lemma_.islower()  # the lemmatiser's common word ("rip"), not a name
    )


def _without_opening_verb(article: str, ent: Any) -> Mention:
    """The entity as a mention, less a verb that opens its sentence and that the model
    ran into the name ("Joining Cooley at the news conference was …" -> "Cooley")."""
    first = ent[0]
    if (
        len(ent) > 1
        and ent.label_ in ("PERSON", "ORG")
        and first.is_sent_start
        and first.pos_ == "VERB"
        and first.tag_ in ("VB", "VBG", "VBN")
        and first.lemma_.islower()
        and ent[1].text[:1].isupper()
    ):
        rest = ent[1:]
        return Mention(article, rest.start_char, rest.end_char, rest.text, ent.label_)
    return Mention(article, ent.start_char, ent.end_char, ent.text, ent.label_)


_NOT_NAME_WORDS = TITLES | ROLE_WORDS | ORG_NOUNS | ORGISH_NAME_WORDS


def _name_word(tok: Any) -> bool:
    """A capitalised proper noun that may be part of a person's name: no title, role
    or organisation word ("President", "Foundation"), not in capitals ("NBC")."""
    word = tok.text
    return (
        tok.pos_ == "PROPN"
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and len(word) > 1
        and norm_word(word) not in _NOT_NAME_WORDS
    )


def _whole_person(ent: Any) -> tuple[int, int]:
    """The token range of a PERSON entity, taking back the parts of the name the model
    left out where the parse joins them to it: a given name it tagged a place or an
    organisation right before it ("official Harish" GPE + "Chandra Sharma": one
    compound noun), and untagged name words after it up to the word it hangs on
    ("Roch Marc" + "Christian Kaboré", the head of the compound)."""
    doc, lo, hi = ent.doc, ent.start, ent.end
    if lo >= 1:
        prev = doc[lo - 1]
        before = doc[lo - 2] if lo >= 2 else None
        if (
            _name_word(prev)
            and prev.ent_type_ in ("GPE", "ORG", "LOC")
            and prev.ent_iob_ == "B"  # a one-word entity: the PERSON begins right after
            and prev.dep_ == "compound"
            and ent.start <= prev.head.i < ent.end
            and doc.text[prev.idx + len(prev.text) : ent.start_char] == " "
            and (before is None or not before.text[:1].isupper() or before.is_sent_start)
            and (before is None or before.pos_ != "ADP")  # "ambassador to Britain Jo Ray"
            and prev.text not in place_names()
        ):
            lo -= 1
    last = doc[hi - 1]
    head = last.head
    if last.dep_ == "compound" and hi <= head.i <= hi + 2:
        rest = doc[hi : head.i + 1]
        given = known_given_names()
        if (
            all(t.ent_type_ == "" and _name_word(t) and t.whitespace_ for t in rest[:-1])
            and rest[-1].ent_type_ == ""
            and _name_word(rest[-1])
            # a given name on one side ("Tim" + "Mead", "Roch Marc" + "Christian
            # Kaboré"), so not a place or a firm ("Nova" + "Scotia")
            and (doc[lo].lower_ in given or rest[0].lower_ in given)
        ):
            hi = head.i + 1
    return lo, hi


def parsed_from_doc(article: Article, doc: Any) -> ParsedArticle:
    """Wrap an already-computed spaCy ``Doc`` of ``article.text`` (its entity mentions
    refined by ``mentions.refine_mentions``)."""
    # the parser's sentences, cut at paragraph breaks it ran over
    sents = tuple(
        Sentence(article.id, a, b)
        for s in doc.sents
        for a, b in paragraph_pieces(article.text, s.start_char, s.end_char)
    )
    # capitalised words written inside a sentence somewhere: "Cheeks" (of "Maurice
    # Cheeks") is a name wherever it opens a sentence, though the tagger reads a plural
    surnames = {t.text for t in doc if not t.is_sent_start and t.text[:1].isupper()}
    ents = [e for e in doc.ents if not _capitalised_word(e, surnames)]
    wider = {e.start: _whole_person(e) for e in ents if e.label_ == "PERSON"}
    taken = {lo for start, (lo, _hi) in wider.items() if lo < start}  # a given name taken in
    if wider:
        from spacy.tokens import Span

        ents = [
            Span(doc, *wider[e.start], label=e.label_) if e.start in wider else e
            for e in ents
            if e.start not in taken
        ]
    mentions = refine_mentions(
        article.text,
        [_without_opening_verb(article.id, e) for e in ents],
        article.id,
    )
    return ParsedArticle(article=article, sentences=sents, mentions=mentions, doc=doc)
