"""Classes of speaker errors found by a hand audit of quotes in real security and
disaster coverage (several outlets per event), one rule per test, in hand-written,
fictional sentences:

1. an honorific after a given name is part of the name ("Hassan Sheikh Mohamud", a
   Somali name), while before the given name it is a title ("Sheikh Tamim").

All run with the model (the tagger's labels and the parse are part of each case).
"""

from __future__ import annotations

from parse_modes import MakeParsed

from crosswire.analyze.quotes import find_quotes


def _said(make_parsed: MakeParsed, text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in find_quotes(make_parsed(text))]


def test_an_honorific_after_a_given_name_is_part_of_the_name(make_parsed: MakeParsed) -> None:
    text = (
        "President Hassan Sheikh Abdi offered his condolences. “The attack shows the "
        "brutality of the attackers,” he said.\n\n"
        "“We stand with Velmor,” said Emir Sheikh Tamim bin Khalid."
    )
    assert _said(make_parsed, text) == [
        ("The attack shows the bru", "Hassan Sheikh Abdi"),
        ("We stand with Velmor", "Tamim bin Khalid"),
    ]


def test_it_after_a_quote_is_the_body_that_spoke_just_before(make_parsed: MakeParsed) -> None:
    text = (
        "People fled in panic. Veska, a news outlet with contacts in the security "
        "services, said 28 bodies were found. “Many mothers were found embracing their "
        "children,” it said.\n\n"
        "Separately, the president's office tweeted, “The President is doing well.” "
        "“The army is ready to act if the guards do not return,” it added."
    )
    assert _said(make_parsed, text) == [
        ("Many mothers were found ", "Veska"),
        ("The President is doing w", "president's office"),
        ("The army is ready to act", "president's office"),
    ]


def test_a_short_form_defined_in_brackets_speaks_as_the_full_name(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The Eastern Fleet Command (Eflcom) said, “The crew abandoned the ship.”\n\n"
        "Eflcom said that five missiles had been fired. Eflcom said, “These reckless "
        "attacks must stop.”"
    )
    assert _said(make_parsed, text) == [
        ("The crew abandoned the s", "Eastern Fleet Command"),
        ("These reckless attacks m", "Eastern Fleet Command"),
    ]


def test_a_body_named_with_its_place_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "The Velmor Navy (Venav) said it was watching the strait. The Tarsian embassy in "
        "Kessland also condemned the attack, stating, “At least two sailors have died.”\n\n"
        "The Ardan family said they are “overwhelmed with grief and love”."
    )
    assert _said(make_parsed, text) == [
        ("At least two sailors hav", "Tarsian embassy in Kessland"),
        ("overwhelmed with grief a", "The Ardan family"),
    ]


def test_a_role_of_a_named_body_is_the_person_named_with_it_after(
    make_parsed: MakeParsed,
) -> None:
    named = (
        "The president of the Explorers Guild paid tribute, saying: “Our hearts are "
        "broken.”\n\nIn a statement, Jon Varro Dale, the guild’s president, paid tribute."
    )
    assert _said(make_parsed, named) == [("Our hearts are broken.", "Jon Varro Dale")]
    unnamed = "The president of the Explorers Guild paid tribute, saying: “Our hearts are broken.”"
    assert _said(make_parsed, unnamed) == [
        ("Our hearts are broken.", "The president of the Explorers Guild")
    ]


def test_the_noun_a_person_was_described_with_is_that_person(make_parsed: MakeParsed) -> None:
    text = (
        "Sani Adamu, one of the teachers of the Velmor school, described the attack.\n\n"
        "Adamu spoke when the governor, Senator Uba Tarsi, visited the school.\n\n"
        "According to the teacher: “I resumed at the school today at exactly 7:47am.”\n\n"
        "Ada Lurz's father, Jon, wept. “He is gone,” the father repeated."
    )
    assert _said(make_parsed, text) == [
        ("I resumed at the school ", "Sani Adamu"),
        ("He is gone", "the father"),
    ]


def test_the_company_is_the_untagged_name_that_was_the_subject_just_before(
    make_parsed: MakeParsed,
) -> None:
    # the tagger calls "Velmarine" a body once, then leaves it untagged
    text = (
        "Velmarine said in a June 22 statement that they “now believe” that all five "
        "people on board “have sadly been lost.”\n\n"
        "“These men were true explorers who shared a distinct spirit of adventure,” "
        "the statement continued. “Our hearts are with these five souls and every "
        "member of their families during this tragic time. We grieve the loss of life"
        " and joy they brought to everyone they knew.”\n\n"
        "Velmarine reflected on the challenging time for all involved in the mission "
        "and rescue efforts.\n\n"
        "“This is an extremely sad time for our dedicated employees who are exhausted"
        " and grieving deeply over this loss,” the company said."
    )
    speakers = [sp for _, sp in _said(make_parsed, text)]
    assert speakers[-1] == "Velmarine"


