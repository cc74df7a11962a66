"""Classes of speaker errors found by a hand audit of quotes on unseen web news pages,
one rule per test, in hand-written, fictional sentences:

1. two subjects the parse made of one noun phrase ("Herald editor-in-chief Jo Ray
   said") are one: the name that ends the phrase speaks (``_split_subject``);
2. in "Name, Title Organisation, says:" the name speaks, whatever names the title
   holds (``Speakers._name_before_title``);
3. "X, according to Y, did … “…”" with no speech verb: the words are Y's
   (``Cues._according_within``);
4. a capitalised common word that the article writes capitalised only inside a
   longer name ("Customs and Border Protection") is no person, so no "he" goes to it;
5. a name the tagger labelled an organisation that "who" follows ("Montell Figgins,
   who represents …") is a person, and so is its surname alone later;
6. a statement made by "the company" speaks for the company the article means;
7. a pronoun subject with an adverb ("He instead told the BBC:") is the pronoun;
8. a quote framed by a speech verb that shares its subject with the verb before it
   ("he asked …, called her a “…” and said, “…”, the office said") is that subject's;
9. "X recalled that he said, “…”" is his words, not X's;
10. "Doe is one of the first two women elected" tells Doe's gender;
11. "As X put it, “…”", "“…,” as X put it" and "In the words of X: “…”" give X;
12. "“…!” an officer ordered." is an attribution when the verb ends the sentence
    ("“…,” he ordered a second review" is not);
13. words right after "entitled", "titled", "named", "dubbed" are a name, whatever
    their case ("an installation – entitled ‘Jewels after Jewels’"), not a quote;
14. "the 14th-ranked Schwartzman said" is the one full name written earlier that
    ends with that surname, whatever label the tagger gave it;
15. a participle of speech the parse hung on a reported state ("Ray disputed that
    Obi was estranged, saying instead he was “…”") is the disputer's, while one
    on a reported action ("told reporters that Obi called 911, saying “…”") stays
    the actor's;
16. a name that opens its sentence with a clause about it between commas ("Whitcombe, who
    had not sung in years, worried …") is that sentence's subject, so a later "she"
    is hers and not the previous paragraph's speaker's;
17. a name after a place the title's preposition governs ("Ostrania's ambassador to
    Britain Dario Velasquez said") is the head of the phrase: he speaks;
18. a participle that modifies a noun ("the Delhi-based council") leaves an
    appositive an appositive, so the name before it speaks;
19. a speech verb of a clause that ends right before the quote ("Audience members
    laughed when he urged voters, “…”") speaks, not the main verb the parse hung
    the quote on;
20. "…”, saying he trusted the courts" is a clause, no inverted attribution: the
    words after "saying" are no speaker;
21. "the production company said" is the company named before it, when the tagger
    read that company ("Rick Varlow Productions") as a person;
22. a group named by a common noun speaks as written where it opens the sentence
    ("Aviation analysts called it …"), as it does inside one ("aviation analysts");
23. people of a platform or an audience speak as written, unnamed ("one user quipped",
    "one Twitter user wrote", "another user said", "a caller said").

All run with the model (the tagger's labels and the parse are part of each case).
"""

from __future__ import annotations

import pytest
from parse_modes import MakeParsed

from crosswire.analyze.quote_cues import Cues
from crosswire.analyze.quotes import find_quotes

pytestmark = pytest.mark.model


def _said(make_parsed: MakeParsed, text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:24], q.speaker) for q in find_quotes(make_parsed(text))]


def test_a_name_ending_a_doubled_subject_speaks(make_parsed: MakeParsed) -> None:
    text = 'Wikileaks editor-in-chief Kristinn Hrafnsson said: "This is a dark day for us all."'
    assert _said(make_parsed, text) == [("This is a dark day for u", "Kristinn Hrafnsson")]


def test_the_name_before_a_title_with_an_organisation_speaks(make_parsed: MakeParsed) -> None:
    text = (
        "Ascom sells phones to hospitals.\n\n"
        'Rob Goldman, President Ascom North America, says: "We are delighted with '
        'the result of this year."'
    )
    assert _said(make_parsed, text) == [("We are delighted with th", "Rob Goldman")]


def test_according_to_earlier_in_the_sentence_gives_the_source(make_parsed: MakeParsed) -> None:
    text = (
        "The president went to the hospital on Saturday.\n\n"
        "President Donald Trump, according to the White House, made an unscheduled trip "
        'to the hospital for a "quick exam and labs" on Saturday.'
    )
    assert _said(make_parsed, text) == [("quick exam and labs", "White House")]


def test_a_word_capitalised_only_inside_a_longer_name_is_nobody(make_parsed: MakeParsed) -> None:
    text = (
        "In October, Rep. Dale Hurst visited the border near Lomas and argued that the "
        "country needs stronger border security.\n\n"
        "A major reason, Hurst said, is the flow of drugs.\n\n"
        'Border agents "say you have got to pay attention to this, $53 million a week is '
        'coming across in drugs," he said.\n\n'
        "The figures come from Customs and Border Protection, which counts seizures by "
        "the pound."
    )
    assert _said(make_parsed, text) == [("say you have got to pay ", "Dale Hurst")]


