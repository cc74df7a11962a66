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
from .mentions import refine_mentions
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
    mentions = refine_mentions(
        article.text,
        [
            _without_opening_verb(article.id, e)
            for e in doc.ents
            if not _capitalised_word(e, surnames)
        ],
        article.id,
    )
    return ParsedArticle(article=article, sentences=sents, mentions=mentions, doc=doc)
