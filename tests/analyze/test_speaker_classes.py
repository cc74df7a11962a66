"""Classes of speaker errors found on unseen text (ECB+, GGT), one rule per test, in
hand-written, fictional sentences:

1. an appositive's gender cue is an appositive's (a noun phrase after the comma),
   not a predicate, a clause or a coordination that follows a name
   (``ArticleContext._appositive_words``);
2. a surname that is also a title or a common word ("King", "Hall") is the person
   named in full with it, where it stands alone as a speaker;
3. a common noun or a people the tagger labels a person ("Filmmaker", "Nudity",
   "Greeks") is no candidate speaker;
4. a description ("the Velmora judge", "the candidate") is a person only where the
   article says who that is;
5. a bare plural or collective subject after a quote ("…,” police said in a
   statement") is an attribution, given as written;
6. in "Name, title, organisation, said" the name is the speaker;
7. a quote with nobody to say it, followed in its paragraph by "It was “…,” Ray
   said.", is Ray's;
8. a quote over several paragraphs attributed only after its last piece is that
   speaker's in every piece (over an inherited speaker; not from a pronoun);
9. a short last piece of such a quote ("I'm satisfied,” Ray said.") is speech;
10. "…,” the Herald quoted witness Jo Ray as saying" is Jo Ray's;
11. a later fragment of a sentence with no cue of its own is the speaker of the
    fragment before it (``_QuoteFinder.share_sentence``), unless another person is
    named between them;
12. an infinitive of purpose or degree ("went so far as to say") has the
    subject of its clause (``subject_of``).

All run with the model (the tagger's labels are part of each case).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quote_cues import Cues
from crosswire.analyze.quote_speakers import Speakers
from crosswire.analyze.quotes import find_quotes

pytestmark = pytest.mark.model


def _article(make_parsed: MakeParsed, text: str) -> Speakers:
    return Cues(make_parsed(text)).art


def _votes(make_parsed: MakeParsed, text: str, name: str) -> list[int]:
    return _article(make_parsed, text).gender_votes.get(name, [0, 0])


def _speakers(make_parsed: MakeParsed, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_parsed(text))]


def _persons(make_parsed: MakeParsed, text: str) -> list[str]:
    return [p[2] for p in _article(make_parsed, text).persons]


# -------------------------------------------------------------------- 1. appositives


def test_a_predicate_after_the_comma_gives_no_gender(make_parsed: MakeParsed) -> None:
    text = (
        "Tobin Arrow was shot on Saturday. His sister, Orlaith Venn, told reporters "
        "she doubted her brother was armed."
    )
    art = _article(make_parsed, text)
    assert art.gender_votes.get("Orlaith Venn", [0, 0])[0] == 0
    assert art.gender("Orlaith Venn") == "f"


def test_a_coordination_after_the_comma_gives_no_gender(make_parsed: MakeParsed) -> None:
    text = "Ray's mother, Marisol, and father, Daniel, attended the trial most days."
    # no man's vote from "and father"; her own role before her name is a woman's (3 from
    # the noun after the owner, 5 from the role set off before the name)
    assert _votes(make_parsed, text, "Marisol") == [0, 8]


def test_a_relative_or_participle_clause_gives_no_gender(make_parsed: MakeParsed) -> None:
    text = "Tobin Arrow, who lost his wife last year, spoke briefly from the family home."
    assert _votes(make_parsed, text, "Tobin Arrow")[1] == 0
    text = "Orlaith Venn, accused of killing her husband, appeared in court on Monday."
    assert _votes(make_parsed, text, "Orlaith Venn")[0] == 0


def test_the_head_of_an_appositive_comes_before_its_preposition(
    make_parsed: MakeParsed,
) -> None:
    text = "Orlaith Venn, a friend of her brother, opened the bakery on Harlow Street."
    assert _votes(make_parsed, text, "Orlaith Venn")[0] == 0
    # an owner before the head is no head, the head after it still is
    text = "Tobin Arrow, Ada Obi's older brother, spoke briefly from the family home."
    assert _votes(make_parsed, text, "Tobin Arrow") == [5, 0]


def test_a_role_in_an_appositive_with_a_coordination_inside(make_parsed: MakeParsed) -> None:
    text = (
        "Adaeze Okafor, the former actor and Oscar-winning director of the film, arrived on Monday."
    )
    roles = _article(make_parsed, text).roles
    assert roles.get("director") == [(0, "Adaeze Okafor")]


# -------------------------------------------------------------------- 2. title surnames


def test_a_title_word_surname_alone_is_the_person_named_in_full(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Marisol King, 39, watched the arrest from her window on Harlow Street.\n\n"
        "“I saw everything,” King told the Velmora Herald."
    )
    assert _speakers(make_parsed, text) == ["Marisol King"]


def test_the_title_with_its_article_is_no_surname(make_parsed: MakeParsed) -> None:
    text = (
        "Marisol King, 39, watched the parade from her window.\n\n“We are grateful,” the King said."
    )
    assert _speakers(make_parsed, text) == [None]


def test_a_common_word_surname_alone_is_the_person_named_in_full(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Brennan Hall, who directs the Velmora wildlife service, spoke on Monday.\n\n"
        "“The agency keeps the full duty to weigh that,” Hall said."
    )
    assert _speakers(make_parsed, text) == ["Brennan Hall"]


# -------------------------------------------------------------------- 3. made-up people


def test_a_common_noun_opening_a_sentence_is_no_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "Orlaith Venn turned down every offer from the studios.\n\n"
        "Filmmaker and aviator Tobin Arrow also pursued Venn but she rebuffed him as well.\n\n"
        "“I never returned any of his calls,” she once said."
    )
    assert "Filmmaker" not in _persons(make_parsed, text)
    assert _speakers(make_parsed, text) == ["Orlaith Venn"]


def test_a_noun_also_written_in_lower_case_is_no_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "Orlaith Venn posed for the painters of Velmora in 1950.\n\n"
        "Nudity didn't bother her, she said, explaining:\n\n“God approves of nudity.”"
    )
    assert _speakers(make_parsed, text) == ["Orlaith Venn"]


def test_a_people_is_no_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "“I completely understand the anger,” Tobin Arrow said.\n\n"
        "But Greeks must also understand that without these measures, “the situation "
        "would be far more serious,” he said."
    )
    assert "Greeks" not in _persons(make_parsed, text)
    assert _speakers(make_parsed, text) == ["Tobin Arrow", "Tobin Arrow"]


def test_a_name_after_a_or_an_is_no_person(make_parsed: MakeParsed) -> None:
    text = (
        "Police said a crowd looted a Rite Aid near the station.\n\n"
        "The manager said, “They poured in here like forty of them.”"
    )
    assert _speakers(make_parsed, text) == [None]


# -------------------------------------------------------------------- 4. descriptions


def test_an_office_nobody_is_given_is_not_the_last_subject(make_parsed: MakeParsed) -> None:
    text = (
        "In June 1998, Marcus Whitfield met a woman in a bar. He would not let her leave "
        "his apartment.\n\nIn his oral judgment, the Velmora judge said he saw no "
        "“realistic prospect of controlling the threat” posed by Whitfield."
    )
    assert _speakers(make_parsed, text) == [None]


def test_a_description_named_by_its_appositive(make_parsed: MakeParsed) -> None:
    text = (
        "“I will serve the people of Velmora with all my strength,” the candidate, "
        "regional clerk Tobin Arrow, said in a statement."
    )
    assert _speakers(make_parsed, text) == ["Tobin Arrow"]


def test_an_owners_role_after_a_name_is_that_person(make_parsed: MakeParsed) -> None:
    text = (
        "A row erupted after Tobin Arrow, Velmora's ambassador to Norland, told reporters "
        "he thinks the banker has “quite a strong case” against extradition."
    )
    assert _speakers(make_parsed, text) == ["Tobin Arrow"]


def test_a_title_with_of_before_the_name(make_parsed: MakeParsed) -> None:
    text = (
        "Secretary of State Orlaith Venn is set to ask the council to authorise "
        "“all necessary measures” against the pirates."
    )
    assert _speakers(make_parsed, text) == ["Orlaith Venn"]


def test_the_written_large_inside_a_sentence_is_a_name(make_parsed: MakeParsed) -> None:
    text = (
        "The studio will not confirm that Tobin Arrow is attached to the film, but The "
        "Velmora Reporter said Friday he is the “current favourite to direct the sequel”."
    )
    assert _speakers(make_parsed, text) == ["Velmora Reporter"]


# ------------------------------------------------------- 5. plural subjects after a quote


def test_police_in_a_statement_after_a_quote(make_parsed: MakeParsed) -> None:
    text = (
        "A van struck a cyclist in Velmora on Monday.\n\n"
        "“The driver, a 40-year-old man, left the scene before officers arrived,” "
        "police said in a statement."
    )
    quotes = find_quotes(make_parsed(text))
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("police", "police")]


# -------------------------------------------------- 6. a name ahead of its title and body


def test_a_name_before_a_title_and_an_organisation(make_parsed: MakeParsed) -> None:
    text = (
        "Two skiffs were seized off the coast on Thursday.\n\n"
        "“The boats turned back as soon as the frigate approached,” Commander Tobin "
        "Arrow, Chief Public Relations Officer, Velmora Navy, said."
    )
    assert _speakers(make_parsed, text) == ["Tobin Arrow"]


# ------------------------------------------------- 7. "It was “…,” Ray said." after a quote


def test_it_was_carries_the_speaker_to_the_quote_before(make_parsed: MakeParsed) -> None:
    text = (
        "Orlaith Venn's campaign answered within the hour.\n\n"
        "The comment was “the lowest point in a bitter race for the council.” It was "
        "“an insult to every voter in Velmora,” Venn said."
    )
    assert _speakers(make_parsed, text) == ["Orlaith Venn", "Orlaith Venn"]


def test_an_unresolved_speaker_is_not_replaced_by_the_next(make_parsed: MakeParsed) -> None:
    text = (
        "Orlaith Venn's campaign answered within the hour.\n\n"
        "A spokesman said the comment was “the lowest point in a bitter race.” It was "
        "“an insult to every voter in Velmora,” Venn said."
    )
    first, second = _speakers(make_parsed, text)
    assert first != "Orlaith Venn" and second == "Orlaith Venn"


# -------------------------------------------- 8. an attribution after the last paragraph


# a quote over two paragraphs, its attribution after the last piece
_STORM = (
    "Velmora harbour was shut on Monday as the storm came in.\n\n"
    '"The harbour will stay closed until the storm has passed.\n\n'
    'We have asked every boat to stay in port, " {attribution}.'
)


def test_the_last_pieces_attribution_is_carried_back(make_parsed: MakeParsed) -> None:
    text = _STORM.format(attribution="harbour master Tobin Arrow said")
    assert _speakers(make_parsed, text) == ["Tobin Arrow", "Tobin Arrow"]


def test_a_pronoun_is_not_carried_back(make_parsed: MakeParsed) -> None:
    text = _STORM.format(attribution="he said")
    assert _speakers(make_parsed, text)[0] is None


# ----------------------------------------------------------- 9. a short last piece


def test_a_short_last_piece_closed_by_its_attribution(make_parsed: MakeParsed) -> None:
    text = (
        "Orlaith Venn won the final in four rounds.\n\n"
        '"Arrow was not easy to beat.\n\n'
        "I'm satisfied, \" Venn said."
    )
    quotes = find_quotes(make_parsed(text))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Arrow was not easy to beat.", "Orlaith Venn"),
        ("I'm satisfied", "Orlaith Venn"),
    ]


# ------------------------------------------------------------ 10. "quoted X as saying"


def test_quoted_as_saying_names_the_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "Witnesses said the man was unarmed.\n\n"
        "“The officers jumped out of the car so fast,” the Velmora Herald quoted "
        "witness Tobin Arrow as saying."
    )
    assert _speakers(make_parsed, text) == ["Tobin Arrow"]


# ------------------------------------------------- 11. fragments of one sentence

_REPORT = (
    "Ada Lurz released the report on Friday. While Lurz says her report “does not "
    "settle the matter for good,” {rest}"
)


def test_a_later_fragment_of_the_sentence_shares_the_speaker(make_parsed: MakeParsed) -> None:
    text = _REPORT.format(rest="it “also does not clear anyone at all.”")
    assert _speakers(make_parsed, text) == ["Ada Lurz", "Ada Lurz"]


@pytest.mark.parametrize(
    "rest",
    [
        # another person named between the fragments
        "to Tom Baker it seems “a clear reason for going on with the case.”",
    ],
)
def test_a_fragment_after_another_name_keeps_no_speaker(make_parsed: MakeParsed, rest: str) -> None:
    assert _speakers(make_parsed, _REPORT.format(rest=rest)) == ["Ada Lurz", None]


def test_a_fragment_of_the_next_sentence_is_left_to_rule_3(make_parsed: MakeParsed) -> None:
    text = (
        "Ada Lurz released the report on Friday. Lurz says her report “does not settle "
        "the matter for good.” It “also does not clear anyone at all.”"
    )
    assert _speakers(make_parsed, text) == ["Ada Lurz", None]


# ------------------------------------- 12. an infinitive of purpose or degree


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ada Lurz spoke on Monday. The Velmora council went so far as to say the plan "
            "had “failed every family in this town.”",
            "Velmora council",
        ),
        (
            "Rain fell all week. The Velmora council will be left to wonder: “what did we "
            "do to deserve this?”",
            "Velmora council",
        ),
    ],
)
def test_an_infinitive_of_purpose_or_degree_has_its_clauses_subject(
    make_parsed: MakeParsed, text: str, speaker: str
) -> None:
    assert _speakers(make_parsed, text) == [speaker]


# an appositive between a name and its speech verb, however long, leads back to the
# name (a place or body at its end, or the phrase the parse took for the subject, is
# no speaker); never through a clause, nor to a name that does not open the attribution
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            "“Such runs pay off when you get more out than you put in,” Lena Ostrova, a "
            "fellow at the Vale Institute for Physics in Lowmere, Ostrania, and co-author "
            "of the study, said in a statement.",
            ["Lena Ostrova"],
            id="a place ends a long appositive",
        ),
        pytest.param(
            "The statement from Dr. Lena Ostrova, an internist and chair of medicine at the "
            "Vale Medical Group in Mount Kisco, New York, said the patient has "
            '"seasonal pollen allergies," and nothing worse.',
            ["Lena Ostrova"],
            id="a place of several words",
        ),
        pytest.param(
            "“He could have written more,” Tomas Reyvik, Ana’s husband and the Ledger’s "
            "editor in chief, said.",
            ["Tomas Reyvik"],
            id="owned roles",
        ),
        pytest.param(
            "“He could have written more,” Tomas Reyvik, a research analyst at the "
            "Institute for Energy, Water and Soil think tank, said.",
            ["Tomas Reyvik"],
            id="a body cut by the parse",
        ),
        pytest.param(
            "Lena Ostrova checked into the Harbour Clinic in Rancho Vale, Ostrania, on "
            "Thursday night, her agent confirms.\n\n"
            "“She showed up in the morning and hated it.”",
            [None],
            id="no appositive: a clause after the name",
        ),
        pytest.param(
            "“We will rebuild,” the board, which Tomas Reyvik chairs, said.",
            ["board"],
            id="the name does not open the attribution",
        ),
        pytest.param(
            "Jo Ray, the mayor, resigned on Monday, the council said: “We thank him.”",
            ["council"],
            id="a verb between",
        ),
        pytest.param(
            "Jo Ray, the striker, was sold to Lowmere City, the club said in a statement: "
            "“We wish him well.”",
            ["club"],
            id="a passive verb between",
        ),
        pytest.param(
            "Jo Ray, the mayor, resigned on Monday in Lowmere, Ostrania, the council said: "
            "“We thank him.”",
            ["council"],
            id="a verb before a place",
        ),
    ],
)
def test_an_appositive_leads_back_to_its_name_never_through_a_clause(
    make_parsed: MakeParsed, text: str, speakers: list[str | None]
) -> None:
    assert _speakers(make_parsed, text) == speakers


@pytest.mark.parametrize("adverb", ["tearfully", "allegedly", "only"])
def test_an_adverb_after_the_name_leaves_the_name_the_speaker(
    make_parsed: MakeParsed, adverb: str
) -> None:
    text = (
        "Lena Ostrova offered her place in the final to a rival.\n\n"
        f"“Can I give it to him?” Ostrova {adverb} asked."
    )
    assert _speakers(make_parsed, text) == ["Lena Ostrova"]


def test_a_noun_after_the_name_is_still_what_the_name_modifies(make_parsed: MakeParsed) -> None:
    text = "Lena Ostrova was not there.\n\n“We miss her,” the Ostrova family said."
    # the family, as written (a collective speaker): not Lena Ostrova
    assert _speakers(make_parsed, text) == ["the Ostrova family"]


def test_a_word_capitalised_only_to_open_a_sentence_is_no_one_to_point_to(
    make_parsed: MakeParsed,
) -> None:
    # spaCy parses "Fun" as a proper-noun subject with no entity label; written once,
    # it is no name (an audit found it given "she"'s words when the model tagged the
    # actress ORG); "Na'moks", written again, is one
    text = (
        "“Every sign I read became a song,” Lena Ostrova said. “I couldn’t get my mind "
        "into any other mode.”\n\n"
        "Fun as that might sound in a Lorna Vale kind of way — the late neurologist wrote "
        "about similar, potentially stroke-inspired symptoms in his book “Songbook” — "
        "Ostrova wasn’t thrilled about the sudden mental shift. The next two months were "
        "tough."
    )
    art = _article(make_parsed, text)
    assert not [text[s:e] for s, e in art._unlabelled_subjects() if text[s:e] == "Fun"]
    text = "Na'moks said the camp would stay.\n\nNa'moks spoke for the chiefs."
    spans = [text[s:e] for s, e in _article(make_parsed, text)._unlabelled_subjects()]
    assert "Na'moks" in spans


@pytest.mark.parametrize("role", ["team president", "defense attorney"])
def test_a_role_before_a_name_whose_surname_is_a_title_word(
    make_parsed: MakeParsed, role: str
) -> None:
    text = f"“Mo is family,” {role} Tomas King said."
    assert _speakers(make_parsed, text) == ["Tomas King"]


def test_an_inverted_speech_verb_after_a_fronted_topic_has_the_subject_after_it(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Tomas Yeager photographed Lena Ostrova for years.\n\n"
        "One big difference between Ostrova and most neighbors, said Yeager:\n\n"
        '"She felt more comfortable without clothes."'
    )
    assert _speakers(make_parsed, text) == ["Tomas Yeager"]


# ------------------------------------------------------- a particle inside a surname


def test_a_particle_inside_a_name_stays_in_the_speakers_name(make_parsed: MakeParsed) -> None:
    text = (
        "Public Advocate Bill de Varga came to the area on Monday night. "
        "“They have every right to protest,” he said. “Go home and stay safe tonight,” de Varga told them."
    )
    speakers = [q.speaker for q in find_quotes(make_parsed(text))]
    assert speakers == ["Bill de Varga", "Bill de Varga"]


# ------------------------------------------- a subject with her age after her name


def test_a_name_with_its_age_opening_a_sentence_is_its_subject(make_parsed: MakeParsed) -> None:
    # the second "she" had met the first, unresolved, and gave nobody
    text = (
        "Mara Quell, 43, watched from her window on Velden Avenue.\n\n"
        "“People were standing up on vehicles and shouting at the police,” she said.\n\n"
        "Officers arrived about an hour later and made several arrests.\n\n"
        "“I said, oh my god, what is going on here tonight?” she continued."
    )
    assert _speakers(make_parsed, text) == ["Mara Quell", "Mara Quell"]


# ------------------------------------------------- a father and his son of one name
def test_a_bare_surname_beside_a_senior_of_that_name_is_the_other_one(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Gov. Warren Tillotson toured the flooded towns on Monday.\n\n"
        "His father, former Gov. Warren Tillotson Sr., defended him in a statement.\n\n"
        "“We will rebuild every road,” Tillotson said."
    )
    assert _speakers(make_parsed, text) == ["Warren Tillotson"]


def test_the_elder_of_two_generations_is_the_father(make_parsed: MakeParsed) -> None:
    text = (
        "Gov. Warren Tillotson toured the flooded towns on Monday.\n\n"
        "His father, former Gov. Warren Tillotson Sr., defended him. “My son did what I "
        "would have done,” the elder Tillotson said."
    )
    assert _speakers(make_parsed, text) == ["Warren Tillotson Sr."]


def test_a_name_after_in_inside_the_subject_is_no_speaker(make_parsed: MakeParsed) -> None:
    # "Savannah" is tagged a person; the truckers are unnamed
    text = (
        "Ms. Orlin told the committee that port truckers in Savannah had described the "
        "terminals as “the worst in the whole industry.”"
    )
    assert _speakers(make_parsed, text) == [None]


def test_a_party_letter_in_brackets_is_no_speaker(make_parsed: MakeParsed) -> None:
    text = "Attorney General Bill Castellano (R) called the ruling “judicial activism, plain and simple.”"
    assert _speakers(make_parsed, text) == ["Bill Castellano"]


def test_a_party_letter_after_a_name_someone_speaks_for_is_no_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "A spokesman for Gov. Mike Dunleavy (R) said the governor “would review the bill "
        "carefully this week.”"
    )
    assert _speakers(make_parsed, text) == [None]


def test_two_people_each_with_a_party_letter_speak_together(make_parsed: MakeParsed) -> None:
    text = (
        "Rep. Mia Lundgren (R) and Rep. Ben Orrick (D) both said the bill was “a good "
        "first step for the state.”"
    )
    assert _speakers(make_parsed, text) == ["Mia Lundgren and Ben Orrick"]
