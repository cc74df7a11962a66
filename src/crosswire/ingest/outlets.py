"""The outlet an article's own text names, when no metadata gives one.

``infer_outlet`` reads the raw text (before furniture is dropped: a copyright
line is furniture but names the outlet) and returns a name only for forms that
say who published the text, never a guess from a file name:

* a wire dateline opening the text: "BEIRUT (AP) —", "KYIV, March 3 (Reuters) -",
  "(CNN) —";
* a wire agency signing off the text: a last line or paragraph ending "— AFP";
* a copyright line: "© 2026 The Associated Press", "Copyright Reuters 2026.
  All rights reserved.";
* an "originally published by/on X" line;
* a site name after a bar in the title line: "Depot attacked | Harbour Ledger"
  (``split_title`` also returns the title without it).

Failing all of these, ``outlet_from_url`` names the site by the domain of the
article's address ("https://usatoday30.usatoday.com/news/..." -> "usatoday.com",
"www.bbc.co.uk" -> "bbc.co.uk"; on a blog host the blog's own name:
"secretdubai.blogspot.nl"), so that the outlets of a story can be told apart.

The caller marks the outlet as inferred (``Article.outlet_inferred``).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .boilerplate import is_furniture

AGENCIES = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "dpa": "dpa",
    "xinhua": "Xinhua",
    "ansa": "ANSA",
    "efe": "EFE",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "pti": "PTI",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "bloomberg": "Bloomberg",
}
"""Wire agencies as they sign datelines, by their folded name."""

_NAME = r"[A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,5}"
_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][^\s()]*(?:[ ,][^()\n]{{0,60}}?)?)?\s*\((?P<name>{_NAME})\)\s*[—–-]{{1,2}}\s"
)
_SIGNOFF_RE = re.compile(r"(?:^|[.!?”\"'’)]\s*|\s)[—–-]{1,2}\s*(?P<name>[A-Za-z][\w ]{0,20}?)\s*$")
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)|copyright\b))?\s*(?:(?:19|20)\d\d\s*)?(?P<name>[^\d©]{2,60}?)"
    r"(?:,?\s*(?:19|20)\d\d)?[.,]?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)
_ORIGINALLY_RE = re.compile(
    r"^(?:this (?:article|story|report) )?(?:was )?(?:first|originally) "
    r"(?:published|appeared) (?:by|on|in) (?P<name>[^.\n]{2,50}?)\.?$",
    re.IGNORECASE,
)
_TITLE_SITE_RE = re.compile(r"^(?P<title>.{8,}?)\s+\|\s+(?P<name>[^|]{2,40})$")
_BAD_NAME_RE = re.compile(r"\b(?:all rights|reserved|rights|cookies?|privacy|terms)\b", re.I)


def _clean(name: str) -> str | None:
    name = " ".join(name.strip(" .,;:").split())
    if not name or len(name) > 50 or _BAD_NAME_RE.search(name):
        return None
    if not any(ch.isalpha() for ch in name) or len(name.split()) > 6:
        return None
    return AGENCIES.get(name.casefold(), name)


def _dateline(first: str) -> str | None:
    m = _DATELINE_RE.match(first)
    if not m:
        return None
    name = m.group("name")
    place = m.group("place") or ""
    word = place.split(",")[0].split()[0] if place.strip() else ""
    # a known agency, or any name after a place written in capitals ("BEIRUT (CNN) —")
    # or opening the text ("(CNN) —")
    if name.casefold() in AGENCIES or not place or (word.isupper() and len(word) > 1):
        return _clean(name)
    return None


def split_title(title: str) -> tuple[str, str | None]:
    """``title`` without a trailing "| Site Name", and that site name (or None)."""
    m = _TITLE_SITE_RE.match(" ".join(title.split()))
    if not m:
        return title, None
    name = _clean(m.group("name"))
    return (m.group("title"), name) if name else (title, None)


def infer_outlet(text: str, title: str = "") -> str | None:
    """The outlet the text (or its title line) names, or None; see the module docstring."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    if not paragraphs and not title:
        return None
    lead = next((p for p in paragraphs[:20] if not is_furniture(p)), None)
    if lead:  # the first line that is not furniture (a byline, "5 min read")
        found = _dateline(lead[:200])
        if found:
            return found
    for line in paragraphs[-6:]:
        m = _COPYRIGHT_RE.match(line) or _ORIGINALLY_RE.match(line)
        if m:
            found = _clean(m.group("name"))
            if found:
                return found
    if paragraphs:
        m = _SIGNOFF_RE.search(paragraphs[-1][-60:])
        if m and m.group("name").strip().casefold() in AGENCIES:
            return AGENCIES[m.group("name").strip().casefold()]
    for line in paragraphs[:3]:
        m = _COPYRIGHT_RE.match(line)
        if m:
            found = _clean(m.group("name"))
            if found:
                return found
    return split_title(title)[1] if title else None


# second-level labels under a country code that belong to the suffix ("bbc.co.uk")
_SECOND_LEVEL = frozenset("co com org net gov ac edu news".split())
# hosts whose sites are their subdomains ("secretdubai.blogspot.nl")
_BLOG_HOSTS = frozenset("blogspot wordpress tumblr substack medium typepad livejournal".split())


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain in ``url`` (see the module docstring), or None."""
    if not url or "://" not in url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    labels = [x for x in host.lower().split(".") if x]
    if len(labels) < 2 or not labels[-1].isalpha() or labels[-1] == "localhost":
        return None  # an IP address, a bare host name
    if not all(x.replace("-", "").isalnum() for x in labels):
        return None
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    if len(labels) > keep and labels[-keep] in _BLOG_HOSTS:
        keep += 1
    if len(labels) < keep:
        return None
    return ".".join(labels[-keep:])


def site_name(outlet: str | None) -> str | None:
    """The name in an outlet written as its web site, the domain's first label
    (``outlet_from_url``: "nypost.com" -> "nypost", "www.orlinradio.co.uk" ->
    "orlinradio"); None for an outlet written as a name ("The Orlin Post")."""
    if not outlet or " " in outlet or "." not in outlet:
        return None
    domain = outlet_from_url("http://" + outlet.lower())
    return domain.split(".")[0] if domain else None
