"""Hedges and verification caveats.

Kinds:

* ``unverified``: "could not be independently verified", "has not been
  independently confirmed", "could not independently verify", "unverified",
  "unconfirmed reports";
* ``unclear``: "it is not clear when/whether…", "it remains unclear…",
  "it was not immediately clear…";
* ``alleged``: "allegedly", "purportedly", "claimed to", "is said to";
* ``reported``: "reportedly", "apparently";
* ``no_comment``: "could not be reached for comment", "declined to comment",
  "did not respond to a request for comment".

Spans cover the hedge phrase itself, not its sentence.  "it is clear that"
and "verified accounts" are not hedges.
"""

from __future__ import annotations

import re

from ..model import Hedge
from .parsed import ParsedArticle

_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "unverified",
        r"(?:could|can|has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+|be\s+)?"
        r"independently\s+(?:verified|confirmed|authenticated)"
        r"|(?:could|can|was|were)\s*(?:not|n't)\s+(?:immediately\s+)?(?:be\s+)?"
        r"(?:independently\s+)?(?:verify|confirm|verified|confirmed|authenticate|authenticated)"
        r"|unconfirmed\s+reports?|cannot\s+be\s+(?:independently\s+)?verified"
        r"|(?<!\w)unverified(?!\s+accounts?)",
    ),
    (
        "unclear",
        r"it\s+(?:is|was|remains|remained)\s+(?:not\s+(?:immediately\s+|yet\s+)?clear|unclear)"
        r"(?:\s+(?:when|whether|how|who|why|where|if|what))?",
    ),
    ("alleged", r"\b(?:allegedly|purportedly|supposedly|(?:is|are|was|were)\s+said\s+to)\b"),
    ("reported", r"\b(?:reportedly|apparently)\b"),
    (
        "no_comment",
        r"could\s+not\s+be\s+reached\s+for\s+comment|declined\s+to\s+comment"
        r"|did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment",
    ),
)
HEDGE_RE = re.compile(
    "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _PATTERNS), re.IGNORECASE
)


def find_hedges(parsed: ParsedArticle) -> list[Hedge]:
    """Hedge phrases of one article."""
    text = parsed.text
    out = []
    for m in HEDGE_RE.finditer(text):
        kind = m.lastgroup or "unverified"
        out.append(Hedge(parsed.article.id, m.start(), m.end(), m.group(0), kind))
    return out
