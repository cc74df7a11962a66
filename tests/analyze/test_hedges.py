"""Hedges and verification caveats in hand-written, fictional sentences.

The finder reads the text alone; each case runs with the spaCy parse (marked
``model``) and without one.  A hedge's span is the caveat itself, not its
sentence.
"""

from __future__ import annotations

import pytest
from parse_modes import BOTH, MakeParsed

from crosswire.analyze.hedges import KINDS, find_hedges
from crosswire.model import Hedge, Quote


def hedges_of(make_parsed: MakeParsed, text: str, model: bool) -> list[Hedge]:
    parsed = make_parsed(text, model=model)
    found = find_hedges(parsed)
    for h in found:
        assert h.article == parsed.article.id
        assert h.text == text[h.start : h.end]
        assert h.text == h.text.strip()
        assert h.kind in KINDS
    assert [h.start for h in found] == sorted(h.start for h in found)
    return found


POSITIVE = [
    # (sentence, span, kind)
    ("The claim could not be independently verified.", "could not be independently verified", "unverified"),
    ("The video has not been independently confirmed.", "has not been independently confirmed", "unverified"),
    ("The Velmora Gazette could not independently verify the figures.", "could not independently verify", "unverified"),
    ("The footage couldn't be independently verified.", "couldn't be independently verified", "unverified"),
    ("The claims could not be verified independently.", "could not be verified independently", "unverified"),
    ("The agency was unable to verify the footage.", "was unable to verify", "unverified"),
    ("The footage cannot be verified.", "cannot be verified", "unverified"),
    ("The toll has yet to be verified.", "has yet to be verified", "unverified"),
    ("The Gazette has not been able to verify the claim.", "has not been able to verify", "unverified"),
    ("Unverified footage showed a burning tank.", "Unverified", "unverified"),
    ("There were unconfirmed reports of a second blast.", "unconfirmed reports", "unverified"),
    ("It is not clear when the video was filmed.", "It is not clear when", "unclear"),
    ("It remains unclear whether the guards were armed.", "It remains unclear whether", "unclear"),
    ("It was not immediately clear how the fire started.", "It was not immediately clear how", "unclear"),
    ("The cause of the collision was not immediately clear.", "was not immediately clear", "unclear"),
    ("The gunman's motive was not immediately known.", "was not immediately known", "unclear"),
    ("It is unclear who fired first.", "It is unclear who", "unclear"),
    ("It was not known whether anyone was hurt.", "It was not known whether", "unclear"),
    ("It's not clear when the video was filmed.", "It's not clear when", "unclear"),
    ("It isn't clear whether the guards were armed.", "It isn't clear whether", "unclear"),
    ("It wasn’t immediately clear how the fire started.", "It wasn’t immediately clear how", "unclear"),
    ("Details of the deal remain unclear.", "remain unclear", "unclear"),
    ("The gunmen allegedly fired on the guards.", "allegedly", "alleged"),
    ("The group purportedly controls the port.", "purportedly", "alleged"),
    ("The group claimed to have 200 fighters.", "claimed to", "alleged"),
    ("The commander is said to have fled by boat.", "is said to", "alleged"),
    ("The commander reportedly fled by boat.", "reportedly", "reported"),
    ("The commander is believed to have fled by boat.", "is believed to", "reported"),
    ("The hostages are believed to remain in the Orlin hills.", "are believed to", "reported"),
    ("The group is thought to harbor Velmoran fighters.", "is thought to", "reported"),
    ("Researchers believe the Orlin virus jumped from bats.", "Researchers believe", "reported"),
    ("The ministry declined to say whether the ferry was armed.", "declined to say", "no_comment"),
    ("The ferry company did not respond to questions about when it knew.", "did not respond to questions", "no_comment"),
    ("Okafor could not be reached for comment on whether he was aboard.", "could not be reached for comment", "no_comment"),
    ("The spokesman declined to comment on who fired first.", "declined to comment", "no_comment"),
    # British and Irish newsroom caveats: what the outlet was told and does not attribute
    ("It is understood that most victims have yet to be repaid.", "It is understood", "reported"),
    ("The PA news agency understands that a hearing is set.", "news agency understands", "reported"),
    ("The Harbour Times understands the deal has collapsed.", "Times understands", "reported"),
    ("Sources close to the family said the boy was found.", "Sources close to", "reported"),
]  # fmt: skip


