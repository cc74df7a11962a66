"""Quote alignment rules, one by one, with hand-written renderings."""

from __future__ import annotations

import numpy as np

from crosswire.link.entities import EntityIndex, resolve_entities
from crosswire.link.quotes import align_quotes, clauses
from crosswire.model import Mention, Quote


def _q(article: str, text: str, speaker: str | None, start: int = 0) -> Quote:
    return Quote(article, start, start + len(text), text, speaker)


def _index(*names: str) -> EntityIndex:
    return EntityIndex(
        resolve_entities([Mention(f"a{i}", 0, len(n), n, "PERSON") for i, n in enumerate(names)])
    )


def _groups(quotes: list[Quote], index: EntityIndex, encoder: object = None) -> list[set[str]]:
    return [{r.text for r in g.renderings} for g in align_quotes(quotes, index, encoder)]  # type: ignore[arg-type]


LONG = "This operation is a message to everyone who profits from the occupation of our coast"
FRAGMENT = "a message to everyone who profits from the occupation"
TAIL = "everyone who profits from the occupation of our coast"


def test_a_fragment_of_the_same_speaker_joins_the_full_rendering() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [
        _q("a1", LONG, "Muhammad al-Qahtani"),
        _q("a2", FRAGMENT, "Mohamed el-Kahtani"),
    ]
    assert _groups(qs, index) == [{LONG, FRAGMENT}]


def test_different_speakers_are_never_aligned_even_with_the_same_words() -> None:
    index = _index("Muhammad al-Qahtani", "Mohammed al-Qasimi")
    qs = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", LONG, "Mohammed al-Qasimi")]
    assert len(_groups(qs, index)) == 2


def test_words_printed_alike_by_most_outlets_outvote_one_other_speaker() -> None:
    # three outlets print the statement word for word; two name one speaker, the third
    # another (a misread pronoun, a misspelt name): one statement, the majority's
    index = _index("Muhammad al-Qahtani", "Mohammed al-Qasimi")
    qs = [
        _q("a1", LONG, "Muhammad al-Qahtani"),
        _q("a2", LONG, "Muhammad al-Qahtani"),
        _q("a3", LONG, "Mohammed al-Qasimi"),
    ]
    (group,) = align_quotes(qs, index)
    assert group.speaker_name == "Muhammad al-Qahtani"
    assert len(group.renderings) == 3


def test_a_statement_quoted_inside_another_speakers_question_stays_apart() -> None:
    # "Were you correct when you said the surge will be the most dangerous blunder …?"
    # McCain asked; two outlets print the question, and Hagel's 2007 words inside it
    index = _index("Tomas Vell", "Dara Kel")
    said = "the surge will be the most dangerous foreign policy blunder in this country"
    question = f"Were you correct or incorrect when you said {said}"
    qs = [
        _q("a1", question, "Tomas Vell"),
        _q("a1", said, "Dara Kel", start=200),
        _q("a2", question, "Tomas Vell"),
        _q("a2", said, "Dara Kel", start=200),
        _q("a3", said, "Dara Kel"),
    ]
    groups = _groups(qs, index)
    assert {question} in groups and {said} in groups


def test_a_surname_of_two_words_is_the_full_name_it_ends() -> None:
    # "Academy President Boone Isaacs" in one outlet, "Cheryl Boone Isaacs" in another
    index = _index("Cheryl Boone Isaacs")
    qs = [_q("a1", LONG, "Boone Isaacs"), _q("a2", LONG, "Cheryl Boone Isaacs")]
    (group,) = align_quotes(qs, index)
    assert group.speaker_name == "Cheryl Boone Isaacs"


def test_a_short_line_printed_alike_keeps_its_speakers_apart() -> None:
    index = _index("Muhammad al-Qahtani", "Mohammed al-Qasimi")
    short = "We have no idea what caused it"  # under eight words: anyone may say it
    qs = [
        _q("a1", short, "Muhammad al-Qahtani"),
        _q("a2", short, "Muhammad al-Qahtani"),
        _q("a3", short, "Mohammed al-Qasimi"),
    ]
    assert sorted(len(g.renderings) for g in align_quotes(qs, index)) == [1, 2]


def test_an_unattributed_verbatim_fragment_joins_its_speakers_statement() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", TAIL, None)]
    groups = align_quotes(qs, index)
    assert len(groups) == 1
    assert groups[0].speaker_name == "Muhammad al-Qahtani"
    # the rendering itself keeps "no speaker": the group's speaker is inferred
    assert {r.speaker for r in groups[0].renderings} == {"Muhammad al-Qahtani", None}


