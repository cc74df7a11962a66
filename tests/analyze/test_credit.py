"""Who is credited for each number, on hand-made claims, quotes and credits.

The claims, quotes and credits are built by hand at their offsets so each test
checks ``credit_claims`` alone; the speech-verb subject rule needs the spaCy
parse and is marked ``model``.
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.credit import credit_claims
from crosswire.analyze.parsed import ParsedArticle
from crosswire.analyze.sources import find_credits
from crosswire.model import Claim, Credit, Quote


def claim(parsed: ParsedArticle, needle: str, credited_to: str | None = None) -> Claim:
    """A claim spanning ``needle`` (its value does not matter to crediting)."""
    s = parsed.text.index(needle)
    e = s + len(needle)
    return Claim(
        parsed.article.id, s, e, needle, 1, 1, 1, "person", "count", None, False, credited_to
    )


def quote(
    parsed: ParsedArticle, words: str, speaker: str | None, speaker_text: str | None = None
) -> Quote:
    s = parsed.text.index(words)
    return Quote(parsed.article.id, s, s + len(words), words, speaker, speaker_text)


def credit(parsed: ParsedArticle, phrase: str, source: str, kind: str = "official") -> Credit:
    s = parsed.text.index(phrase)
    return Credit(parsed.article.id, s, s + len(phrase), phrase, source, kind)


def test_a_number_inside_a_quote_goes_to_its_speaker(make_parsed: MakeParsed) -> None:
    p = make_parsed('"We moved 1,200 people," said Teodora Vask.', model=False)
    (out,) = credit_claims(
        p, [claim(p, "1,200 people")], [quote(p, "We moved 1,200 people", "Teodora Vask")], []
    )
    assert out.credited_to == "Teodora Vask"


def test_a_quote_without_a_speaker_does_not_credit(make_parsed: MakeParsed) -> None:
    # the attribution as written ("a volunteer") names nobody: it is no credit
    p = make_parsed('"We moved 1,200 people," a volunteer said.', model=False)
    q = quote(p, "We moved 1,200 people", None, speaker_text="a volunteer")
    (out,) = credit_claims(p, [claim(p, "1,200 people")], [q], [])
    assert out.credited_to is None


def test_a_quote_without_a_speaker_leaves_the_sentence_credit(make_parsed: MakeParsed) -> None:
    text = 'According to the Red Cross, "we moved 1,200 people," a volunteer said.'
    p = make_parsed(text, model=False)
    q = quote(p, "we moved 1,200 people", None, speaker_text="a volunteer")
    c = credit(p, "According to the Red Cross", "the Red Cross")
    (out,) = credit_claims(p, [claim(p, "1,200 people")], [q], [c])
    assert out.credited_to == "the Red Cross"


def test_the_nearest_credit_before_the_number_in_its_sentence(make_parsed: MakeParsed) -> None:
    text = "According to the Red Cross, 1,500 people left, and the ministry said 900 returned."
    p = make_parsed(text, model=False)
    credits = [
        credit(p, "According to the Red Cross", "the Red Cross"),
        credit(p, "the ministry said", "the ministry"),
    ]
    out = credit_claims(p, [claim(p, "1,500 people"), claim(p, "900 returned")], [], credits)
    assert [c.credited_to for c in out] == ["the Red Cross", "the ministry"]


def test_a_credit_after_the_number_counts_when_none_is_before(make_parsed: MakeParsed) -> None:
    text = "Four guards were killed, according to the interior ministry."
    p = make_parsed(text, model=False)
    c = credit(p, "according to the interior ministry", "the interior ministry")
    (out,) = credit_claims(p, [claim(p, "Four guards")], [], [c])
    assert out.credited_to == "the interior ministry"


def test_a_credit_in_another_sentence_does_not_count(make_parsed: MakeParsed) -> None:
    text = "According to Reuters, the depot burned. Four guards were killed."
    p = make_parsed(text, model=False)
    c = credit(p, "According to Reuters", "Reuters", "wire")
    (out,) = credit_claims(p, [claim(p, "Four guards")], [], [c])
    assert out.credited_to is None


def test_a_claim_already_credited_is_kept(make_parsed: MakeParsed) -> None:
    text = "According to Reuters, four guards were killed."
    p = make_parsed(text, model=False)
    c = credit(p, "According to Reuters", "Reuters", "wire")
    (out,) = credit_claims(p, [claim(p, "four guards", credited_to="the governor")], [], [c])
    assert out.credited_to == "the governor"


def test_the_speaker_beats_a_credit_in_the_sentence(make_parsed: MakeParsed) -> None:
    text = 'According to the ministry, "we lost 12 men," said Adaeze Okafor.'
    p = make_parsed(text, model=False)
    (out,) = credit_claims(
        p,
        [claim(p, "12 men")],
        [quote(p, "we lost 12 men", "Adaeze Okafor")],
        [credit(p, "According to the ministry", "the ministry")],
    )
    assert out.credited_to == "Adaeze Okafor"


@pytest.mark.model
def test_each_clause_credits_its_own_speaker(make_parsed: MakeParsed) -> None:
    text = "The governor says several dozen attackers took part; the group says 200 fighters."
    p = make_parsed(text)
    out = credit_claims(
        p, [claim(p, "several dozen attackers"), claim(p, "200 fighters")], [], find_credits(p)
    )
    assert [c.credited_to for c in out] == ["The governor", "the group"]


@pytest.mark.model
def test_a_named_person_as_subject_of_a_speech_verb(make_parsed: MakeParsed) -> None:
    text = "Governor Mohammed al-Qasimi said 40 attackers took part in the raid."
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "40 attackers")], [], [])
    assert out.credited_to is not None and "al-Qasimi" in out.credited_to


def test_who_forecasts_or_predicts_a_figure_is_credited(make_parsed: MakeParsed) -> None:
    # "Canada's Food Price Report forecasts that ... vegetables will rise by 4 to 6 per
    # cent", "McCarthy supporters predicted that Mr. Labrador would muster no more than a
    # few dozen votes" (the GGT claim audit: the source the sentence names was missing)
    text = (
        "Orlin’s Harbour Price Report forecasts that in 2026 the price of berths will rise "
        "by 4 to 6 per cent."
    )
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "4 to 6 per cent")], [], [])
    assert out.credited_to is not None and "Harbour Price Report" in out.credited_to
    text = "Brel supporters predicted that Lund would win no more than 40 votes."
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "no more than 40 votes")], [], [])
    assert out.credited_to is not None and "supporters" in out.credited_to


def test_no_parse_and_no_credit_leaves_the_number_uncredited(make_parsed: MakeParsed) -> None:
    p = make_parsed("Governor Mohammed al-Qasimi said 40 attackers took part.", model=False)
    (out,) = credit_claims(p, [claim(p, "40 attackers")], [], [])
    assert out.credited_to is None


def counted(parsed: ParsedArticle, needle: str, noun: str, quantity: str = "count") -> Claim:
    s = parsed.text.index(needle)
    return Claim(parsed.article.id, s, s + len(needle), needle, 2, 2, 2, "person", quantity, noun)


def test_a_count_of_the_sources_in_a_credit_is_no_claim(make_parsed: MakeParsed) -> None:
    text = "The mill will close, according to two people familiar with the plan, cutting 90 jobs."
    p = make_parsed(text, model=False)
    cr = credit(p, "according to two people familiar with the plan", "two people familiar")
    out = credit_claims(
        p, [counted(p, "two people", "people"), counted(p, "90 jobs", "job")], [], [cr]
    )
    assert [c.text for c in out] == ["90 jobs"]
    assert out[0].credited_to == "two people familiar"


@pytest.mark.model
def test_a_count_of_the_speakers_is_no_claim_but_what_is_reported_is(
    make_parsed: MakeParsed,
) -> None:
    p = make_parsed(
        "Three jurors said the vote was close. About 4,000 people are reported as marching."
    )
    claims = [counted(p, "Three jurors", "juror"), counted(p, "4,000 people", "people")]
    assert [c.text for c in credit_claims(p, claims, [], [])] == ["4,000 people"]
    p = make_parsed("Two jurors, 45 percent of the panel, said the vote was close.")
    claims = [counted(p, "45 percent", "panel", "percent")]
    assert len(credit_claims(p, claims, [], [])) == 1  # a share is no count of sources


@pytest.mark.model
def test_adding_points_or_writing_a_book_is_no_speech(make_parsed: MakeParsed) -> None:
    p = make_parsed("The Varden index added 12 points on Friday.")
    (out,) = credit_claims(p, [counted(p, "12 points", "point")], [], [])
    assert out.credited_to is None
    text = "The Tarn index fell 10.2 points, and the Varden index added 20.72 points, or 0.24%."
    p = make_parsed(text)
    (out,) = credit_claims(p, [counted(p, "20.72 points", "point")], [], [])
    assert out.credited_to is None  # parsed with the figure as an adverbial
    p = make_parsed("The mayor added that 12 people were hurt.")
    (out,) = credit_claims(p, [counted(p, "12 people", "people")], [], [])
    assert out.credited_to == "The mayor"


def test_a_count_deeper_in_a_sources_name_stays_a_claim(make_parsed: MakeParsed) -> None:
    text = "Sleep improved, according to one study in 38 people."
    p = make_parsed(text, model=False)
    cr = credit(p, "according to one study in 38 people", "one study in 38 people")
    claims = [counted(p, "one study", "study"), counted(p, "38 people", "people")]
    assert [c.text for c in credit_claims(p, claims, [], [cr])] == ["38 people"]


@pytest.mark.model
def test_a_speaker_is_not_credited_with_a_number_in_their_own_description(
    make_parsed: MakeParsed,
) -> None:
    text = "Tomas Brandt, 66, a retired pilot, said 40 houses burned."
    p = make_parsed(text)
    claims = [counted(p, "66", "year", "age"), counted(p, "40 houses", "house")]
    out = credit_claims(p, claims, [], [])
    assert [c.credited_to for c in out] == [None, "Tomas Brandt"]  # named, no appositive


@pytest.mark.model
def test_a_study_that_finds_a_figure_is_its_credit(make_parsed: MakeParsed) -> None:
    p = make_parsed("A harbour study found that 40 percent of the piers were unsafe.")
    (out,) = credit_claims(p, [counted(p, "40 percent", "pier", "percent")], [], [])
    assert out.credited_to == "A harbour study"
    p = make_parsed("Divers found 40 crates near the pier.")
    (out,) = credit_claims(p, [counted(p, "40 crates", "crate")], [], [])
    assert out.credited_to is None  # finding things is no source


def test_what_was_estimated_is_no_source(make_parsed: MakeParsed) -> None:
    # the passive subject is the thing estimated; the authorities said it
    text = "Damage to the Ostrin chapel was estimated at $2 million, authorities said Sunday."
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "$2 million")], [], find_credits(p))
    assert out.credited_to == "authorities"
    text = "The cost of the repairs was estimated at $2 million."
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "$2 million")], [], find_credits(p))
    assert out.credited_to is None


def test_a_source_opening_a_subordinate_clause_after_the_number_is_not_its_credit(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The shooting sparked five days of riots after witnesses claimed the officer fired first."
    )
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "five days")], [], find_credits(p))
    assert out.credited_to is None
    text = "The blast killed three people before dawn, officials said."
    p = make_parsed(text)
    (out,) = credit_claims(p, [claim(p, "three people")], [], find_credits(p))
    assert out.credited_to == "officials"


@pytest.mark.model
def test_a_number_is_not_credited_to_the_speaker_of_the_next_paragraph(
    make_parsed: MakeParsed,
) -> None:
    # the parser ran one sentence over the paragraph break, so Tova Marsh, who speaks
    # in the next paragraph, was credited with the board's shortfall
    text = (
        "The harbour board heard Thursday that the port was at least $1 billion short "
        "for the full pier, and it may have to stop at Selk.\n\nBut coming up with shorter "
        "piers could be part of the mayor's attempts to make the plan seem cheaper, said "
        "Tova Marsh."
    )
    p = make_parsed(text, model=True)
    (out,) = credit_claims(p, [claim(p, "at least $1 billion")], [], find_credits(p))
    assert out.credited_to is None
    # a paragraph a colon introduces is read with it
    text = "According to reports in the Orlin Herald:\n\nVell was sentenced to 485 years."
    p = make_parsed(text, model=True)
    (out,) = credit_claims(p, [claim(p, "485 years")], [], find_credits(p))
    assert out.credited_to == "reports in the Orlin Herald"


def test_an_according_to_closing_the_clause_beats_a_venue_named_before(
    make_parsed: MakeParsed,
) -> None:
    # "disputed a report in the Times as a distortion of his service - six months on
    # Parris Island ..., according to his campaign": the campaign gives the figures
    text = (
        "Brel's office disputed a report in the Orlin Ledger as a distortion of his "
        "service: six months at sea, according to his office."
    )
    p = make_parsed(text, model=False)
    credits = [
        credit(p, "in the Orlin Ledger", "Orlin Ledger", "outlet"),
        credit(p, "according to his office", "his office", "other"),
    ]
    (out,) = credit_claims(p, [claim(p, "six months")], [], credits)
    assert out.credited_to == "his office"
    # a source that speaks before the figure keeps it
    said = "Officials estimated the fire caused $1 million in damage, according to the Ledger."
    p = make_parsed(said, model=True)
    credits = [credit(p, "according to the Ledger", "the Ledger", "outlet")]
    (out,) = credit_claims(p, [claim(p, "$1 million")], [], credits)
    assert out.credited_to != "the Ledger"


@pytest.mark.model
def test_a_speaker_credited_with_a_figure_is_named_without_the_appositive(
    make_parsed: MakeParsed,
) -> None:
    # "Gen. Nhek Bunchhay, a loyalist of ousted ... Prince Norodom Ranariddh, said ...
    # within the next two weeks": credited to the whole appositive
    text = (
        "Tomas Vane, a spokesman for the harbour board, said the pier would reopen "
        "within the next two weeks."
    )
    p = make_parsed(text, model=True)
    (out,) = credit_claims(p, [claim(p, "two weeks")], [], [])
    assert out.credited_to == "Tomas Vane"


@pytest.mark.model
def test_a_speaker_is_named_without_the_paragraph_before(make_parsed: MakeParsed) -> None:
    # the parse ran a subject over a paragraph break: "”\n\nKing" was a credit
    text = "Posted 2:22 PM\n\nTraeger said roughly 65 per cent of the staff would leave."
    p = make_parsed(text, model=True)
    (out,) = credit_claims(p, [claim(p, "roughly 65 per cent")], [], [])
    assert out.credited_to in ("Traeger", None)


def test_an_age_outside_a_quote_is_credited_to_nobody(make_parsed: MakeParsed) -> None:
    # "Wojtaszek said of 47-year-old William Shrubsall", "the Red Sox said ... signing the
    # 28-year-old": the writer's description of someone, not the speaker's claim; inside
    # a quote it is the speaker's
    text = 'Prosecutor Ada Lurz said of 47-year-old Ben Orr that he was dangerous. "He is 47."'
    p = make_parsed(text, model=False)
    c = credit(p, "Prosecutor Ada Lurz said", "Prosecutor Ada Lurz")
    age = claim(p, "47-year-old")
    age = Claim(age.article, age.start, age.end, age.text, 47, 47, 47, "year", "age")
    s = text.index("47.")
    quoted = Claim(p.article.id, s, s + 2, "47", 47, 47, 47, "year", "age")
    q = quote(p, "He is 47.", "Ada Lurz")
    out = credit_claims(p, [age, quoted], [q], [c])
    assert [o.credited_to for o in out] == [None, "Ada Lurz"]
    # an age the sentence states as its speaker's fact stays theirs
    text = "The victim was 24 years old, police said."
    p = make_parsed(text, model=False)
    said = credit(p, "police said", "police")
    s = text.index("24 years old")
    stated = Claim(p.article.id, s, s + 12, "24 years old", 24, 24, 24, "year", "age")
    (out2,) = credit_claims(p, [stated], [], [said])
    assert out2.credited_to == "police"