def test_a_name_tagged_an_organisation_before_who_is_a_person(make_parsed: MakeParsed) -> None:
    text = (
        '"We hope to reach an agreement in this case," said Jason Foy, who represents Noel.'
        "\n\nMontell Figgins, who represents Thomas, said his client chose not to accept a "
        "plea agreement.\n\n"
        "Figgins declined to address whether Thomas slept on the job on the night "
        'Epstein died. "When all the evidence is presented, you will see," he said.'
    )
    parsed = make_parsed(text)
    assert [m.label for m in parsed.mentions if m.text == "Montell Figgins"] == ["ORG"]
    assert "Montell Figgins" in [p[2] for p in Cues(parsed).art.persons]
    assert [q.speaker for q in find_quotes(parsed)] == ["Jason Foy", "Montell Figgins"]


def test_a_statement_the_company_issued_is_the_companys(make_parsed: MakeParsed) -> None:
    text = (
        "Acme Corporation builds robots for farms in Ohio.\n\n"
        "The company denied the report in a statement on Friday.\n\n"
        '"We have never sold a robot to the army and we never will," the statement read.'
    )
    assert _said(make_parsed, text) == [("We have never sold a rob", "Acme Corporation")]


@pytest.mark.parametrize("adverb", ["instead", "tearfully"])
def test_a_pronoun_with_an_adverb_is_the_pronoun(make_parsed: MakeParsed, adverb: str) -> None:
    text = (
        "Prince Edmund Vale gave an interview to the BBC on Saturday.\n\n"
        f'He {adverb} told the BBC interviewer: "I took the judgement call that it was right."'
    )
    art = Cues(make_parsed(text)).art
    s = text.index("He ")
    e = s + len(f"He {adverb}")
    attr = art.who(s, e, s)
    assert attr is not None and (attr.speaker, attr.text) == ("Edmund Vale", "He")


_CALLER = (
    "Dorian Pell, 55, of Lomas, pleaded guilty to threatening a member of Congress.\n\n"
    "During the call, he asked about the budget, called Marra Quist a \u201ctraitor\u201d "
    "and said, \u201csomebody ought to teach her a lesson,\u201d the prosecutor\u2019s "
    "office said. Quist is one of the first two Lomas women elected to Congress.\n\n"
)


def test_a_framing_verb_shares_the_subject_of_the_verb_before(make_parsed: MakeParsed) -> None:
    (speaker,) = [q.speaker for q in find_quotes(make_parsed(_CALLER))]
    assert speaker == "Dorian Pell"


def test_words_recalled_as_said_by_someone_else_are_his(make_parsed: MakeParsed) -> None:
    text = (
        _CALLER + "The staff member who took the call recalled that he said, "
        '"I will find her office," the attorney\u2019s office said.'
    )
    speakers = [q.speaker for q in find_quotes(make_parsed(text))]
    assert speakers[-1] == "Dorian Pell"


def test_one_of_the_women_tells_the_gender(make_parsed: MakeParsed) -> None:
    art = Cues(make_parsed(_CALLER)).art
    assert art.gender("Marra Quist") == "f"


@pytest.mark.parametrize(
    "text",
    [
        'Orla Venn admired the book.\n\nAs Venn put it, "Had he taken the prize, '
        'everything would have changed."',
        'Orla Venn admired the book.\n\n"Had he taken the prize, everything would have '
        'changed," as Venn put it.',
        'Orla Venn admired the book.\n\nIn the words of Venn: "Had he taken the prize, '
        'everything would have changed."',
    ],
)
def test_as_x_put_it_and_in_the_words_of_x(make_parsed: MakeParsed, text: str) -> None:
    assert _said(make_parsed, text) == [("Had he taken the prize, ", "Orla Venn")]


def test_ordered_is_an_attribution(make_parsed: MakeParsed) -> None:
    text = (
        "Police stopped the car on Main Street.\n\n"
        '"Hands! Let me see your hands!" an officer ordered.'
    )
    assert _said(make_parsed, text) == [("Hands! Let me see your h", "an officer")]


@pytest.mark.parametrize("word", ["entitled", "named", "titled"])
def test_words_after_entitled_are_a_name(make_parsed: MakeParsed, word: str) -> None:
    text = (
        f"The installation \u2013\u00a0{word}\u00a0\u2018Make your own lamps at home\u2018 "
        "and made for the fair \u2013 opens in May at the gallery on Elm Street."
    )
    assert _said(make_parsed, text) == []


def test_a_modified_surname_is_the_full_name_it_ends(make_parsed: MakeParsed) -> None:
    text = (
        "Argentina beat Chile 3-0, with Diego Schwartzman defeating Cristian Garin "
        "6-2, 6-2.\n\n"
        '"It was the end of the season but I played one of my best matches," the '
        "14th-ranked Schwartzman said."
    )
    parsed = make_parsed(text)
    assert [m.label for m in parsed.mentions if m.text == "Diego Schwartzman"] != ["PERSON"]
    assert [q.speaker for q in find_quotes(parsed)] == ["Diego Schwartzman"]


