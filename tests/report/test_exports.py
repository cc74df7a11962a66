"""Exports: schema validity, span checks, escaping of hostile article text."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.analyze.sentences import split_sentences
from crosswire.errors import ExportError
from crosswire.link import build_dossier
from crosswire.model import (
    Analysis,
    Article,
    Credit,
    Dossier,
    Hedge,
    Mention,
    Quote,
    QuoteGroup,
    Sentence,
    Story,
)
from crosswire.report import dossier_json, render_html, render_markdown, validate_dossier
from crosswire.report.diff import word_diff
from crosswire.report.html import safe_url
from crosswire.report.markdown import md

HOSTILE = (
    'Officials said "<script>alert(1)</script> we will <b>never</b> leave" on Monday. '
    "According to <img src=x onerror=alert(2)>, the depot burned."
)


def _dossier(url: str = "javascript:alert(3)") -> tuple[Article, object]:
    a = Article.create(
        HOSTILE,
        'Title <script>alert("t")</script>',
        outlet="<i>Evil</i> Outlet",
        url=url,
        published=dt.date(2026, 3, 10),
    )
    q0 = HOSTILE.index("<script>")
    q1 = HOSTILE.index(' leave"') + len(" leave")
    c0 = HOSTILE.index("According to")
    c1 = HOSTILE.index(", the depot")
    an = Analysis(
        a.id,
        sentences=(Sentence(a.id, 0, len(HOSTILE)),),
        mentions=(Mention(a.id, 0, 9, "Officials", "ORG"),),
        quotes=(Quote(a.id, q0, q1, HOSTILE[q0:q1], speaker="<b>Officials</b>"),),
        credits=(Credit(a.id, c0, c1, HOSTILE[c0:c1], HOSTILE[c0 + 13 : c1], "other"),),
    )
    story = Story("s1", a.title, (a.id,))
    return a, build_dossier(story, [a], {a.id: an})


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def test_html_escapes_hostile_text_everywhere() -> None:
    _, d = _dossier()
    page = render_html(d)  # type: ignore[arg-type]
    p = _Collector()
    p.feed(page)
    assert "script" not in p.tags
    assert "img" not in p.tags
    assert "b" not in p.tags and "i" not in p.tags
    assert not any(name.startswith("on") for name, _ in p.attrs)
    assert "javascript:" not in page
    assert "&lt;script&gt;" in page


def test_html_links_only_http_urls_with_noopener() -> None:
    _, d = _dossier(url="https://example.org/a?x=1&y=2")
    page = render_html(d)  # type: ignore[arg-type]
    assert 'href="https://example.org/a?x=1&amp;y=2"' in page
    assert 'rel="noopener noreferrer"' in page


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/x", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,hi", False),
        ("//example.org", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) == ok


def test_html_anchors_point_at_highlighted_spans() -> None:
    a, d = _dossier()
    page = render_html(d)  # type: ignore[arg-type]
    hrefs = set(re.findall(r'href="#([^"]+)"', page))
    ids = set(re.findall(r'id="([^"]+)"', page))
    span_links = {h for h in hrefs if h.startswith(a.id + "-")}
    assert span_links
    assert span_links <= ids


def _commonmark(text: str) -> str:
    """``text`` rendered by a CommonMark renderer that passes raw HTML through."""
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark", {"html": True}).render(text))


def test_markdown_escapes_html() -> None:
    _, d = _dossier()
    text = render_markdown(d)  # type: ignore[arg-type]
    tags = _Collector()
    tags.feed(_commonmark(text))
    assert set(tags.tags) <= {"h1", "h2", "h3", "p", "ul", "li", "strong", "code", "table",
                              "thead", "tbody", "tr", "th", "td", "em"}  # fmt: skip
    assert "&lt;" not in text and "&amp;" not in text  # Markdown escapes, not HTML entities
    assert '\\<script>alert("t")\\</script>' in text


def test_markdown_quote_diff_keeps_spaces_and_ampersands() -> None:
    base = "We will sign it, said the minister of R&D"
    other = "The Iran deal is dead, said the minister of R&D and trade"
    a = Article.create(base + ".", "One", outlet="A & B News", published=dt.date(2026, 3, 10))
    b = Article.create(other + ".", "Two", outlet="C", published=dt.date(2026, 3, 11))
    groups = (QuoteGroup("q1", "Minister", None, (
        Quote(a.id, 0, len(base), base), Quote(b.id, 0, len(other), other)
    )),)  # fmt: skip
    story = Story("s1", "Deal", (a.id, b.id))
    text = render_markdown(Dossier(story, (a, b), quotes=groups))
    assert "**The Iran deal is dead**, said the minister of R&D **and trade**" in text
    assert "****" not in text and "&amp;" not in text
    assert "| A & B News |" in text
    html = _commonmark(text)
    assert "<strong>The Iran deal is dead</strong>, said the minister of R&amp;D <strong>" in html
    # text that looks like an entity is shown as written, not decoded
    assert md("AT&T &amp; co <b>") == "AT&T \\&amp; co \\<b>"
    assert _commonmark(md("AT&T &amp; co <b>")) == "<p>AT&amp;T &amp;amp; co &lt;b&gt;</p>\n"


def test_json_is_schema_valid_and_spans_match() -> None:
    a, d = _dossier()
    (data,) = dossier_json([d])  # type: ignore[list-item]
    assert data["quotes"][0]["renderings"][0]["text"].startswith("<script>")
    validate_dossier(data, {a.id: a.text})


def test_span_mismatch_is_rejected() -> None:
    a, d = _dossier()
    (data,) = dossier_json([d])  # type: ignore[list-item]
    data["hedges"] = [{"article": a.id, "start": 0, "end": 4, "text": "nope"}]
    with pytest.raises(ExportError, match="not 'nope'"):
        validate_dossier(data, {a.id: a.text})


def test_schema_violation_is_rejected() -> None:
    _, d = _dossier()
    (data,) = dossier_json([d])  # type: ignore[list-item]
    data["claims"] = [{"id": "c", "measure": "m", "status": "maybe", "values": []}]
    with pytest.raises(ExportError, match="schema"):
        validate_dossier(data)


def test_word_diff_marks_only_changed_words() -> None:
    pieces = word_diff("We will not leave the city", "We will never leave this city")
    changed = [p.text.strip() for p in pieces if p.changed]
    assert changed == ["never", "this"]
    assert "".join(p.text for p in pieces) == "We will never leave this city"


def _reuse_dossier() -> tuple[list[Article], object]:
    """Three outlets carry one wire sentence (with HTML in it); the third also its own."""
    wire = 'The <b>convoy</b> of "<script>x()</script>" trucks reached the border crossing at dawn on Monday.'
    texts = [wire, "Smoke rose over the port. " + wire, wire + " Officials disputed the account."]
    arts, analyses = [], {}
    for i, text in enumerate(texts):
        a = Article.create(text, f"t{i}", outlet=f"Outlet {i}", published=dt.date(2026, 3, 10))
        sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
        arts.append(a)
        analyses[a.id] = Analysis(a.id, sentences=sents)
    story = Story("s-reuse", "Convoy", tuple(a.id for a in arts))
    return arts, build_dossier(story, arts, analyses)


def test_reused_passage_is_listed_once_with_every_copy_linked() -> None:
    arts, d = _reuse_dossier()
    assert len(d.reuse) == 3  # type: ignore[attr-defined]  # the contract keeps the pairs
    page = render_html(d)  # type: ignore[arg-type]
    section = page[page.index("<h3>Reused passages</h3>") : page.index('<section id="coverage">')]
    assert section.count("<li>") == 1
    assert "(3 articles, 100% similar)" in section
    assert "<script>" not in section and "&lt;script&gt;" in section
    hrefs = set(re.findall(r'href="#([^"]+)"', section))
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert {h.split("-")[0] for h in hrefs} == {a.id for a in arts}
    assert hrefs <= ids  # each copy's link lands on its highlighted span
    md_text = render_markdown(d)  # type: ignore[arg-type]
    md_section = md_text[md_text.index("## Reused passages") : md_text.index("## Coverage")]
    assert md_section.count("\n- ") == 1
    assert "(3 articles, 100% similar): Outlet 0, Outlet 1, Outlet 2" in md_section


def test_a_timeline_date_is_shown_as_precisely_as_the_text_gave_it() -> None:
    # "in 2010" is 2010, not 2010-01-01 (a dossier audit read such rows as New Year's Day)
    from crosswire.report.labels import date_label

    day = dt.date(2010, 12, 1)
    assert date_label(day, "year") == "2010"
    assert date_label(day, "month") == "2010-12"
    assert date_label(day, "day") == "2010-12-01"


def test_a_one_article_story_has_no_coverage_counts_of_zero() -> None:
    # a single-outlet dossier said "Outlet: only it reports 0 item(s)": there is no
    # other coverage to compare, and the exports say so instead
    _, d = _dossier("https://example.org/a")
    text = render_markdown(d)  # type: ignore[arg-type]
    coverage = text.split("## Coverage", 1)[1]
    assert "only it reports" not in coverage
    assert "One article: no other coverage to compare." in coverage
    html = render_html(d)  # type: ignore[arg-type]
    section = html.split('<section id="coverage">', 1)[1].split("</section>", 1)[0]
    assert "Items only it reports" not in section
    assert "no other coverage to compare" in section


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "shown"),
    [
        ("more than 90 per cent", None, 90, 135, "> 90"),
        ("at least one supporter", None, 1, 1.5, "≥ 1"),
        ("up to 1,000 copies", None, 750, 1000, "≤ 1000"),
        ("less than 1,000 copies", None, 500, 1000, "< 1000"),  # a strict bound
        ("about 300 kilometres", None, 270000, 330000, "≈ 300000"),
        ("30 or more", None, 30, 45, "≥ 30"),
        ("200 to 300 people", None, 200, 300, "200–300"),
        ("several jabs", None, 3, 9, "3–9"),
        ("150 seconds", 150, 150, 150, "150"),
    ],
)
def test_a_hedged_figure_is_shown_as_written_with_its_sign(
    text: str, value: float | None, low: float, high: float, shown: str
) -> None:
    # "more than 90 per cent" was shown as "90–135", a range no outlet wrote
    from crosswire.report.labels import amount_label

    assert amount_label(text, value, low, high, lambda x: f"{x:g}") == shown


@given(
    st.sampled_from(["more than", "at least", "up to", "about", "nearly", "just over"]),
    st.floats(min_value=0.01, max_value=1e12, allow_nan=False),
)
def test_every_hedged_point_reads_back_as_its_figure(phrase: str, x: float) -> None:
    from crosswire.analyze.units import hedge_range
    from crosswire.report.labels import amount_label

    bounds = hedge_range(phrase, x)
    assert bounds is not None
    shown = amount_label(f"{phrase} {x:g} tonnes", None, *bounds, lambda v: f"{v:.6g}")
    assert shown.split(" ", 1)[1] == f"{x:.6g}"


def test_a_hedge_is_shown_in_its_sentence_and_escaped() -> None:
    # a hedge printed alone ("could") told the reader nothing of what it doubts
    text = "The <b>depot</b> fire could have been set, the harbour master said. Crews left."
    a = Article.create(text, "Depot", outlet="Harbour Ledger", published=dt.date(2026, 3, 10))
    i = text.index("could")
    hedge = Hedge(a.id, i, i + len("could"), "could", "modal", 0, text.index(" Crews"))
    an = Analysis(a.id, sentences=(Sentence(a.id, 0, len(text)),), hedges=(hedge,))
    d = build_dossier(Story("s1", "Depot", (a.id,)), [a], {a.id: an})
    md_text = render_markdown(d).split("## Hedges", 1)[1].split("##", 1)[0]
    assert f"({a.id}:{i}-{i + 5})" in md_text
    assert "fire **could** have been set, the harbour master said." in md_text
    assert "Crews" not in md_text and "The \\<b>depot\\</b> fire" in md_text
    page = render_html(d)
    hedges = page.split("<h3>Hedges</h3>", 1)[1].split("</ul>", 1)[0]
    assert '<mark class="k-hedge">could</mark> have been set' in hedges
    assert "&lt;b&gt;depot&lt;/b&gt;" in hedges and "<b>" not in hedges


def test_an_unnamed_speaker_is_shown_as_written() -> None:
    # "Unattributed" alone hid that the article says who spoke ("the harbour judge")
    text = 'The harbour judge said the risk was "too high to bear" for the town.'
    a = Article.create(text, "Ruling", outlet="Harbour Ledger", published=dt.date(2026, 3, 10))
    q0 = text.index("too high")
    q = Quote(a.id, q0, q0 + len("too high to bear"), "too high to bear", None, "The harbour judge")
    an = Analysis(a.id, sentences=(Sentence(a.id, 0, len(text)),), quotes=(q,))
    d = build_dossier(Story("s1", "Ruling", (a.id,)), [a], {a.id: an})
    said = render_markdown(d).split("## Who said what", 1)[1].split("## Claims", 1)[0]
    assert "### Unattributed" in said
    assert f"- Harbour Ledger ({a.id}:{q0}-{q0 + 16}) · “The harbour judge”: “too high" in said


def test_the_pieces_of_one_quote_are_shown_as_written() -> None:
    # a quote cut by its attribution is one statement; its second piece is no rendering
    # of the first's words, so no wording difference is marked
    text = (
        "“Our goal is to reopen the pier by May,” said Ilse Marr, a spokeswoman for the "
        "harbour board. “The issue is not whether we will reopen it, but when.”"
    )
    a = Article.create(text, "Pier", outlet="Harbour Ledger", published=dt.date(2026, 3, 10))
    first, second = (
        "Our goal is to reopen the pier by May",
        "The issue is not whether we will reopen it, but when.",
    )
    quotes = tuple(
        Quote(a.id, text.index(w), text.index(w) + len(w), w, "Ilse Marr") for w in (first, second)
    )
    mention = Mention(
        a.id, text.index("Ilse Marr"), text.index("Ilse Marr") + 9, "Ilse Marr", "PERSON"
    )
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    an = Analysis(a.id, sentences=sents, mentions=(mention,), quotes=quotes)
    d = build_dossier(Story("s1", "Pier", (a.id,)), [a], {a.id: an})
    assert len(d.quotes) == 1 and len(d.quotes[0].renderings) == 2
    said = render_markdown(d).split("## Who said what", 1)[1].split("## Claims", 1)[0]
    assert f"“{second}”" in said and "**" not in said
    assert "<ins>" not in render_html(d).split('id="quotes"', 1)[1].split("</section>", 1)[0]