def test_a_suffix_at_the_end_of_the_sentence_keeps_its_point(make_parsed: MakeParsed) -> None:
    text = "“That is a distinct possibility,” said Police Superintendent Ronald L. Vale Jr."
    assert _said(make_parsed, text) == [("That is a distinct possi", "Ronald L. Vale Jr.")]


def test_a_relative_clause_between_the_speaker_and_the_verb_after_a_quote(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "“We heard a big explosion followed by gunfire,” witness Omar Dalan, who said he "
        "was nearby at the time, told the media."
    )
    assert _said(make_parsed, text) == [("We heard a big explosion", "Omar Dalan")]


def test_a_name_after_an_opening_phrase_and_before_an_appositive_is_the_subject(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Coast Guard Rear Admiral John Maddox said the debris was consistent with a loss. "
        "“This was a catastrophic implosion,” Maddox said.\n\n"
        "In a statement shared on Twitter, Richard Varrow de Calleux, the club’s "
        "president, paid tribute to each of the five people on board the sub.\n\n"
        "He said Paul Nargel was “one of the foremost experts on submersible expeditions.”"
    )
    assert [sp for _, sp in _said(make_parsed, text)][-1] == "Richard Varrow de Calleux"


def test_a_titles_portfolio_is_not_the_holders_name(make_parsed: MakeParsed) -> None:
    # "Minister of Municipal and Community Affairs Jo Ray": the portfolio's words after
    # "of" and "and" are the office's, however capitalised; "the Minister of Health"
    # alone names nobody (the person named after it does)
    text = (
        "“The fire is close to the highway,” Minister of Municipal and Community Affairs "
        "Delia Marwick said.\n\n"
        "“We will rebuild the bridge,” said Minister of Environment and Climate Change "
        "Tobin Rusk.\n\n"
        "“The clinics stay open,” said the Minister of Health, Maria Lopez."
    )
    assert _said(make_parsed, text) == [
        ("The fire is close to the", "Delia Marwick"),
        ("We will rebuild the brid", "Tobin Rusk"),
        ("The clinics stay open", "Maria Lopez"),
    ]


def test_an_adjective_opening_a_sentence_is_not_a_given_name(make_parsed: MakeParsed) -> None:
    text = "Victorious George Halloran declared: “This win is for every family in the town.”"
    assert _said(make_parsed, text) == [("This win is for every fa", "George Halloran")]


def test_a_household_named_by_whose_it_is_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "Ada Penrow, 38, died in hospital on Saturday.\n\n"
        "“Today we are reeling from the terrible loss of Ada,” her family said in a "
        "statement."
    )
    assert _said(make_parsed, text) == [("Today we are reeling fro", "her family")]


def test_a_plural_title_without_its_point_is_no_given_name(make_parsed: MakeParsed) -> None:
    # "Reps Andy Biggs" (the plural "Reps." written without its point, British style)
    text = (
        "Eight members, including Reps Andy Wrenfield and Matt Gaetz, voted to remove "
        "him.\n\n“This is a sad day for the House and for the country,” Wrenfield said."
    )
    assert _said(make_parsed, text) == [("This is a sad day for th", "Andy Wrenfield")]


def test_a_former_office_after_a_quote_describes_the_person_just_named(
    make_parsed: MakeParsed,
) -> None:
    # an office held before is a career, not an office the article names someone with
    text = (
        "Tobias Renwick is back in Parliament after a resounding win in the by-election.\n\n"
        "“This is for the people of the town,” the former Labour MP said, after polling "
        "12,335 votes."
    )
    assert _said(make_parsed, text) == [("This is for the people o", "Tobias Renwick")]


def test_the_author_of_an_opinion_that_declares_is_the_next_he(make_parsed: MakeParsed) -> None:
    # "Kennedy's opinion declares …. He swats down …. “…,” he writes": the author, not
    # the last person quoted before
    text = (
        "Justice Aldo Renner, often the swing vote on the court, wrote the decision.\n\n"
        "Marc Tolvan, director of a campaign group, called it a “profound victory for "
        "every family.”\n\n"
        "Renner’s opinion declares that all states must recognize the unions. He swats "
        "down the argument that they harm the institution.\n\n"
        "“Far from seeking to devalue marriage, the petitioners seek it for themselves,” "
        "he writes."
    )
    assert _said(make_parsed, text)[-1] == ("Far from seeking to deva", "Aldo Renner")


