"""Classes of missed or mis-kinded credits found by a hand audit of the credits on
web news pages and newswire no rule was written on, one rule per test, in
hand-written, fictional sentences (the outlets are real names: what is tested is
that their names are known):

1. a news outlet whose name carries no word such as "News", "Times" or "Post"
   ("ProPublica", "Rolling Stone", "The Hill", "Bloomberg News") is an outlet, not
   "other"; a name that only starts like one is not ("The Atlantic Council"), nor
   is a person ("Michael Bloomberg");
2. a body that reiterates, asserts or discloses a fact is credited as one that says
   it;
3. "the unions said" credits the unions (a union is ``other``), as "the union said"
   does;
4. "the WHO" is the World Health Organization, an official body;
5. a message sent to a medium ("said in an email to The Associated Press", "in a
   statement to the Orlin Ledger") credits the medium, as "told" it does, and so does
   a medium the words came through ("via USA Today"); a letter to a body or a call
   via an app credits no one;
6. a seat of government or an agency known by its name or acronym alone ("the White
   House", "the Pentagon", "NASA", "the CDC", "the Census Bureau", "the Bureau of
   Labor Statistics") is an official body, not "other" or a document (and "EPA" is no
   press agency, whatever its last letters);
7. a spokesperson of a business ("a company spokesman", "a spokeswoman for the
   airline") speaks for no public body: ``other``, where a police or a politician's
   spokesman stays ``official``;
8. people addressed after "told" ("told U.S. Marines that …") are an audience, not an
   outlet;
9. research and a review find as a study does ("Some research suggests", "One review
   of 14 studies found"): documents;
10. a piece named by its outlet as a subject ("A Velmora Post report said") credits the
    outlet, as "according to a Velmora Post report" does;
11. commanders speak for a military as officers do, and an unnamed group keeps the
    initials before it ("U.S. commanders said", "U.S. officials say": not "officials");
12. a company's short name speaks as the company ("…, Velmar said." after "Velmar
    Holdings PLC"), whatever label the parse gives it, unless a person's name ends in it.
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.sources import classify, find_credits


def _credits(make_parsed: MakeParsed, text: str) -> list[str]:
    return [f"{c.source}|{c.kind}" for c in find_credits(make_parsed(text, outlet="Orlin Ledger"))]


@pytest.mark.parametrize(
    "name",
    [
        "ProPublica",
        "Rolling Stone",
        "The Hill",
        "The Intercept",
        "Business Insider",
        "Mother Jones",
        "Bloomberg News",
        "Drudge Report",
        "Bleacher Report",
        "The Atlantic",
    ],
)
def test_a_named_outlet_without_an_outlet_word_is_an_outlet(name: str) -> None:
    assert classify(name) == "outlet"


@pytest.mark.parametrize(
    "name",
    ["The Atlantic Council", "Michael Bloomberg", "Capitol Hill", "The Federalist Society"],
)
def test_a_name_that_only_starts_like_an_outlet_is_none(name: str) -> None:
    assert classify(name) != "outlet"


@pytest.mark.model
def test_an_outlet_reporting_is_credited_as_an_outlet(make_parsed: MakeParsed) -> None:
    text = "Rolling Stone reported that the Velmora band would reunite for a tour in May."
    assert _credits(make_parsed, text) == ["Rolling Stone|outlet"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velmora ministry reiterated that all of the settlements on the coast are illegal.",
            "The Velmora ministry|official",
        ),
        (
            "Prosecutors asserted that Dana Reyes lied to the Orlin grand jury.",
            "Prosecutors|official",
        ),
        (
            "The Velmora ministry reiterated it still considers the settlements illegal.",
            "The Velmora ministry|official",
        ),
        (
            "The Orlin Transit Authority disclosed that it had paid the hackers $40,000.",
            "The Orlin Transit Authority|official",
        ),
        ("The unions said more than 15,000 people registered for the rally.", "The unions|other"),
        ("Untreated pneumonic plague is nearly always fatal, the WHO says.", "WHO|official"),
    ],
)
def test_a_body_stating_a_fact_is_credited(
    make_parsed: MakeParsed, text: str, expected: str
) -> None:
    assert _credits(make_parsed, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dana Reyes's lawyer said in an email to The Associated Press that she never "
            "meant any harm.",
            ["The Associated Press|wire"],
        ),
        (
            "The mayor said in a statement to the Velmora Courier that the pier would close.",
            ["the Velmora Courier|outlet"],
        ),
        (
            "Okafor, via USA Today, said that the Orlin striker would start on Sunday.",
            ["USA Today|outlet"],
        ),
        ("The mayor said in a letter to Congress that the pier would close.", []),
        ("The mayor spoke via Zoom to the Orlin council on Monday.", []),
    ],
)
def test_a_message_to_a_medium_credits_the_medium(
    make_parsed: MakeParsed, text: str, expected: list[str]
) -> None:
    assert _credits(make_parsed, text) == expected


@pytest.mark.parametrize(
    "name",
    [
        "The White House",
        "the Pentagon",
        "The Kremlin",
        "NASA",
        "the CDC",
        "The EPA",
        "the Census Bureau",
        "The Bureau of Labor Statistics",
        "The Federal Reserve",
    ],
)
def test_a_government_body_known_by_name_is_official(name: str) -> None:
    assert classify(name) == "official"


@pytest.mark.parametrize(
    "name", ["The Washington Commanders", "Better Business Bureau", "the Orlin Farm Bureau"]
)
def test_a_name_with_an_official_word_in_it_is_no_body(name: str) -> None:
    assert classify(name) != "official"


@pytest.mark.parametrize("name", ["the FBI's report", "a White House statement"])
def test_a_bodys_paper_is_still_a_document(name: str) -> None:
    assert classify(name) == "document"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("A company spokesman", "other"),
        ("a spokeswoman for the airline", "other"),
        ("A police spokesman", "official"),
        ("a central bank spokesman", "official"),
        ("Weiner's spokesman", "official"),
    ],
)
def test_a_business_spokesperson_is_no_official(name: str, kind: str) -> None:
    assert classify(name) == kind


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The general told U.S. Marines that their goal was to reach Velmora by May.",
        "The president told Senate Republicans that the Orlin bill would pass.",
    ],
)
def test_people_told_are_an_audience(make_parsed: MakeParsed, text: str) -> None:
    assert _credits(make_parsed, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some research suggests that fasting lowers the risk.", ["Some research|document"]),
        (
            "One review of 14 studies found that fasting cut weight by 3 percent.",
            ["One review of 14 studies|document"],
        ),
    ],
)
def test_research_and_reviews_find_as_studies_do(
    make_parsed: MakeParsed, text: str, expected: list[str]
) -> None:
    assert _credits(make_parsed, text) == expected


@pytest.mark.model
def test_an_outlets_piece_as_a_subject_credits_the_outlet(make_parsed: MakeParsed) -> None:
    text = "A Velmora Post report said the senator had misstated his service."
    assert _credits(make_parsed, text) == ["Velmora Post|outlet"]
    # a body's report stays the body's document
    text = "The Orlin League report says the coach broke the recruiting rules."
    assert _credits(make_parsed, text) == ["The Orlin League report|document"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. commanders said 5,500 prisoners were taken near Orlin.",
            ["U.S. commanders|official"],
        ),
        (
            "U.S. officials say hundreds of Velmoran troops were killed.",
            ["U.S. officials|official"],
        ),
    ],
)
def test_an_unnamed_group_keeps_its_initials(
    make_parsed: MakeParsed, text: str, expected: list[str]
) -> None:
    assert _credits(make_parsed, text) == expected


@pytest.mark.model
def test_a_companys_short_name_speaks_as_the_company(make_parsed: MakeParsed) -> None:
    text = (
        "Velmar Holdings PLC said its profit rose 12% in the first half. Sales of its "
        "magazines fell 3%, Velmar said."
    )
    assert "Velmar|other" in _credits(make_parsed, text)
    text = (
        "John Velmar, the chairman of Velmar Holdings PLC, spoke on Monday. Sales of its "
        "magazines fell 3%, Velmar said."
    )
    assert "Velmar|other" not in _credits(make_parsed, text)
    text = (
        "Velmar Holdings PLC sold the Orlin plant. Mayor Velmar criticised the sale on "
        "Monday. The sale was a mistake, Velmar said."
    )
    assert "Velmar|other" not in _credits(make_parsed, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Orlin council asserted executive privilege over the documents.",
        "The committee reiterated its request for the Velmora documents.",
    ],
)
def test_a_verb_with_a_plain_object_passes_on_no_fact(make_parsed: MakeParsed, text: str) -> None:
    assert _credits(make_parsed, text) == []
