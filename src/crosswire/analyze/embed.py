"""What the story embedding sees: an article's title and lead.

Only the title and the first sentences are embedded (one vector per article):
that is what story clustering needs, and it keeps the encoder's cost small
next to the spaCy parse.
"""

from __future__ import annotations

from ..model import Article
from .parsed import ParsedArticle

LEAD_CHARS = 600


def lead_text(article: Article, parsed: ParsedArticle | None = None) -> str:
    """Title plus the first sentences: what the story embedding sees."""
    if parsed is not None and parsed.sentences:
        # the parser's own sentences where there is a parse: the lead the story model
        # was fitted on (``ParsedArticle.sentences`` are also cut at paragraph breaks)
        ends = (
            [
                s.end_char
                for s in parsed.doc.sents
                if article.text[s.start_char : s.end_char].strip()
            ]
            if parsed.doc is not None
            else [s.end for s in parsed.sentences]
        ) or [s.end for s in parsed.sentences]
        lead = article.text[: min(ends[min(2, len(ends) - 1)], LEAD_CHARS)]
    else:
        lead = article.text[:LEAD_CHARS]
    return f"{article.title}. {lead}".strip()
