"""Direct quotes and their speakers in hand-written, fictional sentences.

One rule per test.  Rules that the model-free fallback implements run with the
spaCy parse (marked ``model``) and without one; rules that need the parse (an
organisation named by "it", a speech verb in a participle clause, the subject
of a verb governing a fragment) run with the model only.
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.quotes import SPEECH_LEMMAS, find_quotes
from crosswire.model import Quote


def quotes_of(make_parsed: MakeParsed, text: str, model: bool) -> list[Quote]:
    parsed = make_parsed(text, model=model)
    found = find_quotes(parsed)
    for q in found:
        assert q.article == parsed.article.id
        assert q.text == text[q.start : q.end]
        assert q.text == q.text.strip()
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert q.speaker_text == text[q.speaker_start : q.speaker_end]
        if q.cue is not None:
            assert q.cue in SPEECH_LEMMAS
    assert [q.start for q in found] == sorted(q.start for q in found)
    return found


def said(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found]


# -------------------------------------------------------------------- attribution after the quote


@BOTH
def test_said_x_inversion_with_an_appositive(make_parsed: MakeParsed, model: bool) -> None:
    text = '"We will rebuild the pier," said Adaeze Okafor, the mayor of Velmora.'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker, q.speaker_text, q.cue) == (
        "We will rebuild the pier",
        "Adaeze Okafor",
        "Adaeze Okafor",
        "say",
    )


@BOTH
def test_a_title_is_removed_from_the_speaker(make_parsed: MakeParsed, model: bool) -> None:
    text = '"The wall will hold," said Governor Adaeze Okafor.'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text) == ("Adaeze Okafor", "Governor Adaeze Okafor")


@BOTH
def test_a_role_word_used_as_a_title_is_removed(make_parsed: MakeParsed, model: bool) -> None:
    text = 'Curator Ilse Brandt opened the crate.\n\n"It arrived without a note," she said.'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Ilse Brandt"


@BOTH
def test_subject_then_verb_after_the_quote(make_parsed: MakeParsed, model: bool) -> None:
    text = 'Adaeze Okafor visited the quay. "Nobody told us anything," Okafor told Velmora Radio.'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text, q.cue) == ("Adaeze Okafor", "Okafor", "tell")


@BOTH
def test_he_said_after_the_quote_names_the_person_of_the_previous_sentence(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "Pavel Ostrov, a fisherman from Karsk, reached the quay at dawn. "
        "“We pulled eleven people from the water,” he said."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text, q.cue) == ("Pavel Ostrov", "he", "say")


@BOTH
def test_a_pronoun_with_nobody_to_refer_to_has_no_speaker(
    make_parsed: MakeParsed, model: bool
) -> None:
    (q,) = quotes_of(make_parsed, '"We are ready," he said.', model)
    assert (q.speaker, q.speaker_text) == (None, "he")


@BOTH
def test_an_unnamed_speaker_is_given_as_written(make_parsed: MakeParsed, model: bool) -> None:
    text = 'The harbour closed. "We are still counting the boats," a coastguard officer said.'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text) == ("a coastguard officer", "a coastguard officer")


@BOTH
def test_a_bare_plural_description_is_no_speaker(make_parsed: MakeParsed, model: bool) -> None:
    # "the scholars" points back at people named earlier: not a speaker as written
    text = 'The scholars wrote to the council. "We will not be silenced," the scholars said.'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker is None


@BOTH
def test_a_party_appositive_gives_the_name_before_it(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "The vote was close. "
        '"We have to keep the harbour open," Representative Tomas Brenner, Republican of '
        "Ohio, said on Tuesday."
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Tomas Brenner"


@BOTH
def test_a_surname_resolves_to_the_fullest_form_with_its_suffix(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "Attorney General Marcus T. Oduya Jr. visited the port on Monday. "
        '"The inquiry will be fair and it will be thorough," Mr. Oduya said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Marcus T. Oduya Jr."


@BOTH
def test_short_quoted_terms_titles_and_named_works_are_no_quotes(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        'Ms. Velasquez called the plan a "disgrace" and said she was "deeply troubled." '
        'She spoke in an interview with "Morning Harbour Live" and later on "The Late Hour '
        'with Ana Ruiz." Her office posted a video called "Behind the walls of the port." '
        'The senator said it was "a very long night for everyone" in the port.'
    )
    assert [q.text for q in quotes_of(make_parsed, text, model)] == [
        "a very long night for everyone"
    ]


@BOTH
def test_a_short_whole_utterance_with_a_cue_is_a_quote(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = 'The crowd cheered. "We won!" the captain shouted.'
    assert [q.text for q in quotes_of(make_parsed, text, model)] == ["We won!"]


@BOTH
def test_a_role_resolves_to_the_person_given_that_role(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "Adaeze Okafor, the mayor of Velmora, visited the quay on Tuesday. "
        '"The wall held," the mayor said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text) == ("Adaeze Okafor", "the mayor")


@BOTH
def test_according_to_after_the_quote(make_parsed: MakeParsed, model: bool) -> None:
    text = '"The river is rising fast," according to the Velmora Red Cross.'
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Velmora Red Cross"


# -------------------------------------------------------------------- attribution before the quote


@BOTH
def test_speaker_and_colon_before_the_quote(make_parsed: MakeParsed, model: bool) -> None:
    text = 'Ilse Brandt said: "It arrived in a plain wooden crate."'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker, q.cue) == (
        "It arrived in a plain wooden crate.",
        "Ilse Brandt",
        "say",
    )


@BOTH
def test_a_sentence_adverb_before_the_speaker_is_not_part_of_it(
    make_parsed: MakeParsed, model: bool
) -> None:
    for lead in ("Then", "Later,", "Earlier"):
        text = f"{lead} Okafor said: “The rain has stopped.”"
        (q,) = quotes_of(make_parsed, text, model)
        assert (q.speaker, q.speaker_text) == ("Okafor", "Okafor"), lead


@BOTH
def test_an_organisation_as_speaker(make_parsed: MakeParsed, model: bool) -> None:
    text = '"The offer is fair and final," the port authority said in a statement.'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text) == ("port authority", "the port authority")
    text = 'The interior ministry said in a statement: "Four guards were killed."'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.speaker, q.speaker_text) == ("interior ministry", "The interior ministry")


@pytest.mark.model
def test_it_said_names_the_organisation_of_the_previous_sentence(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Velmora Ferries said it had cancelled all sailings. "
        '"Safety comes first," it said in a statement.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert (q.speaker, q.speaker_text) == ("Velmora Ferries", "it")


# -------------------------------------------------------------------- several quotes


@BOTH
def test_several_quotes_in_a_paragraph_keep_their_own_speakers(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        '"We will rebuild," said Governor Adaeze Okafor. '
        '"The harbour will reopen," said the ferry operator, Pavel Ostrov.'
    )
    assert said(quotes_of(make_parsed, text, model)) == [
        ("We will rebuild", "Adaeze Okafor"),
        ("The harbour will reopen", "Pavel Ostrov"),
    ]


@BOTH
def test_a_quote_split_by_its_attribution_gives_two_quotes(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "Pavel Ostrov stood on the quay. “We will not leave,” he said, “until they go.”"
    assert said(quotes_of(make_parsed, text, model)) == [
        ("We will not leave", "Pavel Ostrov"),
        ("until they go.", "Pavel Ostrov"),
    ]


@BOTH
def test_a_following_quote_with_no_attribution_continues_the_speaker(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "“It was a long night,” said Pavel Ostrov. “We pulled eleven people from the water.” "
        "Adaeze Okafor thanked the crews."
    )
    assert said(quotes_of(make_parsed, text, model)) == [
        ("It was a long night", "Pavel Ostrov"),
        ("We pulled eleven people from the water.", "Pavel Ostrov"),
    ]


@BOTH
def test_speaker_named_in_an_earlier_sentence(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Union secretary Maren Holt said the strike would continue. "
        '"Four hundred of our members are on the picket line."'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker) == (
        "Four hundred of our members are on the picket line.",
        "Maren Holt",
    )


@BOTH
def test_a_quote_spanning_paragraphs_keeps_its_speaker(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "Ilse Brandt, the museum's curator, opened the crate on Friday.\n\n"
        '"It arrived in a plain wooden crate," she said. "There was no note.\n\n'
        '"We do not know who sent it."\n\n'
        "Police said they had opened an inquiry."
    )
    assert said(quotes_of(make_parsed, text, model)) == [
        ("It arrived in a plain wooden crate", "Ilse Brandt"),
        ("There was no note.", "Ilse Brandt"),
        ("We do not know who sent it.", "Ilse Brandt"),
    ]


# -------------------------------------------------------------------- pronouns and gender


@BOTH
def test_he_and_she_follow_gender_given_by_role_words(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Adaeze Okafor, a spokeswoman for the port, spoke first. "
        "Pavel Ostrov, the union chairman, spoke next. "
        '"We need more pumps," she said. "Help is coming," he said.'
    )
    assert said(quotes_of(make_parsed, text, model)) == [
        ("We need more pumps", "Adaeze Okafor"),
        ("Help is coming", "Pavel Ostrov"),
    ]


@BOTH
def test_he_and_she_follow_gender_given_by_titles(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Ms Okafor met the fishermen on Tuesday. Mr Ostrov said the pumps had failed. "
        '"Help is coming," she said.'
    )
    (q,) = quotes_of(make_parsed, text, model)
    assert q.speaker == "Okafor"


@BOTH
def test_a_person_called_he_is_not_she_later(make_parsed: MakeParsed, model: bool) -> None:
    text = (
        "Teodora Vask thanked the crews. Pavel Ostrov said the pumps had failed. "
        '"We need more pumps," he said. "They are on their way," she said.'
    )
    assert said(quotes_of(make_parsed, text, model)) == [
        ("We need more pumps", "Pavel Ostrov"),
        ("They are on their way", "Teodora Vask"),
    ]


@pytest.mark.model
@pytest.mark.xfail(
    strict=True,
    reason="known limit: the small English model tags 'Maren Holt' ORG, so she is no "
    "candidate for 'she' (names the model labels PERSON work: see the test above)",
)
def test_a_person_the_parse_labels_an_organisation_is_still_she(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Dario Lenz and Maren Holt met on Monday. Holt said the talks had failed. "
        '"He walked out," she said.'
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Maren Holt"


# -------------------------------------------------------------------- quotation marks


@BOTH
@pytest.mark.parametrize(
    ("opening", "closing"),
    [('"', '"'), ("“", "”"), ("«", "»"), ("”", "”"), ("''", "''")],
    ids=["straight", "curly", "guillemets", "mismatched-curly", "doubled-single"],
)
def test_every_kind_of_double_mark_gives_the_same_quote(
    make_parsed: MakeParsed, model: bool, opening: str, closing: str
) -> None:
    text = f"{opening}The harbour is closed until further notice,{closing} said Adaeze Okafor."
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker) == ("The harbour is closed until further notice", "Adaeze Okafor")


@BOTH
def test_a_missing_closing_mark_before_an_attribution_is_put_back(
    make_parsed: MakeParsed, model: bool
) -> None:
    # the next opening mark shows the first quote ended; ", Okafor said." was outside it
    text = '"The plan is dead on arrival, Adaeze Okafor said. "We will start again next week."'
    found = quotes_of(make_parsed, text, model)
    assert said(found) == [
        ("The plan is dead on arrival", "Adaeze Okafor"),
        ("We will start again next week.", "Adaeze Okafor"),
    ]


@BOTH
def test_a_quote_cut_by_a_new_mark_without_an_attribution_keeps_its_words(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = '"The plan is dead on arrival. "We will start again," said Adaeze Okafor.'
    found = quotes_of(make_parsed, text, model)
    assert [q.text for q in found] == ["The plan is dead on arrival.", "We will start again"]


@BOTH
def test_single_quotes_and_apostrophes(make_parsed: MakeParsed, model: bool) -> None:
    text = "'We can't stay here,' said Pavel Ostrov."
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker) == ("We can't stay here", "Pavel Ostrov")


@BOTH
def test_single_quotes_inside_a_double_quote_belong_to_it(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "\"He shouted 'get back' and ran,\" said Adaeze Okafor."
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker) == ("He shouted 'get back' and ran", "Adaeze Okafor")


@BOTH
def test_an_unclosed_quote_stops_at_the_end_of_its_paragraph(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        'Ilse Brandt said: "It arrived in a plain wooden crate. Nobody signed for it.\n\n'
        'Police said they had opened an inquiry. "We have no suspects," said Inspector Jo Marr.'
    )
    assert said(quotes_of(make_parsed, text, model)) == [
        ("It arrived in a plain wooden crate. Nobody signed for it.", "Ilse Brandt"),
        ("We have no suspects", "Jo Marr"),
    ]


@BOTH
def test_a_stray_closing_mark_does_not_shift_the_next_quote(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "Crews worked through the night.” Adaeze Okafor said: “The rain has stopped.”"
    assert said(quotes_of(make_parsed, text, model)) == [("The rain has stopped.", "Adaeze Okafor")]


# -------------------------------------------------------------------- fragments and non-quotes


@BOTH
def test_a_fragment_quoted_inside_a_sentence(make_parsed: MakeParsed, model: bool) -> None:
    text = "Mayor Adaeze Okafor called the attack “a cowardly act” and vowed to rebuild."
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker, q.cue) == ("a cowardly act", "Adaeze Okafor", "call")
    text = 'Okafor said the barrier was "strong enough to hold the sea" and would stay.'
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker) == ("strong enough to hold the sea", "Okafor")


@BOTH
def test_a_fragment_goes_to_the_subject_of_the_verb_that_governs_it(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "Police said the suspect shouted 'get back, all of you' before fleeing."
    (q,) = quotes_of(make_parsed, text, model)
    assert (q.text, q.speaker_text, q.cue) == ("get back, all of you", "the suspect", "shout")


@pytest.mark.model
def test_a_participle_clause_keeps_the_main_speaker(make_parsed: MakeParsed) -> None:
    text = (
        '"The river has never been this high," Adaeze Okafor said on Tuesday, '
        'adding that "the barrier held."'
    )
    assert said(quotes_of(make_parsed, text, True)) == [
        ("The river has never been this high", "Adaeze Okafor"),
        ("the barrier held.", "Adaeze Okafor"),
    ]


@BOTH
@pytest.mark.parametrize(
    "text",
    [
        'The so-called "experts" were wrong, the report said.',
        "The museum showed “The Kid Who Would Be King” on Friday.",
        'READ MORE: "Flood waters rise in Velmora as the Orlin bursts its banks"',
        "The ferry left at noon and returned at dusk.",
        "Ostrov's boat wasn't damaged, and the crew's nets were dry.",
        "The mayor called the blast at the Port Sarab depot an “act of sabotage” on Monday.",
    ],
    ids=["scare-quotes", "title", "furniture", "no-marks", "apostrophes", "label"],
)
def test_not_a_quote(make_parsed: MakeParsed, model: bool, text: str) -> None:
    assert quotes_of(make_parsed, text, model) == []


@BOTH
def test_a_fragment_with_its_article_inside_the_marks_is_a_quote(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = "The mayor called the blast “an act of sabotage” on Monday."
    assert [q.text for q in quotes_of(make_parsed, text, model)] == ["an act of sabotage"]


def test_mrs_surname_beside_mr_surname_is_the_full_form_that_owned_her_object(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Adaeze Varga on Monday unveiled her plan for the harbour, and her husband, "
        "the engineer Tomas Varga, praised it. Mr. Varga has built three bridges. "
        '"The harbour will be rebuilt by spring," Mrs. Varga said.'
    )
    found = quotes_of(make_parsed, text, True)
    assert said(found) == [("The harbour will be rebuilt by spring", "Adaeze Varga")]


# -------------------------------------------------------------------- terms and pull quotes


@BOTH
def test_a_passage_named_as_a_trope_or_slogan_by_the_noun_after_it_is_a_term(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "The new film leans on the “every hero needs a sidekick” trope, and the town "
        "adopted the “keep the harbour open” slogan last spring. "
        'Okafor said the plan was "a bridge to nowhere" and would fail.'
    )
    assert [q.text for q in quotes_of(make_parsed, text, model)] == ["a bridge to nowhere"]


@BOTH
def test_what_something_is_known_or_referred_to_as_is_a_term(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "The lighthouse, known as “the old grey lady of the coast,” was repainted. "
        'Her youngest, referred to as "our little harbour pilot," started school.'
    )
    assert quotes_of(make_parsed, text, model) == []


@BOTH
def test_a_paragraph_quoting_the_articles_own_sentence_is_a_pull_quote(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "Velmora's ferry timetable is a puzzle that nobody can solve without help. "
        "It changes every spring, and the printed copies run out by May.\n\n"
        '"Velmora\'s ferry timetable is a puzzle that nobody can solve without help."\n\n'
        "The council will publish a new one in April."
    )
    assert quotes_of(make_parsed, text, model) == []


@BOTH
def test_a_quote_repeated_without_marks_in_a_line_of_its_own_is_still_a_quote(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "We will keep the ferry running all winter.\n\n"
        "The quay was busy on Tuesday, and the cafe ran out of bread.\n\n"
        '"We will keep the ferry running all winter."'
    )
    assert [q.text for q in quotes_of(make_parsed, text, model)] == [
        "We will keep the ferry running all winter."
    ]


@pytest.mark.model
def test_a_short_utterance_its_speaker_follows_is_a_quote(make_parsed: MakeParsed) -> None:
    # "“Fight them,” he urged Iraqis", "“Absolutely not,” O'Connor said" (a TBAQ dossier
    # audit); a title or a nickname before a comma is no quote ("the epic “Orlin,” will
    # host", "goes by the nickname “Shapo,” the source said")
    text = (
        '"Never," said Ada Lurz. "Absolutely not," Brel said when asked. '
        'Jo Ray, star of the epic "Orlin," will host the show. '
        'He goes by the nickname "Shapo," the source said.'
    )
    assert said(quotes_of(make_parsed, text, True)) == [
        ("Never", "Ada Lurz"),
        ("Absolutely not", "Brel"),
    ]


@pytest.mark.model
def test_a_short_quoted_noun_phrase_nobody_says_is_a_term(make_parsed: MakeParsed) -> None:
    text = (
        "The festival drew boats of “every colour and size” to the bay. "
        'Okafor said the harbour had "room for everyone" this year.'
    )
    assert said(quotes_of(make_parsed, text, True)) == [("room for everyone", "Okafor")]


@pytest.mark.model
def test_the_passive_subject_of_a_sentence_holding_a_fragment_is_not_its_speaker(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "Adaeze Okafor ran the harbour race on Sunday. At the clinic, Okafor was found "
        "to have a “very rare inner ear condition” and was sent home."
    )
    (q,) = quotes_of(make_parsed, text, True)
    assert (q.text, q.speaker) == ("very rare inner ear condition", None)


@pytest.mark.model
def test_a_short_noun_phrase_in_a_clause_whose_subject_is_a_person_is_her_quote(
    make_parsed: MakeParsed,
) -> None:
    text = (
        "The council closed the quay for a week, and Mayor Lena Okafor has apologised if "
        'the closure was linked to "unfair negative coverage" of her office. '
        "The ferry, which Okafor hoped would not suffer from the “endless budget "
        "squabbles” of the council, sailed on time. "
        "A harbour festival drew boats of “every colour and size” to the bay."
    )
    assert said(quotes_of(make_parsed, text, True)) == [
        ("unfair negative coverage", "Lena Okafor"),
        ("endless budget squabbles", "Lena Okafor"),
    ]


@BOTH
def test_a_slogan_word_opening_the_next_sentence_does_not_make_a_quote_a_term(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        'Okafor told the crowd: "We will keep the harbour open." Slogans were painted '
        "on every wall of the quay. The marchers chanted the “Keep the harbour open!” "
        "slogan all afternoon."
    )
    assert [q.text for q in quotes_of(make_parsed, text, model)] == [
        "We will keep the harbour open."
    ]


def test_a_quote_closed_after_mark_free_lines_keeps_its_speaker(make_parsed: MakeParsed) -> None:
    # text split one sentence a line: the closing piece, lines after the opening one,
    # is the same speaker's
    text = (
        "Lena Ostrova spoke to reporters on Monday.\n\n"
        '"I never returned any of his calls," she once said.\n\n'
        '"I guess people will say I made a mistake.\n\n'
        "But love is part of life, and you should not hide it.\n\n"
        "I certainly didn't.\"\n\n"
        "She posed for her first photos in 1947."
    )
    assert [q.speaker for q in find_quotes(make_parsed(text))] == ["Lena Ostrova"] * 3


@pytest.mark.model
def test_an_attribution_is_written_as_the_name_not_its_places_abbreviation(
    make_parsed: MakeParsed,
) -> None:
    # "Bishop Daniel Jenky, of Peoria, Ill., said in a homily": the attribution shown
    # beside the quote was "Ill."
    text = "“We will not comply,” Bishop Tomas Vanhorne, of Dunmore, Ill., said on Sunday."
    (q,) = quotes_of(make_parsed, text, True)
    assert q.speaker == "Tomas Vanhorne"
    assert q.speaker_text == "Tomas Vanhorne"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "Tomas Vanhorne"
