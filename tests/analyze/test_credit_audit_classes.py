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
    Holdings PLC"), whatever label the parse gives it, unless a person's name ends in it;
13. a medium's name in brackets closing a paragraph is the source of the excerpt before
    it ("… is noticeable. [Engadget]", a roundup of reviews), and so is the outlet a
    piece was first published by ("This article was originally published by Futurism");
    a body in brackets is none.
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.sources import classify, find_credits


def _credits(make_parsed: MakeParsed, text: str) -> list[str]:
    return [f"{c.source}|{c.kind}" for c in find_credits(make_parsed(text, outlet="Orlin Ledger"))]


# (name, kind): the kind a source's name has; (name, "!kind"): a kind it must not have
KINDS_BY_NAME = [
    # 1. outlets whose names carry no outlet word, and names that only start like one
    ("ProPublica", "outlet"),
    ("Rolling Stone", "outlet"),
    ("The Hill", "outlet"),
    ("The Intercept", "outlet"),
    ("Business Insider", "outlet"),
    ("Mother Jones", "outlet"),
    ("Bloomberg News", "outlet"),
    ("Drudge Report", "outlet"),
    ("Bleacher Report", "outlet"),
    ("The Atlantic", "outlet"),
    ("The Atlantic Council", "!outlet"),
    ("Michael Bloomberg", "!outlet"),
    ("Capitol Hill", "!outlet"),
    ("The Federalist Society", "!outlet"),
    # 6. seats of government and agencies by name; names that only hold an official word;
    # a body's paper
    ("The White House", "official"),
    ("the Pentagon", "official"),
    ("The Kremlin", "official"),
    ("NASA", "official"),
    ("the CDC", "official"),
    ("The EPA", "official"),
    ("the Census Bureau", "official"),
    ("The Bureau of Labor Statistics", "official"),
    ("The Federal Reserve", "official"),
    ("The Washington Commanders", "!official"),
    ("Better Business Bureau", "!official"),
    ("the Orlin Farm Bureau", "!official"),
    ("the FBI's report", "document"),
    ("a White House statement", "document"),
    # 7. a business's spokesperson, and those of public bodies
    ("A company spokesman", "other"),
    ("a spokeswoman for the airline", "other"),
    ("A police spokesman", "official"),
    ("a central bank spokesman", "official"),
    ("Weiner's spokesman", "official"),
]


@pytest.mark.parametrize(("name", "kind"), KINDS_BY_NAME)
def test_the_kind_of_a_named_source(name: str, kind: str) -> None:
    if kind.startswith("!"):
        assert classify(name) != kind[1:]
    else:
        assert classify(name) == kind


# (sentence, the credits found in it as "source|kind")
CREDITS_BY_SENTENCE = [
    # 1.
    (
        "Rolling Stone reported that the Velmora band would reunite for a tour in May.",
        ["Rolling Stone|outlet"],
    ),
    # 2.-4. bodies stating a fact (and 2. a clause without "that")
    (
        "The Velmora ministry reiterated that all of the settlements on the coast are illegal.",
        ["The Velmora ministry|official"],
    ),
    (
        "Prosecutors asserted that Dana Reyes lied to the Orlin grand jury.",
        ["Prosecutors|official"],
    ),
    (
        "The Velmora ministry reiterated it still considers the settlements illegal.",
        ["The Velmora ministry|official"],
    ),
    (
        "The Orlin Transit Authority disclosed that it had paid the hackers $40,000.",
        ["The Orlin Transit Authority|official"],
    ),
    ("The unions said more than 15,000 people registered for the rally.", ["The unions|other"]),
    ("Untreated pneumonic plague is nearly always fatal, the WHO says.", ["WHO|official"]),
    # a verb with a plain object passes on no fact
    ("The Orlin council asserted executive privilege over the documents.", []),
    ("The committee reiterated its request for the Velmora documents.", []),
    # 5. a message to a medium, a medium the words came through
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
    # 8. people told are an audience
    ("The general told U.S. Marines that their goal was to reach Velmora by May.", []),
    ("The president told Senate Republicans that the Orlin bill would pass.", []),
    # 9. research and reviews
    ("Some research suggests that fasting lowers the risk.", ["Some research|document"]),
    (
        "One review of 14 studies found that fasting cut weight by 3 percent.",
        ["One review of 14 studies|document"],
    ),
    # 10. an outlet's piece as a subject; a body's report stays the body's document
    ("A Velmora Post report said the senator had misstated his service.", ["Velmora Post|outlet"]),
    (
        "The Orlin League report says the coach broke the recruiting rules.",
        ["The Orlin League report|document"],
    ),
    # 11. commanders, and the initials before an unnamed group
    ("U.S. commanders said 5,500 prisoners were taken near Orlin.", ["U.S. commanders|official"]),
    ("U.S. officials say hundreds of Velmoran troops were killed.", ["U.S. officials|official"]),
    # 13. a medium in brackets closing a paragraph, and the outlet a piece first ran in
    (
        "The games look sharp, but the lag is noticeable. [Engadget]\n\nIt runs well on "
        "a fast line. [PC World]\n\nThe Velmora council met. [Velmora Council]",
        ["Engadget|outlet", "PC World|outlet"],
    ),
    ("This article was originally published by Futurism.", ["Futurism|outlet"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CREDITS_BY_SENTENCE)
def test_the_credits_of_a_sentence(make_parsed: MakeParsed, text: str, expected: list[str]) -> None:
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
