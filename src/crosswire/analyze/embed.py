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
        end = parsed.sentences[min(2, len(parsed.sentences) - 1)].end
        lead = article.text[: min(end, LEAD_CHARS)]
    else:
        lead = article.text[:LEAD_CHARS]
    return f"{article.title}. {lead}".strip()