@BOTH
@pytest.mark.parametrize(("sentence", "span", "kind"), POSITIVE)
def test_a_hedge_is_found_with_its_kind(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, kind: str
) -> None:
    (h,) = hedges_of(make_parsed, sentence, model)
    assert (h.text, h.kind) == (span, kind)


NEGATIVE = [
    "The charges include no allegations that the hacking changed the result.",
    "The accused was led away.",
    "It is clear that the barrier held.",
    "The barrier clearly held.",
    "The photos came from verified accounts.",
    "The claim was verified by two agencies.",
    "The claim was independently verified.",
    "The mayor said to reporters that the barrier held.",
    "The gunmen were said to reporters to be armed.",
    "The ruling is not clear-cut.",
    "The group claimed responsibility for the attack.",
    "The ferry left Port Ilsen at noon and returned at dusk.",
    "The results were reported to the council on Monday.",
    "She believed to the end in the Orlin cause.",
    "Dr Ruth Amadi understands the risks of the trial.",
    "Sources close to the negotiations were not available for comment.",
    "It is understood by everyone here that the trust has failed, Ms Marsh added.",
    "The council understands residents are angry.",
    # a bare refusal leaves no fact in doubt
    "The ministry declined to comment.",
    "The ferry company did not respond to a request for comment.",
    "Okafor could not be reached for comment.",
    "The spokesman was not available for comment.",
    "The ministry declined to comment when reached on Tuesday.",
    # the pollsters' sample, no likelihood
    "The survey of 640 likely voters found Orlin at 44 percent.",
    "Among likely Republican primary voters, Orlin leads by nine points.",
    "A survey of likely midterm voters found the same split.",
]


