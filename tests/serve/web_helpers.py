"""Helpers for the web app tests (imported by tests/serve and tests/browser).

``hostile_store``: a SQLite store written by hand through the store API (no
models): three fictional articles about one story whose titles, outlets, URLs,
quotes, speaker names, credited sources and claims carry HTML and script, plus
an older one-article story.  Every finding's span is exact (``find``), so the
dossier and the article pages are built from real data.  ``client`` serves it
through FastAPI's test client, with the sentence encoder off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from crosswire.model import (
    Analysis,
    Article,
    Claim,
    Credit,
    Hedge,
    IngestFailure,
    Mention,
    Quote,
    Sentence,
    Story,
    TimeExpression,
)
from crosswire.settings import Settings
from crosswire.store import open_store

# Each payload, if it ever ran, would set window.__xss or open a dialog.
XSS = {
    "script": "<script>window.__xss='script'</script>",
    "img": "<img src=x onerror=\"window.__xss='img'\">",
    "svg": "<svg onload=\"window.__xss='svg'\">",
    "link": "<a href=\"javascript:window.__xss='link'\">click</a>",
    "attr": '" onmouseover="window.__xss=\'attr\'" x="',
    "style": "<style>body{display:none}</style>",
    "iframe": "<iframe src=\"javascript:alert('iframe')\"></iframe>",
}
SPEAKER = "Ilse Brandt" + XSS["svg"]
OUTLET_EVIL = "Evil <b onmouseover=\"window.__xss='outlet'\">Gazette</b>"
TITLE_EVIL = "Karsk museum gets painting back " + XSS["script"]
BAD_URLS = ("javascript:window.__xss='url'", "data:text/html,<script>alert('data')</script>")


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _sentences(aid: str, text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".\n" and i > start:
            out.append(Sentence(aid, start, i + 1))
            start = i + 1
    return tuple(out)


def _article(
    text: str, title: str, outlet: str, url: str | None, published: dt.date | None
) -> Article:
    return Article.create(text, title, outlet=outlet, url=url, published=published, path=None)


def hostile_articles() -> list[tuple[Article, Analysis]]:
    """Three articles of one story (Karsk museum) and one of another (older)."""
    out = []
    for n, (outlet, url, published, crate, visitors) in enumerate(
        [
            (OUTLET_EVIL, BAD_URLS[0], dt.date(2026, 3, 10), "plain wooden", 40),
            (
                "Karsk Tribune",
                "https://karsk-tribune.example/museum",
                dt.date(2026, 3, 11),
                "plain",
                120,
            ),
            ("Data Outlet", BAD_URLS[1], dt.date(2026, 3, 11), "wooden", 45),
        ]
    ):
        text = (
            f"KARSK — The city museum of Karsk said on Monday that a landscape painting "
            f"{XSS['script']} had been returned.\n\n"
            f'"{XSS["img"]} It arrived in a {crate} crate [on time]," said {SPEAKER}.\n\n'
            f"About {visitors} visitors queued {XSS['link']} to see it, according to "
            f"the {XSS['attr']} ministry. The claim could not be independently verified.\n\n"
            f"{XSS['style']}{XSS['iframe']} Curator {SPEAKER} thanked the donor "
            f"(article {n})."
        )
        title = TITLE_EVIL if n == 0 else f"Karsk painting is back ({outlet})"
        art = _article(text, title, outlet, url, published)
        aid = art.id
        q0 = text.index('"') + 1
        q1 = text.index(',"', q0)
        s0, s1 = find(text, SPEAKER)
        c0, c1 = find(text, f"About {visitors} visitors")
        m0, m1 = find(text, "Monday")
        k0, k1 = find(text, f"according to the {XSS['attr']} ministry")
        h0, h1 = find(text, "could not be independently verified")
        mentions = [
            Mention(aid, *find(text, "Karsk"), "Karsk", "GPE"),
            Mention(aid, s0, s1, SPEAKER, "PERSON"),
            Mention(aid, *find(text, SPEAKER, 1), SPEAKER, "PERSON"),
            Mention(aid, *find(text, XSS["attr"]), XSS["attr"], "ORG"),
        ]
        analysis = Analysis(
            article=aid,
            sentences=_sentences(aid, text),
            mentions=tuple(sorted(mentions, key=lambda m: m.start)),
            quotes=(Quote(aid, q0, q1, text[q0:q1], SPEAKER, SPEAKER, s0, s1, "said"),),
            claims=(
                Claim(
                    aid,
                    c0,
                    c1,
                    text[c0:c1],
                    None,
                    visitors * 0.9,
                    visitors * 1.1,
                    "person",
                    "count",
                    counted="visitor",
                    approximate=True,
                    credited_to=f"the {XSS['attr']} ministry",
                ),
            ),
            times=(
                TimeExpression(
                    aid,
                    m0,
                    m1,
                    "Monday",
                    published - dt.timedelta(days=1),
                    relative=True,
                    reference=published,
                ),
            ),
            credits=(Credit(aid, k0, k1, text[k0:k1], f"the {XSS['attr']} ministry", "official"),),
            hedges=(Hedge(aid, h0, h1, text[h0:h1]),),
        )
        out.append((art, analysis))
    text = "OSTREL — Harbour workers in Ostrel began a two-day strike on Monday, the union said."
    art = _article(text, "Ostrel harbour strike", "Ostrel Post", None, dt.date(2025, 6, 2))
    out.append((art, Analysis(article=art.id, sentences=_sentences(art.id, text))))
    return out


@dataclass
class HostileStore:
    path: Path
    story: str
    """The three-article story."""
    old_story: str
    articles: list[Article]
    analyses: dict[str, Analysis]


def _write_store(
    path: Path,
    pairs: list[tuple[Article, Analysis]],
    stories: list[Story],
    failures: tuple[IngestFailure, ...] = (),
) -> None:
    """A new store at ``path`` with every (article, analysis) pair, these stories and
    these failures."""
    with open_store(str(path)) as store:
        for art, analysis in pairs:
            assert store.save(art, analysis)
        store.replace_stories(stories)
        for failure in failures:
            store.record_failure(failure)


def write_hostile_store(path: Path) -> HostileStore:
    pairs = hostile_articles()
    _write_store(
        path,
        pairs,
        [
            Story(
                "s-karsk-museum",
                "Karsk museum " + XSS["script"],
                tuple(a.id for a, _ in pairs[:3]),
            ),
            Story("s-ostrel-strike", "Ostrel harbour strike", (pairs[3][0].id,)),
        ],
        (IngestFailure(f"/in/{XSS['img']}.html", f"bad {XSS['script']}"),),
    )
    return HostileStore(
        path,
        "s-karsk-museum",
        "s-ostrel-strike",
        [a for a, _ in pairs],
        {a.id: an for a, an in pairs},
    )


NO_ENCODER = Settings(embed=False)


# --------------------------------------------------------------------------- HTML checks


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(html: str) -> _Collector:
    p = _Collector()
    p.feed(html)
    p.close()
    return p


def visible_text(html: str) -> str:
    """The page's text as a browser shows it (entities decoded, tags dropped)."""
    return "".join(parse_html(html).text)


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav", "form",
    "input", "button", "main", "footer", "span", "h1", "h2", "h3", "p", "div", "figure",
    "figcaption", "svg", "desc", "line", "rect", "circle", "path", "text", "g", "label", "select",
    "option", "ol", "ul", "li", "code", "strong", "section", "table", "thead", "tbody", "tr", "th",
    "td", "details", "summary", "article", "blockquote", "ins", "mark", "fieldset", "legend",
}  # fmt: skip


