"""Page furniture removal for every input format (plain text included).

``clean_text`` drops whole lines that are furniture, never parts of a line:

* share-button labels ("Share", "Share on Facebook", "Tweet", "Copy link", ...),
  also several on one line separated by spaces or bars;
* gallery counters and photo credits ("1 of 4", "Photo 2/5", "(Photo: ...)"),
  and a caption-like line (short, no final full stop) repeated later in the text;
* newsletter, subscription, "follow us", advertisement, cookie and copyright lines;
* comment notices ("Comments are closed", "12 comments", "Join the conversation");
* list blocks introduced by "Most read", "Editor's picks", "Related stories",
  "Read more", "More from ..." and similar: the header and the short
  headline-like lines after it, up to the next real paragraph.

A line of article prose that merely contains such a word ("the share price
fell", "comments from officials") is kept: patterns match whole lines.
"""

from __future__ import annotations

import re

_LABEL = (
    r"share(?: this(?: article| story)?| on (?:facebook|x|twitter|linkedin|whatsapp|"
    r"reddit|email|telegram))?|tweet|email|e-mail|copy link|copy|link copied|whatsapp|"
    r"facebook|twitter|linkedin|reddit|telegram|print|save|pin it|messenger|x"
)
_SHARE_RE = re.compile(rf"^(?:(?:{_LABEL})\s*[|·•/,]?\s*)+$", re.IGNORECASE)
_LINE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:photo|image|picture|slide|gallery)?\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\b.{0,80}$",
        r"^\(?(?:photo|photograph|image|picture|credit|illustration)s?\s*(?:by)?\s*[:©].{0,150}$",
        r"^(?:sign up|subscribe|get (?:our|the) .{0,40}(?:newsletter|briefing|bulletin)|"
        r"newsletter|enter your email).{0,200}$",
        r"^.{0,60}\b(?:newsletter|daily briefing|morning briefing)\b.{0,60}$",
        r"^(?:follow us|follow .{1,40} on (?:twitter|x|facebook|instagram|telegram)|"
        r"like us on facebook).{0,120}$",
        r"^(?:advertisement|advertising|sponsored(?: content)?|ad)$",
        r"^.{0,40}\b(?:cookies?|cookie policy)\b.{0,160}(?:accept|consent|privacy).{0,80}$",
        r"^(?:©|\(c\)|copyright\b).{0,200}$",
        r"^.{0,120}all rights reserved\.?$",
        r"^(?:comments? (?:are|is) (?:closed|disabled)|join the conversation|"
        r"show comments|view comments|leave a comment|\d+\s+comments?|"
        r"comments? \(\d+\)|add a comment).{0,60}$",
        r"^(?:listen to this article|listen|audio|\d+\s*min(?:ute)?s? read|reading time.{0,20})$",
        r"^(?:skip to (?:main )?content|back to top|top of page)$",
    )
]
_LIST_HEADER_RE = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)|editor'?s'? picks?|related(?: stories| articles| "
    r"coverage| content)?|read (?:more|next|also)|recommended(?: for you)?|trending(?: now)?|"
    r"you may also like|more from .{1,40}|more (?:stories|news)|top stories|latest news|"
    r"further reading|see also)\s*:?\s*(?P<rest>.{0,160})$",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]*$")


def _is_prose(line: str) -> bool:
    """A real paragraph: long enough and ending like a sentence."""
    return len(line.split()) >= 12 and bool(_SENTENCE_END_RE.search(line))


def _is_furniture(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if len(s) <= 60 and _SHARE_RE.match(s):
        return True
    return any(r.match(s) for r in _LINE_RES)


def _caption_like(line: str) -> bool:
    s = line.strip()
    return 3 <= len(s.split()) <= 30 and not _SENTENCE_END_RE.search(s)


def clean_text(text: str) -> str:
    """``text`` without page-furniture lines; paragraphs separated by one blank line."""
    lines = text.split("\n")
    keep: list[str] = []
    in_list = False
    seen_captions: set[str] = set()
    for raw in lines:
        line = raw.strip()
        if not line:
            keep.append("")
            continue
        header = _LIST_HEADER_RE.match(line)
        if header and (not header.group("rest") or not _is_prose(line)):
            in_list = True
            continue
        if in_list:
            if _is_prose(line):
                in_list = False
            else:
                continue
        if _is_furniture(line):
            continue
        if _caption_like(line):
            key = " ".join(line.casefold().split())
            if key in seen_captions:
                continue
            seen_captions.add(key)
        keep.append(line)
    out = "\n".join(keep)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()
