from __future__ import annotations

import datetime as dt

from crosswire.analyze.sentences import split_sentences
from crosswire.link.reuse import find_reuse, reused_passages
from crosswire.model import Analysis, Article, Quote, Sentence

WIRE = "The group said its fighters had reached the outer fence of the depot before dawn on Monday."


def _art(text: str) -> tuple[Article, Analysis]:
    a = Article.create(text, "t", published=dt.date(2026, 3, 10))
    sents = tuple(Sentence(a.id, s, e) for s, e in split_sentences(text))
    return a, Analysis(a.id, sentences=sents)


def test_near_verbatim_wire_sentence_is_found() -> None:
    a, an_a = _art("Smoke rose over the port. " + WIRE)
    b, an_b = _art(WIRE.replace("reached", "got to") + " Officials disputed the account.")
    c, an_c = _art("The council met to discuss the flood barrier and its cost to residents.")
    found = find_reuse({x.id: x for x in (a, b, c)}, [an_a, an_b, an_c])
    assert len(found) == 1
    r = found[0]
    assert {r.a.article, r.b.article} == {a.id, b.id}
    assert r.similarity >= 0.7
    assert WIRE in {r.a.text, r.b.text}


SECOND = (
    "Officials at the port authority said the fuel tanks would burn for at least three more days."
)


def test_pairs_join_into_one_passage_per_shared_sentence() -> None:
    # four articles carry the wire sentence (6 pairs), two of them a second one (1 pair)
    arts = [
        _art("Smoke rose over the port. " + WIRE),
        _art(WIRE.replace("reached", "got to") + " " + SECOND),
        _art("Residents fled. " + WIRE + " " + SECOND.replace("fuel ", "")),
        _art(WIRE + " The council met."),
        _art("The council met to discuss the flood barrier and its cost to residents."),
    ]
    articles = {a.id: a for a, _ in arts}
    pairs = find_reuse(articles, [an for _, an in arts])
    assert len(pairs) == 7
    order = [a.id for a, _ in reversed(arts)]
    passages = reused_passages(pairs, order)
    assert [len(p.articles) for p in passages] == [4, 2]
    wire, second = passages
    assert set(wire.articles) == {a.id for a, _ in arts[:4]}
    assert list(wire.articles) == [a for a in order if a in wire.articles]  # the given order
    for p in passages:
        assert len(p.spans) == len(p.articles)  # one copy per article
        for s in p.spans:
            assert articles[s.article].text[s.start : s.end] == s.text
        assert 0.7 <= p.low <= p.high <= 1.0
    assert wire.high == 1.0 and wire.low < 1.0  # verbatim copies and the "got to" one
    assert SECOND in {s.text for s in second.spans}


def test_no_pairs_no_passages() -> None:
    assert reused_passages([]) == []


def test_similarity_range_is_shown_once_when_it_rounds_to_one_value() -> None:
    from crosswire.model import ReusedPassage

    assert ReusedPassage((), 0.931, 0.934).similarity == "93%"
    assert ReusedPassage((), 0.85, 1.0).similarity == "85–100%"


def test_one_statement_quoted_by_two_outlets_is_no_reused_prose() -> None:
    # two outlets printing the same quote have not copied each other (quote groups
    # show it); the same background sentence around no quote has
    said = (
        "“We will rebuild the outer fence of the depot before the winter storms,” Ilse Marr said."
    )
    quoted = "“We will rebuild the outer fence of the depot before the winter storms.”"
    a, an_a = _art(said + " " + WIRE)
    b, an_b = _art(quoted + " " + WIRE)
    found = find_reuse({a.id: a, b.id: b}, [an_a, an_b])
    assert [r.a.text for r in found] == [WIRE]
    # a multi-sentence quote's middle sentence has no marks: the quote span says it
    c, an_c = _art(
        "The fence was old. The depot needs a new fence before the winter storms arrive."
    )
    d, an_d = _art("Ilse Marr said. The depot needs a new fence before the winter storms arrive.")
    i = c.text.index("The depot")
    j = d.text.index("The depot")
    an_c = Analysis(c.id, sentences=an_c.sentences, quotes=(Quote(c.id, i, len(c.text), "x"),))
    an_d = Analysis(d.id, sentences=an_d.sentences, quotes=(Quote(d.id, j, len(d.text), "x"),))
    assert find_reuse({c.id: c, d.id: d}, [an_c, an_d]) == []
    assert len(find_reuse({c.id: c, d.id: d}, [_art(c.text)[1], _art(d.text)[1]])) == 1


def test_one_outlet_quoting_anothers_prose_is_reuse() -> None:
    # "But, the Times reported, “an examination of his remarks ... shows that ...”"
    # copies the Times' own sentence: reuse, though one side is in quotation marks
    prose = "An examination of his remarks at the ceremonies shows that he never served at sea."
    a, an_a = _art("The pier board met. " + prose)
    b, an_b = _art(f"The Ledger reported: “{prose}” Vane denied it.")
    i = b.text.index(prose)
    an_b = Analysis(b.id, sentences=an_b.sentences, quotes=(Quote(b.id, i, i + len(prose), "x"),))
    found = find_reuse({a.id: a, b.id: b}, [an_a, an_b])
    assert len(found) == 1 and prose in found[0].a.text + found[0].b.text