def assert_safe_html(html: str) -> None:
    """No tag, attribute or URL in the page that the app did not write itself.

    Every element is one the templates use; no ``on*`` attribute, no
    ``style`` attribute or element; scripts only from /static; every link and
    resource is relative or plain http(s), and outside links carry
    rel="noopener noreferrer".
    """
    doc = parse_html(html)
    for tag, attrs in doc.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}> in the page"
        names = dict(attrs)
        for name, value in attrs:
            assert not name.startswith("on"), f"<{tag} {name}=...> in the page"
            assert name != "style", f"style attribute on <{tag}>"
            if tag == "link" and names.get("rel") == "icon" and value == "data:,":
                continue  # the empty favicon, so that browsers ask for none
            if name in ("href", "src", "action") and value is not None:
                scheme = urlsplit(value.strip()).scheme.lower()
                assert scheme in ("", "http", "https"), f"<{tag} {name}={value!r}>"
                if scheme and tag == "a":
                    assert "noopener" in (names.get("rel") or "")
                    assert "noreferrer" in (names.get("rel") or "")
        if tag == "script":
            assert (names.get("src") or "").startswith("/static/"), "inline or foreign script"


# --------------------------------------------------------------------------- a crowded story

BIDI_OUTLET = "Daily \u202eswen\u202c Gazette"
"""Shown reversed ("Daily news Gazette" spoofed) if the override were honoured."""
LONG_WORD = "Z" * 4000
REPEATED = '"We will rebuild the bridge before winter," said Mara Voss. '
HEDGE_SENTENCE = (
    "The footage, which could not be independently verified, showed the span collapsing."
)


