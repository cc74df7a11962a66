"""Quotes taken from documents or said by groups (``analyze/quote_speakers.py``,
``quote_cues.py``, ``quote_article.py``), in hand-written, fictional sentences: one
rule per test.

A document speaks for its author where the article gives one, else as the article
names it; a group is a speaker as the article identifies it.  Precision first: an
author the article does not identify leaves the document as written, or nobody.
All run with the model (the rules read the parse and the tagger's labels).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes

pytestmark = pytest.mark.model


def _speakers(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text))]


# -------------------------------------------------------------------- documents


def test_tweets_are_the_account_owners_statement(make_parsed: MakeParsed) -> None:
    # "the tweets" were never given an author, but the statement just before them was
    # (by "the official Twitter account for" an organisation: the organisation's)
    text = (
        "Hours later, the official Twitter account for the Velmora Coast Guard has issued "
        "a statement. A Coast Guard officer confirmed that the following tweets were "
        "genuine.\n\n"
        "“We are watching the harbour day and night,” the tweets read."
    )
    assert _speakers(make_parsed, text) == ["Velmora Coast Guard"]


def test_a_post_is_the_statement_its_author_posted(make_parsed: MakeParsed) -> None:
    text = (
        "The Velmora Fire Brigade posted a statement on its Facebook page on Sunday.\n\n"
        "“Stay away from the river banks,” the post read."
    )
    assert _speakers(make_parsed, text) == ["Velmora Fire Brigade"]


def test_a_document_filed_by_a_body_is_the_bodys(make_parsed: MakeParsed) -> None:
    text = (
        "The Velmora Tenants Union filed a lawsuit against the city on Monday.\n\n"
        "“The city has ignored its own rules for a decade,” the lawsuit says."
    )
    assert _speakers(make_parsed, text) == ["Velmora Tenants Union"]


def test_a_memo_from_a_body_is_the_bodys(make_parsed: MakeParsed) -> None:
    text = (
        "An internal memo from the Ostrava Rail Company warned staff about delays.\n\n"
        "“Expect cancellations through March,” the memo said."
    )
    assert _speakers(make_parsed, text) == ["Ostrava Rail Company"]


def test_the_ruling_is_the_judges_who_ruled(make_parsed: MakeParsed) -> None:
    text = (
        "Judge Orla Brennick ruled on Friday that the ban was unlawful.\n\n"
        "“The council exceeded its powers,” the ruling said."
    )
    assert _speakers(make_parsed, text) == ["Orla Brennick"]


def test_a_letter_with_an_unnamed_author_is_the_letter(make_parsed: MakeParsed) -> None:
    # "by the faculty at Brackwater" names nobody: the letter, up to its noun
    text = (
        "The latest criticism comes in a letter signed by nearly 40 teachers at "
        "Brackwater.\n\n"
        "The letter released Tuesday by the faculty at Brackwater said that schools must "
        "help when families “face problems beyond their means.”"
    )
    assert _speakers(make_parsed, text) == ["The letter"]


def test_a_letter_signed_by_everyone_on_a_named_committee(make_parsed: MakeParsed) -> None:
    # the signers are identified (every member of a body the article names): they speak
    text = (
        "Every Republican on the Velmora Budget Committee on Thursday demanded that "
        "Dana Roke step down.\n\n"
        "In a letter, obtained by the Courier and signed by every Republican on the "
        "committee, the lawmakers faulted Roke for her claims.\n\n"
        "“We have no faith in your ability to lead,” the letter stated."
    )
    assert _speakers(make_parsed, text) == ["every Republican on the Velmora Budget Committee"]


def test_a_letter_signed_by_all_of_a_named_body(make_parsed: MakeParsed) -> None:
    # a body named without "the" stays without it
    text = (
        "In a letter signed by all members of Congress, the lawmakers urged a vote.\n\n"
        "“We must act now,” the letter said."
    )
    assert _speakers(make_parsed, text) == ["all members of Congress"]


def test_a_letter_a_named_group_sent_is_the_groups(make_parsed: MakeParsed) -> None:
    text = (
        "The Brackwater Academy scholars sent a letter to the minister.\n\n"
        "“Cuts will hurt the poor,” the letter said."
    )
    assert _speakers(make_parsed, text) == ["The Brackwater Academy scholars"]


def test_the_writers_are_the_document_just_named(make_parsed: MakeParsed) -> None:
    # "say" is parsed as joined to "calls" (whose subject is "the rule"): a plural verb
    # hung on a singular one is the plural subject's ("The writers")
    text = (
        "Tobin Arrow spoke about the rule on Monday.\n\n"
        "The Brackwater Academy letter argues, though, that Arrow misread the rule.\n\n"
        "The writers acknowledge that the rule indeed calls for local solutions but say "
        "it is “not a free pass to cut services” and requires more."
    )
    assert _speakers(make_parsed, text) == ["the Brackwater Academy letter"]


def test_it_after_a_statement_from_a_body_is_the_bodys(make_parsed: MakeParsed) -> None:
    text = (
        "A statement from the Ostrava Rail Company said trains would run again on "
        "Monday.\n\n"
        "“We apologise to all passengers,” it added."
    )
    assert _speakers(make_parsed, text) == ["Ostrava Rail Company"]


def test_it_for_a_letter_by_unnamed_signers_is_nobody(make_parsed: MakeParsed) -> None:
    # "three dozen experts" are not identified: "it" is left unresolved
    text = (
        "Three dozen experts on trade signed an open letter on the issue.\n\n"
        "“We are deeply concerned about the new tariffs,” it stated."
    )
    assert _speakers(make_parsed, text) == [None]


def test_an_editorial_in_a_daily_is_the_dailys(make_parsed: MakeParsed) -> None:
    text = (
        "Protests went on for a fourth day.\n\n"
        "“The city has surrendered itself to anarchy,” said an editorial in the "
        "conservative daily the Velmora Times."
    )
    assert _speakers(make_parsed, text) == ["Velmora Times"]


def test_a_report_from_a_firm_is_the_firms(make_parsed: MakeParsed) -> None:
    text = (
        "Shares rose on Monday.\n\n"
        "“The market is pricing in a recovery,” said a report from Kestrel Capital Partners."
    )
    assert _speakers(make_parsed, text) == ["Kestrel Capital Partners"]


def test_a_statement_after_a_body_spoke_is_the_bodys(make_parsed: MakeParsed) -> None:
    text = (
        "The Velmora Refugee Council said its field director was among those killed. "
        "A statement said the group was “shocked and saddened” by his death."
    )
    assert _speakers(make_parsed, text) == ["Velmora Refugee Council"]


def test_a_statement_named_for_a_body_is_the_bodys(make_parsed: MakeParsed) -> None:
    text = (
        "The navy freed the ship on Saturday, a Velmora Defence Ministry statement said.\n\n"
        "“The boats disengaged and attempted escape.”"
    )
    assert _speakers(make_parsed, text)[-1] == "Velmora Defence Ministry"


def test_a_named_document_is_not_the_body_that_spoke_before(make_parsed: MakeParsed) -> None:
    # "the Ostrava Police statement" names its own issuer: not the council before it
    text = (
        "The Velmora Council said the road would reopen on Monday.\n\n"
        "“The road is safe again,” the Ostrava Police statement said."
    )
    speakers = _speakers(make_parsed, text)
    assert len(speakers) == 1  # the quote is found: an empty list would pass the check below
    assert speakers[0] != "Velmora Council"


def test_an_outlet_after_its_description_is_the_outlet(make_parsed: MakeParsed) -> None:
    # not "Hollywood" (a place inside the outlet's name)
    text = (
        "The Academy chose Ellen DeGeneres as host on Friday.\n\n"
        "“Choosing DeGeneres signals a different tone,” trade magazine The Hollywood "
        "Reporter wrote."
    )
    assert _speakers(make_parsed, text) == ["The Hollywood Reporter"]


# -------------------------------------------------------------------- groups


def test_they_after_a_relative_clause_is_the_named_group(make_parsed: MakeParsed) -> None:
    # "that" (the subject of a relative clause) does not stop the search for "they"
    text = (
        "The Brackwater scholars pointed to cuts in programs that keep families fed. "
        "From experience, they also “know how cuts in grants will hurt students.”"
    )
    assert _speakers(make_parsed, text) == ["The Brackwater scholars"]


def test_team_members_are_the_members_the_article_named(make_parsed: MakeParsed) -> None:
    # an attribution too long for the patterns ("team members dressed for a game say")
    text = (
        "Members of the Velmora Minor Hockey Association's Falcons team are seen in this "
        "photo.\n\n"
        "A Velmora hockey coach says he is overwhelmed by a video made by his team.\n\n"
        "“Help us help our coach,” team members dressed for a game say in unison in the "
        "video."
    )
    assert _speakers(make_parsed, text) == [
        "Members of the Velmora Minor Hockey Association's Falcons team"
    ]


def test_the_choir_members_are_the_members_named(make_parsed: MakeParsed) -> None:
    text = (
        "Members of the Ostrava Youth Choir sang for the mayor on Sunday.\n\n"
        "“We love this town,” the choir members said afterwards."
    )
    assert _speakers(make_parsed, text) == ["Members of the Ostrava Youth Choir"]


def test_they_are_the_members_of_a_named_body(make_parsed: MakeParsed) -> None:
    text = (
        "Members of the Ostrava Youth Choir sang for the mayor on Sunday.\n\n"
        "“We love this town,” they said afterwards."
    )
    assert _speakers(make_parsed, text) == ["Members of the Ostrava Youth Choir"]


def test_the_pair_are_the_two_named_together(make_parsed: MakeParsed) -> None:
    text = (
        "Orla Brennick and Tobin Arrow, the new directors of the festival, spoke on "
        "Monday.\n\n"
        "“This will be the best year yet,” the pair said in a statement."
    )
    assert _speakers(make_parsed, text) == ["Orla Brennick and Tobin Arrow"]


def test_the_pair_of_two_named_apart_is_nobody(make_parsed: MakeParsed) -> None:
    text = (
        "Orla Brennick met Tobin Arrow on Monday.\n\n"
        "“This will be the best year yet,” the pair said in a statement."
    )
    assert _speakers(make_parsed, text) == [None]


def test_a_descriptions_words_never_run_across_a_sentence(make_parsed: MakeParsed) -> None:
    # "the Velmora Awards" ends one paragraph and "The statement" opens the next: the
    # fullest description of "the statement" is not "the Velmora Awards The statement"
    text = (
        "Ana Brel said she was barred from singing at the Velmora Awards\n\n"
        "The statement, which the Harbour Ledger obtained, disputed that.\n\n"
        "“We never blocked her,” the statement read."
    )
    assert _speakers(make_parsed, text) == ["the statement"]


def test_a_groups_fuller_name_never_runs_across_a_sentence(make_parsed: MakeParsed) -> None:
    # "the request public. The doctors": the words before the full stop are not
    # modifiers of "doctors"; the Brackwater doctors, named on one line, still are
    text = (
        "The clinic waited a week before making the request public. The doctors "
        "warned of a hard winter.\n\n"
        "“Flu season has already begun,” the doctors said."
    )
    assert _speakers(make_parsed, text) == [None]  # not "the request public. The doctors"
    text = (
        "The Brackwater Clinic doctors warned of a hard winter.\n\n"
        "“Flu season has already begun,” the doctors said."
    )
    assert _speakers(make_parsed, text) == ["the Brackwater Clinic doctors"]
