"""The per-article stage as a whole: every finder, credits for numbers, embeddings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from crosswire.analyze.credit import credit_claims
from crosswire.analyze.parsed import ParsedArticle
from crosswire.analyze.pipeline import Analyser, analyse_parsed, limit_text
from crosswire.model import Article, Claim, Credit, Quote
from crosswire.settings import Settings

MakeParsed = Callable[..., ParsedArticle]

TEXT = (
    "PORT SARAB — Four guards were killed late Monday, according to the provincial interior "
    "ministry. Governor Mohammed al-Qasimi said several dozen attackers took part.\n\n"
    '"We sent 200 fighters," said Muhammad al-Qahtani, the group\'s spokesman. '
    "The claim could not be independently verified."
)


@pytest.mark.model
def test_every_finder_contributes_and_spans_hold(make_parsed: MakeParsed) -> None:
    parsed = make_parsed(TEXT, published=dt.date(2026, 3, 10))
    an = analyse_parsed(parsed)
    assert an.quotes and an.claims and an.times and an.credits and an.hedges
    for group in (an.mentions, an.quotes, an.claims, an.times, an.credits, an.hedges):
        for f in group:
            assert parsed.text[f.start : f.end] == f.text


@pytest.mark.model
def test_numbers_are_credited_to_who_gave_them(make_parsed: MakeParsed) -> None:
    an = analyse_parsed(make_parsed(TEXT, published=dt.date(2026, 3, 10)))
    by_text = {c.text: c.credited_to for c in an.claims}
    assert by_text["Four guards"] == "the provincial interior ministry"
    assert by_text["200 fighters"] == "Muhammad al-Qahtani"
    attackers = next(v for k, v in by_text.items() if "attackers" in k)
    assert attackers is not None and "al-Qasimi" in attackers


def test_credit_prefers_the_quote_speaker_over_a_credit_in_the_sentence(
    make_parsed: MakeParsed,
) -> None:
    text = 'According to the ministry, "we lost 12 men," said Adaeze Okafor.'
    parsed = make_parsed(text, model=False)
    s = text.index("12 men")
    claim = Claim(parsed.article.id, s, s + 6, "12 men", 12, 12, 12, "person", "count", "man")
    q0 = text.index("we lost")
    quote = Quote(parsed.article.id, q0, q0 + 14, text[q0 : q0 + 14], speaker="Adaeze Okafor")
    c0 = text.index("According")
    credit = Credit(parsed.article.id, c0, c0 + 28, text[c0 : c0 + 28], "the ministry", "official")
    (out,) = credit_claims(parsed, [claim], [quote], [credit])
    assert out.credited_to == "Adaeze Okafor"


def test_limit_text_cuts_at_a_paragraph() -> None:
    a = Article.create("First paragraph here.\n\nSecond paragraph is longer.", "t")
    cut = limit_text(a, 30)
    assert cut.text == "First paragraph here."
    assert cut.id != a.id
    assert limit_text(a, 10_000) is a


@pytest.mark.model
def test_analyser_batch_embeds_each_article() -> None:
    analyser = Analyser(Settings())
    arts = [
        Article.create("The depot burned for twelve hours on Monday.", "Depot fire"),
        Article.create("The council approved the flood barrier budget.", "Council vote"),
    ]
    results = analyser.analyse(arts)
    assert [r.article for r in results] == [a.id for a in arts]  # type: ignore[union-attr]
    for r in results:
        assert len(r.embedding) == 512  # type: ignore[union-attr]


def test_a_credit_inside_a_speakers_quote_is_the_speakers_not_the_writers() -> None:
    from crosswire.analyze.parsed import parse
    from crosswire.analyze.pipeline import analyse_parsed

    text = (
        "“Today the court said what we have said all along,” said Mara Ortega, the "
        "coalition's lawyer.\n\nThe ferries will resume, according to the harbour board."
    )
    found = analyse_parsed(parse(Article.create(text, "Ruling"))).credits
    assert [c.text for c in found] == ["according to the harbour board"]


def test_a_credit_after_a_scare_quote_in_single_marks_stands() -> None:
    from crosswire.analyze.parsed import parse
    from crosswire.analyze.pipeline import analyse_parsed

    text = (
        "The plan has been branded 'a disgrace' by residents. According to the harbour "
        "board, 300 homes are at risk of flooding. 'We were never consulted,' said "
        "resident Jo Ortega."
    )
    found = analyse_parsed(parse(Article.create(text, "Flood"))).credits
    assert "according to the harbour board" in [c.text.lower() for c in found]


@pytest.mark.model
def test_a_quotes_own_attribution_is_its_speaker_not_a_credit(make_parsed: MakeParsed) -> None:
    text = (
        'The Selk caucus met late Friday. "It is a complete betrayal," the caucus said. '
        '"We are not impacted," the Selk school board said on Twitter.\n\n'
        "The caucus said 40 members would attend."
    )
    an = analyse_parsed(make_parsed(text, published=dt.date(2026, 3, 10)))
    credited = [c.text for c in an.credits]
    assert "the caucus said" not in credited  # the quote's speaker
    assert any("on Twitter" in c for c in credited)  # a venue stays
    assert any(c.startswith("The caucus said") for c in credited)  # a fact's source