def test_the_official_is_the_one_introduced_last(make_parsed: MakeParsed) -> None:
    # "the official" / "the officer" after "A senior administration official told …":
    # that unnamed speaker, as the article introduced them
    text = (
        "A senior administration official told reporters, “Over the weekend, the navy "
        "struck a target near Velmora.” The officer continued, “The operation was "
        "successful and no one else was hurt.”\n\n"
        "A Selkan military official with knowledge of the raid said the girls were found "
        "near the town of Banki.\n\n"
        "“The location of the girls kept changing,” said the official."
    )
    assert [s for _, s in _said(make_parsed, text)] == [
        "A senior administration official",
        "a senior administration official",
        "a Selkan military official",
    ]


def test_it_after_according_to_the_statement_is_its_author(make_parsed: MakeParsed) -> None:
    # the statement named earlier with its author, the parse hanging "in a statement"
    # on the subject; "According to the statement, …. “…,” it said": that author
    text = (
        "Garba Tolani, senior special assistant to the president, in a statement released "
        "on Saturday, said that the talks had ended.\n\n"
        "According to the statement, the president is expected to meet the girls on "
        "Sunday.\n\n"
        "“The president is pleased to announce that the talks have yielded results,” it "
        "said."
    )
    assert _said(make_parsed, text) == [("The president is pleased", "Garba Tolani")]


def test_he_after_an_opening_persons_letter_is_its_writer(make_parsed: MakeParsed) -> None:
    # (the salient man of the paragraphs before is the other one)
    text = (
        "The president announced that Matthew G. Orlen will act as the interim attorney "
        "general.\n\n"
        "We are pleased to announce that Matthew G. Orlen, Chief of Staff to Attorney "
        "General Jeff Sandons at the Department of Justice, will become our new Acting "
        "Attorney General. He will serve our Country well.\n\n"
        "In Sandons' letter to the president, he said that he has “been honored to "
        "serve as attorney general of this great country.”"
    )
    assert _said(make_parsed, text) == [("been honored to serve as", "Jeff Sandons")]


def test_the_ones_a_medium_quotes_are_the_speakers(make_parsed: MakeParsed) -> None:
    text = (
        "“The four militants were brought to Banki by helicopter,” AFP reported quoting "
        "local sources.\n\n"
        "“The road is closed to all traffic,” the agency reported, quoting a police "
        "official."
    )
    assert _said(make_parsed, text) == [
        ("The four militants were ", "local sources"),
        ("The road is closed to al", "a police official"),
    ]


def test_a_description_set_off_with_its_verb_is_the_speaker(make_parsed: MakeParsed) -> None:
    # "Trump, the chief justice then declared, shall “…”": an aside, not an appositive of
    # the name before it (that one closes with a comma: "Jo Ray, a fellow, said")
    text = (
        "Chief Justice John Renfrew presided over the trial.\n\n"
        "Vell, the chief justice then declared, shall “be, and is hereby, acquitted of "
        "the charges in said articles.”"
    )
    assert _said(make_parsed, text) == [("be, and is hereby, acqui", "John Renfrew")]


def test_he_opening_the_paragraph_after_a_run_of_quotes_is_their_speaker(
    make_parsed: MakeParsed,
) -> None:
    # the narrative that named him lies five paragraphs back
    text = (
        "Ontario Chief Medical Officer of Health Dr. Kieran Moyle announced Wednesday, "
        "March 9, that most provincial mandates requiring the wearing of face masks would "
        "be dropped on Monday, March 21.\n\n"
        "In a statement, he said, “With the peak of the wave behind us, the province has "
        "been able to cautiously and gradually move through its reopening milestones.\n\n"
        "“The majority of public health and workplace safety measures have now been "
        "lifted, and key public health indicators continue to improve or remain stable.\n\n"
        "“With continued improvement in trends, the province will remove the mandatory "
        "masking requirement for most settings on March 21.\n\n"
        "“As a society, we must remain kind, considerate and respectful toward those who "
        "continue wearing a mask.\n\n"
        "“However, thanks to our high vaccination rates and natural immunity, the province "
        "has the tools necessary to manage the impact of the virus.”\n\n"
        "He added, “While this does not signal that the virus has disappeared or that the "
        "pandemic is over, it does mean that we know what we need to do.”"
    )
    assert _said(make_parsed, text)[-1] == ("While this does not sign", "Kieran Moyle")


def test_a_dissent_that_opines_and_a_parent_who_questions_speak(make_parsed: MakeParsed) -> None:
    text = (
        "Justice Sonia Velardi wrote the dissent. Justice Velardi's dissent opined that "
        "“a reasonable observer would conclude that the order was motivated by animus.”\n\n"
        "Andrew Pollen lost his daughter in the shooting. Pollen questioned, “How many "
        "schools, how many children have to get shot?”"
    )
    assert _said(make_parsed, text) == [
        ("a reasonable observer wo", "Sonia Velardi"),
        ("How many schools, how ma", "Andrew Pollen"),
    ]