@BOTH
@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_a_hedge(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert hedges_of(make_parsed, sentence, model) == []


@BOTH
def test_several_hedges_in_one_paragraph_keep_their_order(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "The group allegedly posted the video on Sunday. It could not be independently "
        "verified, and it is not clear when it was filmed. The ministry declined to say who "
        "filmed it."
    )
    found = hedges_of(make_parsed, text, model)
    assert [(h.text, h.kind) for h in found] == [
        ("allegedly", "alleged"),
        ("could not be independently verified", "unverified"),
        ("it is not clear when", "unclear"),
        ("declined to say", "no_comment"),
    ]


def test_may_or_may_not_is_one_hedge(make_parsed: MakeParsed) -> None:
    text = "The ferry may or may not have left Port Ilsen before the storm."
    assert [h.text for h in hedges_of(make_parsed, text, False)] == ["may"]


UNCERTAINTY = [  # (sentence, span, kind): hedges of likelihood and appearance (issue 12)
    ("The ferry may resume service next week.", "may", "possible"),
    ("The lawsuit could lead to years of delays for the Ostrin pier.", "could", "possible"),
    ("Griffin claims that the photograph is art.", "claims that", "alleged"),
    ("The claim that Okafor lied was repeated by the council.", "claim that", "alleged"),
    ("Any deal could face opposition in the Orlin council.", "could", "possible"),
    ("No one knows how long the Orlin shutdown might last.", "might", "possible"),
    (
        "The ministry declined to comment Tuesday on whether the ferry was armed.",
        "declined to comment",
        "no_comment",
    ),
    ("The council might have misread the survey.", "might", "possible"),
    ("The strike could take weeks to resolve.", "could", "possible"),
    # a figure still moving (h18, wire disaster copy)
    ("The hospital said the death toll could rise.", "could", "possible"),
    ("Officials said the toll could climb above 300 by Friday.", "could", "possible"),
    # a content clause, not a list of options; a subject with a participle; "as many as";
    # "instead of" is no counterfactual (a review of the filters)
    ("Lawmakers doubted the idea that Brel might use an order.", "might", "possible"),
    ("New measures announced Tuesday could cost 2,000 jobs.", "could", "possible"),
    ("As many as 300 Orlin residents may want to move.", "may", "possible"),
    ("The fire could have started in the kitchen instead of the garage.", "could", "possible"),
    ("Brel didn't know how long the suspect had worked there.", "didn't know how", "unclear"),
    ("Brel couldn't say if anyone else was in the building.", "couldn't say if", "unclear"),
    # a reading, not a sight; an unproven cause
    ("The move could be seen as a snub to the Ostrin board.", "could", "possible"),
    ("Smoke rose for hours, and the fire may have been set.", "may", "possible"),
    ("Even if the levee held, the pier may have flooded.", "may", "possible"),
    ("It is possible that the gate was left open on purpose.", "It is possible", "possible"),
    ("The vote is likely to be close.", "likely", "possible"),
    ("It's possible that the gate was left open.", "It's possible", "possible"),
    ("Mayor Osk is expected to announce a bid on Friday.", "is expected to", "possible"),
    ("The crowd appears to have thinned overnight.", "appears to", "seems"),
    ("It does not appear that the mayor ever replied.", "It does not appear", "seems"),
    ("She held what looks like a forged ledger.", "what looks like", "seems"),
    ("It is unclear whether the bridge will reopen.", "It is unclear whether", "unclear"),
    (
        "He said he was not certain whether the letter arrived.",
        "was not certain whether",
        "unclear",
    ),
    ("Two clerks are accused of forging the ledger.", "accused of", "alleged"),
    ("The clerk reportedly left the town.", "reportedly", "reported"),
]


CLAIMS_AND_APPEARANCES = [  # (sentence, span, kind): the second round's classes
    ("Vell claims that the ledger was forged.", "claims that", "alleged"),
    ("The harbour master continued to allege fraud at the dock.", "allege", "alleged"),
    ("Police allege Tomas Vell opened the sluice gate.", "allege", "alleged"),
    ("The alleged forger was held in Orlin.", "alleged", "alleged"),
    ("Suspected arsonists set the barn alight.", "Suspected", "alleged"),
    ("The purported letter was read aloud.", "purported", "alleged"),
    ("Many economists think the port will close.", "Many economists think", "reported"),
    ("Most experts think the mayor would lose the vote.", "Most experts think", "reported"),
    ("Some analysts say the ferry line is losing money.", "Some analysts say", "reported"),
    ("It was believed that the gunman had fled by boat.", "It was believed", "reported"),
    ("There is speculation that Osk will resign.", "speculation that", "reported"),
    ("Osk, rumored to be the favourite, declined to stand.", "rumored to", "reported"),
    ("Police are looking into a possible motive.", "a possible", "possible"),
    ("The bank is under review for possible downgrade.", "for possible", "possible"),
    ("The video shows an apparent ambush on the quay.", "an apparent", "possible"),
    ("A seemingly calm Osk took questions for an hour.", "seemingly", "seems"),
    ("It seems Osk has had enough of the council.", "It seems", "seems"),
    ("Now, it seems, the council has changed its mind.", "it seems", "seems"),
    ("The councillors appeared united in condemnation.", "appeared united", "seems"),
    ("A second vote appears unlikely before spring.", "appears unlikely", "seems"),
]


SUSPICIONS_AND_REPORTS = [  # (sentence, span, kind): from a hand audit of newswire
    ("Police arrested a man on suspicion of arson.", "on suspicion of", "alleged"),
    ("A suspicious fire destroyed the old creamery.", "suspicious fire", "alleged"),
    ("The blaze is being investigated as an arson.", "investigated as an arson", "alleged"),
    (
        "Police are treating the fire as suspicious.",
        "treating the fire as suspicious",
        "alleged",
    ),
    ("Authorities believe the fire was set at the door.", "Authorities believe", "reported"),
    ("Investigators suspect arson.", "Investigators suspect", "reported"),
    ("Officials are unsure if the fires are linked.", "are unsure if", "unclear"),
    ("There were reports of people fleeing the port.", "There were reports of", "reported"),
    ("Osk was reported as saying that he would resign.", "was reported as saying", "reported"),
    # a possibility with "but" after it is still one
    ("The toll may be higher, but officials have not said.", "may", "possible"),
    ("The fires may be linked, but police would not say.", "may", "possible"),
]


@BOTH
@pytest.mark.parametrize(
    ("sentence", "span", "kind"), UNCERTAINTY + CLAIMS_AND_APPEARANCES + SUSPICIONS_AND_REPORTS
)
def test_a_hedge_of_likelihood_or_appearance(
    make_parsed: MakeParsed, model: bool, sentence: str, span: str, kind: str
) -> None:
    found = hedges_of(make_parsed, sentence, model)
    assert (span, kind) in [(h.text, h.kind) for h in found]


NOT_UNCERTAIN = [
    "The ferry left in May for Orlin.",  # the month
    "He could not attend the hearing.",  # ability, not likelihood
    "The mayor refused to say the words at the ceremony.",  # not withholding a fact
    "She followed the council's advice.",
]


NOT_A_CLAIM_OR_APPEARANCE = [  # the same words where they hedge nothing
    "The flood claimed the lives of two ferrymen.",
    "The council read out the allegations on Monday.",
    "The so-called Harbour Tax was repealed in June.",
    "The clerks wanted some say in the plan.",
    "He runs a website called Harbour Rumors.",
    "Send the forms back as soon as possible.",
    "With the possible exception of Orlin, every port closed.",
    "The charge carries a possible penalty of ten years.",
    "It became apparent that the gate was open.",
    "It seems clear that the gate held.",
    "The plan seems like a fair deal.",
    "The mayor appeared in court on Monday.",
    "Osk appeared calm on stage.",
    "The vintners insisted that the casks be returned.",
    # advice or a rule of thumb for the reader (a hand audit of web pages)
    "This jam recipe may leave you hungry for more.",
    "The reporter may be reached at the Lomas newsroom.",
    "The poorer you are, the more you're likely to carry a debt.",
]


NO_DOUBT_IN_THE_MODAL = [  # a modal or "possible" that marks no fact as uncertain
    "Only the Orlin council could increase the harbour levy.",  # power, not likelihood
    "As a child she could climb any tree in Lomas.",  # ability
    "From the door, he could see a man striding across the lot.",  # perceiving
    "The rules cover any action that may affect the harbour.",  # a rule's scope
    "Any harbour agency may avail itself of the board's experts.",  # what a rule allows
    # a penalty the law allows, in other words; advice softened (a hedge sample of BASIL,
    # GGT and ECB+)
    "The former prosecutor said a hacked account could lead to years behind bars.",
    "The ruling means Halvern could be held in prison for an indefinite period.",
    "It was a lesson the Ostrin board probably should have learned two years earlier.",
    # claims named by a relative clause, none passed on
    'Tallis relied on claims that "frankly are just not proven" by the survey.',
    "Tallis relied on a claim that has been debunked by the Orlin council.",
    "He was sentenced to life without the possibility of parole.",  # a sentence's terms
    "The chief said that nor was lightning a possible cause.",  # ruled out
    'She was voted "The Most Likely to Succeed" by her class.',  # a title's word
    "Inspectors found a suspicious package near the quay.",  # a description, no suspicion
    # a concession
    "They might be bullies, but they are our bullies, the Ostrin fans said.",
    "That may seem a bargain for the Varnel harbour board.",
    "Whatever business the Ostrin council may transact, it is a club.",
    "That may be true, but the pier is still closed.",
    # what the law allows
    "Halvern could be sentenced to life in prison if convicted.",
    "If convicted, the Varnel pilot could face up to 20 years.",
    # what could be perceived (a dossier audit of fire and riot coverage)
    "Flames could be seen coming out from under the eaves of the Ostrin mill.",
    "Screams could be heard as scuffles broke out on side streets.",
    # a purpose, not a doubt
    "The police delayed the news so his family could be told first.",
    "They left the quay early so that they might avoid the crowds.",
    # a condition's consequence, what can be done (legal advice on a law firm's page)
    "If the family sues, the attorney may ask for a jury trial in civil court.",
    "In some cases, it is possible to collect damages beyond lost wages.",
    "Brel mounted an unlikely challenge to the Velmora harbour master.",
    # a concession that does not doubt a fact
    "He may not always have the most graceful style, but he wins his bouts.",
    "While it may have seemed a silly thing to do, the studio kept the director.",
    # options, a wish, what did not happen (a hand audit of Canadian news)
    "The minister outlined specific arguments Oskar could make at the hearing.",
    "The board weighed different ideas how the Lomas school could be replaced.",
    "The contracts are not as firm as the Varnel council might wish.",
    "A smuggler who could have spent his life in an Orlin prison was instead freed.",
    "She wrote in a way that only could have worked in decades past.",
]


@BOTH
@pytest.mark.parametrize(
    "sentence", NOT_UNCERTAIN + NOT_A_CLAIM_OR_APPEARANCE + NO_DOUBT_IN_THE_MODAL
)
def test_not_a_hedge_of_likelihood(make_parsed: MakeParsed, model: bool, sentence: str) -> None:
    assert hedges_of(make_parsed, sentence, model) == []


def test_a_hedge_knows_its_sentence(make_parsed) -> None:  # type: ignore[no-untyped-def]
    text = "The video was posted on Monday. Its origin could not be independently verified."
    (hedge,) = find_hedges(make_parsed(text, model=False))
    assert text[hedge.sentence_start : hedge.sentence_end].startswith("Its origin")


def test_a_speakers_own_modality_inside_a_quote_is_not_a_hedge(make_parsed) -> None:  # type: ignore[no-untyped-def]
    from crosswire.model import Quote

    text = (
        '"I fear the harbour might close for good," said Tomas Vell. '
        "Officials said the harbour might close next week."
    )
    parsed = make_parsed(text, model=False)
    inner = text.index("I fear")
    quote = Quote(
        parsed.article.id,
        inner,
        text.index('," said'),
        text[inner : text.index('," said')],
        "Tomas Vell",
    )
    (hedge,) = find_hedges(parsed, [quote])
    assert hedge.start > quote.end  # the writer's "could", not the speaker's
    # a verification caveat inside a quote still counts
    caveat = '"The footage could not be independently verified," the Gazette said.'
    parsed = make_parsed(caveat, model=False)
    q = Quote(parsed.article.id, 1, caveat.index(',"'), caveat[1 : caveat.index(',"')], "Gazette")
    assert [h.kind for h in find_hedges(parsed, [q])] == ["unverified"]


@BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "You might think the toll is small.",
        "You could say the port is closed.",
        "You may well ask why.",
    ],
)
def test_second_person_rhetoric_is_not_a_hedge(
    make_parsed: MakeParsed, model: bool, sentence: str
) -> None:
    assert hedges_of(make_parsed, sentence, model) == []