def test_a_participle_on_a_reported_state_is_the_disputers(make_parsed: MakeParsed) -> None:
    text = (
        "Martha Frye and her brother Dale Fordes agreed to an interview, but only if it "
        "were done over email. Over the course of that interview, Dale and Martha "
        "disputed that Mike was estranged from them or his parents, saying instead he "
        "was \u201cintroverted by nature.\u201d"
    )
    (q,) = find_quotes(make_parsed(text))
    # both disputed it: two people named together are both the speaker
    assert (q.speaker_text, q.speaker) == ("Dale and Martha", "Dale Fordes and Martha Frye")


def test_a_participle_on_a_reported_action_stays_the_actors(make_parsed: MakeParsed) -> None:
    text = (
        "Yvette Hallor, 43, had been suspended.\n\n"
        "Cpl. Janice Leder, a 911 dispatcher, told reporters Friday that Hallor called "
        '911, saying "I am the one you are looking for" and reporting that she had been '
        "harassed at work."
    )
    assert [q.speaker for q in find_quotes(make_parsed(text))] == ["Yvette Hallor"]


def test_a_name_before_a_who_clause_is_its_sentences_subject(make_parsed: MakeParsed) -> None:
    text = (
        "Nora Whitcombe plays the lead, and Dora Castell wrote the song.\n\n"
        "“It may sound rushed when I say how fast we write these things,” Castell said. "
        "Castell has found one drawback to working with Ruud and Obi: “They sing so well "
        "that people get scared off.”\n\n"
        "Whitcombe, who hadn’t sung in a long time before the film, worried about doing justice "
        "to a song like “Tallinn,” especially given that she had no background in folk. "
        "“But the story of it really moved me,” she said."
    )
    assert _said(make_parsed, text)[-1] == ("But the story of it real", "Nora Whitcombe")


def test_a_name_after_a_place_its_title_governs_speaks(make_parsed: MakeParsed) -> None:
    text = (
        "Ostrania’s ambassador to Britain Dario Velasquez has said that Ostrania has "
        "the “resolution and power” to end the unrest."
    )
    assert _said(make_parsed, text) == [("resolution and power", "Dario Velasquez")]


def test_a_participle_modifying_a_noun_keeps_an_appositive(make_parsed: MakeParsed) -> None:
    text = (
        "“This is mainly due to the change in wind direction,” Maya Ravindran, a "
        "research analyst at the Pune-based Council on Air, Land and Water think tank "
        "told the Velmora Post."
    )
    assert _said(make_parsed, text) == [("This is mainly due to th", "Maya Ravindran")]


def test_the_speech_verb_of_a_clause_before_the_quote_speaks(make_parsed: MakeParsed) -> None:
    text = (
        "Premier Anton Halvard is under fire for failing to deliver on his vow.\n\n"
        "Audience members laughed when he urged voters, “Look what I have said I am going "
        "to do and look what I have delivered.”"
    )
    assert _said(make_parsed, text) == [("Look what I have said I ", "Anton Halvard")]
    # ... but not a question put to the one who answers
    text = (
        "Premier Anton Halvard took questions.\n\n"
        "Halvard laughed when a reporter asked about the wall's cost, “It is going up fast "
        "and it is going to be beautiful.”"
    )
    assert _said(make_parsed, text) == [("It is going up fast and ", "Anton Halvard")]


def test_a_participle_after_a_quote_is_no_inverted_attribution(
    make_parsed: MakeParsed,
) -> None:
    text = (
        'Velasquez said the ruling was "not, per se, inconsistent with the law", '
        "saying he trusted the courts to decide."
    )
    speakers = [q.speaker_text for q in find_quotes(make_parsed(text))]
    assert speakers and "trusted" not in (speakers[0] or "")


def test_the_company_a_description_means_speaks(make_parsed: MakeParsed) -> None:
    text = (
        "Rick Varlow Productions denied that it had settled on an arrangement with the "
        "label. “At no time did we agree to a statement,” the production company said."
    )
    assert _said(make_parsed, text) == [("At no time did we agree ", "Rick Varlow Productions")]


def test_a_group_opening_the_sentence_speaks_as_written(make_parsed: MakeParsed) -> None:
    text = (
        "Velcor cut its order. Aviation analysts called it the “end of an era,” as the "
        "jet was sidelined."
    )
    assert _said(make_parsed, text) == [("end of an era", "Aviation analysts")]


def test_a_platforms_user_speaks_as_written(make_parsed: MakeParsed) -> None:
    # a hand audit of web news: "…,” one user quipped" and "one user on Weibo posted:"
    # had no speaker
    text = (
        "“If we were any higher, we would be North Velmora,” one user quipped.\n\n"
        "“This is absurd,” one Twitter user wrote.\n\n"
        "Another user said: “Flu in the year of the rooster, plague in the year of the rat.”"
    )
    assert [s for _, s in _said(make_parsed, text)] == [
        "one user",
        "one Twitter user",
        "Another user",
    ]