def test_an_unattributed_fragment_two_speakers_both_said_stays_alone() -> None:
    index = _index("Muhammad al-Qahtani", "Mohammed al-Qasimi")
    qs = [
        _q("a1", LONG, "Muhammad al-Qahtani"),
        _q("a2", "We condemn " + TAIL, "Mohammed al-Qasimi"),
        _q("a3", TAIL, None),
    ]
    assert {TAIL} in _groups(qs, index)


def test_an_unattributed_fragment_that_is_not_verbatim_stays_alone() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", "the occupation of the coast", None)]
    assert len(_groups(qs, index)) == 2


def test_too_short_unattributed_fragments_stay_alone() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", "our coast", None)]
    assert len(_groups(qs, index)) == 2


class _FakeEncoder:
    """Maps each text to a fixed vector: translations share one direction."""

    def __init__(self, same: list[str]) -> None:
        self.same = same

    def encode(self, texts: list[str]) -> np.ndarray:
        out = []
        for i, t in enumerate(texts):
            v = np.zeros(64)
            v[0 if any(s in t for s in self.same) else 1 + i % 63] = 1.0
            out.append(v)
        return np.array(out)


def test_translations_align_by_meaning_within_a_speaker_only() -> None:
    index = _index("Muhammad al-Qahtani", "Mohammed al-Qasimi")
    other = "This attack is a letter to all who grow rich from occupying our shores"
    enc = _FakeEncoder([LONG, other])
    same = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", other, "Mohamed el-Kahtani")]
    assert _groups(same, index, enc) == [{LONG, other}]
    apart = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", other, "Mohammed al-Qasimi")]
    assert len(_groups(apart, index, enc)) == 2


def test_clauses_split_long_quotes_but_keep_the_whole() -> None:
    text = "Your depots are within our reach; what burned in Port Sarab is only the beginning."
    parts = clauses(text)
    assert parts[0] == text
    assert "Your depots are within our reach" in parts


def test_a_description_speaker_counts_as_unknown() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a2", TAIL, "a spokesman for the group")]
    assert _groups(qs, index) == [{LONG, TAIL}]


def test_a_capitalised_description_ending_in_a_common_noun_counts_as_unknown() -> None:
    from crosswire.link.quotes import is_description

    index = _index("Muhammad al-Qahtani")
    qs = [
        _q("a1", LONG, "Muhammad al-Qahtani"),
        _q("a2", TAIL, "Senior Harbour Authority officials"),
    ]
    assert _groups(qs, index) == [{LONG, TAIL}]
    assert is_description("Port Sarab police")
    assert not is_description("Muhammad al-Qahtani")
    assert not is_description("Ahmad bin")  # a name particle is not a common noun
    assert not is_description("Rapid Support Forces")
    assert not is_description("Jo Ray, spokesman")  # a name, then its role


def test_quotes_of_one_article_are_not_joined_by_themselves() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [_q("a1", LONG, "Muhammad al-Qahtani"), _q("a1", FRAGMENT, "Muhammad al-Qahtani", 200)]
    assert len(_groups(qs, index)) == 2


def test_a_shared_stock_phrase_alone_joins_nothing() -> None:
    index = _index("Muhammad al-Qahtani")
    qs = [
        _q(
            "a1",
            "We will never forget this act of terror against our people",
            "Muhammad al-Qahtani",
        ),
        _q("a2", "It was an act of terror and the port will reopen", "Muhammad al-Qahtani"),
    ]
    assert len(_groups(qs, index)) == 2


def test_an_unknown_quote_cannot_bridge_two_speakers() -> None:
    index = _index("Muhammad al-Qahtani", "Mohammed al-Qasimi")
    shared = "everyone who profits from the occupation of our coast will answer for it"
    qs = [
        _q("a1", "This operation is a message: " + shared, "Muhammad al-Qahtani"),
        _q("a2", shared, None),
        _q("a3", shared + " tomorrow", "Mohammed al-Qasimi"),
    ]
    for g in _groups(qs, index):
        assert not ({qs[0].text, qs[2].text} <= g)


class _ExactEncoder(_FakeEncoder):
    """Only the listed texts themselves share a direction (not longer quotes holding them)."""

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 64))
        for i, t in enumerate(texts):
            out[i, 0 if t in self.same else 1 + i % 63] = 1.0
        return out


EARLY = "I saw the pictures this morning and I went way too far with that stunt"
LATE = "So let me say it plainly tonight: I went too far and I am sorry"