def test_a_reader_named_inside_a_quote_leaves_the_hedge(make_parsed) -> None:  # type: ignore[no-untyped-def]
    text = 'The mayor said "you never know" and the pier may close in June.'
    (hedge,) = find_hedges(make_parsed(text, model=False), quotes_in(text))
    assert hedge.text == "may"


def quotes_in(text: str) -> list[Quote]:
    s = text.index('"') + 1
    e = text.index('"', s)
    return [Quote("x", s, e, text[s:e])]


@BOTH
def test_a_ruled_in_possibility_stays_a_hedge(make_parsed: MakeParsed, model: bool) -> None:
    text = "He did not rule out a possible return, all of which could delay the vote."
    found = [h.text for h in hedges_of(make_parsed, text, model)]
    assert found == ["a possible", "could"]


def test_not_knowing_inside_a_quote_is_the_speakers_own(make_parsed) -> None:  # type: ignore[no-untyped-def]
    text = "\"I still don't know who to vote for,\" said Maral. Brel didn't know who won."
    found = find_hedges(make_parsed(text, model=False), quotes_in(text))
    assert [h.text for h in found] == ["didn't know who"]


@BOTH
def test_presumed_dead_and_conflicting_accounts_are_hedges(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "The engineer was kidnapped and presumed killed two years ago. There were many "
        "conflicting accounts of his fate. His captor is presumed innocent until tried."
    )
    found = {(h.text, h.kind) for h in hedges_of(make_parsed, text, model)}
    assert ("presumed killed", "possible") in found
    assert ("conflicting accounts", "reported") in found
    assert not any("innocent" in t for t, _ in found)


@BOTH
def test_a_fate_feared_a_figure_that_could_reach_and_if_confirmed_are_hedges(
    make_parsed: MakeParsed, model: bool
) -> None:
    text = (
        "Up to 900 people are feared dead in Velmor. Twelve herders were feared kidnapped. "
        "The crew, now believed dead, were named. The toll from the floods in the valley "
        "could reach 2,000, the mayor said. If confirmed, it would be the worst in years. "
        "She feared reprisals. Police believed him. He could reach the shelf."
    )
    found = [h.text for h in hedges_of(make_parsed, text, model)]
    assert found == [
        "feared dead",
        "feared kidnapped",
        "believed dead",
        "could reach",
        "If confirmed",
    ]


@BOTH
def test_it_is_likely_voters_will_is_a_hedge(make_parsed: MakeParsed, model: bool) -> None:
    text = "It is likely voters will reject the harbour levy."
    assert [h.kind for h in hedges_of(make_parsed, text, model)] == ["possible"]
