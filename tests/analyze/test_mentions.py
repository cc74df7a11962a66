"""Mention refinement: datelines, titled names, label votes, surname propagation."""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.mentions import dateline_end, refine_mentions
from crosswire.model import Mention


def _m(text: str, whole: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = whole.index(text, start + 1)
    return Mention("a", start, start + len(text), text, label)


def _ms(whole: str, *specs: tuple[str, str] | tuple[str, str, int]) -> list[Mention]:
    """Mentions in ``whole`` of each (text, label) or (text, label, nth)."""
    return [_m(spec[0], whole, *spec[1:]) for spec in specs]


def _kept(text: str, ms: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in refine_mentions(text, ms, "a")]


def test_dateline_mentions_feed_no_entity() -> None:
    text = "LOWMERE, Vale. — The council met. Lowmere voted."
    assert dateline_end(text) == text.index("The")
    ms = [_m("LOWMERE", text, "GPE"), _m("Lowmere", text, "GPE")]
    assert [m.text for m in refine_mentions(text, ms, "a")] == ["Lowmere"]
    assert dateline_end("Rick Santorum said Sunday") == 0
    assert dateline_end("PORT SARAB, March 9 (MPA) — A fire") > 0


def test_a_wire_dateline_closed_by_an_underscore_feeds_no_entity() -> None:
    text = "KORVALE, Ostrania (AP)_ The council met in Korvale. Ostrania voted."
    assert dateline_end(text) == text.index("The")
    assert dateline_end("KORVALE, Ostrania (AP) _\nThe council met.") == len(
        "KORVALE, Ostrania (AP) _\n"
    )
    ms = _ms(text, ("Ostrania", "GPE"), ("AP", "ORG"), ("Ostrania", "GPE", 1))
    kept = refine_mentions(text, ms, "a")
    assert [(m.text, m.start) for m in kept] == [("Ostrania", text.rindex("Ostrania"))]
    assert dateline_end("RIVO_BANK said Tuesday") == 0


def test_a_title_and_a_name_tagged_org_is_a_person() -> None:
    text = "Bishop Tomas Verhoek spoke, and the Lowmere Council listened."
    ms = [_m("Bishop Tomas Verhoek", text, "ORG"), _m("the Lowmere Council", text, "ORG")]
    assert [m.label for m in refine_mentions(text, ms, "a")] == ["PERSON", "ORG"]


def test_a_name_tagged_person_at_most_occurrences_is_a_person_everywhere() -> None:
    text = "Verhoek left. Verhoek came back. Verhoek said no."
    ms = [_m("Verhoek", text, "PERSON", 0), _m("Verhoek", text, "PERSON", 1)]
    ms.append(_m("Verhoek", text, "ORG", 2))
    assert {m.label for m in refine_mentions(text, ms, "a")} == {"PERSON"}


def test_a_surname_after_the_full_name_is_a_person_mention() -> None:
    text = (
        "Ines Marwick runs the port. Later Marwick said Mr. Marwick's plan works. "
        "The Marwick Foundation paid, and Jon Marwick too."
    )
    ms = [_m("Ines Marwick", text, "PERSON"), _m("Jon Marwick", text, "PERSON")]
    got = [(m.start, m.text, m.label) for m in refine_mentions(text, ms, "a")]
    starts = [s for s, _, _ in got]
    assert text.index("Marwick said") in starts
    assert text.index("Marwick's plan") in starts
    assert text.index("Marwick Foundation") not in starts  # part of a longer name
    assert all(label == "PERSON" for _, _, label in got)
    assert len(got) == 4


def test_a_name_with_a_quoted_nickname_is_one_person_mention() -> None:
    text = 'The mayor picked Tobias "Toby" Marwick, who led the port.'
    ms = [_m('Tobias "Toby', text, "PERSON"), _m("Marwick", text, "ORG")]
    assert _kept(text, ms) == [('Tobias "Toby" Marwick', "PERSON")]


def test_an_editors_bracketed_insertion_is_trimmed_from_the_name() -> None:
    text = "“It is a blow from [special counsel Ines] Marwick,” an aide said."
    ms = [_m("Ines] Marwick", text, "PERSON")]
    got = refine_mentions(text, ms, "a")
    assert [(m.text, text[m.start : m.end]) for m in got] == [("Marwick", "Marwick")]


def test_a_leading_descriptor_is_trimmed_but_a_title_or_a_lone_name_stays() -> None:
    text = (
        "Comedian Adaeze Okafor picked to host gala. Stunning Varga won. Sen. Ray spoke. Star left."
    )
    ms = [
        _m("Comedian Adaeze Okafor", text, "PERSON"),
        _m("Stunning Varga", text, "PERSON"),
        _m("Sen. Ray", text, "PERSON"),
        _m("Star", text, "PERSON"),
    ]
    got = refine_mentions(text, ms, "a")
    assert [(m.text, text[m.start : m.end]) for m in got] == [
        ("Adaeze Okafor", "Adaeze Okafor"),
        ("Varga", "Varga"),
        ("Sen. Ray", "Sen. Ray"),
        ("Star", "Star"),  # nothing left to be a name: kept as tagged
    ]


def test_partners_in_a_firm_name_are_one_organisation() -> None:
    text = (
        "He was a partner at Verhoek, Lund, Okafor, Brandt and Pell PC in the city. "
        "He left the law firm of Verhoek Lund in May, said Anna Brandt."
    )
    ms = [_m("Verhoek", text, "PERSON"), _m("Okafor", text, "PERSON")]
    ms += [_m("Verhoek Lund", text, "PERSON"), _m("Anna Brandt", text, "PERSON")]
    assert _kept(text, ms) == [
        ("Verhoek, Lund, Okafor, Brandt and Pell PC", "ORG"),
        ("Verhoek Lund", "ORG"),
        ("Anna Brandt", "PERSON"),
    ]
    # a list of people is no firm
    text = "Pell, Okafor and Lund met."
    ms = [_m("Pell", text, "PERSON"), _m("Okafor", text, "PERSON"), _m("Lund", text, "PERSON")]
    assert {label for _, label in _kept(text, ms)} == {"PERSON"}


def test_a_family_named_in_the_plural_is_a_group() -> None:
    text = "Mr. Marwick spoke. The Marwicks paid their taxes. Jon Peters came."
    ms = [_m("Marwick", text, "PERSON"), _m("Marwicks", text, "PERSON")]
    ms.append(_m("Peters", text, "PERSON"))
    assert _kept(text, ms) == [("Marwick", "PERSON"), ("Marwicks", "NORP"), ("Peters", "PERSON")]


def test_what_cannot_be_a_persons_name_is_no_person() -> None:
    text = (
        "Verhoek et al. wrote. She takes Zentex B6 daily. Lundism grew. It is O.K. "
        "Former Cong. Ines Lund spoke. Vote #SaveThePier now, the council’s aide said."
    )
    ms = [_m(w, text, "PERSON") for w in ("al", "Zentex B6", "Lundism", "O.K.", "Cong")]
    ms += [_m("SaveThePier", text, "PERSON"), _m("’s aide", text, "PERSON")]
    ms.append(_m("Ines Lund", text, "PERSON"))
    assert _kept(text, ms) == [("Ines Lund", "PERSON")]


def test_an_institution_tagged_person_is_an_organisation() -> None:
    text = "A former Justice Department lawyer spoke at the Verhoek Lecture."
    ms = [_m("Justice Department", text, "ORG"), _m("Verhoek Lecture", text, "PERSON")]
    # (a named lecture is an event: no person, nor a body)
    assert _kept(text, ms) == [("Justice Department", "ORG"), ("Verhoek Lecture", "EVENT")]


def test_an_initialism_with_full_stops_tagged_as_a_place_is_an_organisation() -> None:
    text = "More than 40 F.B.I. agents left the U.S. for the U.A.E. with N.J. police."
    ms = [_m(w, text, "GPE") for w in ("F.B.I.", "U.S.", "U.A.E.", "N.J.")]
    assert _kept(text, ms) == [("F.B.I.", "ORG"), ("U.S.", "GPE"), ("U.A.E.", "GPE"),
                               ("N.J.", "GPE")]  # fmt: skip


def test_a_name_in_a_title_case_headline_counts_only_if_the_body_names_it() -> None:
    text = (
        "Mayor Appoints Ex-Aide as Okafor Resigns From Council\n"
        "Adaeze Okafor resigned on Monday, and the mayor named an aide."
    )
    ms = [_m("Appoints Ex-Aide", text, "PERSON"), _m("Okafor", text, "PERSON")]
    ms.append(_m("Adaeze Okafor", text, "PERSON"))
    assert [t for t, _ in _kept(text, ms)] == ["Okafor", "Adaeze Okafor"]


def test_a_headline_mention_is_cut_to_the_name_the_body_uses() -> None:
    text = (
        "Beloved Harbour Pilot Adaeze Okafor Dies at 91\n"
        "Okafor Thanks Varga After Rescue\n"
        "Lena Varga Honoured\n"
        "Adaeze Okafor, who guided ships for forty years, died on Monday. "
        "She once thanked Lena Varga. Varga spoke at the funeral."
    )
    ms = _ms(
        text,
        ("Beloved Harbour Pilot Adaeze Okafor Dies", "PERSON"),
        ("Okafor Thanks Varga", "PERSON"),
        ("Lena Varga", "PERSON"),
        ("Adaeze Okafor", "PERSON", 1),
        ("Lena Varga", "PERSON", 1),
    )
    assert [t for t, _ in _kept(text, ms)][:3] == ["Adaeze Okafor", "Okafor", "Lena Varga"]


def test_a_headline_verb_before_a_surname_the_body_uses_is_cut_off() -> None:
    text = (
        "Council Flips Varga Harbour Ruling\n"
        "Kathy Okafor Quits\n"
        "The council reversed a rule Lena Varga made. Varga objected. Okafor quit."
    )
    ms = _ms(
        text,
        ("Flips Varga", "PERSON"),
        ("Kathy Okafor", "PERSON"),
        ("Lena Varga", "PERSON"),
        ("Varga", "PERSON", 2),
        ("Okafor", "PERSON", 1),
    )
    # "Flips" is no given name; "Kathy" is one, so the headline keeps her full name
    assert [t for t, _ in _kept(text, ms)][:2] == ["Varga", "Kathy Okafor"]


def test_lower_case_words_closing_a_name_are_trimmed() -> None:
    text = "Varga floored Tony Thompson in Berne. Ross doesn't know. She read Gone with the wind."
    ms = [
        _m("Tony Thompson in", text, "PERSON"),
        _m("Ross doesn", text, "ORG"),
        _m("Gone with the wind", text, "WORK_OF_ART"),
    ]
    assert _kept(text, ms) == [
        ("Tony Thompson", "PERSON"),
        ("Ross", "ORG"),
        ("Gone with the wind", "WORK_OF_ART"),  # a title keeps its words
    ]


def test_words_heading_a_name_that_no_name_starts_with_are_trimmed() -> None:
    text = (
        "The nurse rang Ines Varga at noon. Email Tomas Brandt at tb@example.org. "
        "Bill de Vries spoke. Follow Vale on the web. Follow Anna Lund on Twitter @alund."
    )
    ms = [
        _m("rang Ines Varga", text, "PERSON"),
        _m("Email Tomas Brandt", text, "PERSON"),
        _m("de Vries", text, "PERSON"),
        _m("Follow Vale", text, "PERSON"),
        _m("Twitter @alund", text, "PERSON"),
    ]
    assert _kept(text, ms) == [
        ("Ines Varga", "PERSON"),
        ("Tomas Brandt", "PERSON"),
        # a particle opens a surname (kept), and the given name the tag left out joins
        ("Bill de Vries", "PERSON"),
        ("Follow Vale", "PERSON"),  # one word after the imperative: left as tagged
    ]  # a handle is no name


def test_an_auxiliary_opening_a_question_is_no_given_name() -> None:
    text = "Ines Varga led. Will Varga keep the lead? Will Lund said she would."
    ms = [_m("Will Varga", text, "PERSON"), _m("Will Lund", text, "PERSON")]
    assert [t for t, _ in _kept(text, ms)] == ["Varga", "Will Lund"]  # a statement: a name


def test_a_noun_before_a_lone_name_may_be_a_given_name() -> None:
    text = "Star Jones returns to TV. Champion Varga won."
    ms = [_m("Star Jones", text, "PERSON"), _m("Champion Varga", text, "PERSON")]
    assert [t for t, _ in _kept(text, ms)] == ["Star Jones", "Champion Varga"]


def test_a_headline_name_holding_a_persons_full_name_is_that_person() -> None:
    text = (
        "Adaeze Okafor Checks Into Harbour Clinic\n"
        "Adaeze Okafor checked into a clinic on Monday, her lawyer said."
    )
    ms = [
        _m("Adaeze Okafor Checks Into Harbour Clinic", text, "ORG"),
        _m("Adaeze Okafor", text, "PERSON", 1),
    ]
    assert _kept(text, ms) == [("Adaeze Okafor", "PERSON"), ("Adaeze Okafor", "PERSON")]


def test_a_headline_place_named_after_a_person_stays_what_it_is() -> None:
    text = (
        "Adaeze Okafor Harbour Bridge Reopens\n"
        "Beloved Pilot Adaeze Okafor\n"
        "The bridge named for Adaeze Okafor reopened on Monday."
    )
    ms = [
        _m("Adaeze Okafor Harbour Bridge Reopens", text, "ORG"),
        _m("Beloved Pilot Adaeze Okafor", text, "PERSON"),
        _m("Adaeze Okafor", text, "PERSON", 2),
    ]
    assert _kept(text, ms) == [
        ("Adaeze Okafor Harbour Bridge Reopens", "ORG"),
        ("Adaeze Okafor", "PERSON"),  # the run the body names, though it ends the mention
        ("Adaeze Okafor", "PERSON"),
    ]


def test_a_titled_name_the_model_missed_is_a_person_when_its_surname_is() -> None:
    text = "Representative Hal Verhoek of Lowmere voted no. “We lost,” Mr. Verhoek said."
    ms = [_m("Verhoek", text, "PERSON", 1)]
    assert ("Hal Verhoek", "PERSON") in _kept(text, ms)


def test_surname_propagation_is_case_blind_and_passes_a_speech_verb() -> None:
    text = "Ben Mcallum spoke first. Added McAllum: “We are ready.” MCALLUM RULES."
    ms = [_m("Ben Mcallum", text, "PERSON")]
    got = [(m.start, m.text) for m in refine_mentions(text, ms, "a")]
    assert (text.index("McAllum:"), "McAllum") in got
    assert len(got) == 2


def test_a_headline_name_holding_names_the_body_uses_is_those_names() -> None:
    text = (
        "Harbour Lions - Okafor Rumour\n"
        "Varga Signs into Clinic, Thanks Fans\n"
        "Adaeze Okafor may join the Harbour Lions, a rumour says. Lena Varga signed."
    )
    ms = _ms(
        text,
        ("Harbour Lions - Okafor Rumour", "ORG"),
        ("Varga Signs", "ORG"),
        ("Adaeze Okafor", "PERSON"),
        ("Harbour Lions", "ORG", 1),
        ("Lena Varga", "PERSON"),
    )
    assert _kept(text, ms)[:3] == [
        ("Harbour Lions", "ORG"),
        ("Okafor", "PERSON"),  # the surname of a person the body names in full
        ("Varga", "PERSON"),  # a title-case line with "into" in lower case
    ]


def test_a_headline_name_that_may_be_a_name_of_its_own_stays() -> None:
    text = (
        "Lowmere Falcons Beat Okafor Foundation Team\n"
        "Okafor Administration Wins Lowmere Police Department Vote\n"
        "Adaeze Okafor watched in Lowmere on Monday."
    )
    ms = _ms(
        text,
        ("Lowmere Falcons", "ORG"),  # a place, then a word never written lower
        ("Okafor Administration", "ORG"),
        ("Lowmere Police Department", "ORG"),
        ("Adaeze Okafor", "PERSON"),
        ("Lowmere", "GPE", 2),
    )
    assert [t for t, _ in _kept(text, ms)][:3] == [
        "Lowmere Falcons",
        "Okafor Administration",
        "Lowmere Police Department",
    ]


def test_a_name_with_a_nickname_in_brackets_is_one_person_mention() -> None:
    text = "The vigil for Tobias (Toby) Marwick, 16, and for Tobias (Toby) Marwick Hall."
    ms = _ms(text, ("Tobias (Toby)", "ORG"), ("Tobias", "PERSON", 1))
    got = _kept(text, ms)
    assert got[0] == ("Tobias (Toby) Marwick", "PERSON")
    assert got[1] == ("Tobias", "PERSON")  # "Hall": an institution's name


def test_a_spaced_dash_ends_a_name() -> None:
    text = "The Lions raised their offer to Okafor - - eight years - - on Monday."
    ms = [_m("Okafor - - eight", text, "ORG")]
    assert _kept(text, ms) == [("Okafor", "ORG")]


def test_a_paper_with_a_place_in_brackets_is_no_nicknamed_person() -> None:
    text = "In its Friday issue, The Marlow (Wessex) Gazette quoted Tobias (Toby) Marwick."
    ms = _ms(text, ("Marlow", "PERSON"), ("Tobias", "PERSON"))
    assert _kept(text, ms) == [("Marlow", "PERSON"), ("Tobias (Toby) Marwick", "PERSON")]
    # a place the article tags in the brackets: no nickname either
    text = "A reporter for Marlow (Wessex) Gazette left Wessex on Monday."
    ms = _ms(text, ("Marlow", "PERSON"), ("Wessex", "GPE", 1))
    assert _kept(text, ms) == [("Marlow", "PERSON"), ("Wessex", "GPE")]


def test_an_organisation_ends_before_a_rank_that_runs_into_it() -> None:
    text = (
        "Lowmere Harbour Police Sgt. Ines Marwick said Lowmere Harbour Police Capt. Jon "
        "Vasko agreed, and Harlow Freight CFO Dana Pike left."
    )
    ms = _ms(
        text,
        ("Lowmere Harbour Police Sgt. Ines Marwick", "ORG"),
        ("Lowmere Harbour Police Capt", "ORG"),
        ("Harlow Freight CFO Dana", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Lowmere Harbour Police", "ORG"),
        ("Ines Marwick", "PERSON"),
        ("Lowmere Harbour Police", "ORG"),
        ("Harlow Freight", "ORG"),
        ("Dana", "PERSON"),
    ]


def test_an_untagged_occurrence_of_a_tagged_name_is_a_mention() -> None:
    text = (
        "Harlowgate bought the studio. Harlowgate said the deal closed, and analysts "
        "asked whether Harlowgate overpaid. Ines Marwick approved it; later Ines Marwick "
        "left. Lowmere fans cheered, Lowmere officials said. The Lowmere Gulls Club rose."
    )
    ms = _ms(
        text,
        ("Harlowgate", "ORG", 0),
        ("Harlowgate", "ORG", 1),
        ("Ines Marwick", "PERSON"),
        ("Lowmere", "GPE", 0),
        ("Lowmere", "GPE", 1),
    )
    got = _kept(text, ms)
    assert got.count(("Harlowgate", "ORG")) == 3
    assert got.count(("Ines Marwick", "PERSON")) == 2
    assert got.count(("Lowmere", "GPE")) == 2  # a place's name: its team or government too


def test_a_title_in_title_case_or_a_word_in_lower_case_is_no_name() -> None:
    text = (
        "Heavyweight Champion, Tomas Verhoek, met WBA Champion, Ilya Marsk, in the "
        "heavyweight bout before the ref stopped it. Lowmere Champion Foods and Burger "
        "King paid for it."
    )
    ms = _ms(
        text,
        ("Heavyweight Champion", "ORG"),
        ("Tomas Verhoek", "PERSON"),
        ("WBA Champion", "ORG"),
        ("Ilya Marsk", "PERSON"),
        ("ref", "ORG"),
        ("Lowmere Champion", "ORG"),
        ("Burger King", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Tomas Verhoek", "PERSON"),
        ("Ilya Marsk", "PERSON"),
        ("Lowmere Champion", "ORG"),  # "Lowmere" is a name: the holder, or a firm
        ("Burger King", "ORG"),
    ]


def test_a_surname_tagged_org_beside_the_full_name_is_the_person() -> None:
    text = "Lena Ostrova sang. Ostrova was not thrilled, and Ostrova's son agreed."
    ms = _ms(text, ("Lena Ostrova", "PERSON"), ("Ostrova", "ORG", 1), ("Ostrova's", "ORG"))
    assert _kept(text, ms) == [
        ("Lena Ostrova", "PERSON"),
        ("Ostrova", "PERSON"),
        ("Ostrova's", "PERSON"),
    ]


def test_a_surname_that_also_names_an_organisation_or_a_body_stays_an_org() -> None:
    text = (
        "Harlan Vance founded Vance Motors. Vance said little. Jo House spoke in the House. "
        "Lena Ostrova agreed, and Ostrova left."
    )
    ms = _ms(
        text,
        ("Harlan Vance", "PERSON"),
        ("Vance Motors", "ORG"),
        ("Vance", "ORG", 2),
        ("Jo House", "PERSON"),
        ("House", "ORG", 1),
        ("Lena Ostrova", "PERSON"),
        ("Ostrova", "ORG", 1),
    )
    kept = dict((t, lab) for t, lab in _kept(text, ms) if t in ("Vance", "House", "Ostrova"))
    assert kept == {"Vance": "ORG", "House": "ORG", "Ostrova": "PERSON"}


def test_a_chambers_caucus_is_one_org_but_not_inside_the_white_house() -> None:
    text = "House Republicans and the Senate GOP met; the White House GOP plan failed."
    ms = _ms(
        text,
        ("House", "ORG"),
        ("Republicans", "NORP"),
        ("Senate", "ORG"),
        ("GOP", "ORG"),
        ("the White House", "ORG"),
        ("GOP", "ORG", 1),
    )
    assert _kept(text, ms) == [
        ("House Republicans", "ORG"),
        ("Senate GOP", "ORG"),
        ("the White House", "ORG"),
        ("GOP", "ORG"),
    ]


def test_a_person_mistagged_as_an_org_with_the_does_not_block_her_surname() -> None:
    text = "Lena Ostrova left. The film, the Lena Ostrova vehicle, opened. Ostrova smiled."
    ms = _ms(
        text,
        ("Lena Ostrova", "PERSON"),
        ("the Lena Ostrova", "ORG"),
        ("Ostrova", "ORG", 2),
    )
    assert ("Ostrova", "PERSON") in _kept(text, ms)


def test_a_company_named_with_a_title_word_is_no_person() -> None:
    text = (
        "General Dyson Inc. and General Motors grew. Gen. Vell spoke; General Kade agreed, "
        "and Kade left."
    )
    ms = _ms(
        text,
        ("General Dyson Inc.", "ORG"),
        ("General Motors", "ORG"),
        ("Gen. Vell", "ORG"),
        ("General Kade", "ORG"),
        ("Kade", "PERSON", 1),
    )
    kept = dict(_kept(text, ms))
    assert kept["General Dyson Inc."] == "ORG"
    assert kept["General Motors"] == "ORG"
    assert kept["General Kade"] == "PERSON"  # "Kade" is a person alone in the article


def test_a_ship_tagged_a_person_is_a_vessel() -> None:
    text = "The frigate INS Velmar escorted the MV Oreno, and Captain Jo Ray boarded her."
    ms = _ms(text, ("INS Velmar", "PERSON"), ("MV Oreno", "PERSON"), ("Jo Ray", "PERSON"))
    assert _kept(text, ms) == [
        ("INS Velmar", "VESSEL"),
        ("MV Oreno", "VESSEL"),
        ("Jo Ray", "PERSON"),
    ]


def test_a_portfolio_or_an_executive_title_is_no_organisation() -> None:
    text = (
        "Education Minister Ilse Varga met Secretary of State Tomas Brel and Orlin CFO "
        "Ada Lurz. The Ministry of Education said the Varnel State Council met."
    )
    ms = _ms(
        text,
        ("Education", "ORG"),
        ("Ilse Varga", "PERSON"),
        ("State", "ORG"),
        ("Tomas Brel", "PERSON"),
        ("Orlin", "ORG"),
        ("CFO", "ORG"),
        ("Ada Lurz", "PERSON"),
        ("The Ministry of Education", "ORG"),
        ("the Varnel State Council", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Ilse Varga", "PERSON"),
        ("Tomas Brel", "PERSON"),
        ("Orlin", "ORG"),
        ("Ada Lurz", "PERSON"),
        ("The Ministry of Education", "ORG"),
        ("the Varnel State Council", "ORG"),
    ]


def test_a_possessive_typed_with_an_opening_quote_mark_is_trimmed() -> None:
    text = "President Tomas Brel‘s demands were refused."
    ms = _ms(text, ("Tomas Brel‘s", "PERSON"))
    assert _kept(text, ms) == [("Tomas Brel", "PERSON")]


def test_us_after_or_before_a_dollar_amount_is_the_currency_not_a_place() -> None:
    text = "He signed for $24.1 million US. It cost $420 (U.S.). Oil fell US $5. The U.S. left."
    ms = _ms(text, ("US", "GPE"), ("U.S.", "GPE"), ("US", "GPE", 1), ("U.S.", "GPE", 1))
    assert _kept(text, ms) == [("U.S.", "GPE")]


def test_a_town_before_its_province_or_state_is_a_place() -> None:
    text = (
        "Ilse Varga is from Mississauga, Ont. She moved to Truro, N.S., in May. Halvern, "
        "Texas, is far. Tomas Brel, Texas Republican, said no."
    )
    ms = _ms(
        text,
        ("Mississauga", "PERSON"),
        ("Ont", "PERSON"),
        ("Truro", "ORG"),
        ("Halvern", "PERSON"),
        ("Tomas Brel", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Mississauga", "GPE"),
        ("Ont.", "GPE"),
        ("Truro", "GPE"),
        ("Halvern", "GPE"),
        ("Tomas Brel", "PERSON"),
    ]


def test_a_ship_named_after_a_word_for_a_ship_is_a_vessel() -> None:
    text = "Warship Velmar escorted five ships. The frigate Oreno Star arrived; Jo Ray spoke."
    ms = _ms(text, ("Warship Velmar", "PERSON"), ("Oreno Star", "PERSON"), ("Jo Ray", "PERSON"))
    assert _kept(text, ms) == [
        ("Warship Velmar", "VESSEL"),
        ("Oreno Star", "VESSEL"),
        ("Jo Ray", "PERSON"),
    ]


def test_a_colon_a_trade_mark_or_a_doubled_article_is_trimmed_from_a_name() -> None:
    text = "She hosted the Velmora Awards: then The Velmora Awards® moved. Ask the The Orlin Press."
    ms = _ms(text, ("the Velmora Awards:", "ORG"), ("The Velmora Awards®", "ORG"))
    ms += _ms(text, ("the The Orlin Press", "ORG"))
    got = refine_mentions(text, ms, "a")
    assert [(m.text, text[m.start : m.end]) for m in got] == [
        ("the Velmora Awards", "the Velmora Awards"),
        ("The Velmora Awards", "The Velmora Awards"),
        ("The Orlin Press", "The Orlin Press"),
    ]


def test_a_byline_separator_or_an_open_bracket_is_trimmed_from_a_name() -> None:
    # "--- Geraldine Brooks in Amman" (a byline), "the U.S. Federal Bureau of
    # Investigation (FBI" (the acronym's bracket left open): a TBAQ dossier audit
    text = "--- Ada Lund in Orlin contributed. The Velmora Bureau of Ports (VBP) said."
    ms = _ms(text, ("--- Ada Lund", "PERSON"), ("The Velmora Bureau of Ports (VBP", "ORG"))
    got = refine_mentions(text, ms, "a")
    assert [(m.text, text[m.start : m.end]) for m in got] == [
        ("Ada Lund", "Ada Lund"),
        ("The Velmora Bureau of Ports", "The Velmora Bureau of Ports"),
    ]


def test_a_charge_is_no_name_and_a_hometown_after_an_age_is_a_place() -> None:
    text = (
        "Vell was charged with DWI and Vehicular Manslaughter. "
        "Vell was charged with Ada Lund's murder and with Aris' death. "
        "Oda Vell is in charge of the Orlin Division. "
        "Tomas Brel, 59, of College Point, was hurt."
    )
    ms = _ms(text, ("DWI", "ORG"), ("Vehicular Manslaughter", "ORG"), ("Ada Lund's", "PERSON"))
    ms += _ms(text, ("Aris", "PERSON"), ("the Orlin Division", "ORG"))
    ms += _ms(text, ("Tomas Brel", "PERSON"), ("College Point", "ORG"))
    assert _kept(text, ms) == [
        ("Ada Lund's", "PERSON"),
        ("Aris", "PERSON"),
        ("the Orlin Division", "ORG"),
        ("Tomas Brel", "PERSON"),
        ("College Point", "GPE"),
    ]


def test_a_capitalised_common_noun_of_those_who_speak_is_no_name() -> None:
    text = "Police claim that residents left. Officials said so. Police Chief Ada Lund agreed."
    ms = _ms(text, ("Police", "PERSON"), ("Officials", "ORG"), ("Ada Lund", "PERSON"))
    assert _kept(text, ms) == [("Ada Lund", "PERSON")]


def test_time_zones_scales_and_common_acronyms_are_no_names() -> None:
    text = "The fire broke out at 2045 GMT. A CCTV operator saw it. It was 28 degrees Fahrenheit."
    ms = _ms(text, ("GMT", "ORG"), ("CCTV", "ORG"), ("Fahrenheit", "PERSON"))
    assert _kept(text, ms) == []


def test_a_name_after_the_noun_of_a_work_is_that_works_title() -> None:
    # the model tags many titles PERSON: "she says" then went to a cookbook
    text = (
        "Her new cookbook, Salt Mornings ($40, Gull Press), is out. Tova Marsh wrote it. "
        "He sold his war comic Iron Gull at the fair. Reports of rioting show Ada Lund was hurt. "
        "He wrote the book, Mira Venn said."
    )
    got = refine_mentions(
        text,
        _ms(
            text,
            ("Salt Mornings", "PERSON"),
            ("Tova Marsh", "PERSON"),
            ("Iron Gull", "ORG"),
            ("Ada Lund", "PERSON"),
            ("Mira Venn", "PERSON"),
        ),
        "a",
    )
    labels = {m.text: m.label for m in got}
    assert labels["Salt Mornings"] == labels["Iron Gull"] == "WORK_OF_ART"
    # no work noun with its determiner ("show" a verb here), or a speaker after it
    assert labels["Tova Marsh"] == labels["Ada Lund"] == labels["Mira Venn"] == "PERSON"


def test_a_title_abbreviation_tagged_apart_is_no_name() -> None:
    text = "The deputy was shot while his partner, Det. Colin Orpe, waited. Cpl. Ada Venn ran."
    kept = _kept(text, _ms(text, ("Det", "PERSON"), ("Colin Orpe", "PERSON"), ("Cpl", "ORG")))
    assert kept == [("Colin Orpe", "PERSON")]


@pytest.mark.model
def test_a_verb_opening_its_sentence_is_no_part_of_a_name(make_parsed: MakeParsed) -> None:
    # "Joining Cooley at the news conference was …" was a person "Joining Cooley"
    text = "Lee Cooley spoke first. Joining Cooley at the news conference was Ada Brel."
    parsed = make_parsed(text, model=True)
    names = [m.text for m in parsed.mentions if m.label == "PERSON"]
    assert "Joining Cooley" not in names and "Cooley" in names


def test_an_award_named_as_one_is_no_person() -> None:
    text = (
        "Brel won an Oscar in 2019 and hosted the Oscars twice. The Oscar-nominated "
        "film opened. Brel makes pancakes for son Oscar, 8. Oscar Vell sang."
    )
    got = _kept(
        text,
        _ms(
            text,
            ("Oscar", "PERSON"),
            ("Oscars", "ORG"),
            ("Oscar", "PERSON", 2),
            ("Oscar", "PERSON", 3),
            ("Oscar Vell", "PERSON"),
        ),
    )
    assert got == [
        ("Oscar", "EVENT"),
        ("Oscars", "EVENT"),
        ("Oscar", "EVENT"),
        ("Oscar", "PERSON"),
        ("Oscar Vell", "PERSON"),
    ]


def test_an_organisation_cut_at_its_and_is_whole_where_the_article_writes_it_whole() -> None:
    text = (
        "Ada Lund runs the Selk Fish and Wildlife Service. The Fish and Wildlife Service "
        "declined to comment."
    )
    got = _kept(
        text,
        _ms(
            text,
            ("the Selk Fish and Wildlife Service", "ORG"),
            ("Fish", "PERSON", 1),
            ("Wildlife Service", "ORG", 1),
        ),
    )
    assert got == [
        ("the Selk Fish and Wildlife Service", "ORG"),
        ("Fish and Wildlife Service", "ORG"),
    ]


def test_a_name_tagged_org_beside_a_persons_description_is_a_person() -> None:
    text = (
        "A professor of economics at the University of Vell, Taro Mendak, stayed home. "
        "Ilsa Vornet, a retired nurse, agreed. Harbour Vell, a company of the port, closed. "
        "Selk Partners, the firm, declined."
    )
    got = dict(
        _kept(
            text,
            _ms(
                text,
                ("Taro Mendak", "ORG"),
                ("Ilsa Vornet", "ORG"),
                ("Harbour Vell", "ORG"),
                ("Selk Partners", "ORG"),
            ),
        )
    )
    assert got["Taro Mendak"] == got["Ilsa Vornet"] == "PERSON"
    # a company's description, and a firm's, leave the name an organisation
    assert got["Harbour Vell"] == got["Selk Partners"] == "ORG"
    # an occupation right before the name ("Hungarian astronaut Bertalan Farkas", a TBAQ
    # dossier audit); not a role a body's name modifies ("deputy White House ...")
    text = "Veldish astronaut Bero Kallas is leaving. The deputy Orlin House aide spoke."
    got = dict(_kept(text, _ms(text, ("Bero Kallas", "ORG"), ("Orlin House", "ORG"))))
    assert got == {"Bero Kallas": "PERSON", "Orlin House": "ORG"}
    # ... and a player's position or a broadcaster's role (a hand audit of web news:
    # "Pittsburgh quarterback Mason Rudolph", "Fox News host Jeanine Pirro" tagged ORG)
    text = "Velmora quarterback Dace Morrow threw it. Orlin News host Ines Tallis laughed."
    got = dict(_kept(text, _ms(text, ("Dace Morrow", "ORG"), ("Ines Tallis", "ORG"))))
    assert got == {"Dace Morrow": "PERSON", "Ines Tallis": "PERSON"}


def test_a_titles_portfolio_run_into_the_name_after_it_leaves_the_person() -> None:
    text = (
        "Secretary of the Interior Dara Kelm spoke. Secretary of Defense Jo Marsh left. "
        "The Secretary of Defense Office replied."
    )
    got = _kept(
        text,
        _ms(
            text,
            ("the Interior Dara Kelm", "ORG"),
            ("Defense Jo Marsh", "ORG"),
            ("Defense Office", "ORG"),
        ),
    )
    assert ("Dara Kelm", "PERSON") in got and ("Jo Marsh", "PERSON") in got
    assert ("Defense Office", "PERSON") not in got


def test_a_ship_named_without_its_prefix_is_still_the_ship() -> None:
    text = (
        "The warship INS Varuna foiled an attack. The Varuna intercepted two boats. "
        "The cargo ship MV Tessel Star called for help; Tessel Star was carrying grain."
    )
    got = _kept(
        text,
        _ms(text, ("Varuna", "PERSON", 1), ("MV Tessel Star", "ORG"), ("Tessel Star", "PERSON", 1)),
    )
    assert got == [("Varuna", "VESSEL"), ("MV Tessel Star", "VESSEL"), ("Tessel Star", "VESSEL")]


def test_a_title_written_in_capitals_is_no_part_of_a_name() -> None:
    text = "Sixers GM Ed Stavros spoke. Orlen CEO Brandon Woodley left. Ada Brel sang."
    got = _kept(
        text,
        _ms(
            text,
            ("GM Ed Stavros", "PERSON"),
            ("CEO Brandon Woodley", "PERSON"),
            ("Ada Brel", "PERSON"),
        ),
    )
    assert got == [("Ed Stavros", "PERSON"), ("Brandon Woodley", "PERSON"), ("Ada Brel", "PERSON")]


def test_a_name_the_tagger_reads_as_a_number_is_an_organisation() -> None:
    text = "The Orlen 76ers fired their coach. The 76ers lost. Police of the 67th Precinct came."
    got = _kept(text, _ms(text, ("Orlen", "GPE"), ("76ers", "CARDINAL", 1), ("67th", "ORDINAL")))
    assert got == [("Orlen 76ers", "ORG"), ("76ers", "ORG"), ("67th Precinct", "ORG")]
    text = "The 11th Circuit Court of Appeals ruled."
    assert _kept(text, _ms(text, ("11th", "ORDINAL"))) == [("11th Circuit Court of Appeals", "ORG")]


def test_a_programmes_or_a_process_name_is_no_body_or_person() -> None:
    text = "Brexit divided the party. Medicaid grew. The Social Security Administration paid."
    got = _kept(
        text,
        _ms(
            text,
            ("Brexit", "PERSON"),
            ("Medicaid", "ORG"),
            ("Social Security Administration", "ORG"),
        ),
    )
    assert got == [
        ("Brexit", "LAW"),
        ("Medicaid", "LAW"),
        ("Social Security Administration", "ORG"),
    ]


def test_an_honorific_without_its_stop_keeps_the_given_name_after_it() -> None:
    text = "Expect experts such as Dr Azin Al Homadi to speak. Mr Tarek Velm agreed."
    got = _kept(text, _ms(text, ("Al Homadi", "PERSON"), ("Tarek Velm", "PERSON")))
    assert got == [("Azin Al Homadi", "PERSON"), ("Tarek Velm", "PERSON")]


def test_a_numbered_juror_is_no_name() -> None:
    text = '"We were searching," Juror No. 12 said. Ada Brel, juror, agreed.'
    got = _kept(text, _ms(text, ("Juror No", "PERSON"), ("Ada Brel", "PERSON")))
    assert got == [("Ada Brel", "PERSON")]


def test_a_person_shaped_name_listed_among_people_is_a_person() -> None:
    text = (
        "The clinic has treated Dana Whitlock, Ben Morrow, Harriet Quell and Charlie "
        "Vance. Lena Ostrov (Port Sarab), Eddie Kaye (Lowmere) and Tom Reddle were fired."
    )
    ms = _ms(
        text,
        ("Dana Whitlock", "ORG"),
        ("Ben Morrow", "PERSON"),
        ("Harriet Quell", "DATE"),
        ("Charlie Vance", "PERSON"),
        ("Lena Ostrov", "ORG"),
        ("Port Sarab", "GPE"),
        ("Eddie Kaye", "PERSON"),
        ("Lowmere", "GPE"),
        ("Tom Reddle", "PERSON"),
    )
    kept = dict(_kept(text, ms))
    assert kept["Dana Whitlock"] == kept["Harriet Quell"] == "PERSON"
    assert kept["Lena Ostrov"] == "PERSON"  # past the bracket after it
    assert kept["Port Sarab"] == kept["Lowmere"] == "GPE"


def test_a_list_of_companies_or_of_two_names_keeps_its_labels() -> None:
    # the people tagged in the list have no given name the nicknames table knows
    text = "Offices of Corvane Halden, Pernot Ricaud, Reckin Bessar and Dowlin Chemical."
    ms = _ms(
        text,
        ("Corvane Halden", "ORG"),
        ("Pernot Ricaud", "PERSON"),
        ("Reckin Bessar", "PERSON"),
        ("Dowlin Chemical", "ORG"),
    )
    assert dict(_kept(text, ms))["Corvane Halden"] == "ORG"
    # two names are no list to vote in
    text = "Starring Dana Whitlock and Ben Morrow."
    ms = _ms(text, ("Dana Whitlock", "ORG"), ("Ben Morrow", "PERSON"))
    assert dict(_kept(text, ms))["Dana Whitlock"] == "ORG"
    # a body's word is no person's ("Lowmere University")
    text = "Ben Morrow, Lowmere University, Charlie Vance and Tom Reddle spoke."
    ms = _ms(
        text,
        ("Ben Morrow", "PERSON"),
        ("Lowmere University", "ORG"),
        ("Charlie Vance", "PERSON"),
        ("Tom Reddle", "PERSON"),
    )
    assert dict(_kept(text, ms))["Lowmere University"] == "ORG"


def test_a_road_tagged_as_a_body_or_a_person_is_a_facility() -> None:
    text = "Marchers stopped at Corran Ave. and Velden Boulevard, then Wall Street fell."
    ms = _ms(
        text,
        ("Corran Ave", "PERSON"),
        ("Velden Boulevard", "ORG"),
        ("Wall Street", "ORG"),
    )
    kept = dict(_kept(text, ms))
    assert kept["Corran Ave"] == kept["Velden Boulevard"] == "FAC"
    assert kept["Wall Street"] == "ORG"  # the trade, not the road


def test_a_peoples_plural_is_a_group_when_the_singular_is_tagged_one() -> None:
    text = "Ostranian unions marched. Young Ostranians will suffer, and Velds too."
    ms = _ms(text, ("Ostranian", "NORP"), ("Ostranians", "PERSON"), ("Velds", "PERSON"))
    kept = dict(_kept(text, ms))
    assert kept["Ostranians"] == "NORP"
    assert kept["Velds"] == "PERSON"  # no "Veld" tagged a people


def test_a_contest_or_a_prize_by_its_name_is_an_event() -> None:
    text = (
        "Dana Whitlock hosted the 41st Corvane Awards and won the Halden Prize. "
        "He plays the Lowmere Insurance Open, then the Velden Championship."
    )
    ms = _ms(
        text,
        ("Dana Whitlock", "PERSON"),
        ("the 41st Corvane Awards", "ORG"),
        ("the Halden Prize", "ORG"),
        ("the Lowmere Insurance Open", "ORG"),
        ("the Velden Championship", "LOC"),
    )
    kept = dict(_kept(text, ms))
    assert kept["Dana Whitlock"] == "PERSON"
    assert {kept[k] for k in kept if k != "Dana Whitlock"} == {"EVENT"}


def test_a_stock_index_that_moves_is_no_body() -> None:
    text = (
        "Britain's FTSE 100 lost 0.5 per cent and the Kospi in Seoul rose 1 per cent. "
        "Dow said it would cut 2,000 jobs."
    )
    ms = _ms(text, ("FTSE 100", "ORG"), ("Kospi", "PERSON"), ("Dow", "ORG"))
    kept = dict(_kept(text, ms))
    assert kept["FTSE 100"] == kept["Kospi"] == "PRODUCT"
    assert kept["Dow"] == "ORG"  # the company speaks
    # a price table's line: the index, its level, then its move (a TBAQ dossier audit)
    text = "Dow Jones industrials 2569.26, off 7.29. Dow Jones said it would sell a unit."
    ms = _ms(text, ("Dow Jones", "ORG"))
    s = text.rindex("Dow Jones")
    ms.append(Mention("a", s, s + 9, "Dow Jones", "ORG"))
    assert [m.label for m in refine_mentions(text, ms, "a")] == ["PRODUCT", "ORG"]
    # "Treasury" before a security's word names no department
    text = "The yield on the 10-year Treasury note rose. The Orlin Treasury said so."
    ms = _ms(text, ("Treasury", "ORG"), ("The Orlin Treasury", "ORG"))
    assert [m.text for m in refine_mentions(text, ms, "a")] == ["The Orlin Treasury"]


def test_a_title_after_a_year_credits_or_between_marks_in_screen_talk_is_a_work() -> None:
    text = (
        "The actress shot to fame in 2001 movie Corvane Nights. She has starred in "
        'Lowmere Bay, and her credits include "Velden Skies." '
        'Critics call "Harlan Voss" the best show of the season.'
    )
    ms = _ms(
        text,
        ("Corvane Nights", "ORG"),
        ("Lowmere Bay", "PERSON"),
        ("Velden Skies", "PERSON"),
        ("Harlan Voss", "PERSON"),
    )
    assert {label for _, label in _kept(text, ms)} == {"WORK_OF_ART"}


def test_a_role_in_an_event_or_a_quoted_name_in_other_talk_is_no_work() -> None:
    text = (
        "Losses played no role in Dana Whitlock's firing. Fighters of the \"Ostranian "
        'Front" took the town," he said. Corvane Media "reported" it.'
    )
    ms = _ms(
        text,
        ("Dana Whitlock", "PERSON"),
        ("Ostranian Front", "ORG"),
        ("Corvane Media", "ORG"),
    )
    assert dict(_kept(text, ms)) == {
        "Dana Whitlock": "PERSON",
        "Ostranian Front": "ORG",
        "Corvane Media": "ORG",
    }


def test_a_common_word_capitalised_only_to_open_a_sentence_is_no_name() -> None:
    text = (
        "The mill burned down. Arson is suspected. Investigators call it arson. "
        "Tom Price spoke. Price said the price was fair. Navy ships came; the navy left."
    )
    ms = _ms(
        text,
        ("Arson", "PERSON"),
        ("Tom Price", "PERSON"),
        ("Price", "PERSON", 1),
        ("Navy", "ORG"),
    )
    kept = [t for t, _ in _kept(text, ms)]
    assert "Arson" not in kept
    assert "Price" in kept  # the surname of a person named in full
    assert "Navy" in kept  # a body's word


def test_a_word_capitalised_inside_a_sentence_too_is_kept() -> None:
    text = "Rehab is hard. She left Rehab and rehab left her."
    ms = _ms(text, ("Rehab", "PERSON"), ("Rehab", "PERSON", 1))
    assert [t for t, _ in _kept(text, ms)] == ["Rehab", "Rehab"]


def test_a_bodys_name_cut_at_its_and_is_whole_once_written_once() -> None:
    text = (
        "Scientists at the Corvane Fish and Wildlife Service objected. Lowmere Fire and "
        "Rescue Chief Dana Whitlock came. Tide, Velda and Crest sold well; the Interior "
        "and Commerce departments met; Duke University and Lowmere University played."
    )
    ms = _ms(
        text,
        ("Wildlife Service", "ORG"),
        ("Rescue", "ORG"),
        ("Dana Whitlock", "PERSON"),
        ("Crest", "ORG"),
        ("Commerce", "ORG"),
        ("Duke University", "ORG"),
        ("Lowmere University", "ORG"),
    )
    names = [t for t, _ in _kept(text, ms)]
    assert "Corvane Fish and Wildlife Service" in names
    assert "Lowmere Fire and Rescue" in names
    assert {"Crest", "Commerce", "Duke University", "Lowmere University"} <= set(names)
    # two roles of one person are no body's name
    text = "Velden Attorney General and Lowmere Commission candidate Dana Whitlock spoke."
    ms = _ms(text, ("Lowmere Commission", "ORG"), ("Dana Whitlock", "PERSON"))
    assert _kept(text, ms)[0] == ("Lowmere Commission", "ORG")
    # the article opening the sentence is no part of the name
    text = "The Velden Fish and Game Service declined to comment."
    ms = _ms(text, ("Game Service", "ORG"))
    assert _kept(text, ms) == [("Velden Fish and Game Service", "ORG")]
    # the word before the "and" the model cut off as a body of its own, when the article
    # writes the whole name's initials (a hand audit of web news: "the San Ysidro,
    # California, Customs and Border Protection processing facility" gave "Customs" and
    # "Border Protection"), and so where nothing after its "and" was tagged
    text = (
        "Agents at the Orlin, Velden, Tariffs and Harbour Protection centre refused. THP "
        "said nothing.\n\nTariffs and Harbour Protection, part of the ministry, agreed. "
        "Shares of VBK and Orlin Bank rose."
    )
    ms = _ms(
        text,
        ("Velden", "GPE"),
        ("Tariffs", "ORG"),
        ("Harbour Protection", "ORG"),
        ("THP", "ORG"),
        ("Tariffs", "ORG", 1),
        ("VBK", "ORG"),
        ("Orlin Bank", "ORG"),
    )
    kept = _kept(text, ms)
    assert kept.count(("Tariffs and Harbour Protection", "ORG")) == 2
    assert ("Tariffs", "ORG") not in kept
    assert {("VBK", "ORG"), ("Orlin Bank", "ORG")} <= set(kept)  # two banks, no initials


def test_a_role_or_initials_before_a_name_are_no_part_of_it() -> None:
    text = (
        "Lawyer Dana Whitlock said it was a ricochet. Current GM Ben Morrow hired him. "
        "“He ran,” says ADA Quell."
    )
    ms = _ms(
        text,
        ("Lawyer Dana Whitlock", "PERSON"),
        ("GM Ben Morrow", "ORG"),
        ("ADA Quell", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Dana Whitlock", "PERSON"),
        ("Ben Morrow", "PERSON"),
        ("Quell", "PERSON"),
    ]


def test_a_list_of_names_tagged_as_one_is_its_names() -> None:
    text = (
        "Dana Whitlock appeared in Corvane, Wink, Velda and Beauty Parade. "
        "The Bureau of Alcohol, Tobacco and Firearms and Lowmere, Inc. were sued."
    )
    ms = _ms(
        text,
        ("Dana Whitlock", "PERSON"),
        ("Corvane, Wink, Velda", "ORG"),
        ("Beauty Parade", "ORG"),
        ("The Bureau of Alcohol, Tobacco and Firearms", "ORG"),
        ("Lowmere, Inc.", "ORG"),
    )
    names = [t for t, _ in _kept(text, ms)]
    assert {"Corvane", "Wink", "Velda"} <= set(names)
    assert "The Bureau of Alcohol, Tobacco and Firearms" in names
    assert "Lowmere, Inc." in names


def test_a_name_the_article_calls_an_outlet_is_a_body() -> None:
    text = (
        "An editorial in the conservative daily Velda Typos agreed. A poll for the "
        "Corvane newspaper found more. It was posted on Dana Whitlock's website."
    )
    ms = _ms(
        text,
        ("Velda Typos", "PERSON"),
        ("Corvane", "PERSON"),
        ("Dana Whitlock's", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Velda Typos", "ORG"),
        ("Corvane", "ORG"),
        ("Dana Whitlock's", "PERSON"),
    ]


def test_a_law_by_its_name_is_a_law_however_tagged() -> None:
    text = (
        "Ray said he would invoke the Velden Review Act. The letter and spirit of the "
        "Fourteenth Amendment were cited. Corvane Act Records signed her."
    )
    ms = _ms(
        text,
        ("the Velden Review Act", "ORG"),
        ("Fourteenth Amendment", "WORK_OF_ART"),
        ("Corvane Act Records", "ORG"),
    )
    assert _kept(text, ms) == [
        ("the Velden Review Act", "LAW"),
        ("Fourteenth Amendment", "LAW"),
        ("Corvane Act Records", "ORG"),
    ]


def test_a_classic_a_tv_show_and_a_named_lecture_are_no_bodies() -> None:
    text = (
        "We watched the Christmas classic Velden Alone. He starred on TV's Corvane "
        "Island. Ray will give the Halden Lecture."
    )
    ms = _ms(
        text,
        ("Velden Alone", "ORG"),
        ("TV's Corvane Island", "ORG"),
        ("the Halden Lecture", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Velden Alone", "WORK_OF_ART"),
        ("Corvane Island", "WORK_OF_ART"),
        ("the Halden Lecture", "EVENT"),
    ]


def test_a_faiths_word_tagged_a_person_or_a_body_is_a_group() -> None:
    text = "She walked toward a Sikh temple. He would be the first Mormon to lead it."
    ms = _ms(text, ("Sikh", "PERSON"), ("Mormon", "ORG"))
    assert _kept(text, ms) == [("Sikh", "NORP"), ("Mormon", "NORP")]


def test_a_name_tagged_person_ending_with_a_company_word_is_an_organisation() -> None:
    # a hand audit of web news: "Dick Clark Productions" tagged PERSON took a
    # "the production company said" nowhere
    text = "Tom Verhoek Productions denied it, and Tom Verhoek smiled at Lowmere Records."
    ms = _ms(
        text,
        ("Tom Verhoek Productions", "PERSON"),
        ("Tom Verhoek", "PERSON", 1),
        ("Lowmere Records", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Tom Verhoek Productions", "ORG"),
        ("Tom Verhoek", "PERSON"),
        ("Lowmere Records", "ORG"),
    ]
    # a shipowner (translated coverage: "Kallisto Maritime" tagged PERSON, so "the
    # company said" went to the Revolutionary Guards)
    text = "Orlin Maritime said it had lost contact. Vessa Holdings owns the tanker."
    ms = _ms(text, ("Orlin Maritime", "PERSON"), ("Vessa Holdings", "PERSON"))
    assert _kept(text, ms) == [("Orlin Maritime", "ORG"), ("Vessa Holdings", "ORG")]


def test_a_hyphenated_given_name_cut_by_the_tokenizer_is_whole_again() -> None:
    text = "President Paek Jae-in met the Obi-led delegation. Paek spoke."
    ms = _ms(text, ("Paek Jae", "PERSON"), ("Obi", "PERSON"), ("Paek", "PERSON", 1))
    assert _kept(text, ms)[0] == ("Paek Jae-in", "PERSON")
    assert ("Obi", "PERSON") in _kept(text, ms)


def test_an_arabic_name_cut_short_by_the_tagger_is_whole_again() -> None:
    # "Abd al-Rahim" tagged alone left "Nour" free to join another man's "Nour"
    text = (
        "Commander Abd al-Rahim Nour al-Din spoke. Ali Hassan al-Rawi agreed. "
        "Jo Ray met Al-Jazeera staff. Residents told Ahmed Saleh Tuesday al-Ahram had closed."
    )
    ms = _ms(
        text,
        ("Abd al-Rahim", "PERSON"),
        ("Ali Hassan", "PERSON"),
        ("Jo Ray", "PERSON"),
        ("Ahmed Saleh", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Abd al-Rahim Nour al-Din", "PERSON"),
        ("Ali Hassan al-Rawi", "PERSON"),
        ("Jo Ray", "PERSON"),
        ("Ahmed Saleh", "PERSON"),  # not over the weekday to "al-Ahram"
    ]


def test_a_product_tagged_a_person_or_a_body_is_a_product() -> None:
    # a hand audit of web news: "MacBook Pro" was a person of 48 mentions in a review
    text = (
        "Velcor's new Velbook Pro arrived. I used the Orlin browser and the Tarn Ultra. "
        "Velcor chief Paul Pro spoke. Its Grey Heron lander flew. Ada Lite smiled. "
        "A VSA telescope and Tarn Works' rover flew too. I bought a Kelvar smartphone. "
        "The New Velmora Times International Edition ran it."
    )
    ms = _ms(
        text,
        ("Velcor", "ORG"),
        ("Velbook Pro", "PERSON"),
        ("Orlin", "ORG"),
        ("Tarn Ultra", "ORG"),
        ("Paul Pro", "PERSON"),
        ("Grey Heron", "ORG"),
        ("Ada Lite", "PERSON"),
        ("VSA", "ORG"),
        ("Tarn Works'", "ORG"),
        ("Kelvar", "ORG"),
        ("The New Velmora Times International Edition", "ORG"),
    )
    got = dict(_kept(text, ms))
    assert got["Velbook Pro"] == got["Orlin"] == got["Tarn Ultra"] == "PRODUCT"
    assert got["Grey Heron"] == "PRODUCT"
    assert got["Velcor"] == got["VSA"] == got["Tarn Works'"] == got["Kelvar"] == "ORG"  # makers
    assert got["The New Velmora Times International Edition"] == "ORG"
    # a person's name that opens with a given name keeps its label
    assert got["Paul Pro"] == got["Ada Lite"] == "PERSON"


def test_a_handle_tagged_a_body_is_no_name() -> None:
    # a hand audit of web news: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019" gave an
    # organisation "@Ilhan"
    text = "— Rep. Dana Obi (@DanaObi) November 19, 2019. The @OrlinCouncil account posted."
    ms = _ms(text, ("Dana Obi", "PERSON"), ("@DanaObi", "ORG"), ("@OrlinCouncil", "ORG"))
    assert _kept(text, ms) == [("Dana Obi", "PERSON")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a kunya and a name tagged a body is a person, so it meets his other spellings
        (
            "The spokesman, Abu Abdelrahman Al Mohajer, said the fighters would not stop.",
            "Abu Abdelrahman Al Mohajer",
            "PERSON",
        ),
        ("Umm Hamza al-Ansari spoke in the recording.", "Umm Hamza al-Ansari", "PERSON"),
        # ... not a place, nor a body's name
        ("Flights to Abu Dhabi resumed on Monday.", "Abu Dhabi", "ORG"),
        ("The Abu Sayyaf Group claimed the kidnapping.", "The Abu Sayyaf Group", "ORG"),
        # (a reviewer's sentences) a body's or a place's word anywhere in it
        ("Abu Sayyaf Group militants kidnapped three tourists.", "Abu Sayyaf Group", "ORG"),
        ("Students at Umm Al Qura University protested.", "Umm Al Qura University", "ORG"),
    ],
)
def test_a_kunya_tagged_a_body_is_a_person(text: str, name: str, label: str) -> None:
    (m,) = _ms(text, (name, "ORG"))
    assert _kept(text, [m]) == [(name, label)]


def test_a_kunya_shaped_place_tagged_a_place_stays_one() -> None:
    text = "Fighting continued in Abu Al Khaseeb, south of Basra."
    (m,) = _ms(text, ("Abu Al Khaseeb", "GPE"))
    assert _kept(text, [m]) == [("Abu Al Khaseeb", "GPE")]


def test_a_name_the_model_cut_in_two_is_one_name() -> None:
    # the model tags "Nadeem Akhtar" and "Qureshi" as two people side by side; a list
    # of people would have a comma or "and" between them
    text = "said Nadeem Akhtar Qureshi, the trust's chairman. Mr. Qureshi and Sana Qureshi met."
    ms = _ms(
        text,
        ("Nadeem Akhtar", "PERSON"),
        ("Qureshi", "PERSON"),
        ("Qureshi", "PERSON", 1),
        ("Sana Qureshi", "PERSON"),
    )
    kept = _kept(text, ms)
    assert ("Nadeem Akhtar Qureshi", "PERSON") in kept
    assert ("Nadeem Akhtar", "PERSON") not in kept
    assert ("Sana Qureshi", "PERSON") in kept


def test_a_name_tagged_a_place_with_a_persons_appositive_is_a_person() -> None:
    text = (
        "Sani Adamu, one of the teachers of the school, spoke. Dorvan Hills, a teacher "
        "said, is far. Kessland, the home of many teachers, mourned."
    )
    ms = _ms(text, ("Sani Adamu", "GPE"), ("Dorvan Hills", "GPE"), ("Kessland", "GPE"))
    kept = _kept(text, ms)
    assert ("Sani Adamu", "PERSON") in kept
    assert ("Dorvan Hills", "GPE") in kept  # the noun is a speaker's, not an appositive
    assert ("Kessland", "GPE") in kept


def test_names_with_particles_and_surnames_run_into_a_verb_are_people() -> None:
    # "María del Carmen Castellón" tagged ORG; "Garriott de Cayeux" (the surname of a
    # person named in full) tagged ORG; "Gilreath explained" tagged a work
    text = (
        "Maria del Carmen Velasco told reporters. Admiral Tessa Orwin spoke. Orwin "
        "explained the plan. Richard Varrow de Cayeux spoke, and Varrow de Cayeux left. "
        "The Banco de la Nacion Orlin fell."
    )
    ms = _ms(
        text,
        ("Maria del Carmen Velasco", "ORG"),
        ("Tessa Orwin", "PERSON"),
        ("Orwin explained", "WORK_OF_ART"),
        ("Richard Varrow de Cayeux", "PERSON"),
        ("Varrow de Cayeux", "ORG", 1),
        ("Banco de la Nacion Orlin", "ORG"),
    )
    kept = _kept(text, ms)
    assert ("Maria del Carmen Velasco", "PERSON") in kept
    assert ("Orwin", "PERSON") in kept
    assert ("Varrow de Cayeux", "PERSON") in kept
    assert ("Banco de la Nacion Orlin", "ORG") in kept


def test_a_name_cut_after_an_honorific_inside_it_is_one_name() -> None:
    # Somali names hold "Sheikh" after the given name; the model cuts after it
    text = "President Ali Sheikh Warsame spoke, and Sheikh Tamim met him."
    ms = _ms(text, ("Ali Sheikh", "PERSON"), ("Warsame", "PERSON"), ("Tamim", "PERSON"))
    kept = _kept(text, ms)
    assert ("Ali Sheikh Warsame", "PERSON") in kept
    assert ("Warsame", "PERSON") not in kept


def test_people_side_by_side_with_a_possessive_or_a_title_stay_two() -> None:
    text = "It was Ada Obi's Jo Ray who spoke."
    kept = _kept(text, _ms(text, ("Ada Obi's", "PERSON"), ("Jo Ray", "PERSON")))
    assert ("Jo Ray", "PERSON") in kept
    # the model tags a title before a name as a person of its own: no part of the name
    text = "Harlow County Sheriff Ada J. Penn said so."
    kept = _kept(text, _ms(text, ("Harlow County Sheriff", "PERSON"), ("Ada J. Penn", "PERSON")))
    assert ("Ada J. Penn", "PERSON") in kept
    # two full names side by side are two people (a reviewer's double object)
    text = "The board named Sara Lind Tom Brandt's successor."
    kept = _kept(text, _ms(text, ("Sara Lind", "PERSON"), ("Tom Brandt's", "PERSON")))
    assert ("Sara Lind", "PERSON") in kept


def test_a_persons_name_tagged_as_a_work_outside_quotation_marks_is_the_person() -> None:
    text = (
        "The memoir by Lydia Marlowe is out. Marlowe, asked about it, said it was true. "
        'Her earlier book, "Marlowe", sold well.'
    )
    ms = _ms(
        text,
        ("Lydia Marlowe", "PERSON"),
        ("Marlowe", "WORK_OF_ART", 1),
        ("Marlowe", "WORK_OF_ART", 2),
    )
    assert _kept(text, ms) == [
        ("Lydia Marlowe", "PERSON"),
        ("Marlowe", "PERSON"),
        ("Marlowe", "WORK_OF_ART"),
    ]


def test_a_title_tagged_as_the_person_gives_way_to_the_name_after_it() -> None:
    # the model tags "Caucus Chair" PERSON and leaves "Ines Vale" untagged
    text = "House Reform Caucus Chair Ines Vale (D-Vel.) said the vote was close."
    ms = _ms(text, ("House", "ORG"), ("Caucus Chair", "PERSON"))
    assert _kept(text, ms) == [("House", "ORG"), ("Ines Vale", "PERSON")]
    # a title with no name after it, or a name another mention covers, stays as it was
    text = "The Caucus Chair said no. Caucus Chair Ines Vale agreed."
    ms = _ms(text, ("Caucus Chair", "PERSON"), ("Ines Vale", "PERSON"))
    assert _kept(text, ms) == [("Caucus Chair", "PERSON"), ("Ines Vale", "PERSON")]


def test_a_surname_after_a_title_only_people_bear_is_a_person() -> None:
    text = "The White House said President Calloway would sign the measure."
    ms = _ms(text, ("The White House", "ORG"), ("Calloway", "ORG"))
    assert _kept(text, ms) == [("The White House", "ORG"), ("Calloway", "PERSON")]
    # a word the text also writes in lower case is not taken for a surname
    text = "President Lincoln Memorial staff said lincoln trees fell."
    ms = _ms(text, ("Lincoln", "FAC"))
    assert _kept(text, ms) == [("Lincoln", "FAC")]


def test_a_name_cut_before_son_of_or_daughter_of_is_one_name() -> None:
    # "Ould" / "Mint" (son of / daughter of) never open a name: the model's two halves,
    # or its half without the given name, are one person
    text = "Coalition leader Sidi Yarba Ould Tenji told reporters. Aicha Mint Boye voted."
    ms = _ms(text, ("Sidi Yarba", "PERSON"), ("Ould Tenji", "PERSON"), ("Mint Boye", "PERSON"))
    assert _kept(text, ms) == [("Sidi Yarba Ould Tenji", "PERSON"), ("Aicha Mint Boye", "PERSON")]
    # a day or a month before it is no given name ("In a video, Thursday Bin Tenji")
    text = "In a video, Thursday Bin Tenji was seen at the port."
    ms = _ms(text, ("Bin Tenji", "PERSON"))
    assert _kept(text, ms) == [("Bin Tenji", "PERSON")]
    # two full names side by side stay two people; a title before stays out
    text = "They named Sara Lind Tom Brandt's successor. Minister Ould Tenji agreed."
    ms = _ms(text, ("Sara Lind", "PERSON"), ("Tom Brandt's", "PERSON"), ("Ould Tenji", "PERSON"))
    assert _kept(text, ms) == [
        ("Sara Lind", "PERSON"),
        ("Tom Brandt's", "PERSON"),
        ("Ould Tenji", "PERSON"),
    ]


def test_a_place_before_based_and_a_word_after_a_bodys_noun_are_no_people() -> None:
    text = (
        "Nouakchott-based analyst Ines Vale said the monitoring group Rasd said 40 died, "
        "and the charity Verhoek runs agreed. A Reagan-based plan failed."
    )
    ms = _ms(
        text,
        ("Nouakchott", "PERSON"),
        ("Ines Vale", "PERSON"),
        ("Rasd", "PERSON"),
        ("Verhoek", "PERSON"),
        ("Reagan", "PERSON"),
    )
    # a real place before "-based" (not a person's name), a body's one-word name
    # before its speech verb (not its founder before a relative clause's verb)
    assert _kept(text, ms) == [
        ("Nouakchott", "GPE"),
        ("Ines Vale", "PERSON"),
        ("Rasd", "ORG"),
        ("Verhoek", "PERSON"),
        ("Reagan", "PERSON"),
    ]


def test_a_photographers_credit_is_no_person_mention() -> None:
    text = (
        "Cars burn outside the hotel in Velmar on May 6. Tomas Verhoek/EPA\n\n"
        "The attack began at a gate [Ana Bodin/Al Harbour] as guards fled.\n\n"
        "Cheeks is closer to the Ray Dunmore/P.J. Carlesimo pile."
    )
    ms = _ms(
        text,
        ("Tomas Verhoek", "PERSON"),
        ("Ana Bodin", "PERSON"),
        ("Ray Dunmore", "PERSON"),
        ("P.J. Carlesimo", "PERSON"),
    )
    assert [m.text for m in refine_mentions(text, ms, "a")] == ["Ray Dunmore", "P.J. Carlesimo"]


def test_a_rank_or_a_west_african_honorific_keeps_the_given_name_after_it() -> None:
    # "Major Sadiq Aden Ali" tagged "Aden Ali": the rank is no name, the word after it is
    text = (
        "Police spokesman Major Tahlil Aden Oro said so. Malam Idi Kolo agreed. "
        "General Motors boss Dana Vell and Captain Lowmere Harbour Authority staff met."
    )
    ms = _ms(
        text,
        ("Aden Oro", "PERSON"),
        ("Idi Kolo", "PERSON"),
        ("Dana Vell", "PERSON"),
        ("Harbour Authority", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Tahlil Aden Oro", "PERSON"),
        ("Idi Kolo", "PERSON"),
        ("Dana Vell", "PERSON"),  # "General Motors": a company, no rank
        ("Harbour Authority", "ORG"),  # "Lowmere": no given name before a body
    ]


def test_a_korean_given_name_of_any_syllable_is_whole_again() -> None:
    # the tokenizer cuts "-yeol", "-shik" as it cut "-in"; a word after a hyphen
    # ("Ray-era", "Paek-backed") is no syllable of a name
    text = "Paek Suk-yeol met Woo Won-shik. The Ray Tal-era rules and the Kim Do-backed bill."
    ms = _ms(
        text,
        ("Paek Suk", "PERSON"),
        ("Woo Won", "PERSON"),
        ("Ray Tal", "PERSON"),
        ("Kim Do", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Paek Suk-yeol", "PERSON"),
        ("Woo Won-shik", "PERSON"),
        ("Ray Tal", "PERSON"),
        ("Kim Do", "PERSON"),
    ]


def test_a_name_after_a_rank_or_an_office_inside_a_body_span_is_a_person() -> None:
    text = (
        "Lieutenant-Colonel Paul-Henri Sadem Damo took power. "
        "National Assembly Speaker Woo Tal-shik spoke. The Assembly Speaker Office Annex shut."
    )
    ms = _ms(
        text,
        ("Paul-Henri Sadem Damo", "ORG"),
        ("National Assembly Speaker Woo Tal-shik", "ORG"),
        ("The Assembly Speaker Office Annex", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Paul-Henri Sadem Damo", "PERSON"),
        ("National Assembly", "ORG"),
        ("Woo Tal-shik", "PERSON"),
        ("The Assembly Speaker Office Annex", "ORG"),
    ]


def test_a_name_the_model_tagged_a_body_right_after_an_office_is_a_person() -> None:
    # an office in any case before two name words ("state governor Oru Dalani"); a body's
    # word in the span keeps it a body ("Minister Delta Relief Agency")
    text = (
        "Wenlo state governor Oru Dalani spoke. Academy President Tess Varga agreed. "
        "Minister Delta Relief Agency staff left."
    )
    ms = _ms(
        text,
        ("Oru Dalani", "ORG"),
        ("Tess Varga", "ORG"),
        ("Delta Relief Agency", "ORG"),
    )
    assert _kept(text, ms) == [
        ("Oru Dalani", "PERSON"),
        ("Tess Varga", "PERSON"),
        ("Delta Relief Agency", "ORG"),
    ]


def test_a_dateline_of_a_place_a_month_and_a_day_feeds_no_entity() -> None:
    # "Brasília, OCT 31:" opens the text as "HARTFORD, Conn. —" does; a weekday is no place
    text = "Dorvana, OCT 31: President-elect Ana Lurz called for calm."
    assert dateline_end(text) == text.index("President")
    assert dateline_end("Kessly, 31 October (IPS) - The vote") > 0
    assert dateline_end("Sunday, November 27 - the day the vote") == 0
    assert dateline_end("Lurz, May I ask a question?") == 0
    ms = _ms(text, ("Dorvana", "GPE"), ("OCT 31", "DATE"), ("Ana Lurz", "PERSON"))
    assert _kept(text, ms) == [("Ana Lurz", "PERSON")]


def test_a_relative_named_in_apposition_is_a_person_whatever_the_tag() -> None:
    text = (
        "Dorvan's brother, Terrel, said he was angry. Her husband, Tomas Vell, agreed. "
        "The river's mouth, Kessly, flooded."
    )
    ms = _ms(text, ("Terrel", "ORG"), ("Tomas Vell", "GPE"), ("Kessly", "GPE"))
    assert _kept(text, ms) == [
        ("Terrel", "PERSON"),
        ("Tomas Vell", "PERSON"),
        ("Kessly", "GPE"),
    ]


def test_a_name_after_an_office_with_its_portfolio_is_a_person_however_tagged() -> None:
    # "Greek PM Kyriakos Mitsotakis" tagged a work; "Minister of Transport and
    # Infrastructure Kostas Karamanlis" left untagged (a given name the table knows)
    text = (
        "Dorvan PM Aris Kellidis spoke. Dorvan Minister of Transport and Infrastructure "
        "Kostas Varelis resigned. The Minister of Culture Hall opened."
    )
    ms = _ms(text, ("Dorvan PM Aris Kellidis", "WORK_OF_ART"))
    assert _kept(text, ms) == [("Aris Kellidis", "PERSON"), ("Kostas Varelis", "PERSON")]


def test_a_given_name_before_a_kunya_is_part_of_the_name() -> None:
    # "Abdiasis" + "Abu Musab": a kunya opens no given name; not a possessive, a place
    # or a sentence's opening word
    text = '"Yes," Abdirahman Abu Talib said. Later Abu Salim spoke. Dorvan\'s Abu Hamza spoke.'
    ms = _ms(text, ("Abu Talib", "PERSON"), ("Abu Salim", "PERSON"), ("Abu Hamza", "PERSON"))
    assert _kept(text, ms) == [
        ("Abdirahman Abu Talib", "PERSON"),
        ("Abu Salim", "PERSON"),
        ("Abu Hamza", "PERSON"),
    ]


def test_a_name_before_a_kind_of_building_is_the_buildings() -> None:
    # "the Maka Al-Mukarramah hotel" tagged a person; one word ("a Sikh temple") or an
    # owner ("Ray's hotel") is no building's name
    text = "Gunmen stormed the Dalo Al-Karim hotel. A Sikh temple and Ada Vell's hotel shut."
    ms = _ms(text, ("Dalo Al-Karim", "PERSON"), ("Sikh", "PERSON"), ("Ada Vell's", "PERSON"))
    assert _kept(text, ms)[0] == ("Dalo Al-Karim", "FAC")
    assert ("Sikh", "FAC") not in _kept(text, ms)
    assert all(label != "FAC" for name, label in _kept(text, ms) if "Vell" in name)


def test_a_people_word_that_speaks_is_a_persons_surname() -> None:
    # "Albanese said" with "Albanese" tagged a people (or a language): a surname, at
    # every occurrence; a plural people speaking, or one after a determiner, stays one
    text = (
        "“We should wait,” Velkani said on Saturday. Police spoke after Velkani and "
        "Kershaw. Republicans said no. The Serbian said nothing."
    )
    ms = _ms(
        text,
        ("Velkani", "NORP"),
        ("Velkani", "LANGUAGE", 1),
        ("Kershaw", "PERSON"),
        ("Republicans", "NORP"),
        ("Serbian", "NORP"),
    )
    assert _kept(text, ms) == [
        ("Velkani", "PERSON"),
        ("Velkani", "PERSON"),
        ("Kershaw", "PERSON"),
        ("Republicans", "NORP"),
        ("Serbian", "NORP"),
    ]


def test_a_surname_after_a_sentences_last_capitalised_word_is_the_person() -> None:
    # "… of Arizona. Flake crossed": the word before ends a sentence, no longer name
    text = "One senator sat, Sen. Tomas Wrenfield of Velmora. Wrenfield crossed the aisle."
    ms = _ms(text, ("Tomas Wrenfield", "PERSON"), ("Velmora", "GPE"))
    assert _kept(text, ms) == [
        ("Tomas Wrenfield", "PERSON"),
        ("Velmora", "GPE"),
        ("Wrenfield", "PERSON"),
    ]


def test_a_surname_with_an_apostrophe_the_model_cut_off_joins_the_name() -> None:
    text = "Deputy Speaker Chris D’Avelle said the House would sit. D’Avelle was ready."
    ms = _ms(text, ("Chris", "PERSON"), ("House", "ORG"))
    assert _kept(text, ms)[:2] == [("Chris D’Avelle", "PERSON"), ("House", "ORG")]


def test_a_given_name_alone_tagged_a_place_is_the_person_named_in_full() -> None:
    # "the loss of Ashlee" beside "Ashlee Good" (also "Good" alone): her given name; a
    # known place ("Jordan") and the first word of a body tagged a person ("Harvard
    # Law", whose last word is never a person alone) stay as tagged
    text = (
        "Ilsa Marrow, 38, died. “We mourn the loss of Ilsa,” her family said of Marrow. "
        "Jordan Peele visited Jordan. Harvard Law and Harvard agreed."
    )
    ms = _ms(
        text,
        ("Ilsa Marrow", "PERSON"),
        ("Ilsa", "GPE", 1),
        ("Marrow", "PERSON", 1),
        ("Jordan Peele", "PERSON"),
        ("Jordan", "GPE", 1),
        ("Harvard Law", "PERSON"),
        ("Harvard", "ORG", 1),
    )
    kept = _kept(text, ms)
    assert ("Ilsa", "PERSON") in kept
    assert ("Jordan", "GPE") in kept
    assert ("Harvard", "ORG") in kept


def test_a_portfolio_body_cut_at_its_commas_is_one_name() -> None:
    text = "Earlier, the United Kingdom’s Foreign, Commonwealth, and Development Office warned."
    ms = _ms(text, ("the United Kingdom’s Foreign", "GPE"), ("Development Office", "ORG"))
    assert _kept(text, ms) == [("Foreign, Commonwealth, and Development Office", "ORG")]


def test_a_given_name_the_model_left_before_a_name_joins_it() -> None:
    # "Mayor Carmen Yulin Cruz" tagged "Yulin Cruz"; not a body's word ("Court Clerk")
    text = "San Juan Mayor Carmen Yulin Ortas spoke. Court Clerk Dan Fallon agreed."
    ms = _ms(text, ("San Juan", "GPE"), ("Yulin Ortas", "PERSON"), ("Clerk Dan Fallon", "PERSON"))
    assert _kept(text, ms)[1] == ("Carmen Yulin Ortas", "PERSON")
    assert ("Court Clerk Dan Fallon", "PERSON") not in _kept(text, ms)


def test_a_storm_named_like_a_person_is_no_person() -> None:
    text = "Hurricane Velma struck the coast. After Velma, thousands died. Velma Orr agreed."
    ms = _ms(
        text,
        ("Hurricane Velma", "EVENT"),
        ("Velma", "PERSON", 1),
        ("Velma Orr", "PERSON"),
    )
    assert _kept(text, ms) == [
        ("Hurricane Velma", "EVENT"),
        ("Velma", "EVENT"),
        ("Velma Orr", "PERSON"),
    ]


def test_a_surname_tagged_a_product_is_the_person_named_in_full() -> None:
    text = "Speaker Nancy Pelosa spoke first. Later Pelosa voted no."
    ms = _ms(text, ("Nancy Pelosa", "PERSON"), ("Pelosa", "PRODUCT", 1))
    assert _kept(text, ms) == [("Nancy Pelosa", "PERSON"), ("Pelosa", "PERSON")]