def test_two_statements_of_one_article_are_not_chained_through_a_loose_match() -> None:
    # a1 quotes two lines of one video; a2 and a3 each quote one of them, and the
    # encoder finds a2's and a3's short versions alike: the two lines stay apart
    index = _index("Adaeze Okafor")
    way, plain = "I went way too far with that stunt", "I went too far and I am sorry"
    enc = _ExactEncoder([way, plain])
    qs = [
        _q("a1", EARLY, "Adaeze Okafor"),
        _q("a1", LATE, "Adaeze Okafor", 200),
        _q("a2", way, "Adaeze Okafor"),
        _q("a3", plain, "Okafor"),
    ]
    for g in _groups(qs, index, enc):
        assert not ({EARLY, LATE} <= g)
    assert {EARLY, way} in _groups(qs, index, enc)
    assert {LATE, plain} in _groups(qs, index, enc)


def test_one_outlets_single_quote_joins_two_pieces_another_printed_apart() -> None:
    index = _index("Adaeze Okafor")
    first = "It is not about the harbour and it is not about the fishing fleet"
    second = "It is about a phony promise made to the people of Port Sarab years ago"
    whole = first + ". " + second
    qs = [
        _q("a1", first, "Adaeze Okafor"),
        _q("a1", second, "Adaeze Okafor", 300),
        _q("a2", whole, "Okafor"),
    ]
    assert _groups(qs, index) == [{first, second, whole}]


def test_short_fragments_of_one_passage_stay_together() -> None:
    index = _index("Adaeze Okafor")
    passage = "The image is too disturbing. I understand how it upsets people. It was not funny."
    qs = [
        _q("a1", passage, "Adaeze Okafor"),
        _q("a2", "is too disturbing", "Okafor"),
        _q("a2", "I understand how it upsets people", "Okafor", 100),
    ]
    assert _groups(qs, index) == [
        {passage, "is too disturbing", "I understand how it upsets people"}
    ]


def _in_text(article: str, text: str, words: str, speaker: str | None) -> Quote:
    s = text.index(words)
    return Quote(article, s, s + len(words), words, speaker)


def test_one_quote_cut_by_its_attribution_is_one_statement() -> None:
    # "“Our goal is to reunite Elian and his father,” said Maria Cardona, a spokeswoman
    # for the agency. “The issue is not whether ..., but when and how.”"
    text = (
        "“Our goal is to reopen the pier by May,” said Ilse Marr, a spokeswoman for the "
        "harbour board. “The issue is not whether we will reopen it, but when.”\n\n"
        "Later the board met. “We will vote on the budget next week,” Marr said."
    )
    qs = [
        _in_text("a", text, "Our goal is to reopen the pier by May", "Ilse Marr"),
        _in_text("a", text, "The issue is not whether we will reopen it, but when.", "Ilse Marr"),
        _in_text("a", text, "We will vote on the budget next week", "Ilse Marr"),
    ]
    index = _index("Ilse Marr")
    groups = [{r.text for r in g.renderings} for g in align_quotes(qs, index, texts={"a": text})]
    assert {qs[0].text, qs[1].text} in groups
    assert {qs[2].text} in groups  # another sentence of the writer's between: another
    # without the texts, as before: two statements
    plain = [{r.text for r in g.renderings} for g in align_quotes(qs, index)]
    assert len(plain) == 3


def test_a_word_censored_two_ways_is_one_word() -> None:
    # a hand audit of a web news story: The Hill's "bullet in her f---ing skull." and NBC's
    # "I'll put a bullet in her (expletive) skull" stood apart
    index = _index("Dario Velasquez")
    qs = [
        _q("a1", "a brick through his f---ing window.", "Dario Velasquez"),
        _q("a2", "I'll throw a brick through his (expletive) window", "Velasquez"),
        _q("a3", "what the f*** are they doing with the harbour money", "Dario Velasquez"),
        _q("a4", "what the [expletive deleted] are they doing with the harbour money", None),
    ]
    assert sorted(map(sorted, _groups(qs, index))) == sorted(
        map(sorted, [{qs[0].text, qs[1].text}, {qs[2].text, qs[3].text}])
    )


def test_a_stammer_is_no_censored_word() -> None:
    from crosswire.link.quotes import pair_evidence

    # "I--I" is a stammer, its words kept ("I", "I"), "sh*t" a censored word
    assert pair_evidence("I--I told them to stop", "I told them to stop").run == 5
    assert pair_evidence("this is sh*t work", "this is [expletive] work").run == 4
