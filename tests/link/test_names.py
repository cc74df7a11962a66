"""Transliteration-aware name matching: hand-written cases and properties."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.link.names import (
    ABD_FORMS,
    ARTICLES,
    KINSHIP,
    TITLES,
    block_key,
    name_key,
    name_parts,
    same_person_name,
    skeleton,
    spelled_alike,
)

SAME = [
    ("Muhammad al-Qahtani", "Mohamed el-Kahtani"),
    ("Muhammad al-Qahtani", "Mohammed Al-Qahtany"),
    ("Muhammad al-Qahtani", "Muhammad al-Kahtani"),
    ("Abdul Rahman Haddad", "Abdel-Rahman Haddad"),
    ("Abdul Rahman Haddad", "Abd al-Rahman Haddad"),
    ("Abdul Rahman Haddad", "Abd-al Rahman Haddad"),
    ("Ahmed Zaki", "Ahmad Dhaki"),
    ("Walid Houari", "Oualid Hawari"),
    ("Omar Sheikh", "Umar Shaykh"),
    ("Fatima Hassan", "Fatimah Hasan"),
    ("Yousef Ali", "Youssef Ali"),
    ("Said Jaber", "Sa'eed Jabir"),
    ("Muhammad al-Qahtani", "al-Qahtani"),
    ("Muhammad al-Qahtani", "Sheikh Muhammad al-Qahtani"),
    # initials: a single one may stand for the name, a double one spelled out
    ("T. Vennor", "Tomas Vennor"),
    ("T.J. Vennor", "Tomas James Vennor"),
    ("TJ Vennor", "T.J. Vennor"),
    # a title is no initial, a name in capitals no string of initials
    ("Dr. T.J. Vennor", "T.J. Vennor"),
    ("TOMAS VENNOR", "Tomas Vennor"),
    ("AL VENNOR", "Al Vennor"),
]

DIFFERENT = [
    ("Muhammad al-Qahtani", "Mohammed al-Qasimi"),
    ("Muhammad al-Qahtani", "Mohammed al-Qahtami"),
    ("Hassan Nasser", "Hussein Nasser"),
    ("Sami Haddad", "Samir Haddad"),
    ("Adaeze Okafor", "Chidi Okonkwo"),
    ("Muhammad al-Qahtani", "Ali al-Qahtani"),
    # a double initial is how its bearer is known: "His son, T.J. DiLeo" is not Tony
    ("T.J. Vennor", "Tomas Vennor"),
    ("A.J. Brel", "Anna Brel"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_transliteration_variants_match(a: str, b: str) -> None:
    assert same_person_name(a, b)
    assert same_person_name(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people_do_not_match(a: str, b: str) -> None:
    assert not same_person_name(a, b)


def test_abd_forms_join_the_next_part() -> None:
    assert name_parts("Abdel-Rahman Haddad") == ["abdrahman", "haddad"]
    assert name_parts("Abd al-Rahman Haddad") == ["abdrahman", "haddad"]


def test_skeleton_folds_transliteration_choices() -> None:
    assert skeleton("kahtany") == "khtn"
    assert skeleton("qahtani") == "Qhtn"  # qaf: k, or g as the Maghreb says it
    assert block_key(skeleton("qahtani")) == block_key(skeleton("kahtany"))
    assert skeleton("qasimi") == "Qsm"
    assert name_key("Othman Qarni").block == name_key("Osman Garni").block


NAME = st.text(alphabet="abdefhiklmnoqrstuyz", min_size=2, max_size=9).filter(
    lambda s: any(c not in "aeiouy" for c in s) and s not in ARTICLES | ABD_FORMS | KINSHIP | TITLES
)


@given(st.text(max_size=80))
def test_name_key_never_raises(text: str) -> None:
    key = name_key(text)
    assert len(key.parts) == len(key.skeletons)


@given(NAME, NAME)
def test_matching_is_reflexive_and_symmetric(a: str, b: str) -> None:
    full_a, full_b = f"{a.title()} al-{b.title()}", f"{b.title()} {a.title()}"
    assert same_person_name(full_a, full_a)
    assert same_person_name(full_a, full_b) == same_person_name(full_b, full_a)


@given(NAME, NAME, st.sampled_from(["al-", "el-", "Al-", "al ", "el ", ""]))
def test_article_spelling_does_not_matter(given_name: str, surname: str, article: str) -> None:
    assert same_person_name(
        f"{given_name.title()} al-{surname.title()}",
        f"{given_name.title()} {article}{surname.title()}",
    )


@given(NAME)
def test_doubling_a_letter_keeps_the_skeleton(part: str) -> None:
    i = next(i for i, c in enumerate(part) if c not in "aeiouy")
    assert skeleton(part[: i + 1] + part[i:]) == skeleton(part)


def test_middle_initials_suffixes_and_middle_names_do_not_separate_a_person() -> None:
    assert same_person_name("Tomas K. Verhoek III", "Tomas Verhoek")
    assert same_person_name("Ines Corlett Marwick", "Ines Marwick")
    assert same_person_name("K. Dana Corlett", "Dana Corlett")


def test_nicknames_from_the_table_are_one_given_name() -> None:
    assert same_person_name("Rick Verhoek", "Richard Verhoek")
    assert same_person_name("Ted Marwick", "Edward Marwick")
    assert not same_person_name("Rick Verhoek", "Robert Verhoek")


def test_a_different_first_name_is_a_different_person_even_with_the_surname() -> None:
    assert not same_person_name("Marta Velez", "Jorge Velez")
    # the trailing parts of a longer name are not its short form
    assert not same_person_name("Omar Said Velez", "Said Velez")


def test_spelled_alike_tells_nicknames_from_transliterations() -> None:
    assert spelled_alike(name_key("Dick Marwick"), name_key("Richard A. Marwick"))
    assert not spelled_alike(name_key("Muhammad al-Qahtani"), name_key("Mohamed el-Kahtani"))


def test_a_final_vowel_is_part_of_the_name() -> None:
    assert not same_person_name("Karim Haddad", "Karima Haddad")
    assert not same_person_name("Nabil Fawzi", "Nabil Fawzia")
    assert same_person_name("Fatima Haddad", "Fatimah Haddad")


def test_french_and_german_spellings_fold_like_english_ones() -> None:
    assert same_person_name("Yacine Brahimi", "Yasin Brahimi")  # c before i is s
    assert same_person_name("Marouane Chenine", "Marwan Chenin")  # silent final e
    assert same_person_name("Bachir Jamal", "Baschir Dschamal")  # German sch / dsch


def test_attested_spellings_decide_before_the_rules() -> None:
    from crosswire.link import names
    from crosswire.link.name_evidence import NameEvidence

    table = {"dawood": frozenset({1}), "daoud": frozenset({1}), "saad": frozenset({2})}
    table |= {"said": frozenset({3})}
    names.use_evidence(NameEvidence(table))
    try:
        assert same_person_name("Dawood Haddad", "Daoud Haddad")  # one name, unlike letters
        assert not same_person_name("Saad Haddad", "Said Haddad")  # two names, one skeleton
        assert same_person_name("Yasin Haddad", "Yassin Haddad")  # unknown: the rules
    finally:
        names.use_evidence(None)


def test_the_shipped_evidence_loads() -> None:
    from crosswire.link.name_evidence import load_evidence

    assert len(load_evidence().groups) > 1000


def test_a_quoted_nickname_is_the_given_name_it_stands_for() -> None:
    key = name_key('Tobias "Toby" Marwick')
    assert key.parts == ("tobias", "marwick") and key.aliases == ("toby",)
    assert same_person_name("Toby Marwick", 'Tobias "Toby" Marwick')
    assert same_person_name("Tobias Marwick", 'Tobias "Toby" Marwick')
    assert not same_person_name("Tom Marwick", 'Tobias "Toby" Marwick')


def test_al_or_ed_alone_before_a_surname_is_a_given_name() -> None:
    assert name_key("Representative Ed Varnell").parts == ("ed", "varnell")
    assert name_key("Al Brisco").parts == ("al", "brisco")
    assert name_key("al-Brisco").parts == ("brisco",)
    assert name_key("Omar al-Brisco").parts == ("omar", "brisco")


def test_align_form_folds_digraphs_and_doubles() -> None:
    from crosswire.link.name_scorer import align_form

    assert align_form("khaddour") == ("xadur", frozenset({"d"}))
    assert align_form("sabry") == align_form("sabri")


def test_edit_tokens_classify_transliteration_edits() -> None:
    from crosswire.link.name_scorer import align_form, edit_tokens

    def toks(a: str, b: str) -> list[tuple[str, str, str, str]]:
        return edit_tokens(align_form(a)[0], align_form(b)[0])

    assert toks("kadir", "qadir") == [("s", "kq", "S", "cs_k")]
    assert toks("salem", "salim") == [("s", "ei", "M", "vs")]
    assert toks("nabil", "nabila") == [("i", "a", "F", "vi")]
    assert toks("tarek", "tamek") == [("s", "mr", "M", "cs_other")]
    assert toks("samir", "samir") == []


def test_pair_model_decides_near_parts_only_when_set() -> None:
    from crosswire.link.name_scorer import PairModel, pair_features
    from crosswire.link.names import same_part, use_pair_model

    # a toy model: a final vowel added is another name, a k/q swap is not
    toy = PairModel({"t_i:a:F": -5.0, "t_s:kq:S": 1.0}, 0.5, 0.0, frozenset({"i:a:F", "s:kq:S"}))
    assert pair_features("nabil", "nabila", toy.vocab)["t_i:a:F"] == 1.0
    assert toy.score("kadir", "qadir") == 1.5
    assert PairModel.from_json(toy.to_json()) == toy
    try:
        use_pair_model(toy)
        assert same_part("kadir", "qadir")
        assert not same_part("nabil", "nabila")
        # far apart: the skeleton rules decide, whatever the model says
        assert not same_part("hassan", "hussein")
    finally:
        use_pair_model(None)
    assert same_part("kadir", "qadir")  # the rules alone


def test_the_shipped_pair_model_loads() -> None:
    from crosswire.link.name_scorer import load_pair_model

    model = load_pair_model()
    assert model is not None and model.weights and model.vocab
    assert model.score("karim", "karima") < model.threshold


def test_pair_model_in_veto_mode_only_rejects_what_the_rules_accept() -> None:
    from crosswire.link.name_evidence import NameEvidence
    from crosswire.link.name_scorer import PairModel
    from crosswire.link.names import same_part, use_evidence, use_pair_model

    # a toy veto: a k/q swap at the start scores -1, every other edit 0
    toy = PairModel({"t_s:kq:S": -2.0}, 1.0, 0.0, frozenset({"s:kq:S"}), veto=0.0)
    assert PairModel.from_json(toy.to_json()) == toy
    try:
        use_evidence(NameEvidence({}))  # the rules and the scorer alone
        use_pair_model(toy)
        assert not same_part("kadir", "qadir")  # the rules pass it, the scorer vetoes
        assert same_part("hassan", "hasan")  # the rules pass it, the scorer agrees
        assert not same_part("karim", "karima")  # the rules reject it: no scorer can accept
    finally:
        use_pair_model(None)
        use_evidence(None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammad-Reza", "Mohammadreza"),
        ("Kamal ad-Din", "Kameleddine"),
        ("Alaa El-Din", "Alauddin"),
        ("Abul Hassan", "Abulhassan"),
        ("Mohammad-Reza Pahlavi", "Mohammadreza Pahlavi"),
        ("Abdul Salam Khan", "Abdus Salam Khan"),
    ],
)
def test_one_part_written_as_two_is_compared_joined(a: str, b: str) -> None:
    assert same_person_name(a, b)
    assert same_person_name(b, a)


def test_joined_parts_still_need_matching_spellings() -> None:
    assert not same_person_name("Kamal", "Kamal Al Din")  # a given name is not the compound
    assert not same_person_name("Mohammad-Reza Pahlavi", "Mohammadreza Rahbari")
    assert not same_person_name("Hossein Ali", "Hosseinali Khan")


def test_son_of_and_daughter_of_are_different_people() -> None:
    assert not same_person_name("bin Saud", "bint Saud")
    assert not same_person_name("Abu Bakr", "Umm Bakr")
    assert same_person_name("bin Saud", "ibn Saud")
    assert same_person_name("Ben Sasse", "Senator Ben Sasse")  # "Ben" opening a name: a given name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammed Alqahtani", "Mohammed al-Qahtani"),  # the article run into the name
        ("Khalid Alsaif", "Khalid Saif"),
        ("Mohammed Elamin", "Mohamed El Amin"),
        ("Fatima Ezzahra", "Fatima El Zahra"),  # a sun letter's doubling
        ("Ahmed Essaid", "Ahmed Said"),
        ("Mai Almasri", "Mai Masri"),
        ("Abdulmajeed Haddad", "Abdul Majeed Haddad"),  # Abd al- run into the name
        ("Abdelrahman Haddad", "Abderrahmane Haddad"),
        ("Abdessalam Haddad", "Abdus Salam Haddad"),
        ("Abdullah Haddad", "Abdallah Haddad"),
    ],
)
def test_run_in_articles_are_written_apart(a: str, b: str) -> None:
    assert same_person_name(a, b)
    assert same_person_name(b, a)


def test_run_in_article_only_before_a_name() -> None:
    assert name_parts("Alqahtani") == ["qahtani"]
    assert name_parts("Ezzahra") == ["zahra"]
    assert name_parts("Abderrahmane") == ["abdrahmane"]
    assert name_parts("Abdelkader") == ["abdkader"]
    # too short after it, a Western given name, or no name left after it
    assert name_parts("Essam") == ["essam"]
    assert name_parts("Alawi") == ["alawi"]
    assert name_parts("Albert") == ["albert"]
    assert name_parts("Elwood Marwick") == ["elwood", "marwick"]
    assert name_parts("Alaoui") == ["alaoui"]
    assert name_parts("Abdou Diouf") == ["abdou", "diouf"]
    assert not same_person_name("Essam Haddad", "Sam Haddad")
    assert not same_person_name("Hassan Alami", "Hassan Ami")
    # what follows the article must be an attested Arabic name: Western surnames
    # that begin with Al/El keep it
    for western in ("Albright", "Alford", "Altman", "Ellison", "Elliott", "Alvarez"):
        assert name_parts(western) == [western.casefold()]
    assert not same_person_name("Dave Alford", "Dave Ford")
    assert not same_person_name("Madeleine Albright", "Madeleine Bright")
    assert same_person_name("Eleanor Holmes Norton", "Elinor Holmes Norton")


@pytest.fixture
def rules_alone() -> Iterator[None]:
    """The rules alone, not the attested spellings, for one test."""
    from crosswire.link.name_evidence import NameEvidence
    from crosswire.link.names import use_evidence

    use_evidence(NameEvidence({}))
    try:
        yield
    finally:
        use_evidence(None)


@pytest.mark.usefixtures("rules_alone")
def test_persian_gh_for_qaf_is_q() -> None:
    assert same_person_name("Reza Sadeghi", "Reza Sadeqi")
    assert same_person_name("Yaghoub Karimi", "Yaqoub Karimi")
    assert not same_person_name("Reza Sadeghi", "Reza Sadri")


@pytest.mark.usefixtures("rules_alone")
def test_run_in_article_needs_the_evidence() -> None:
    from crosswire.link.name_evidence import NameEvidence
    from crosswire.link.names import use_evidence

    assert name_parts("Alqahtani") == ["alqahtani"]  # nothing attests "qahtani"
    use_evidence(NameEvidence({"qahtani": frozenset({1})}))
    assert name_parts("Alqahtani") == ["qahtani"]
    assert name_parts("Abderrahmane") == ["abdrahmane"]  # Abd al- needs none


def test_pair_model_can_overrule_the_rules_in_veto_mode() -> None:
    from crosswire.link.name_evidence import NameEvidence
    from crosswire.link.name_scorer import PairModel
    from crosswire.link.names import same_part, use_evidence, use_pair_model

    # a toy: a d/z swap (Urdu "Ramzan" for "Ramadan") scores high, a k/q swap low
    vocab = frozenset({"s:dz:M", "s:kq:S"})
    toy = PairModel({"t_s:dz:M": 3.0, "t_s:kq:S": -2.0}, 0.0, 0.0, vocab, veto=-1.0, overrule=2.0)
    assert PairModel.from_json(toy.to_json()) == toy
    try:
        use_evidence(NameEvidence({}))
        use_pair_model(toy)
        assert same_part("ramdan", "ramzan")  # the rules reject it, the scorer overrules
        assert not same_part("kadir", "qadir")  # the rules pass it, the scorer vetoes
        assert not same_part("hassan", "hussein")  # far apart: the rules alone
        use_pair_model(None)
        assert not same_part("ramdan", "ramzan")  # the rules alone: d is not z
    finally:
        use_pair_model(None)
        use_evidence(None)


@pytest.mark.usefixtures("rules_alone")
def test_a_vowel_that_marks_another_name_keeps_two_spellings_apart() -> None:
    assert not same_person_name("Faras Nouri", "Firas Nouri")  # a for i inside
    assert not same_person_name("Omar Sharaf", "Omar Sharif")
    assert not same_person_name("Hamad Saleh", "Ahmad Saleh")  # a vowel opening one
    assert not same_person_name("Nour Hasan", "Nour Hasain")  # a for a diphthong
    # the vowel choices of one name still fold together
    assert same_person_name("Ahmad Saleh", "Ahmed Saleh")
    assert same_person_name("Mohamed Nouri", "Muhammad Nouri")
    assert same_person_name("Kinan Haddad", "Kenan Haddad")


@pytest.mark.usefixtures("rules_alone")
def test_one_letter_twice_across_a_vowel_is_two_letters() -> None:
    assert not same_person_name("Baban Haddad", "Banan Haddad")
    assert not same_person_name("Ilya Corlett", "Lilya Corlett")
    assert same_person_name("Mohammed Nouri", "Mohamed Nouri")  # a doubled letter


# spellings of one name, and of two names, as the rules alone read them (both ways round)
ONE_NAME = [
    ("Thabet Nouri", "Tabet Nouri"),  # th: t or z
    ("Riadh Nouri", "Riad Nouri"),  # dh: d or z
    ("Ridha Mansour", "Reda Mansour"),
    ("Kadhim Nouri", "Kazim Nouri"),
    ("Ali al-Qarni", "Ali al-Garni"),  # qaf as g
    ("Abdelqader Nouri", "Abdelgader Nouri"),
    ("Gamal Nouri", "Jamal Nouri"),  # jim as g
    ("Aydın Kaya", "Aydin Kaya"),  # Turkish dotless i
    # English names keep matching
    ("Thomas Marwick", "Tomas Marwick"),
    ("Theresa Marwick", "Teresa Marwick"),
    ("Allan Marwick", "Allen Marwick"),
    ("Catherine Marwick", "Katherine Marwick"),
    ("Megan Marwick", "Meghan Marwick"),
    # added by the cross-fitted rules
    ("Othman Haddad", "Osman Haddad"),  # a th before a consonant is also an s
    ("Kalthoum Haddad", "Kalsoum Haddad"),
    ("Mohamed Abdel Gawad", "Mohamed Abdeljawad"),  # Abd run into a name in j
    ("Ali Abd Eldjalil", "Ali Abdeldjelil"),  # the article run into the name after Abd
    ("Fatemeh Sharif", "Fatima Sharif"),  # Persian -eh is the ta marbuta
    ("Reza Alizadeh", "Reza Alizada"),
    ("Zohreh Haddad", "Zahra Haddad"),
    ("Ahmed Alkhatibi", "Ahmed al-Khatibi"),  # the article run into a nisba
    ("Ahmed Elmasry", "Ahmed El-Masri"),
    ("Ahmed Alahmadi", "Ahmed Ahmadi"),
    ("Abdullah Siddique", "Abdullah Siddiq"),  # a final -que is a q
    ("Omar Faruque", "Omar Farouk"),
    ("Ahmed Chaudhry", "Ahmed Choudhury"),  # two vowels of seven letters
    ("Ahmed Mubarak", "Ahmed Embarek"),
    # the vowel choices of one name still fold together
    ("Abdullah Haddad", "Abdallah Haddad"),
    ("Muhammad Nouri", "Mohammed Nouri"),
    ("Ruhollah Nouri", "Ruhallah Nouri"),
    # added on the cross-fitted split
    ("Omar Nasreldin", "Omar Nasreddine"),  # ad-Din run in, the article as said
    ("Hossameldin Nouri", "Houssem Eddine Nouri"),
    ("Salah Ud Din Nouri", "Salaheddine Nouri"),  # "ud" is the article
    ("Hassan Rohanee", "Hassan Rohani"),  # a final -ee is an i
    ("Ali Rajaee", "Ali Rajaei"),
    ("Zohre Nouri", "Zohreh Nouri"),  # Persian -e is -eh
    ("Reza Alizade", "Reza Alizadeh"),
    # later in the name an i for a u is one name
    ("Yousif Nouri", "Yusuf Nouri"),
    ("Ali Younis", "Ali Yunus"),
    # g weighed as the q, j or k it stands for, not as a t, by the spelling guard
    ("Ibrahim Haggag", "Ibrahim Hajjaj"),
    ("Ahmed Gad", "Ahmed Jad"),
    ("Mohammed Serag", "Muhammad Siraj"),
    # eu and ei are no diphthongs of another name: a French e, an Egyptian or Persian e
    ("Ali Naceur", "Ali Naser"),
    ("Ahmed Hussein", "Ahmed Hussen"),
]

TWO_NAMES = [
    ("Omar Gamal", "Omar Kamal"),  # g is never k
    ("Hakeem Nouri", "Hakem Nouri"),  # a long i for a short vowel
    ("Saleem Haddad", "Salem Haddad"),
    ("Amin Haddad", "Yamin Haddad"),  # a consonant y in one only
    ("Kamar Haddad", "Kamyar Haddad"),
    ("Akram Nouri", "Ikram Nouri"),  # a or i opening the name
    ("Anas Nouri", "Inas Nouri"),
    ("Reza Malekan", "Reza Malekian"),  # a for ia inside
    ("Wadih Nouri", "Wadi Nouri"),  # a final h after i is a letter
    # English surnames with a w after a vowel are other names than without it
    ("John Fowler", "John Fuller"),
    ("Kim Dowd", "Kim Dodd"),
    ("Ann Dawson", "Ann Dason"),
    ("Tim Roth", "Tim Rose"),  # th is no s (a final th)
    ("Ed Keith", "Ed Keys"),
    # the loosened guard still keeps these apart
    ("Ahmed Hassan", "Ahmed Hussein"),  # 0.67 < MIN_RATIO
    ("Nabil Fawzi", "Nabil Fawzia"),
    # vowels added by the cross-fitted vetoes
    ("Rami Nouri", "Rumi Nouri"),  # a for u inside
    ("Ali Abbad", "Ali Abbud"),
    ("Ali Wadad", "Ali Wadud"),
    ("Ali Harb", "Ali Harib"),  # an i between two consonants of one only
    ("Najma Haddad", "Najima Haddad"),
    ("Layan Haddad", "Olayan Haddad"),  # an o opening one only
    ("Lida Haddad", "Lidia Haddad"),  # a final -a for -ia
    ("Touma Haddad", "Toumia Haddad"),
    ("Mohamed Salah", "Mohamed Saleh"),  # a short -eh is the letter h
    ("Dave Alford", "Dave Ford"),  # no run-in article before a Western name
    ("Madeleine Albright", "Madeleine Bright"),
    # kept apart on the cross-fitted split
    ("Omar Sifi", "Omar Sufi"),  # an i for a u or o as the first vowel
    ("Ali Rifi", "Ali Rufi"),
    ("Hida Nouri", "Huda Nouri"),
    ("Ali Bitan", "Ali Botan"),
    # aw is not read as a vowel: English names keep it ("Dawson", "Rawls")
    ("Ann Dawson", "Ann Dosson"),
    ("Ann Rawls", "Ann Rolls"),
    ("Omar Rajae", "Omar Rajaee"),  # -ee is an i, -e an a
    ("Ali Sakhai", "Ali Sakhi"),  # a final -ai for -i
    ("Mehdi Samai", "Mehdi Samii"),
    ("Ali Said", "Ali Saud"),  # the diphthong ai for au
    ("Ahmed Zaid", "Ahmed Zaud"),
    # a short a or e for a diphthong written ay, ey, au, ao or eo (cross-fitted split)
    ("Ali Darani", "Ali Dayrani"),
    ("Ali Tekani", "Ali Teykani"),
    ("Ali Basi", "Ali Bausi"),
    ("Ali Ramaf", "Ali Raomaf"),
    ("Ali Temari", "Ali Teomari"),
]


@pytest.mark.parametrize(("a", "b"), ONE_NAME)
@pytest.mark.usefixtures("rules_alone")
def test_spellings_of_one_name_match(a: str, b: str) -> None:
    assert same_person_name(a, b)
    assert same_person_name(b, a)


@pytest.mark.parametrize(("a", "b"), TWO_NAMES)
@pytest.mark.usefixtures("rules_alone")
def test_spellings_of_two_names_stay_apart(a: str, b: str) -> None:
    assert not same_person_name(a, b)
    assert not same_person_name(b, a)


@pytest.mark.usefixtures("rules_alone")
def test_a_run_in_article_is_blocked_with_the_name_after_it() -> None:
    assert name_key("Ahmed Alkhatibi").block == name_key("Ahmed al-Khatibi").block
    assert name_key("Ahmed Elmasry").block == name_key("Ahmed Masri").block
    assert name_key("Rajaa Alsanea").block == name_key("Rajaa al-Sanea").block
    assert name_key("Mohamed Lamine").block == name_key("Mohamed El Amine").block
    assert name_key("Nabil Faouzi").block == name_key("Nabil Fawzi").block
    # a block only proposes a pair: Albright and Bright share one, and stay apart
    assert name_key("Madeleine Albright").block == name_key("Madeleine Bright").block
    assert not same_person_name("Madeleine Albright", "Madeleine Bright")


# the article written apart in one spelling and run into the name in the other (the name
# after it unattested: the rules alone), and the Maghrebi "L" for the article before a vowel
ARTICLE_APART_AND_RUN_IN = [
    ("Rajaa al-Sanea", "Rajaa Alsanea"),
    ("Khalid Al-Sharekh", "Khalid Alsharekh"),
    ("Nour el Houda Haddad", "Nour Elhouda Haddad"),  # a middle name
    ("Ahmed El Khatib", "Ahmed Alkhatib"),
    ("Ahmed al-Tayeb", "Ahmed Ettaieb"),  # a sun letter's doubling
    ("Mohamed El Amine", "Mohamed Lamine"),  # "L" for the article before a vowel
    ("Ali El-Arabi", "Ali Larbi"),
    ("Karim Al-Eid", "Karim Laid"),
]
# no article written out on either side: Western names that begin with Al/El/L keep theirs
ARTICLE_NOWHERE = [
    ("Dave Alford", "Dave Ford"),
    ("Ann Elmore", "Ann More"),
    ("Tom Allman", "Tom Man"),
    ("Lana Haddad", "Ana Haddad"),
    ("Mark Lowen", "Mark Owen"),
    ("Mohamed Lamine", "Mohamed Amine"),  # the article must be written in the other
    ("Mohammad Al-Abadi", "Mohammad Aliabadi"),  # not before two vowels: Ali-abadi
]


@pytest.mark.parametrize(("a", "b"), ARTICLE_APART_AND_RUN_IN)
@pytest.mark.usefixtures("rules_alone")
def test_an_article_written_apart_matches_one_run_in(a: str, b: str) -> None:
    assert same_person_name(a, b)
    assert same_person_name(b, a)


@pytest.mark.parametrize(("a", "b"), ARTICLE_NOWHERE)
@pytest.mark.usefixtures("rules_alone")
def test_a_run_in_article_needs_one_written_apart(a: str, b: str) -> None:
    assert not same_person_name(a, b)
    assert not same_person_name(b, a)


@pytest.mark.usefixtures("rules_alone")
def test_abu_run_into_the_name_is_a_kunya() -> None:
    assert name_parts("Abouzeid") == ["abu", "zeid"]
    assert name_parts("Aboulkheir") == ["abu", "kheir"]
    assert same_person_name("Abouzeid", "Abu Zaid")
    assert same_person_name("Mahmoud Aboutaleb", "Mahmoud Abu Talib")
    assert name_key("Abouzeid").kin == {"father"}
    # not before a vowel or two consonants, nor Abd
    for word in ("Aboagye", "Abondance", "Aboud", "Abdou"):
        assert name_parts(word) == [word.casefold()]
    assert not same_person_name("Abouzeid", "Bouzid")


@pytest.mark.usefixtures("rules_alone")
def test_a_compound_head_with_ul_or_ur_is_the_head() -> None:
    assert same_person_name("Saiful Islam", "Saif Islam")
    assert same_person_name("Fazlur Haddad", "Fazal Haddad")
    assert same_person_name("Rafiqul Haddad", "Rafiq Haddad")
    # the head must match, and -or is no -ur ("Gregor", "Taylor")
    assert not same_person_name("Saiful Islam", "Safi Islam")
    assert not same_person_name("Ann Taylor", "Ann Tail")
    assert not same_person_name("Greg Haddad", "Gregor Haddad")


@pytest.mark.usefixtures("rules_alone")
def test_a_french_aou_or_au_is_aw() -> None:
    assert same_person_name("Nabil Faouzi", "Nabil Fawzi")
    assert same_person_name("Kaouther Haddad", "Kawthar Haddad")
    assert same_person_name("Ali Taufeeq", "Ali Tawfeeq")
    # only after an a: an English aw is no o ("Dawson" is not "Dosson")
    assert not same_person_name("Ann Dawson", "Ann Dosson")


def test_two_swapped_consonants_in_a_long_name_are_a_typing_slip() -> None:
    assert same_person_name("Klistchko", "Wladimir Klitschko")
    assert not same_person_name("Sabri", "Sarbi")  # a short name: another root
    assert not same_person_name("Marchetti", "Marchteti")  # a vowel moved


def test_an_english_pet_form_in_ie_or_y_is_one_given_name() -> None:
    assert same_person_name("Bettie Varga", "Betty Varga")
    assert same_person_name("Jimmie Lund", "Jimmy Lund")
    assert not same_person_name("Bettie", "Betty")  # a surname alone: no given-name table
    assert not same_person_name("Karimie Lund", "Karimy Lund")  # no known name in -y


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # an honorific of the pilgrimage before a given name and a surname is no given name
        ("Hajji Farhan al-Mashhour", "Farhan al-Mashour", True),
        ("Haji Farhan Al Mashhur", "Farhan al-Mashhour", True),
        ("Mawlawi Abdul Kabir Zadran", "Abdul Kabir Zadran", True),
        ("Alhaji Aliko Dangote", "Aliko Dangote", True),
        # ... so it does not make the brother's full name look like a short form
        ("Hajji Farhan al-Mashhour", "Khalil al-Mashhour", False),
        # in a name of two words it stays: it may be how the person is known
        ("Haji Hussain", "Arif Hussain", False),
    ],
)
def test_honorifics_of_the_pilgrimage_before_a_full_name(a: str, b: str, same: bool) -> None:
    assert same_person_name(a, b) is same


def test_two_generations_of_one_name_are_two_people() -> None:
    assert not same_person_name("Warren Tillotson Jr.", "Warren Tillotson Sr.")
    assert not same_person_name("Rolf Ambery II", "Rolf Ambery III")
    assert same_person_name("Warren Tillotson Jr.", "Warren Tillotson")
    assert same_person_name("Warren B. Tillotson Jr.", "Warren Tillotson Jr")


def test_two_different_middle_initials_are_two_people() -> None:
    # a father and a son told apart by their middle initials
    assert not same_person_name("Walter H.K. Orlin", "Walter K. Orlin")
    assert not same_person_name("Ada F. Lund", "Ada B. Lund")
    assert same_person_name("Walter K. Orlin", "Walter Orlin")
    assert same_person_name("Ada Brynn Lund", "Ada B. Lund")


def test_middle_initials_without_stops_are_read_alike_in_an_article_and_across() -> None:
    # the in-article reading (quote_names.one_person) had taken only dotted middle
    # initials, so a father written "Walter HK Orlin" and his son "Walter K. Orlin" were
    # one speaker in an article while link/names kept them two people
    from crosswire.analyze.quote_names import one_person

    assert one_person({"Walter HK Orlin", "Walter K. Orlin"}) is None
    assert not same_person_name("Walter HK Orlin", "Walter K. Orlin")
    assert one_person({"Walter HK Orlin", "Walter Orlin"}) == "Walter HK Orlin"


def test_a_generation_is_a_suffix_not_a_leading_title() -> None:
    from crosswire.analyze.quote_names import generation

    assert [generation(n) for n in ("Warren Tillotson Jr.", "Rolf Ambery III")] == ["jr", "iii"]
    assert generation("Sr. Mary Keane") == ""  # a nun's title
