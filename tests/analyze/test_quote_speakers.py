"""Speaker resolution (``analyze/quote_speakers.py``, ``quote_article.py``) in
hand-written, fictional sentences: one rule per test.

Rules that read the dependency parse run with the model only (marked ``model``);
the others run with and without it.
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.quotes import _QuoteFinder, find_quotes
from crosswire.model import Quote


def quotes_of(make_parsed: MakeParsed, text: str, model: bool) -> list[Quote]:
    return find_quotes(make_parsed(text, model=model))


def speakers(found: list[Quote]) -> list[str | None]:
    return [q.speaker for q in found]


# -------------------------------------------------------------------- names and gender


@BOTH
def test_a_titled_surname_is_not_a_namesake_of_the_other_gender(
    make_parsed: MakeParsed, model: bool
) -> None:
    # "Mr. Whitfield" is not "Helen Whitfield", the only full form of that surname,
    # and "he" is not her either
    text = (
        "The governor’s wife, Helen Whitfield, opened the fair on Sunday.\n\n"
        'Mr. Whitfield spoke later. "The harbour tax will go," Mr. Whitfield said. '
        '"We will not wait another year," he said.'
    )
    found = quotes_of(make_parsed, text, model)
    assert speakers(found) == ["Whitfield", "Whitfield"]


@pytest.mark.model
def test_she_is_not_resolved_through_a_male_namesake(make_parsed: MakeParsed) -> None:
    text = (
        "Mr. Whitfield closed the harbour on Monday.\n\n"
        "In a statement, the mayor's wife, Helen Whitfield, criticised Mr. Vance. "
        '"That decision is simply wrong," she said.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Helen Whitfield"


@pytest.mark.model
def test_a_platform_written_as_a_modifier_is_no_person(make_parsed: MakeParsed) -> None:
    # the tagger may call "Chirper" a person; "a Chirper post" says it is a thing
    text = (
        "Talia Renwick apologised on Monday.\n\n"
        "In a Chirper post late Monday, Renwick said the picture went too far.\n\n"
        '"I understand why people are hurt," she said.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Talia Renwick"


@BOTH
def test_a_reflexive_after_the_name_keeps_the_name(make_parsed: MakeParsed, model: bool) -> None:
    text = 'Mayor Jonas Okoro himself said, "The bridge stays closed until spring."'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Jonas Okoro"


# -------------------------------------------------------------------- cues


@pytest.mark.model
def test_a_participle_cue_takes_the_main_subject(make_parsed: MakeParsed) -> None:
    text = (
        "Senator Hal Prewitt went further than his colleagues on Thursday, tweeting: "
        "“The harbour board should resign at once!”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Hal Prewitt"


@pytest.mark.model
def test_a_coordinated_cue_after_a_quote_belongs_to_the_next_one(make_parsed: MakeParsed) -> None:
    # "…," and predicted, "…": "predicted" is not the first quote's attribution
    text = (
        'Senator Hal Prewitt said Tuesday, "I think the vote was a disaster," and '
        'predicted, "The board will not survive the summer."'
    )
    found = quotes_of(make_parsed, text, True)
    assert found[0].speaker == "Hal Prewitt"


# -------------------------------------------------------------------- descriptions


@BOTH
def test_an_unnamed_speaker_keeps_a_short_relative_clause(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        '"There is a lot of anger in the room," said one councillor who opposed the plan, '
        "who asked not to be named."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "one councillor who opposed the plan"


@BOTH
def test_a_long_unnamed_speaker_ends_with_the_person_it_names(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "A spokeswoman for Governor Adaeze Okafor of Velmora said that the governor was "
        '"glad the fishermen are being heard."'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "A spokeswoman for Governor Adaeze Okafor"


@BOTH
def test_one_of_a_group_is_given_as_written(make_parsed: MakeParsed, model: bool) -> None:
    text = '"Coach Dara really needs our help this season," said one of the players.'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "one of the players"


@BOTH
def test_the_speaker_as_a_role_resolves_to_the_person_given_it(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "House Speaker Marta Quill rejected the plan on Monday.\n\n"
        '"You cannot end the ferry service by decree," the House speaker said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Marta Quill"


# -------------------------------------------------------------------- round three: parse rules


@pytest.mark.model
def test_a_second_verb_after_a_fragment_is_not_an_attribution(make_parsed: MakeParsed) -> None:
    # "…,” and said …" continues the sentence: the fragment is its subject's
    text = (
        "Mayor Oriel Castellan toured the flooded district on Friday.\n\n"
        'He called it "a very long night for everyone," and said the pumps would run '
        "until Sunday."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Oriel Castellan"


@pytest.mark.model
def test_a_participle_after_a_preposition_shares_the_main_subject(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The council met late on Tuesday.\n\n"
        "Councillor Marisol Dunfrey opened the session by asking, "
        '"Where exactly did the harbour money go?"'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Marisol Dunfrey"


@pytest.mark.model
def test_a_parenthetical_attribution_before_the_quote(make_parsed: MakeParsed) -> None:
    text = (
        "Prosecutor Anselm Quarry spoke to a local station on Monday.\n\n"
        "By refusing to decide, Mr. Quarry said, the board "
        "\u201cprotects nobody except its own members.\u201d"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Anselm Quarry"


@BOTH
def test_a_question_put_to_the_speaker_is_not_his(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Senator Bram Ottley left the hall quickly.\n\n"
        'Asked point-blank, "Was that your account?" Ottley replied, '
        '"You know I will not discuss it again."'
    )
    found = quotes_of(make_parsed, text, model)
    assert found[0].text.startswith("Was that")
    assert found[0].speaker is None
    assert found[1].speaker == "Bram Ottley"


@pytest.mark.model
def test_the_letter_speaks_for_its_named_author(make_parsed: MakeParsed) -> None:
    text = (
        "Lawmakers received a letter from Representative Idris Fennimore on Monday, "
        "calling the plan unfair.\n\n"
        "The letter says the governor \u201cshould withdraw the plan at once.\u201d"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Idris Fennimore"


@pytest.mark.model
def test_a_statement_continued_is_its_authors(make_parsed: MakeParsed) -> None:
    text = (
        '"We will appeal the ruling," Corvina Saltash said in a statement released '
        "by her office.\n\n"
        '"The court has ignored the facts of this case," the statement continued.'
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Corvina Saltash", "Corvina Saltash"]


@pytest.mark.model
def test_an_unsigned_letter_is_its_fullest_description(make_parsed: MakeParsed) -> None:
    # the authors are not named: the letter is, as the article writes it in full
    text = (
        "A group of nearly 40 teachers has sent the minister a letter about the cuts.\n\n"
        "\u201cWe cannot teach without books,\u201d the letter states.\n\n"
        "The Brackwater Academy letter also asks for a meeting."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "the Brackwater Academy letter"


@BOTH
def test_an_owners_document_is_the_owners(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Tidewatch, a campaign group, backed the bill on Friday.\n\n"
        "\u201cThe coast cannot wait another decade for this law,\u201d "
        "Tidewatch\u2019s website said Friday."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Tidewatch"


@pytest.mark.model
def test_he_after_a_conjoined_subject_is_its_first_member(make_parsed: MakeParsed) -> None:
    text = (
        "President Halvard Moen defended the deal on Tuesday.\n\n"
        "Reps. Tobias Wren of Ohio, and Dara Lisk and Omar Vell of Utah are drafting "
        "a letter against it.\n\n"
        '"There is no majority for this deal in our caucus," he told reporters.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Tobias Wren"


@pytest.mark.model
def test_a_long_quote_does_not_push_its_speaker_out_of_reach(make_parsed: MakeParsed) -> None:
    body = " ".join(
        f"Line {w} of my apology is here."
        for w in "one two three four five six seven eight nine ten eleven".split()
    )
    text = (
        "Ms. Pell Astor went online on Tuesday night to express regret.\n\n"
        f'"I sincerely apologize," she said. "{body}"\n\n'
        'She said she had asked the studio to pull the clip. "I beg for your '
        'forgiveness," she continued.'
    )
    found = quotes_of(make_parsed, text, True)
    assert found[-1].speaker == "Pell Astor"


@BOTH
def test_a_quoted_nickname_inside_a_full_name(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        'The governor appointed Harold "Bo" Quillon to the seat on Wednesday.\n\n'
        '"I am not running for office," Quillon said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Harold Quillon"


@pytest.mark.model
def test_a_group_is_its_fullest_description_and_they_are_the_group(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The Larchmont scholars wrote to the minister on Monday.\n\n"
        "The scholars say that \u201cthe reform will close three village schools.\u201d\n\n"
        "\u201cThe ministry has not listened to anyone,\u201d they said."
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["the Larchmont scholars", "the Larchmont scholars"]


@BOTH
def test_nested_reported_speech_is_the_inner_speakers(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "The caucus voted on Wednesday.\n\n"
        "\u201cWe lost the farm towns and we lost the suburbs,\u201d aides said "
        "Mr. Corwin Ashby told his colleagues before the vote."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Corwin Ashby"


# -------------------------------------------------------------------- descriptions


@pytest.mark.model
def test_a_description_is_the_one_person_named_just_before(make_parsed: MakeParsed) -> None:
    text = (
        "Mira Okonjo opened a bakery in Velmora last spring, after years of baking at home. "
        "“We sell out by noon most days,” says the soft-spoken Velmora resident."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Mira Okonjo"


@pytest.mark.model
def test_a_description_after_two_people_stays_unknown(make_parsed: MakeParsed) -> None:
    text = (
        "Mira Okonjo and Tomas Reyl opened a bakery in Velmora last spring. "
        "“We sell out by noon most days,” says the soft-spoken Velmora resident."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker is None


@pytest.mark.model
def test_a_description_is_not_the_previous_quotes_speaker(make_parsed: MakeParsed) -> None:
    # the only name before "the cheerful proprietor" is the last attribution's
    text = (
        "Mira Okonjo bakes every loaf herself. "
        "“Most bakeries will not sell you half a loaf,” says her partner, Tomas Reyl. "
        "The smallest order here is a slice. “One slice!” says the cheerful proprietor."
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Tomas Reyl", None]


# -------------------------------------------------------------------- pronouns


@pytest.mark.model
def test_they_after_names_in_apposition_is_those_names(make_parsed: MakeParsed) -> None:
    text = (
        "In an emailed statement, the cafe's owners Helen Marsh and David Okafor said they "
        "accepted the result of the vote.\n\n"
        '"Our priority is a respectful workplace for everyone," they said.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Helen Marsh and David Okafor"


@pytest.mark.model
def test_he_in_a_parenthetical_is_not_the_subject_it_interrupts(make_parsed: MakeParsed) -> None:
    text = (
        "Senators met late into the night. “It is the old story,” said Sen. Arlo Finch. "
        "Pellman, he said, “knows every vote in the chamber.”"
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Arlo Finch", "Arlo Finch"]


@pytest.mark.model
def test_the_subject_of_a_passive_speech_verb_is_not_the_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Judge Ana Pryce ruled on Friday that Dorian Vell would stay in prison. "
        'He was also described as "lacking any remorse."'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker is None
    assert q.cue == "describe"


# -------------------------------------------------------------------- inherited speakers


@pytest.mark.model
def test_a_lone_first_person_quote_is_the_previous_sentences_subject(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The council asked Helen Marsh to return for a second season. "
        "Marsh did not need much persuading. "
        "“I am grateful for the invitation and for the chance to go further.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Helen Marsh"


@pytest.mark.model
def test_a_lone_quote_about_the_previous_subject_is_not_theirs(make_parsed: MakeParsed) -> None:
    text = (
        "Officers arrested Dorian Vell on Tuesday. Vell was charged with arson. "
        "“We never thought Vell would do this to our street.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker is None


@pytest.mark.model
def test_a_lone_quote_after_narrative_keeps_the_last_speaker(make_parsed: MakeParsed) -> None:
    text = (
        '"Storms will bring more snow and more floods," Konrad Vesely said.\n\n'
        "For towns like Velmora, which just finished its tenth day of plowing, the "
        "shovels will stay out.\n\n"
        '"We are going to have to shovel more often."'
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Konrad Vesely", "Konrad Vesely"]


# -------------------------------------------------------------------- names


@BOTH
def test_an_owner_before_a_name_is_not_part_of_it(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        '"While we will not comment on single accounts, this is a good reminder to use '
        "strong passwords,\" Chirper's Dana Vole wrote."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Dana Vole"


@pytest.mark.model
def test_a_surname_that_is_a_title_stays_a_name(make_parsed: MakeParsed) -> None:
    text = (
        'Rep. Dale King (R-Ohio), tweeted on Friday "The plan is amnesty. If not this '
        'year, it will be next year."'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Dale King"


@pytest.mark.model
def test_it_is_the_organisation_an_earlier_it_said_was(make_parsed: MakeParsed) -> None:
    # "the utility said" between does not name it; the earlier "it said" did
    text = (
        "Northfield Energy said in a statement that 60,000 customers lost power on Friday.\n\n"
        '"Fallen trees have blocked roads across the valley," it said.\n\n'
        '"Some areas will be without power for days."\n\n'
        "More than 800 field workers will keep working around the clock, the utility said.\n\n"
        '"There are hundreds of single outages that crews must fix one at a time," it said.'
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Northfield Energy"] * 3


# -------------------------------------------------------------------- issue 12: speakers on real news
@pytest.mark.model
def test_a_law_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "The dispute is an old one in Velmora.\n\n"
        "The 9th Amendment states that “no tax shall fall on bread without a vote of the "
        "assembly.”\n\n"
        "To win, the council would have to get around the 9th Amendment to the Velmora "
        "Charter, which states, “No tax shall fall on bread without a vote of the assembly.”"
    )
    found = quotes_of(make_parsed, text, True)
    assert found[0].speaker == "The 9th Amendment"
    # "which" stands for the charter (the parse may leave out "the 9th Amendment to")
    assert (found[1].speaker or "").endswith("Velmora Charter")


@pytest.mark.model
def test_a_short_outlet_name_is_its_fuller_name(make_parsed: MakeParsed) -> None:
    text = (
        "The New Velmora Times first reported the closure on Monday.\n\n"
        "But, the Times reported, “the mill had lost money for a decade and its owners "
        "knew it.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "New Velmora Times"


@BOTH
def test_the_congressman_is_the_representative(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Rep. Dario Vance denied the report on Tuesday. His rival, Ella Brandt, asked "
        "for an inquiry.\n\n"
        '"I did not sign that contract" the congressman said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Dario Vance"


@pytest.mark.model
def test_a_participle_after_a_fragment_is_no_attribution(make_parsed: MakeParsed) -> None:
    text = (
        "Orla Brandt and Piet Teller will meet on Monday.\n\n"
        "But Ms. Brandt called Friday for the mayor to “use the audit to confront” Mr. Teller "
        "at the meeting, adding, “We cannot let this go.”"
    )
    found = quotes_of(make_parsed, text, True)
    assert found[0].speaker != "Piet Teller"
    assert found[1].speaker == "Orla Brandt"


@pytest.mark.model
def test_a_passive_after_a_fragment_is_no_attribution(make_parsed: MakeParsed) -> None:
    text = (
        "Tomas Reyl spoke at the fair.\n\n"
        "He added that he “cannot possibly read all” the reports that are written about the port."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Tomas Reyl"


@pytest.mark.model
def test_a_question_before_a_new_sentence_keeps_the_narrative_subject(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Ivo Ostrand voted for the levy in May.\n\n"
        "Mr. Ostrand describes himself as the most cautious member of the board. "
        "“Why would I gamble with the pension fund?” He now calls the vote a mistake."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Ivo Ostrand"


@BOTH
def test_an_unnamed_person_is_given_as_written(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "At the morgue, the family of a young man waited for news.\n\n"
        '"He is gone, he is gone," the father repeated into his phone.\n\n'
        "Most requests are granted, officials say.\n\n"
        '"Most requests go through in the end," the official said.'
    )
    found = quotes_of(make_parsed, text, model)
    assert speakers(found) == ["the father", "the official"]


@pytest.mark.model
def test_a_bare_group_and_my_child_are_given_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "As the speakers finished, protesters chanted “Down with the toll now!”\n\n"
        "I pointed at the picture of a horse.\n\n"
        "“No, that is the mother horse,” says my four-year-old."
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["protesters", "my four-year-old"]


@pytest.mark.model
def test_it_is_the_organisation_named_earlier_in_its_sentence(make_parsed: MakeParsed) -> None:
    text = (
        "The Velmora Courier reported on May 3 that the mayor had served in the navy.\n\n"
        "When a national magazine, Harbour Weekly, profiled the mayor in 2001, it said she "
        "had “never lost a vote in twenty years.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Harbour Weekly"


@pytest.mark.model
def test_a_participle_before_the_quote_takes_its_verbs_subject(make_parsed: MakeParsed) -> None:
    text = (
        "After the flood, Daniel Moreno again defended his levy, saying on Chirper: "
        "“What happened today is only the start. The council is weak and slow.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Daniel Moreno"
    # read before the quote alone (where the parse hangs the quote elsewhere)
    finder = _QuoteFinder(make_parsed(text, model=True))
    (sp,) = finder.spans
    attr = finder.before(sp, 0)
    assert attr is not None and attr.speaker == "Daniel Moreno"


@BOTH
def test_a_surname_shared_by_two_is_the_headlines_one(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Mara and Tobias Quill earned $2 million last year, according to the returns.\n\n"
        '"We owe it all to this town," Quill said in a statement.\n\n'
        "Tobias Quill ran the bakery for twenty years before Mara Quill ran for mayor."
    )
    parsed = make_parsed(text, model=model, title="Mara Quill Releases Her Tax Returns")
    (q,) = find_quotes(parsed)
    assert q.speaker == "Mara Quill"
    # a name inside a longer headline word is not the headline's ("Ed Ray" in "Fred Ray")
    text = (
        "Ed Ray and Fred Ray earned $2 million last year, according to the returns.\n\n"
        '"We owe it all to this town," Ray said in a statement.'
    )
    parsed = make_parsed(text, model=model, title="Fred Ray Releases His Tax Returns")
    (q,) = find_quotes(parsed)
    assert q.speaker == "Fred Ray"


@BOTH
def test_a_short_first_name_is_the_same_person(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Richard Halvorsen, the harbour master, retired on Friday.\n\n"
        "Friends still call him Dick Halvorsen.\n\n"
        '"I will miss the boats," Halvorsen said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Richard Halvorsen"


@pytest.mark.model
def test_remarks_named_before_a_quote_are_their_owners(make_parsed: MakeParsed) -> None:
    text = (
        "Orla Brandt painted the mural last week.\n\n"
        "Brandt claims the mural is “an act of protest” inspired by Piet Teller’s remarks "
        "about Ada Mirel having “ice running in her veins” last spring."
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Orla Brandt", "Piet Teller"]


@pytest.mark.model
def test_he_in_a_sentence_with_a_fronted_topic_is_the_topic(make_parsed: MakeParsed) -> None:
    text = (
        "Anton Kell, 16, insists that finishing a comic is its own reward.\n\n"
        "For Peter Collins, who knows the costs of ambition, he is simply filling a gap. "
        "“You have to start somewhere,” he says."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Peter Collins"


@pytest.mark.model
def test_a_newspaper_describing_someone_is_the_speaker(make_parsed: MakeParsed) -> None:
    # a date after the subject and an appositive with "that" are not the speaker
    text = (
        "Michael Grant has often been called a war hero.\n\n"
        "The Velmora Herald on July 20, 2006, described him as “a veteran of the river war,” "
        "and on April 6, 2007, said that he had “served with the marines on the river.” "
        "On May 26, 2009, The Harbor Post, a weekly newspaper that is the county’s oldest, "
        "described Mr. Grant as “a decorated veteran.”"
    )
    found = quotes_of(make_parsed, text, True)
    names = [(q.speaker or "").removeprefix("The ") for q in found]
    assert names == ["Velmora Herald", "Velmora Herald", "Harbor Post"]


@pytest.mark.model
def test_a_relative_clause_in_the_lead_in_is_not_the_subjects(make_parsed: MakeParsed) -> None:
    text = (
        "Michael Grant is running for the senate.\n\n"
        "At that March 2 rally, which can be watched online, Grant, speaking for the "
        "veterans, clearly says, “We have learned a great deal since the days that I "
        "served on the river.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Michael Grant"


@pytest.mark.model
def test_words_framed_by_a_speech_verb_are_not_the_narrators(make_parsed: MakeParsed) -> None:
    text = (
        "Daniel Moreno told the crowd about his first week in the city.\n\n"
        "A patrol car stopped beside him on the bridge. "
        'The officer yelled, "Where are you going? Stop right there!" Moreno recalled.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "The officer"


@BOTH
def test_a_generic_role_is_not_someone_given_it_pages_back(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "The teenager was shot by Velmora police officer Daniel Moreno.\n\n"
        "The mayor visited the town on Wednesday.\n\n"
        "She spoke at a church.\n\n"
        "She then met students.\n\n"
        'Years ago a patrol car stopped her on a bridge. "Where are you going?" the '
        "officer asked, she recalled."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker != "Daniel Moreno"


@pytest.mark.model
def test_claims_a_person_is_faulted_for_are_that_persons(make_parsed: MakeParsed) -> None:
    text = (
        "Daniel Moreno chairs the harbour board.\n\n"
        "In a letter, obtained by the Courier and signed by every trustee, the trustees "
        "slammed Moreno for his claims in the media that there was “more than circumstantial "
        "evidence” of fraud at the port."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert (q.speaker, q.speaker_text) == ("Daniel Moreno", "Moreno")


@pytest.mark.model
def test_a_noun_after_a_quote_is_no_opaque_attribution(make_parsed: MakeParsed) -> None:
    # "call" in "Moreno's previous call" is a noun: the speech verb before the quote holds
    text = (
        "Maria Lopez pleaded with residents during her remarks not to “give in to fear or "
        "turn on each other,” a muted reference to Daniel Moreno’s previous call for a curfew."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Maria Lopez"


@BOTH
def test_a_document_noun_that_is_a_verb_form_is_the_subject(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "A spokesman for the Velmora Coast Guard confirmed that the posts were genuine.\n\n"
        "“We are watching the harbour day and night,” the tweets read."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker_text == "the tweets" and q.cue == "read"


@pytest.mark.model
def test_it_after_a_quote_from_a_website_is_the_websites_owner(make_parsed: MakeParsed) -> None:
    text = (
        "Daniel Moreno says this about himself on his website: “Born in a fishing village, "
        "Daniel Moreno moved to the capital at age 13.” “His father worked two jobs to keep "
        "the boat,” it says."
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Daniel Moreno", "Daniel Moreno"]


@pytest.mark.model
def test_a_colon_after_a_long_lead_in_takes_its_last_clauses_subject(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Daniel Moreno stepped down as chair in November.\n\n"
        "The board's weakness was quickly on display in mid-December when Moreno again "
        "took to Chirper with this: “Chair is an honorific, not a real job. I will retire "
        "that title in three years.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Daniel Moreno"


@pytest.mark.model
def test_a_quote_after_narrative_about_the_last_speaker_is_theirs(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "“It deserved to be longer,” says Maria Lopez. She also welcomed the chance to work "
        "with the troupe again.\n\n"
        "“They are truly remarkable. They have a precise training and a real curiosity.”"
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Maria Lopez", "Maria Lopez"]


@BOTH
def test_a_relative_clause_after_a_comma_is_still_an_attribution(
    make_parsed: MakeParsed, model: bool
) -> None:
    # only after a fragment with no comma is "… that owns …" no attribution
    text = (
        "Mill owners met on Monday.\n\n"
        '"We will not close the mill," a spokesman for the company that owns the mill said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker is not None and q.speaker.startswith("a spokesman")


# -------------------------------------------------------------------- rules on real-data errors


@pytest.mark.model
def test_a_past_verb_joined_to_a_present_one_keeps_the_main_clause_subject(
    make_parsed: MakeParsed,
) -> None:
    # the parse joins "urged" to "passes"; the tense says it belongs to "said"
    text = (
        "Dario Velasquez spoke at the fair on Monday. Speaking to reporters in Dunmore, "
        "Velasquez said inflation would fall in 2026 if the council passes the levy and "
        'urged members to read the bill and "get this done."'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Dario Velasquez"


@pytest.mark.model
def test_a_note_on_the_quote_after_it_is_no_attribution(make_parsed: MakeParsed) -> None:
    text = (
        "Last week, Rep. Dalton Pryce dismissed the critique, erroneously claiming the "
        'letters did not represent "all the pastors," a point the council office denied.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Dalton Pryce"


@pytest.mark.model
def test_a_pronoun_with_any_verb_after_a_quote_stops_inheritance(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The team came together in a video. Another player says he knows this is a lot "
        'to ask.\n\n"Please help us help our coach," they sign off as a group.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker is None and q.speaker_text == "they"


@pytest.mark.model
def test_she_with_no_subject_in_reach_is_the_one_woman_named(make_parsed: MakeParsed) -> None:
    text = (
        "For Halima Osei and thousands of other newcomers, the time has come to finish "
        "the paperwork.\n\n"
        "The 23-year-old mother's goal is clear: a passport for herself, her husband "
        "Kwame Mensah, and their children.\n\n"
        '"I am not a visitor. I live here, same as you," she said in an interview.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Halima Osei"


@pytest.mark.model
def test_a_plural_noun_is_the_body_whose_name_ends_with_it(make_parsed: MakeParsed) -> None:
    text = (
        "The letter quotes the Velmora Conference of Rural Pastors, which wrote several "
        'letters to the council saying "a just budget cannot rely on cuts." The pastors '
        'noted that "the budget fails to meet these moral criteria."'
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["Velmora Conference of Rural Pastors"] * 2


@pytest.mark.model
def test_an_as_clause_before_the_quote_gives_its_speaker(make_parsed: MakeParsed) -> None:
    text = (
        "What are the chances of that? As one veteran of the city harbour projects commented: "
        "“I’ve never seen one come in ahead of schedule or below budget.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "one veteran of the city harbour projects"


@pytest.mark.model
def test_an_as_clause_with_an_object_is_a_time_not_a_source(make_parsed: MakeParsed) -> None:
    text = (
        "Dozens gathered at the legislature on Saturday.\n\n"
        "As yellow vest speakers expressed their complaints to the crowd, protesters "
        "chanted “Out with the council!”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker_text != "yellow vest speakers"


@BOTH
def test_the_response_of_someone_after_a_quote_is_theirs(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "The council posted a video on Thursday. “The best parade this year!” was the "
        "response of one jolly viewer. The short clip says much."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "one jolly viewer"


@pytest.mark.model
def test_a_document_holding_the_quote_in_its_relative_clause_keeps_its_article(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "“Your plan reflects the values of a novelist rather than the Gospel,” says the "
        "letter, which the faculty members sent to Mr. Dorn along with a copy of the "
        "Compendium — “to help deepen your understanding of social teaching.”"
    )
    found = quotes_of(make_parsed, text, True)
    assert speakers(found) == ["the letter", "the letter"]


@pytest.mark.model
def test_a_thing_that_calls_for_something_passes_the_quote_up_to_its_reporter(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The report from the Velmora Council took the mayor to task, saying that social "
        "teaching calls for the city to “step in when families face problems beyond "
        "their means.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Velmora Council"


@pytest.mark.model
def test_a_pronoun_after_a_quote_inside_an_opening_clause_is_no_attribution(
    make_parsed: MakeParsed,
) -> None:
    # the pronoun's verb is the main clause's; the quote belongs to "the report"
    text = (
        "Tomas Vey led the inquiry. Though the report called the fire “an accident that "
        "nobody could have prevented,” he ordered a second review."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker != "Tomas Vey"
    # a quote heading its sentence keeps the pronoun and its verb as the attribution
    text = (
        "Mara Quill ran the bakery on Elm Street for years. “We bake for the whole street, "
        "not just for the customers,” she smiles."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Mara Quill"


@pytest.mark.model
def test_a_speech_verb_in_its_other_sense_does_not_speak(make_parsed: MakeParsed) -> None:
    # "maintain a presence": the police do not say the quoted words, he does
    text = (
        "Harbour police chief Ada Lund said officers acted within the law. He said the "
        "Harbour Police will maintain a presence at the pier this week and will then move "
        "to a “much smaller presence that everyone is comfortable with.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Ada Lund"
    # the object may hold the quote: "expressed concern that ..." still speaks
    text = "Ada Lund expressed concern that the harbour plan was “reckless and rushed.”"
    (q,) = quotes_of(make_parsed, text, True)
    assert (q.speaker, q.cue) == ("Ada Lund", "express")


@pytest.mark.model
def test_a_sentence_opening_with_its_speech_verb_names_the_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "“We know where this ends,” said senior adviser Tomas Vey.\n\n"
        "Added Ilse Brel: “I think you would have to ask somebody who wants a long fight.”"
    )
    _first, second = quotes_of(make_parsed, text, True)
    assert (second.speaker, second.cue) == ("Ilse Brel", "add")


@pytest.mark.model
def test_she_after_an_unnamed_relation_spoke_is_not_the_last_named_woman(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Kellie Hill, a juror, said the verdict was fair.\n\n"
        "Vell's mother expressed the family's sentiments after the hearing.\n\n"
        "“We just want to fade into obscurity,” she said."
    )
    quotes = quotes_of(make_parsed, text, True)
    assert [q.speaker for q in quotes] == [None]
    # with no unnamed relation in between, "she" is still the last-named woman
    text = (
        "Kellie Hill, a juror, said the verdict was fair.\n\n“We just want to go home,” she said."
    )
    assert [q.speaker for q in quotes_of(make_parsed, text, True)] == ["Kellie Hill"]


@pytest.mark.model
def test_a_lead_in_naming_its_example_before_the_colon_gives_the_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Expect endless experts in the papers tomorrow, such as the prophetic "
        "Dr Tomas Brandt:\n\n“We should stop saying the harbour is safe from quakes.”"
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Tomas Brandt"


@pytest.mark.model
def test_an_abbreviated_office_before_a_name_is_no_speaker(make_parsed: MakeParsed) -> None:
    # "said Dist. Atty. Steve Cooley": the speaker was "Dist"
    text = '"This is the kind of crime the law was made for," said Dist. Atty. Steve Cooley.'
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Steve Cooley"


@pytest.mark.model
def test_two_people_speaking_together_are_both_the_speaker(make_parsed: MakeParsed) -> None:
    # "Mark and Condon said in a joint statement" went to the last one named
    text = (
        '"Hugo Varen is a consummate entertainer," said Ada Lund and Tomas Brel, the new '
        'producers of the show.\n\n"He also has style," Lund and Brel said in a joint '
        "statement."
    )
    quotes = quotes_of(make_parsed, text, True)
    assert [q.speaker for q in quotes] == ["Ada Lund and Tomas Brel"] * 2


@pytest.mark.model
def test_a_pronoun_closing_a_quote_over_paragraphs_is_its_first_pieces_speaker(
    make_parsed: MakeParsed,
) -> None:
    # "she said" went to the woman named before, not the villager who began the quote
    text = (
        '"We hope for better days," Valentina Orlova, an official at a polling station, '
        "told reporters.\n\nIn Selk, a village outside the capital, 25-year-old Aynur "
        'said she had come to vote.\n\n"I voted for our fellow village resident.'
        '\n\nHe is an experienced person and knows village life well," she said.'
    )
    quotes = quotes_of(make_parsed, text, True)
    assert quotes[2].speaker == quotes[1].speaker != "Valentina Orlova"


@pytest.mark.model
def test_she_is_never_a_name_listed_as_an_object(make_parsed: MakeParsed) -> None:
    # "co-authored books with chefs such as Pierre Herme, ..., she maintains": the
    # chef, whose gender the article never tells, took every "she says" after it
    text = (
        "Ilse Varga met her husband, Tomas Varga, in a card shop. Varga has written books "
        "with French chefs such as Marcel Odin and Luc Brevet, but she maintains that "
        "she is a home cook. “I loved doing that,” she says."
    )
    quotes = quotes_of(make_parsed, text, True)
    assert all(q.speaker not in ("Marcel Odin", "Luc Brevet") for q in quotes)


def test_a_role_after_the_verb_is_the_person_named_in_apposition_at_the_sentence_end(
    make_parsed: MakeParsed,
) -> None:
    # "said the campaign manager, Travis Boyle.": the name closes the sentence, not a comma
    text = (
        "“Our voters didn't show up on a Tuesday in May,” said the campaign manager, "
        "Travis Boyle. “They'll show up in November.”"
    )
    found = [(q.text, q.speaker) for q in find_quotes(make_parsed(text))]
    assert found == [
        ("Our voters didn't show up on a Tuesday in May", "Travis Boyle"),
        ("They'll show up in November.", "Travis Boyle"),
    ]


def test_a_description_is_the_person_given_its_noun_in_apposition_among_several(
    make_parsed: MakeParsed,
) -> None:
    # the sentence before names two people; the one an appositive calls an aide is
    # "the former aide" (a relative clause inside the appositive does not hide him)
    text = (
        "Governor Ines Vale signed the ferry law on Monday.\n\n"
        "The law has drawn criticism from some surprising corners. Tomas Verhoek, a "
        "former aide to Vale who now consults for shipping groups in Port Sarab, warned "
        "that the governor may have underestimated the backlash.\n\n"
        "“I worked for Ines for six years, and I've never seen her misread a room like "
        "this,” the former aide said."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek"]


def test_a_surname_beside_a_father_and_his_son_jr_is_the_father(
    make_parsed: MakeParsed,
) -> None:
    # the article gives "Tomas Verhoek Jr." as a son: the surname alone is the father
    # ("Verhoek Jr." is how it writes the son), not the fuller form with the suffix
    text = (
        "Deputy Mayor Tomas Verhoek faces questions over a harbour contract won by a firm "
        "his son, Tomas Verhoek Jr., helped found.\n\n"
        "“I never discussed the contract with my family,” Verhoek said on Monday. "
        "Verhoek Jr. did not respond to a request for comment."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek"]


def test_a_son_jr_who_is_the_topic_keeps_his_surname(make_parsed: MakeParsed) -> None:
    # introduced first, as the son of someone: "Verhoek" alone later is the son
    text = (
        "Tomas Verhoek Jr., the son of Deputy Mayor Tomas Verhoek, pleaded not guilty "
        "on Monday.\n\n“I did nothing wrong,” Verhoek, 31, told the judge."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek Jr."]


def test_a_second_reported_clause_is_the_reporting_verbs_not_the_first_clauses(
    make_parsed: MakeParsed,
) -> None:
    # "said that A would plead … and that B had “…”": both clauses are what the lawyer
    # said; "plead", the first clause's verb, does not make A the quote's speaker
    text = (
        "The mayor's lawyer, Tomas Verhoek, said in an interview that his client would "
        "plead not guilty and that the government had “mistaken a family's habits for a "
        "crime.”"
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek"]


def test_the_elder_of_two_namesakes_is_the_one_given_as_a_father(
    make_parsed: MakeParsed,
) -> None:
    # no "Sr." tells them apart; the article gives Tomas Verhoek as Ivo's father
    text = (
        "Ivo Verhoek, 38, said he dug for most of Monday morning with his bare hands to "
        "reach his father, Tomas Verhoek, who was trapped under the collapsed roof.\n\n"
        "“My father was under the roof for nine hours,” Ivo Verhoek said.\n\n"
        "The elder Verhoek, 67, was treated for a broken leg at a field hospital. Speaking "
        "from a cot, he said he had never felt a flood so strong in his life.\n\n"
        "“I have lived through three floods in this village,” he said."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Ivo Verhoek", "Tomas Verhoek"]


def test_an_unnamed_relative_set_off_by_a_phrase_is_not_the_last_named_man(
    make_parsed: MakeParsed,
) -> None:
    # "Her brother, standing beside her, said …": "he said" next is the brother, whom
    # the article never names, not the man named paragraphs before
    text = (
        "Observer Tomas Verhoek said the vote was calm. Ines Vale, a teacher, said she "
        "voted early.\n\n"
        "Her brother, standing beside her, said he had not voted. “Nothing changes for "
        "people like us,” he said."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == [None]


def test_a_person_who_names_himself_is_the_description(make_parsed: MakeParsed) -> None:
    # "a masked spokesman who calls himself X": "the spokesman" later is X; "said the
    # resident, who gave only his first name, Idris": the resident is Idris
    text = (
        "The video features a masked spokesman who calls himself Abu Tarek al-Velmori.\n\n"
        "“Our brothers took the base,” the spokesman said.\n\n"
        "“We heard explosions until noon,” said the resident, who gave only his first "
        "name, Idris."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Abu Tarek al-Velmori", "Idris"]


def test_a_thing_lent_as_subject_to_a_joined_speech_verb_is_no_speaker(
    make_parsed: MakeParsed,
) -> None:
    # "said operations were continuing and urged …": the parse joins "urged" to the
    # reported clause, lending it "operations"; the one who urged is the spokesman
    text = (
        "Colonel Tomas Verhoek said operations were continuing and urged residents to "
        "report “any suspicious movement” to the authorities."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek"]


def test_a_modified_role_is_the_person_named_after_the_same_words_far_back(
    make_parsed: MakeParsed,
) -> None:
    # "army spokesman Colonel Tomas Verhoek" early, "the army spokesman" paragraphs
    # later, another spokesman named between
    text = (
        "“The attack was repelled,” army spokesman Colonel Tomas Verhoek said.\n\n"
        "The group's spokesman, Abu Tarek al-Velmori, denied it.\n\n"
        "Aid workers said hundreds of families had fled.\n\n"
        "Residents described hours of shelling.\n\n"
        "The army spokesman said operations were continuing and urged residents to "
        "report “any suspicious movement” to the authorities."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek", "Tomas Verhoek"]


def test_an_unnamed_speaker_named_in_the_next_sentence_is_that_person(
    make_parsed: MakeParsed,
) -> None:
    # "…,” a council spokeswoman said. The spokeswoman, Ines Vale, added …"
    text = (
        "“The mayor thanks the crews for their work,” a council spokeswoman said in a "
        "statement. The spokeswoman, Ines Vale, added that the council would “keep "
        "working with the harbour board toward a deal.”"
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Ines Vale", "Ines Vale"]
    # named as someone else's in the next sentence: still unnamed
    text = (
        "“The mayor thanks the crews for their work,” a council spokeswoman said in a "
        "statement. The mayor, Ines Vale, added that the council would “keep working "
        "with the harbour board toward a deal.”"
    )
    assert speakers(quotes_of(make_parsed, text, True))[0] == "a council spokeswoman"


def test_an_owned_office_is_that_office_not_the_last_body_named(
    make_parsed: MakeParsed,
) -> None:
    # "The prime minister's office said": whose office it is says which; the wire that
    # was "unable to confirm" in the sentence before is not it
    text = (
        "“The heroes of our forces arrested a suspect,” the ministry said in a statement. "
        "It gave no further details, and the Velmora Press Agency was unable to confirm "
        "the arrest.\n\n"
        "The prime minister's office said it had ordered “an urgent and comprehensive "
        "investigation” into the attack."
    )
    assert speakers(quotes_of(make_parsed, text, True))[-1] == "prime minister's office"


def test_he_after_an_anonymous_official_is_that_official_not_the_last_named(
    make_parsed: MakeParsed,
) -> None:
    # the anonymity clause's "he" tells the official's gender; "He said" next is him,
    # unnamed, not the commander quoted before
    text = (
        "“We kept our word, and they kept theirs,” commander Tomas Verhoek said.\n\n"
        "A senior Velmoran official, speaking on condition of anonymity because he was "
        "not authorized to discuss the talks, told reporters that no ransom had been "
        "paid. He said the 48 detainees had “no blood on their hands” and had been held "
        "without trial."
    )
    assert speakers(quotes_of(make_parsed, text, True)) == ["Tomas Verhoek", None]
