"""The SVG plots and the view helpers, on hand-made data (no store, no models)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from web_helpers import XSS, assert_safe_html, parse_html, visible_text

from crosswire.model import (
    Article,
    Claim,
    ClaimGroup,
    Dossier,
    Quote,
    QuoteGroup,
    SpanRef,
    Story,
    TimelineItem,
)
from crosswire.report.diff import DiffPiece
from crosswire.serve import svg
from crosswire.serve.views import (
    KINDS,
    Highlight,
    diff_runs,
    format_number,
    normalised,
    outlet_labels,
    paragraphs,
    snippet_dict,
    snippet_parts,
    span_href,
)

D = dt.date


def _dossier() -> Dossier:
    a = Article.create(
        "One two three. Four five six.",
        "A",
        outlet="North " + XSS["script"],
        published=D(2026, 3, 9),
    )
    b = Article.create(
        "Seven eight nine. Ten eleven.", "B", outlet="South", published=D(2026, 3, 10)
    )
    c = Article.create("Twelve thirteen.", "C", outlet="South", published=D(2026, 3, 11))

    def ref(art: Article, s: int, e: int) -> SpanRef:
        return SpanRef(art.id, s, e, art.text[s:e])

    timeline = (
        TimelineItem(
            "t1",
            D(2026, 3, 8),
            "day",
            "An attack " + XSS["img"],
            False,
            (ref(a, 0, 3), ref(b, 0, 5)),
        ),
        TimelineItem("t2", D(2026, 3, 9), "day", "A video", True, (ref(a, 4, 7),)),
        TimelineItem("t3", D(2026, 3, 10), "day", "A video", True, (ref(b, 6, 11),)),
        TimelineItem("t4", D(2026, 5, 1), "day", "Later", False, (ref(c, 0, 6),)),
    )
    claims = (
        ClaimGroup("c1", "count: guard", "conflict", (
            Claim(a.id, 0, 3, "One", 1.0, 1.0, 1.0, "person", "count"),
            Claim(b.id, 0, 5, "Seven", 7.0, 7.0, 7.0, "person", "count"),
        )),
        ClaimGroup("c2", "count: boat", "single", (Claim(c.id, 0, 6, "Twelve", 12.0, 12.0, 12.0, "item", "count"),)),
    )  # fmt: skip
    quotes = (
        QuoteGroup("q1", "Nadia " + XSS["svg"], None, (
            Quote(a.id, 0, 13, "One two three"), Quote(b.id, 0, 11, "Seven eight"),
        )),
    )  # fmt: skip
    return Dossier(
        story=Story("s1", "Story " + XSS["script"], (a.id, b.id, c.id)),
        articles=(a, b, c),
        quotes=quotes,
        claims=claims,
        timeline=timeline,
        coverage={a.id: (), b.id: (), c.id: ("c2", "t4")},
    )


def _lanes(d: Dossier) -> list[svg.Lane]:
    labels = outlet_labels(d.articles)
    return [svg.Lane(a.id, labels[a.id]) for a in d.articles]


def test_el_escapes_attributes_and_text() -> None:
    out = svg.el("text", {"x": 1.5, "data-x": '"><script>'}, "<b>&")
    assert str(out) == '<text x="1.5" data-x="&#34;&gt;&lt;script&gt;">&lt;b&gt;&amp;</text>'


def test_timeline_plot_marks_every_source_and_flags_conflicts() -> None:
    d = _dossier()
    out = str(svg.timeline_plot(d, _lanes(d), span_href))
    assert_safe_html(out)
    links = re.findall(r'<a href="([^"]+)" class="plot-link">', out)
    expected = [span_href(s.article, s.start, s.end) for t in d.timeline for s in t.sources]
    assert sorted(links) == sorted(expected)
    conflicts = sum(len(t.sources) for t in d.timeline if t.conflict)
    assert out.count('class="mark conflict"') == conflicts
    assert out.count('class="mark"') == len(expected) - conflicts
    # one column per distinct date, the gap to a far date written out
    assert "+52 d" in visible_text(out)
    doc = parse_html(out)
    assert doc.tags[0][0] == "svg" and ("role", "img") in doc.tags[0][1]
    desc = visible_text(out)
    assert "4 dated events on 4 days" in desc
    assert "2 events are dated differently" in desc
    assert XSS["img"] in desc  # as text, escaped in the markup
    assert XSS["img"] not in out


def test_coverage_plot_cells_and_unique_items() -> None:
    d = _dossier()
    lanes = _lanes(d)
    out = str(svg.coverage_plot(d, lanes))
    assert_safe_html(out)
    columns = len(d.quotes) + len(d.claims) + len(d.timeline)
    assert out.count('class="cell"') == columns * len(lanes)
    assert out.count(f'fill="{svg.UNIQUE}"') == 2 + 1  # the two unique cells and the legend
    text = visible_text(out)
    assert "2 only here" in text
    assert "only this article reports it" in text
    assert "South (2026-03-11) 2" in text  # in the description: unique items per article


def test_timeline_marks_are_numbered_and_never_overlap_in_a_cell() -> None:
    d = _dossier()
    a = d.articles[0]
    day = d.timeline[0].date
    src = d.timeline[0].sources[0]
    same = SpanRef(a.id, src.start, src.end, src.text) if src.article == a.id else None
    extra = tuple(
        TimelineItem(f"t-x{i}", day, "day", f"event {i}", False, (same or src,)) for i in range(9)
    )
    repeated = TimelineItem("t-rep", day, "day", "repeated", False, (same or src,) * 50)
    d2 = dataclasses.replace(d, timeline=d.timeline + extra + (repeated,))
    out = str(svg.timeline_plot(d2, _lanes(d2), span_href))
    numbers = re.findall(r'class="mark-number">(\d+)</text>', out)
    assert sorted(set(numbers), key=int) == [str(i) for i in range(1, len(d2.timeline) + 1)]
    assert numbers.count(str(len(d2.timeline))) == 1  # a source repeated 50 times: one mark
    centres = [
        (float(x), float(y))
        for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="7.5"', out)
    ]
    centres += [
        (float(x), float(y) + 8.5) for x, y in re.findall(r'<path d="M([\d.]+) ([\d.]+) l8.5', out)
    ]
    for i, (x1, y1) in enumerate(centres):
        for x2, y2 in centres[i + 1 :]:
            assert abs(x1 - x2) >= 15 or abs(y1 - y2) >= 15, (x1, y1, x2, y2)


def test_coverage_cells_link_to_the_span() -> None:
    d = _dossier()
    out = str(svg.coverage_plot(d, _lanes(d), span_href))
    links = set(re.findall(r'<a href="([^"]+)" class="plot-link"><rect', out))
    q = d.quotes[0].renderings[0]
    assert span_href(q.article, q.start, q.end) in links
    filled = sum(len(f.articles) for f in svg.findings_of(d))
    assert len(re.findall(r'class="plot-link"><rect', out)) == filled


def test_coverage_plot_leaves_out_the_least_reported_columns() -> None:
    d = _dossier()
    a, b = d.articles[0], d.articles[1]
    events = tuple(
        TimelineItem(
            f"x{i}",
            D(2026, 1, 1) + dt.timedelta(days=i),
            "day",
            f"E{i}",
            False,
            (SpanRef(a.id, 0, 3, "One"), *([SpanRef(b.id, 0, 5, "Seven")] if i == 0 else [])),
        )
        for i in range(200)
    )
    d = dataclasses.replace(d, timeline=events)
    lanes = _lanes(d)
    out = str(svg.coverage_plot(d, lanes))
    drawn = out.count('class="cell"') // len(lanes)
    total = len(d.quotes) + len(d.claims) + len(events)
    assert 3 <= drawn <= svg.MAX_COLUMNS < total
    text = visible_text(out)
    assert f"({total - drawn} less widely reported findings not drawn)" in text
    assert "Quotes" in text and "Claims" in text  # every kind keeps a column
    assert "Claim count: guard (conflict)" in text  # the most widely reported are kept
    assert "E0: reported" in text and "E199:" not in text


def test_plots_of_an_empty_dossier_say_so() -> None:
    d = Dossier(story=Story("s0", "Empty", ()), articles=())
    assert "No dated events" in visible_text(str(svg.timeline_plot(d, [], span_href)))
    assert "No findings" in visible_text(str(svg.coverage_plot(d, [])))
    assert "No dated articles" in visible_text(str(svg.sparkline("x", [])))


def test_sparkline_bins_long_ranges() -> None:
    days = [(D(2024, 1, 1) + dt.timedelta(days=i), 1 + i % 3) for i in range(0, 400, 2)]
    out = str(svg.sparkline("s", days, width=120))
    assert out.count("<rect") == 60  # 400 days in 60 bins of ~7 days
    total = sum(n for _, n in days)
    assert f"{total} articles from 2024-01-01" in visible_text(out)
    assert "7-day period" in visible_text(out)
    heights = [float(h) for h in re.findall(r'height="([\d.]+)"', out)[1:]]
    assert max(heights) <= 24


def test_outlet_labels_are_unique() -> None:
    arts = [
        Article.create("x", "t", outlet="Post", published=D(2026, 1, 1)),
        Article.create("y", "t", outlet="Post", published=D(2026, 1, 2)),
        Article.create("z", "t", outlet=None, path="/in/z.txt"),
    ]
    labels = outlet_labels(arts)
    # an unknown outlet is said so, never shown as the file name
    assert sorted(labels.values()) == ["Post (2026-01-01)", "Post (2026-01-02)", "unknown outlet"]


def test_paragraphs_cover_the_text_and_nest_nothing() -> None:
    text = "Alpha beta gamma.\n\nDelta epsilon.\n\n\nZeta eta theta iota."
    spans = [
        Highlight(0, 10, "quote", "q"),
        Highlight(6, 17, "claim", "c"),  # overlaps the quote
        Highlight(12, 27, "hedge", "h"),  # crosses a paragraph break
        Highlight(50, 99, "time", "out of range"),
    ]
    paras = paragraphs(text, spans, cuts=[17, 33])
    assert len(paras) == 3
    assert ["".join(p.text for p in para) for para in paras] == re.split(r"\n\s*\n", text)
    pieces = [p for para in paras for p in para]
    beta = next(p for p in pieces if p.start == 6)
    assert beta.kinds == ("quote", "claim") and beta.text == "beta"
    assert next(p for p in pieces if p.start == 19).kinds == ("hedge",)
    assert pieces[0].anchors == ("span-0-10",)
    assert all("time" not in p.kinds for p in pieces)


def test_notes_of_findings_on_the_same_text_keep_their_order() -> None:
    spans = [Highlight(0, 5, kind, f"{kind} note") for kind in KINDS]
    (piece,) = paragraphs("Alpha", [*spans, spans[0]])[0]
    assert piece.notes == tuple(f"{kind} note" for kind in KINDS)  # not a set's order


def test_snippet_parts_keep_text_plain_and_own_brackets() -> None:
    snippet = "…the [crate] <b>[on time]</b> [Crâte]…"
    parts = snippet_parts(snippet, "crate")
    assert parts == [
        ("…the ", False),
        ("crate", True),
        (" <b>[on time]</b> ", False),
        ("Crâte", True),
        ("…", False),
    ]
    data = snippet_dict(snippet, "crate")
    assert [data["text"][s:e] for s, e in data["marks"]] == ["crate", "Crâte"]
    assert snippet_parts("[a] b", None) == [("a", True), (" b", False)]


def test_numbers_read_well() -> None:
    assert format_number(347133600.0) == "347,133,600"
    assert format_number(0.25) == "0.25"
    assert format_number(48500000.0) == "48,500,000"
    assert normalised(150.0, 150.0, 150.0, "second") == "150 second (≈ 2.5 minutes)"
    assert normalised(None, 200.0, 300.0, "person") == "200–300 person"


def test_diff_runs_join_changed_words_and_keep_the_text() -> None:
    base = "We will rebuild the bridge this year"
    other = "We shall quickly rebuild the bridge, this year"
    runs = diff_runs(base, other)
    assert "".join(p.text for p in runs) == other
    assert [p.text for p in runs if p.changed] == ["shall quickly"]
    assert diff_runs(base, base) == (DiffPiece(base, False),)


def test_a_period_is_named_as_one_in_the_timeline_plot() -> None:
    # "the third quarter" is "2026-Q3" in a mark's tooltip, not its first day
    d = _dossier()
    src = d.timeline[0].sources[0]
    quarter = TimelineItem("t-q3", dt.date(2026, 7, 1), "quarter", "a loss", False, (src,))
    d2 = dataclasses.replace(d, timeline=(*d.timeline, quarter))
    out = str(svg.timeline_plot(d2, _lanes(d2), span_href))
    assert "2026-Q3 —" in out and "2026-07-01 —" not in out
