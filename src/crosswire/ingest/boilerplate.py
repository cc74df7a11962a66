"""Page furniture removal for every input format (plain text included).

``clean_text`` drops whole lines that are furniture, never parts of a line:

* share-button labels ("Share", "Share on Facebook", "Tweet", "Copy link", ...),
  also several on one line separated by spaces or bars;
* gallery counters and photo credits ("1 of 4", "Photo 2/5", "(Photo: ...)"),
  and a caption-like line (short, no final full stop) repeated later in the text;
* newsletter, subscription, "follow us", advertisement, cookie and copyright lines;
* teaser links with their section tag ("CDC names EIGHT deadly diseases [WARNING]");
* comment notices ("Comments are closed", "12 comments", "Join the conversation");
* list blocks introduced by "Most read", "Editor's picks", "Related stories",
  "Read more", "More from ...", "Don't miss" and similar: the header and the short
  headline-like lines after it, up to the next real paragraph;
* picture captions and agency credits ("TOPSHOT - A picture taken ...",
  "... (AP Photo/Hussein Malla)", "... [Getty]", "Image source, Reuters", a caption
  after a gallery button: "Open this photo in gallery A cyclist rides by ...");
* video and audio promos: "WATCH: ...", "WATCH BELOW: ...", "Video: ...",
  "WATCH | ...", a blurb ending with the clip's running time ("... on Monday.
  1:42"), "Story continues below";
* comment-section notices ("Please let us know if you're having issues with
  commenting ..."), "click here" lines, "N min read" lines;
* bylines ("By Jane Doe and John Roe"; a name with its agency or newsroom role
  alone on its line: "Jane Doe, The Associated Press", "John Roe, Power Play
  producer") and contributor lines ("Jane Doe reported from Cairo. Associated
  Press writer John Roe contributed.", "Reporting by ...; Editing by ...");
* navigation and account chrome made only of interface words
  ("social-media social-media login options options", "Menu Search Sign in");
* news-wire transmission headers (``wire_header``): document ids with their
  "NEWS STORY" marker and date ("APW20260309.0123 NEWS STORY 03/09/2026 08:02:00"),
  transmission code lines ("w1234 Cx1f wstmr i Cx13 Cx11 BC-Port-Fire 03-09 0512"),
  "BC-" slugs, "c.2026 Harbour News Service" lines and bylines wrapped in format
  codes ("UR By JANE DOE QC UR Associated Press Writer QC").

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
        # a teaser link with its section tag ("CDC names EIGHT deadly diseases [WARNING]")
        r"^.{10,200}\s\[(?:insight|video|warning|reveal|latest|analysis|pictures|poll|news|"
        r"reaction)\]\s*\|?$",
        r"^.{0,120}all rights reserved\.?$",
        r"^(?:comments? (?:are|is) (?:closed|disabled)|join the conversation|"
        r"show comments|view comments|leave a comment|\d+\s+comments?|"
        r"comments? \(\d+\)|add a comment).{0,60}$",
        r"^(?:listen to this article|listen|audio|\d+\s*min(?:ute)?s? read|reading time.{0,20})$",
        r"^(?:skip to (?:main )?content|back to top|top of page)$",
        # picture captions and agency credits
        r"^topshot\b.{0,400}$",
        r".{0,400}\((?:[a-z]{1,12} )?(?:photos?|photograph|pictures?|image|video)\s*/"
        r"[^()]{1,80}\)$",
        r".{0,400}\((?:photos?|photograph|picture|image|video) by [^()]{1,80}\)$",
        r".{0,400}\[(?:[\w.&' -]{0,30} via )?(?:getty(?: images)?|afp|ap|reuters|epa|file|"
        r"anadolu(?: agency)?|al jazeera|shutterstock|supplied|handout)(?: images)?\]$",
        r"^(?:image|media|video) (?:caption|source|copyright)\s*[,:].{0,200}$",
        r"^open this (?:photo|image) in (?:the )?gallery\b.{0,400}$",
        # a caption closed or opened by its photographer's credit: "… on Tuesday. (Evan
        # Vucci/Associated Press)", "( Richard Lautens / Toronto Star )", "Adrian Wyld /
        # The Canadian Press Andrew Scheer follows …", "REUTERS/Moe Doiron Ice and snow …"
        # (case matters here: "(?-i:…)")
        r"(?-i:^.{0,600}\(\s*[A-Z](?=[\w.'’ -]{0,60}?[a-z])[\w.'’ -]{1,60}?\s*/\s*[A-Z]"
        r"[^()\n]{1,80}\)$)",
        r"(?-i:^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*/\s*(?:The\s+)?(?:Canadian\s+Press|"
        r"Associated\s+Press|AP|Reuters|AFP|Getty\s+Images|PA\s+Images|Bloomberg)\b.{0,600}$)",
        r"(?-i:^(?:REUTERS|AP|AFP|EPA|GETTY IMAGES)\s*/\s*[A-Z].{0,600}$)",
        # a footer's handle: "Twitter: IvisonJ"
        r"^(?:twitter|instagram|facebook|e-?mail)\s*:\s*@?[\w.@-]+$",
        # video and audio promos, a clip's blurb ending with its running time
        r"^(?:watch|video|listen)(?: (?:below|above|live|more|now|again|here))?\s*[:|].{0,300}$",
        r"^.{10,400}[.!?”\"'’)]\s+\d{1,2}:[0-5]\d$",
        r"^(?:the )?(?:story|article) continues (?:below|after)"
        r"(?: (?:the |this )?(?:advertisement|ad))?\.?$",
        r"^(?:[\w.&' -]{0,30} via )?getty images$",
        # comment notices, "click here", reading time
        r"^(?!.*[\"“”]|.*\b(?:said|says|told|according)\b)(?=.{0,60}\bcomment)"
        r"(?=.*\b(?:let us know|(?:issues|problems|trouble) with (?:the )?(?:comment|posting|"
        r"logging|signing)|"
        r"community (?:guidelines|standards)|comment(?:ing)? (?:policy|guidelines)|"
        r"sign in to|log in to|logged in|registered users|subscribers can)\b).{0,300}$",
        r"^.{0,200}\bclick here\b.{0,200}$",
        r"^.{0,80}\b\d{1,3}\s*min(?:ute)?s?\.? read\b.{0,80}$",
        # bylines and contributor lines
        r"^(?:additional )?(?:reporting|writing|editing|fact-checking) by .{1,250}$",
    )
]
_NAME = r"(?:[A-Z][\w.'’-]*|al-\w+|el-\w+|de|van|von|bin|ibn)"
_BYLINE_RE = re.compile(
    r"^(?i:by):?\s+" + _NAME + r"(?:\s+" + _NAME + r"){0,4}"
    r"(?:\s*(?:,|and|&|\||in|for|with|·|—|-)\s*(?:" + _NAME + r"|staff|writers?|reporters?|"
    r"correspondents?|editor|agencies|news|wires?)(?:\s+" + _NAME + r"){0,4}){0,6}\.?$"
)
# a byline without "By": a name, then its agency or its newsroom role, alone on a line
_NAMED_BYLINE_RE = re.compile(
    r"^" + _NAME + r"(?:\s+" + _NAME + r"){1,3},\s+(?:(?:[Tt]he\s+)?(?:Associated Press|"
    r"Canadian Press|Press Association|Reuters|Agence France-Presse|AFP|Bloomberg(?: News)?)|"
    r"(?:[\w.'’-]+\s+){0,4}(?i:(?:staff\s+)?(?:producer|reporter|writer|correspondent|"
    r"editor|journalist|columnist|contributor)s?))$"
)
_PLACE = r"[A-Z][\w'’.-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,5}"
_CONTRIBUTOR_RES = [
    re.compile(p)
    for p in (
        # "Jane Doe reported from Cairo" (sentence without its full stop)
        r"^(?:"
        + _NAME
        + r"\s+){0,4}"
        + _NAME
        + r"\s+(?:reported|contributed reporting) from "
        + _PLACE
        + "$",
        # "Associated Press writer John Roe in Beirut contributed (to this report)"
        r"^(?:[A-Z][\w.'’-]*\s+){0,4}(?:staff )?(?:writers?|reporters?|correspondents?|"
        r"journalists?|producers?|photographers?)\s+[A-Z].{0,200}\s+contributed"
        r"(?: reporting)?(?: to this (?:report|story|article))?(?: from " + _PLACE + ")?$",
        # "Contributing: Jane Doe" / "Contributors: ..."
        r"^(?:contributing|contributors?|with reporting by)\s*:\s*[A-Z].{0,200}$",
    )
]
_UI_WORDS = frozenset(
    "social-media social media login log-in sign-in signin signup sign-up register account "
    "options option menu search close open navigation nav home settings profile logout "
    "log-out sign subscribe subscriptions newsletters notifications toggle expand collapse more "
    "less edition language languages dark mode light theme user icon button skip main "
    "content sections section in out up site mobile desktop app".split()
)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_LIST_HEADER_RE = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)|editor'?s'? picks?|related(?: stories| articles| "
    r"coverage| content)?|read (?:more|next|also)|recommended(?: for you)?|trending(?: now)?|"
    r"you may also like|more from .{1,40}|more (?:stories|news)|top stories|latest news|"
    r"further reading|see also|also on [A-Z][\w ]{1,30}:|don['’]t miss)\s*:?\s*(?P<rest>.{0,160})$",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]*$")

# news-wire transmission headers (LDC archives of AP, NYT, Xinhua ... wires)
_WIRE_ID = r"[A-Z]{3}(?:19|20)\d{6}\.\d{4}(?:\.\d{4})?"
_WIRE_HEADER_RE = re.compile(
    rf"^(?:(?P<id>{_WIRE_ID})(?:\s+(?:NEWS STORY|NEWS|STORY|ADVISORY|MISCELLANEOUS))?|"
    r"NEWS STORY)"
    r"(?:\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?$"
)
# control codes of a transmission line ("Cx1f", "&Cx13;"); a slug with its date and word
# count ("BC-Port-Fire 03-09 0512"); a slug line ("BC-Port-Fire-Update")
_WIRE_CODE_RE = re.compile(r"(?:^|\s)&?Cx1[0-9a-f];?(?=\s|$)", re.IGNORECASE)
_WIRE_SLUG_RE = re.compile(r"(?:^|\s)BC-[\w&'.-]+(?:\s.{0,40})?\s\d{2}-\d{2}\s+\d{3,4}$")
_SLUG_LINE_RE = re.compile(r"^BC-[A-Za-z0-9][\w&'.-]*(?:\s[\w&'.-]+){0,6}$")
# typesetting codes that wrap header lines ("UR By JANE DOE QC UR Associated Press Writer QC")
FORMAT_CODE_RE = re.compile(r"(?:^|\s)(?:UR|LR|QL|QC|QR|QX)(?=\s|$)")
_AGENCY_WRITER_RE = re.compile(
    r"^(?:By\s+[A-Z][\w.'’ -]{1,60}?,?\s+)?(?:The\s+)?(?:Associated Press|AP)\s+"
    r"(?:Staff\s+|Special\s+)?(?:Writer|Correspondent)s?$"
)
_WIRE_COPYRIGHT_RE = re.compile(
    r"^c\.(?:19|20)\d\d\s+[A-Z].{0,60}(?:Service|Syndicate|Press|Wire|Inc\.?|Co\.?)$"
)


def wire_header(line: str) -> re.Match[str] | None:
    """A news-wire document-id line ("APW20260309.0123 NEWS STORY 03/09/2026 08:02:00",
    "APW20260309.0123", "NEWS STORY"): groups ``id`` and ``date`` (either may be None)."""
    return _WIRE_HEADER_RE.match(" ".join(line.split()))


def _wire_segment(part: str) -> bool:
    """One piece of a format-coded header line that is furniture: empty, a byline, an
    agency-writer line, a wire copyright or a short note in brackets ("(JT")."""
    p = part.strip()
    return (
        not any(ch.isalnum() for ch in p)
        or bool(_BYLINE_RE.match(p) or _AGENCY_WRITER_RE.match(p) or _WIRE_COPYRIGHT_RE.match(p))
        or (p[0] in "()" and len(p.split()) <= 3)
    )


# SGML entities for tabs and codes in wire copy ("&HT;", "&QL;"), not "&amp;"
WIRE_ENTITY_RE = re.compile(r"&(?:HT|QL|QC|QR|UR|LR);")


def _is_wire_furniture(s: str) -> bool:
    """A line of a news-wire transmission header (see the module docstring)."""
    if len(s) > 200:
        return False
    if WIRE_ENTITY_RE.search(s):
        rest = WIRE_ENTITY_RE.sub(" ", s).strip()
        return not rest or is_furniture(rest)
    if wire_header(s) or _WIRE_CODE_RE.search(s) or _WIRE_SLUG_RE.search(s):
        return True
    if len(s) <= 80 and _SLUG_LINE_RE.match(s):
        return True
    if _AGENCY_WRITER_RE.match(s) or _WIRE_COPYRIGHT_RE.match(s):
        return True
    codes = FORMAT_CODE_RE.findall(s)
    return len(codes) >= 2 and all(_wire_segment(p) for p in FORMAT_CODE_RE.split(s))


def _is_prose(line: str) -> bool:
    """A real paragraph: long enough and ending like a sentence."""
    return len(line.split()) >= 12 and bool(_SENTENCE_END_RE.search(line))


def _is_contributor_line(line: str) -> bool:
    """Every sentence of the line credits a reporter ("X reported from Cairo. Associated
    Press writer Y contributed.")."""
    parts = [p.strip().rstrip(".") for p in _SENTENCE_SPLIT_RE.split(line) if p.strip()]
    return bool(parts) and all(any(r.match(p) for r in _CONTRIBUTOR_RES) for p in parts)


def _is_interface(line: str) -> bool:
    """A line made only of interface words (navigation, account, menu chrome)."""
    words = re.findall(r"[\w'-]+", line.casefold())
    return len(words) >= 2 and all(w in _UI_WORDS for w in words) and "." not in line


def is_furniture(line: str) -> bool:
    """Is this one line (stripped) page furniture?  Whole-line patterns only."""
    s = line.strip()
    if not s:
        return False
    if len(s) <= 60 and _SHARE_RE.match(s):
        return True
    if len(s) <= 200 and (_BYLINE_RE.match(s) or _NAMED_BYLINE_RE.match(s) or _is_interface(s)):
        return True
    if len(s) <= 400 and _is_contributor_line(s):
        return True
    if _is_wire_furniture(s):
        return True
    return any(r.match(s) for r in _LINE_RES)


_is_furniture = is_furniture


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
        if header and header.group(0)[:3].casefold() == "don" and header.group("rest"):
            header = None  # "Don't miss the parade on Sunday.": a sentence, no list's header
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
