"""The data model's derived views: what a hedge qualifies in a dossier."""

from __future__ import annotations

import datetime as dt

from crosswire.model import Article, Claim, ClaimGroup, Dossier, Hedge, Quote, QuoteGroup, Story
from crosswire.report import validate_dossier

TEXT = (
    "The ministry said 40 boats were lost, a figure that could not be independently "
    'verified. "We will rebuild," said Ines Marwick. About 300 people attended.'
)


def test_a_hedge_carries_its_sentence_and_the_findings_it_qualifies() -> None:
    art = Article.create(TEXT, "Boats lost", published=dt.date(2026, 3, 1))
    first_end = TEXT.index(' "We')
    s = TEXT.index("40 boats")
    claim = Claim(art.id, s, s + 8, "40 boats", 40, 40, 40, "item", "count", "boat")
    q0 = TEXT.index("We will")
    quote = Quote(art.id, q0, q0 + 15, "We will rebuild", speaker="Ines Marwick")
    h0 = TEXT.index("could not")
    hedge = Hedge(art.id, h0, h0 + 35, TEXT[h0 : h0 + 35], "unverified", 0, first_end)
    d = Dossier(
        Story("s1", "Boats", (art.id,)),
        (art,),
        quotes=(QuoteGroup("q1", "Ines Marwick", None, (quote,)),),
        claims=(ClaimGroup("c1", "boats lost", "single", (claim,)),),
        hedges=(hedge,),
    )
    assert d.qualified_by(hedge) == ("c1",)
    (h,) = d.to_dict()["hedges"]
    assert h["sentence"]["text"] == TEXT[:first_end] and h["qualifies"] == ["c1"]
    validate_dossier(d.to_dict(), {art.id: art.text})
    # a hedge stored before sentences were recorded has neither field
    old = Hedge(art.id, h0, h0 + 35, TEXT[h0 : h0 + 35])
    assert "sentence" not in Dossier(d.story, d.articles, hedges=(old,)).to_dict()["hedges"][0]
