"""Run every analyser over a batch of articles.

The spaCy pipeline and the sentence encoder are loaded once per process
(``resources``).  Articles are parsed with ``nlp.pipe`` in batches; each
finder then runs on the parse; the title and lead of each article are
embedded in one encoder call per batch (that is all story clustering needs).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import AnalysisError
from ..model import Analysis, Article, Credit, Quote
from ..resources import load_encoder, load_nlp
from ..settings import Settings
from .credit import credit_claims
from .embed import lead_text
from .events import event_keys, lead_tokens
from .hedges import find_hedges
from .language import other_language
from .numbers import find_claims
from .parsed import ParsedArticle, parse, parsed_from_doc
from .quote_spans import has_double_mark
from .quotes import find_quotes
from .sources import find_credits
from .time_speech import speech_day_times
from .times import find_times


def analyse_parsed(parsed: ParsedArticle) -> Analysis:
    """All per-article findings of one parsed article (no embedding)."""
    stage = "?"
    try:
        stage = "quotes"
        quotes = find_quotes(parsed)
        stage = "numbers"
        claims = find_claims(parsed)
        stage = "times"
        times = speech_day_times(parsed, find_times(parsed), quotes)
        stage = "sources"
        credits = _outside_quotes(find_credits(parsed), quotes, parsed.article.text)
        stage = "hedges"
        hedges = find_hedges(parsed, quotes)
        stage = "credit"
        claims = credit_claims(parsed, claims, quotes, credits)
        credits = _not_attributions(credits, quotes, parsed.article.text)
        stage = "events"
        events = event_keys(lead_tokens(parsed.doc)) if parsed.doc is not None else ()
    except Exception as exc:  # an analyser bug must not abort the batch
        raise AnalysisError(
            f"the {stage} analyser failed on article {parsed.article.id} "
            f"({parsed.article.path}): {type(exc).__name__}: {exc}"
        ) from exc
    return Analysis(
        article=parsed.article.id,
        events=events,
        sentences=parsed.sentences,
        mentions=parsed.mentions,
        quotes=tuple(quotes),
        claims=tuple(claims),
        times=tuple(times),
        credits=tuple(credits),
        hedges=tuple(hedges),
    )


def limit_text(article: Article, max_chars: int) -> Article:
    """Cut over-long text at a paragraph boundary (the stored text is the cut text)."""
    if len(article.text) <= max_chars:
        return article
    cut = article.text.rfind("\n\n", 0, max_chars)
    if cut < max_chars // 2:
        cut = max_chars
    text = article.text[:cut].rstrip()
    logging.getLogger("crosswire.analyze").warning(
        "%s: text of %s characters cut to %s for analysis (setting max_text_chars)",
        article.path or article.id,
        f"{len(article.text):,}",
        f"{len(text):,}",
    )
    return Article.create(
        text,
        article.title,
        path=article.path,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        published_inferred=article.published_inferred,
        language=article.language,
        source_format=article.source_format,
    )


PARSE_CHARS = 20_000
"""Characters of text the spaCy pipeline parses in one call.  Its memory grows with
the tokens parsed together (about 16 KB a token: sixteen articles of ``max_text_chars``
in one call would need gigabytes), so texts are grouped up to this size and a longer
text is parsed in pieces cut at paragraphs, joined again with ``Doc.from_docs`` (the
joined text, and every offset, are the article's own).  At most one token a character:
a call holds at most about 300 MB, ordinary prose a fifth of that; the speed is the
same as batches of sixteen articles."""

_SPACE_RE = re.compile(r"\s")


def text_pieces(text: str, limit: int = PARSE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, after a paragraph
    break, else a line break, else a space where there is one; joined they are ``text``."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end, floor = start + limit, start + limit // 2
        cut = text.rfind("\n\n", floor, end - 1)
        cut = cut + 2 if cut >= 0 else text.rfind("\n", floor, end) + 1
        if cut <= 0:
            space = [m.end() for m in _SPACE_RE.finditer(text, floor, end)]
            cut = space[-1] if space else end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse_texts(nlp: Any, texts: Sequence[str], limit: int = PARSE_CHARS) -> Iterator[Any]:
    """One spaCy ``Doc`` per text, in order, never parsing more than ``limit``
    characters in one call (``PARSE_CHARS``)."""
    from spacy.tokens import Doc

    pending: list[tuple[int, str]] = []  # (text index, piece)
    size = 0
    parts: list[Any] = []
    owner = 0
    for i, text in enumerate(texts):
        for piece in text_pieces(text, limit):
            if pending and size + len(piece) > limit:
                yield from _flush(nlp, pending, parts, owner, Doc)
                owner = pending[-1][0]
                pending, size = [], 0
            pending.append((i, piece))
            size += len(piece)
    if pending:
        yield from _flush(nlp, pending, parts, owner, Doc)
    if parts:
        yield Doc.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]


def _flush(
    nlp: Any, pending: list[tuple[int, str]], parts: list[Any], owner: int, doc_cls: Any
) -> Iterator[Any]:
    """Parse ``pending`` pieces; yield the docs of the texts completed by them (the
    pieces of the last text stay in ``parts``: its next piece may follow)."""
    for (i, _), doc in zip(pending, nlp.pipe([p for _, p in pending], batch_size=len(pending)),
                           strict=True):  # fmt: skip
        if parts and i != owner:
            yield doc_cls.from_docs(parts, ensure_whitespace=False) if len(parts) > 1 else parts[0]
            parts.clear()
        owner = i
        parts.append(doc)


class Analyser:
    """The per-article stage, with its models loaded once.

    ``analyse`` is ``find`` then ``embed``; the in-process engine calls the two
    itself, to embed one batch while it parses the next (a subclass changes both
    paths by overriding ``find`` or ``embed``, not ``analyse``)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp: Any = load_nlp(self.settings.spacy_model)
        self.encoder = (
            load_encoder(self.settings.encoder_threads, self.settings.encoder)
            if self.settings.embed
            else None
        )

    def analyse(self, articles: Sequence[Article]) -> list[Analysis | AnalysisError]:
        """Analyse a batch; an article whose analysis fails yields its AnalysisError."""
        return self.embed(*self.find(articles))

    def find(self, articles: Sequence[Article]) -> tuple[list[Analysis | AnalysisError], list[str]]:
        """Parse a batch and run every finder: the results without embeddings, and
        the title and lead of each article analysed (what ``embed`` encodes)."""
        english = [other_language(a.text) is None for a in articles]
        texts = [a.text for a, en in zip(articles, english, strict=True) if en]
        docs = iter(parse_texts(self.nlp, texts))
        results: list[Analysis | AnalysisError] = []
        leads: list[str] = []
        for article, en in zip(articles, english, strict=True):
            if not en:
                # another language: no English rules, no findings (``language``)
                bare = parse(article)
                results.append(Analysis(article=article.id, sentences=bare.sentences))
                leads.append(lead_text(article, bare))
                continue
            parsed = parsed_from_doc(article, next(docs))
            try:
                results.append(analyse_parsed(parsed))
                leads.append(lead_text(article, parsed))
            except AnalysisError as exc:
                results.append(exc)
        return results, leads

    def embed(
        self, results: list[Analysis | AnalysisError], leads: list[str]
    ) -> list[Analysis | AnalysisError]:
        """``results`` with the embedding of each analysis's lead (``leads`` in order,
        one per Analysis); unchanged without an encoder."""
        if self.encoder is not None and leads:
            vectors = self.encoder.encode(leads)
            it = iter(vectors)
            results = [
                dataclasses.replace(
                    r, embedding=tuple(float(x) for x in next(it)), encoder=self.encoder.name
                )
                if isinstance(r, Analysis)
                else r
                for r in results
            ]
        return results


# the kinds of source a direct quote's own attribution names (its speaker), and the
# words that give a venue or a medium ("said on Twitter", "said in a statement to USA
# Today", "FreedomWorks' website said", "tweeted", "The letter quotes")
_SPEAKER_KINDS = frozenset({"official", "other", "document", "witness"})
_VENUE_RE = re.compile(
    r"\b(?:on|in|to|via|through|as|report|reports|reported|website|site|account|page|blog"
    r"|channel|feed|tweet|tweets|tweeted|quote|quotes|quoted|quoting)\b",
    re.IGNORECASE,
)
# what may stand between a quote's last word and its attribution: the closing marks
_CLOSING_RE = re.compile(r"[\s,.!?;:’”\"'»]{0,4}")


def _not_attributions(credits: list[Credit], quotes: Sequence[Quote], text: str) -> list[Credit]:
    """The credits that are not a direct quote's own attribution right after it: "“…,”
    the caucus said" names the quote's speaker, not a source of a fact (the quote shows
    it); one with a venue or medium stays ("“…,” she said on Twitter", "the school said
    in a statement to USA Today", "FreedomWorks' website said"), and so does an outlet,
    wire or platform relaying the words ("“…,” a CNN report said").  Claims were
    credited before (``credit_claims``)."""
    spans = [
        (q.end, q.speaker_start, q.speaker_end)
        for q in quotes
        if q.speaker_start is not None and q.speaker_end is not None
    ]
    return [
        c
        for c in credits
        if c.kind not in _SPEAKER_KINDS
        or _VENUE_RE.search(c.text) is not None
        or not any(
            (c.start <= s < c.end or s <= c.start < e)
            and _CLOSING_RE.fullmatch(text, qe, c.start) is not None
            for qe, s, e in spans
        )
    ]


def _outside_quotes(credits: list[Credit], quotes: Sequence[Quote], text: str) -> list[Credit]:
    """The credits the writer gives: not those inside a direct quote of a known speaker,
    which are the speaker's words ("“Today the court said what we have said all along,”
    said Ortega"); a passage quoted with no speaker may be another outlet's report
    ("“A gunman shot three people …, police said.”"), whose credits stand, and so does
    a passage in single marks (a 'scare quote' paired with a later quote's mark can
    run over the writer's own sentences)."""
    spans = [
        (q.start, q.end)
        for q in quotes
        if q.speaker and has_double_mark(text, max(0, q.start - 2), q.start)
    ]
    return [c for c in credits if not any(s <= c.start and c.end <= e for s, e in spans)]