def crowded_articles() -> list[tuple[Article, Analysis]]:
    """One story of three articles that stress the story page: a bidi-override outlet
    name, a title and a sentence of one 4,000-character word, one quote repeated 1,000
    times, a hedge in its sentence, conflicting claims, two speakers, an unknown outlet."""
    out: list[tuple[Article, Analysis]] = []
    specs = [
        (BIDI_OUTLET, f"Bridge falls \u202e{LONG_WORD}", REPEATED * 1000, 40),
        ("Bridge Courier", "Velmora bridge collapses", REPEATED, 300),
        (None, "Bridge down in Velmora", REPEATED, 45),
    ]
    for n, (outlet, title, quotes, people) in enumerate(specs):
        text = (
            f"VELMORA — {HEDGE_SENTENCE} About {people} people were evacuated, officials "
            f"said on Monday. {LONG_WORD}.\n\n{quotes}\n\n"
            f'"The river was too high," said Ilan Brook of the harbour board (article {n}).'
        )
        a = Article.create(
            text,
            title,
            outlet=outlet,
            published=dt.date(2026, 3, 10 + min(n, 1)),
            path=f"/in/{n}.txt",
        )
        qs = []
        pos = 0
        for _ in range(quotes.count(REPEATED)):
            q0 = text.index('"We will', pos) + 1
            q1 = text.index(',"', q0)
            s0, s1 = find(text[q1:], "Mara Voss")
            qs.append(
                Quote(a.id, q0, q1, text[q0:q1], "Mara Voss", "Mara Voss", q1 + s0, q1 + s1, "said")
            )
            pos = q1
        r0 = text.index('"The river') + 1
        r1 = text.index(',"', r0)
        s0, s1 = find(text, "Ilan Brook")
        qs.append(Quote(a.id, r0, r1, text[r0:r1], "Ilan Brook", "Ilan Brook", s0, s1, "said"))
        c0, c1 = find(text, f"About {people} people")
        h0, h1 = find(text, "could not be independently verified")
        m0, m1 = find(text, "Monday")
        mentions = [
            Mention(a.id, q.speaker_start or 0, q.speaker_end or 0, q.speaker or "", "PERSON")
            for q in qs
        ]
        analysis = Analysis(
            a.id,
            sentences=_sentences(a.id, text),
            mentions=tuple(sorted(mentions, key=lambda m: m.start)),
            quotes=tuple(qs),
            claims=(
                Claim(
                    a.id,
                    c0,
                    c1,
                    text[c0:c1],
                    float(people),
                    float(people),
                    float(people),
                    "person",
                    "count",
                    counted="person",
                ),
            ),
            times=(
                TimeExpression(
                    a.id,
                    m0,
                    m1,
                    "Monday",
                    dt.date(2026, 3, 9),
                    relative=True,
                    reference=dt.date(2026, 3, 10),
                ),
            ),
            hedges=(Hedge(a.id, h0, h1, text[h0:h1]),),
        )
        out.append((a, analysis))
    return out


def write_crowded_store(path: Path) -> tuple[Path, str]:
    """The crowded story in a new store at ``path``: (path, story id)."""
    pairs = crowded_articles()
    _write_store(
        path,
        pairs,
        [Story("s-velmora-bridge", "Velmora bridge " + LONG_WORD, tuple(a.id for a, _ in pairs))],
    )
    return path, "s-velmora-bridge"
