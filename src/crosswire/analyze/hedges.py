"""Hedges and verification caveats: where an article says what it could not check.

Each hedge is a short phrase (the span covers the caveat itself, not its
sentence) with a ``kind``:

``unverified``
    The claim or material has not been checked: "could not be independently
    verified", "has not been independently confirmed", "could not
    independently confirm", "was unable to verify", "has not been able to
    verify", "cannot be verified", "has yet to be verified", "unverified",
    "unconfirmed reports".
``unclear``
    The article says a fact is unknown: "it is not clear when/whether ...",
    "it remains unclear when it was filmed", "it was not immediately clear",
    "it's not clear", "the cause was not immediately clear", "it isn't clear", "it is
    unknown", "it was not known whether", "details remain unclear", "was not certain
    whether", "does not know who", "no clear indication", "are unsure if", "was
    uncertain whether".
    The span runs to the question word when there is one ("it is not clear
    when").
``alleged``
    A claim is passed on without being endorsed: "allegedly", "purportedly",
    "supposedly", "claimed to", "claims to", "is said to", "was said to",
    "accused of" / "accusing X of", "claims that" / "claimed that", the verb and
    adjective "allege(s/d)" / "alleging" ("police allege", "continued to allege",
    "the alleged shooter"), "allegations that", an "accused" role ("his accused
    killer", "the accused gunman"), "purported", "suspected" ("suspected arsonists",
    "arson is suspected"), "on suspicion of", "a suspicious fire/death", "treated
    (treating the fire) as suspicious", "investigated as an arson/a homicide".
``reported``
    The writer relays what is reported or what seems so: "reportedly",
    "apparently", "is reported to", "is believed to", "is understood to", what
    unnamed others believe ("many economists think", "most believe", "some
    analysts say", "others say"; a bare "some say" is left out: "wanted some say
    in"), "it was believed", "speculation that", "rumours that", "rumored to",
    what investigators or researchers believe ("police believe", "authorities suspect",
    "researchers believe"), a relayed belief before any verb ("are believed to remain",
    "is thought to harbor"; "reported to" only before a verb of being or having), "there
    were reports of/that", "conflicting reports/accounts", "was reported as saying".
``possible``
    The writer marks a fact as possible or likely, not certain: "may", "might",
    "could" before a verb of outcome ("could take weeks"; "the toll could rise", of
    a figure only; "could not" is ability),
    "likely" (not "likely voters", a poll's sample), "probably", "presumably", "maybe",
    "presumed dead" / "presumed killed" (not "presumed innocent"), a fate "feared" or
    "believed" ("are feared dead", "were feared kidnapped", "now believed dead"), a figure
    that "could reach" / "could top" a number, "if confirmed" / "if true", "potentially", "is
    expected to" / "he's expected to", "it's possible that", "the possibility that",
    "there is a chance", "on track to",
    "a possible" / "for possible" before a noun ("a possible motive", "review for
    possible downgrade"; not "the possible exception", "a possible penalty"),
    "an apparent".
``seems``
    The writer relays how things look: "appears to", "seemed to", "it does not
    appear that", "what looks like", "what resembles", "suggests that",
    "seemingly", "it seems" / "it appears" before a clause ("it seems he will", "it
    appears an offer has been made", "now, it seems,
    ..."), "appear(s/ed)" before an adjective of likelihood or stance ("appears
    unlikely", "appeared united", "appears consistent with").

``no_comment``
    Someone left a question about a fact unanswered: "declined to say whether",
    "declined to comment on whether", "did not respond to questions about whether",
    "would not comment on who", "could not be reached for comment on whether"; a
    question word must follow.  A bare refusal ("declined to comment.", "did not
    respond to a request for comment") leaves no fact in doubt: it is no hedge (a
    hand audit of web news pages counted six such finds false of six).

Classes added in the second round were kept only when a hand check of every
new find on unseen text (ECB+ dev and GGT dev, then the article-extraction
and TBAQ texts) found at least 90 % of them right.  Left out for that reason:
"contends/insists/maintains that" (insisting is often a demand: "insisted that
the child be returned"; maintaining a position is no factual claim), the noun
"allegations" (10 of 16: "respond to the allegations" names them, it hedges
nothing), "so-called" (1 of 4: mostly just a name, "the so-called school tax"),
any "seem" (16 of 28: "seems like a reasonable contract" is an opinion),
"appear(s/ed)" before any adjective (a demeanour, "appeared confident", as
"seemed confident" in the first hand check), bare "possible" after any
determiner (11 of 15: "the art of the possible"), bare "speculation" and
"rumors" (11 of 15: "MLB Trade Rumors"), and degree hedges ("in a way": 0 of
4; "in some ways", "to some extent", "arguably": no finds to judge).

Not hedges (a hand audit of newswire): a modal or "possible" that doubts no fact
(``_not_doubt``): "he could see a man striding" (perceiving), "any action that may
affect …" (a rule's scope), "without the possibility of parole" (a sentence's
terms), "nor was lightning a possible cause" (ruled out), a capitalised word after
another inside a title ("The Most Likely to Succeed"). Nor is the speaker's own
modality inside a direct quote ("You might think
that's O.K.", "I'm afraid he could be misled": ``possible`` and ``seems``
phrases within a quote's span are the speaker's words, not the writer marking
a fact uncertain), a second-person "you might/could/may" anywhere (rhetoric),
"it is clear that", "clearly", "verified accounts", "the claim was
verified", "said to reporters".  Works on the text alone (the parse is not
needed); all patterns are linear (no nested quantifiers).  Known limits:
English only; negation far from the verb ("no one has been able to verify")
and hedges spread over two clauses are missed; "claims that" also takes a
relative "that" ("dramatic claims that appear to ...", still a claim), and
"suspected" counts inside a hypothetical ("if arson were suspected").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Hedge, Quote, Sentence
from .parsed import ParsedArticle
from .times import WEEKDAYS

_S = r"\s+"
_AUXNEG = r"(?:could|can|has|have|had|was|were|is|are|did|does|do)(?:\s+not|n['’]t|\s+never)"
_CHECK = r"(?:verif(?:y|ied)|confirm(?:ed)?|authenticat(?:e|ed)|corroborat(?:e|ed))"
_QWORD = r"(?:when|whether|how|who|why|where|if|what|which|exactly)"
_KNOWN = r"(?:yet\s+)?(?:immediately\s+)?(?:clear|known)"  # after "not" / "isn't"
# unnamed others whose belief is relayed ("many economists think", "some analysts say")
_PUNDITS = (
    r"(?:legal\s+)?(?:experts|analysts|observers|scholars|historians|economists|scientists"
    r"|commentators|people)"
)

# the last word of a newsroom that "understands" what it was told off the record
_NEWSROOM = (
    r"news\s+agency|News|Times|Post|Guardian|Telegraph|Herald|Independent|Mirror|Mail"
    r"|Express|Journal|Chronicle|Courier|Gazette|Standard|Observer|Tribune|Press|BBC|ITV"
    r"|RT[ÉE]|ABC|PA|AAP|AFP|Reuters|Sky|CNN|Politico|Axios"
)

# the question a refusal leaves open: "declined to say whether", "declined to comment on
# who", "did not respond to questions about when" (a bare refusal, "declined to comment.",
# leaves no fact in doubt)
_QUESTION_AFTER = (
    rf"(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAYS)}|today|yesterday|immediately|publicly|further))?"
    r"\s+(?:(?:on|about)\s+)?(?:whether|if|who|whom|what|why|how|where"
    # "when" asks only when no participle follows: "declined to comment when reached"
    r"|when(?!\s+(?:reached|contacted|asked|called|approached|questioned)\b))\b"
)

HEDGE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "no_comment",
        r"(?:(?:could|can|was|were)(?:\s+not|n['’]t)\s+(?:immediately\s+)?(?:be\s+)?reached"
        r"(?:\s+for\s+(?:comment|a\s+response))?"
        r"|(?:declined|refused)\s+to\s+(?:comment|say(?!\s+(?:the|a|an|his|her|those)\b)|"
        r"elaborate|respond|give\s+details)"
        r"|(?:did|does|do|has|have)(?:\s+not|n['’]t)\s+(?:immediately\s+)?(?:respond(?:ed)?|"
        r"repl(?:y|ied)|return(?:ed)?)\s+to\s+(?:(?:a|an|our|several|repeated|multiple|the)\s+)?"
        r"(?:requests?\s+for\s+comment|questions|calls|emails|messages|inquiries|enquiries)"
        r"|(?:was|were|is|are)(?:\s+not|n['’]t)\s+(?:immediately\s+)?available\s+for\s+comment"
        rf"|would\s+not\s+comment)(?={_QUESTION_AFTER})",
    ),
    (
        "unverified",
        rf"(?:{_AUXNEG}\s+(?:yet\s+)?(?:immediately\s+)?(?:been\s+|be\s+)?(?:immediately\s+)?"
        rf"|cannot\s+(?:be\s+)?)(?:independently\s+)?{_CHECK}(?:\s+independently)?"
        rf"|(?:was|were|is|are)\s+unable\s+to\s+(?:independently\s+)?{_CHECK}"
        rf"|(?:has|have|had)\s+yet\s+to\s+be\s+(?:independently\s+)?{_CHECK}"
        rf"|{_AUXNEG}\s+(?:been\s+)?able\s+to\s+(?:independently\s+)?{_CHECK}"
        r"|no\s+independent\s+(?:verification|confirmation)"
        r"|unconfirmed\s+reports?|unconfirmed|unverified(?!\s+accounts?\b)",
    ),
    (
        "unclear",
        rf"(?:it(?:\s+(?:is|was|remains|remained|is\s+still|was\s+still)|['’]s)\s+"
        rf"(?:(?:also|likewise|still|now)\s+)?(?:not\s+{_KNOWN}|unclear|unknown)"
        rf"|(?:is|was|are|were)\s+not\s+(?:exactly|entirely|fully)\s+clear"
        # "The cause of the collision was not immediately clear": any subject
        rf"|(?:is|was|are|were)\s+not\s+(?:yet\s+)?immediately\s+(?:clear|known)"
        rf"|(?:was|were|is|am|are)\s+not\s+(?:certain|sure)(?=\s+(?:whether|if|that|who|what|how)\b)"
        rf"|(?:was|were|is|am|are)\s+(?:still\s+)?(?:unsure|uncertain)(?=\s+{_QWORD}\b)"
        rf"|could\s+not\s+be\s+(?:certain|sure)"
        rf"|(?:does|do|did)(?:\s+not|n['’]t)\s+know\s+{_QWORD}\b"
        rf"|could(?:\s+not|n['’]t)\s+say\s+(?:if|whether|how|why|when|who|what)\b"
        rf"|no\s+clear\s+indication"
        rf"|has\s*n['’]t\s+(?:yet\s+)?been\s+a\s+determination|has\s+not\s+(?:yet\s+)?been\s+a\s+determination"
        rf"|it\s+(?:is|was)n['’]t\s+{_KNOWN}"
        rf"|(?:remains?|remained)\s+(?:unclear|unknown)"
        rf"|(?:is|was|are|were)\s+(?:still\s+)?unclear)(?![\w-])(?:\s+{_QWORD}\b)?",
    ),
    (
        "alleged",
        r"\b(?:allegedly|purportedly|supposedly|ostensibly)\b"
        r"|\baccus(?:ed|ing)\s+(?:(?:\w+\s+){0,5}?)of\b"
        r"|\bclaim(?:ed|s|ing)?\s+to(?=\s+(?:have|be|hold|show|represent|belong)\b)"
        r"|\bclaim(?:s|ed|ing)?\s+that\b"
        r"|\balleg(?:e|es|ed|ing)\b"
        r"|(?<!\bno\s)(?<!\bany\s)\ballegations?\s+that\b"  # not "no allegations that"
        # "his accused killer", "the accused gunman": the role is a charge, not a fact
        r"|\baccused\s+(?:killer|gunman|shooter|murderer|attacker|bomber|arsonist|"
        r"kidnapper|rapist|thief|hijacker|spy|terrorist|smuggler|trafficker|mastermind)s?\b"
        r"|\b(?:purported|suspected)\b"
        r"|\bon\s+suspicion\s+of\b"
        r"|\bsuspicious\s+(?:fire|blaze|death|deaths|circumstances)\b"
        r"|\b(?:investigat(?:ed|ing)|treat(?:ed|ing))\s+(?:(?:it|them|the\s+\w+)\s+)?as\s+"
        r"(?:an?\s+)?(?:possible\s+|potential\s+)?"
        r"(?:suspicious|arson|homicide|murder|terror)"
        r"|\b(?:is|are|was|were)\s+said\s+to\s+(?!(?:me|him|her|them|us|you|reporters|"
        r"journalists|the|a|an|have\s+said)\b)",
    ),
    (
        "reported",
        r"\b(?:reportedly|apparently)\b"
        r"|\b(?:(?:is|are|was|were)\s+)?(?:reported|believed|understood|thought)\s+to"
        r"(?=\s+(?:have|be|hold|own|lead|live|contain|include)\b)"
        # a belief relayed before any verb: "are believed to remain", "is thought to
        # harbor" ("reported to" stays with the verbs above: "reported to police")
        r"|\b(?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought)\s+to"
        r"(?=\s+(?!(?:the|a|an|his|her|their|its|this|that|be|have)\b)[a-z]+\b)"
        r"|\bwidely\s+(?:seen|regarded|viewed|considered)\s+as\b"
        rf"|\b(?:some|many|most|others)\s+(?:{_PUNDITS}\s+)?(?:believe|think|suspect|speculate|argue)\b"
        rf"|\b(?:(?:some|many|most)\s+{_PUNDITS}|others)\s+say\b"
        r"|\bit\s+(?:is|was)\s+(?:widely\s+|generally\s+)?"
        r"(?:believed|thought|suspected|rumou?red|understood)\b(?!\s+by\b)"
        # what a newsroom has been told and does not attribute ("The PA news agency
        # understands", "BBC News understands that"); sources left unnamed, when they
        # say something ("Sources close to the family said"; not "were not available")
        rf"|(?-i:\b(?:{_NEWSROOM}))\s+understands\b"
        r"|\b(?:a\s+)?sources?\s+close\s+to\b(?=[^.;:!?]{0,80}?\b(?:said|says|say|told|"
        r"tells|added|suggested|indicated|insisted)\b)"
        r"|\b(?:speculation|rumou?rs?)\s+that\b|\brumou?red\s+to\b"
        r"|\b(?:police|authorities|investigators|officials|detectives|prosecutors|"
        r"researchers|scientists|experts)\s+"
        r"(?:now\s+|also\s+)?(?:believe|suspect)\b"
        r"|\bthere\s+(?:were|are|have\s+been|had\s+been)\s+reports\s+(?:of|that)\b"
        # "There were many conflicting accounts of his fate."
        r"|\b(?:conflicting|contradictory)\s+(?:reports|accounts)\b"
        r"|\b(?:is|was|were)\s+reported\s+as\s+saying\b",
    ),
    (
        "possible",
        # epistemic modals and adverbs of likelihood; "could not" is ability (or a
        # verification caveat, read above), "May" with a capital is the month
        r"\b(?-i:may|might)(?:\s+well)?\b(?!\s+(?:I|we)\b)"
        r"|\bcould(?!\s+not\b|n['’]t\b)(?=\s+(?:\w+ly\s+)?(?:have|be|take|hurt|help|"
        r"cost|lead|mean|face|make|prove|change|become|affect|end|come|see|push|give|"
        r"trigger|spark|force|put|set|pose|undermine|derail|delay|hamper)\b)"
        # a figure still moving: "the death toll could rise", "costs could climb above
        # $300 million" (not "she could climb any tree", "only Congress could increase
        # the ceiling": ability or power)
        r"|(?:(?<=\btoll\s)|(?<=\btolls\s)|(?<=\bnumber\s)|(?<=\bfigure\s)|(?<=\bcount\s)"
        r"|(?<=\btally\s)|(?<=\btotal\s)|(?<=\bcost\s)|(?<=\bcosts\s)|(?<=\bprice\s)"
        r"|(?<=\bprices\s)|(?<=\brate\s)|(?<=\bbill\s)|(?<=\bdeficit\s))"
        r"could(?=\s+(?:\w+ly\s+)?(?:rise|climb|increase|grow|exceed|top|double|worsen)\b)"
        r"|\b(?:likely|unlikely|probably|presumably|possibly|perhaps|maybe|potentially|"
        r"conceivably|plausibly)\b"
        r"|\b(?:is|are|was|were|be|(?:he|she|it|they|who|that)['’](?:s|re))\s+(?:widely\s+)?"
        r"expected\s+to\b"
        r"|\b(?:it(?:\s+(?:is|was|remains)|['’]s)\s+(?:\w+\s+)?possible)\b"
        r"|\b(?:the|a)\s+possibility\s+(?:that|of)\b"
        r"|\bthere\s+(?:is|was)\s+(?:always\s+|still\s+)?a\s+(?:\w+\s+)?chance\b"
        r"|\b(?:on\s+track|poised)\s+to\b"
        r"|\bpresuming\b"
        # "kidnapped and presumed killed", "presumed dead" (not "presumed innocent", a
        # legal rule)
        r"|\bpresumed\s+(?:to\s+(?:be|have)|dead|killed|drowned|missing|lost)\b"
        # a fate feared or believed, not known ("are feared dead", "were feared
        # kidnapped", "now believed dead"; not "feared reprisals", "believed him")
        r"|\b(?:feared|believed)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:dead|killed|"
        r"kidnapped|abducted|drowned|missing|trapped|lost)\b"
        # a figure still moving: "the death toll … could reach 20,000", "could top $1
        # billion" (a number right after the verb)
        r"|\bcould\s+(?:reach|top|exceed|surpass|hit|rise\s+to|climb\s+to)(?=\s+"
        r"(?:between\s+|as\s+(?:high|many)\s+as\s+|more\s+than\s+|over\s+)?[$€£]?\d)"
        # a fact still to be checked: "If confirmed, the toll would …"
        r"|\bif\s+(?:confirmed|verified|true)\b"
        r"|\b(?:a|an|for)\s+possible\b(?!\s+(?:exception|penalty|sentence|fine)\b)"
        r"|\ban?\s+apparent\b",
    ),
    (
        "seems",
        r"\b(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+to\b"
        r"|\b(?:it|there)\s+(?:does|did)\s+not\s+(?:appear|seem)\b"
        r"|\b(?:it\s+)?(?:appear(?:s|ed)?|seem(?:s|ed)?)\s+that\b"
        r"|\bseem(?:s|ed)?\s+(?:\w+\s+)?(?:more|less|short|likely|unlikely|poised|ready|"
        r"unable|intent|determined|reluctant|set|confident|headed|increasingly)\b"
        r"|\bwhat\s+(?:looks|looked|appears|appeared|seems|seemed)\s+(?:like|to\s+be)\b"
        r"|\bwhat\s+resembles\b"
        r"|\bseemingly\b"
        r"|\bit\s+(?:seems|appears)\b"
        r"(?=\s*[,—–]|\s+(?:he|she|they|we|it|there|the|this|an?)\b|\s+(?-i:[A-Z]))"
        r"|\bappear(?:s|ed)?\s+(?:\w+ly\s+)?(?:likely|unlikely|poised|set|headed|ready|certain|"
        r"consistent|united|divided|close\s+to)\b"
        r"|\bsuggest(?:s|ed)?\s+that\b",
    ),
)
HEDGE_RE = re.compile(
    "|".join(rf"(?P<{kind}>(?<![\w-])(?:{pattern}))" for kind, pattern in HEDGE_PATTERNS),
    re.IGNORECASE,
)
KINDS = tuple(kind for kind, _ in HEDGE_PATTERNS)


_SPEAKERS_OWN = frozenset({"possible", "seems"})
"""Kinds that inside a direct quote are the speaker's modality, not a hedge."""
_YOU_RE = re.compile(r"\byou\s+(?:\w+\s+)?$", re.IGNORECASE)
_CONTACT_RE = re.compile(r"\s*be\s+(?:reached|contacted|emailed)\b", re.IGNORECASE)
_READER_RE = re.compile(r"\b(?:you|you['’](?:re|ve|ll|d))\b(?!['’])", re.IGNORECASE)


def find_hedges(parsed: ParsedArticle, quotes: Sequence[Quote] = ()) -> list[Hedge]:
    """Hedge phrases of one article, in text order; ``quotes``: the article's
    direct quotes, inside which modal phrases are the speaker's own."""
    text = parsed.text
    aid = parsed.article.id
    spans = [(q.start, q.end) for q in quotes]
    out: list[Hedge] = []
    for m in HEDGE_RE.finditer(text):
        start, end = m.span()
        kind = m.lastgroup or "unverified"
        if kind == "possible" and _YOU_RE.search(text[max(0, start - 20) : start]):
            continue  # "you might think", "you could say": rhetoric
        if kind == "possible" and _CONTACT_RE.match(text, m.end()):
            continue  # "She may be reached at …": a contact line
        if kind == "possible" and _not_doubt(text, start, m.group(0)):
            continue
        if kind == "alleged" and _CLAIMS_RELATIVE_RE.match(text, start):
            continue  # "claims that are not proven": claims named, none passed on
        if kind == "possible" and _MAY_OR_MAY_NOT_RE.search(text[max(0, start - 12) : start]):
            continue  # the second "may" of "may or may not": one hedge, found at the first
        if kind in _SPEAKERS_OWN and any(a <= start < b for a, b in spans):
            continue
        if _NOT_KNOWING_RE.search(m.group(0)) and any(a <= start < b for a, b in spans):
            continue  # "I don't know how I'm going to get by": a speaker's own plight
        phrase = m.group(0)
        trimmed = phrase.rstrip()
        end -= len(phrase) - len(trimmed)
        if end <= start:
            continue
        sent = parsed.sentence_at(start)
        if kind in _SPEAKERS_OWN and sent is not None and _to_reader(text, sent, spans):
            continue  # "you may want to check", "the poorer you are, the more you're likely
            # to …": advice or a rule of thumb for the reader, no doubt about a report
        out.append(
            Hedge(
                aid,
                start,
                end,
                text[start:end],
                kind,
                sent.start if sent else None,
                sent.end if sent else None,
            )
        )
    return out


_MAY_OR_MAY_NOT_RE = re.compile(r"\b(?:may|might)\s+or\s+$")  # ("May" opening a
# sentence is no hedge found: the second "may" is then the one)
# a speaker not knowing, inside a quote, is the speaker's own state, not a reported fact
# in doubt ("I still don't know who I'm supposed to vote for"); outside quotes it is
# ("Fanning didn't know how long the suspect had worked there")
_NOT_KNOWING_RE = re.compile(r"\bknow\b|\bsay\b", re.IGNORECASE)
# before a modal or "possible": what makes it no doubt about a fact
_PERCEIVER_RE = re.compile(r"\b(?:he|she|they|I|we|witnesses|residents)\s+$", re.IGNORECASE)
_SCOPE_RE = re.compile(
    r"\b(?:any|every|anything|anyone|anybody|whatever|whoever)\b(?:\s+[\w-]+){0,4}?"
    r"\s+(?:that|which|who)\s+$",
    re.IGNORECASE,
)
# a sentence opening with a subject of "any", "every", "each" or "no": "may" allows
_ANY_SUBJECT_RE = re.compile(
    r"(?:^|[.!?:]\s+|\n)[\"“]?\s*(?:Any|Every|Each|No)\s+(?:[\w'’-]+\s+){0,4}$"
)
_RULED_OUT_RE = re.compile(
    r"(?:\b(?:not|nor|never)\s+(?:was|is|were|are|be|been)\b|\b(?:was|is|were|are)\s+"
    r"(?:not|never)\b|\bruled\s+out\s+as\b)[^.,;:!?]{0,30}$",
    re.IGNORECASE,
)
_TITLE_WORD_BEFORE_RE = re.compile(r"(?<![.!?:“\"]\s)\b(?-i:[A-Z])[\w'’-]*\s+$")


# what the law allows, not a doubt about a fact: "could be sentenced to life in prison",
# "could face up to 20 years", "may receive a fine of"
_PENALTY_RE = re.compile(
    r"(?:could|may|might)\s+(?:also\s+)?(?:(?:be\s+sentenced\s+to|face|get|receive)\b"
    r"[^.;:!?]{0,40}?\b(?:years?|life|prison|jail|death\s+penalty|sentence|fine)\b"
    # "could lead to years behind bars", "could be held in prison indefinitely" (not
    # "could lead to years of delays")
    r"|(?:lead\s+to|result\s+in|carry|spend)\b[^.;:!?]{0,40}?\b(?:behind\s+bars|"
    r"death\s+penalty|(?:years|months|life)\s+in\s+(?:prison|jail)|"
    r"(?:prison|jail)\s+(?:sentence|term|time))\b"
    # "could be held in prison indefinitely" (not "could be held up indefinitely")
    r"|be\s+(?:held|jailed|imprisoned|locked\s+up|detained)\b(?!\s+(?:up|back)\b)"
    r"[^.;:!?]{0,40}?\b(?:prison|jail|indefinite(?:ly)?|without\s+(?:bail|trial))\b)",
    re.IGNORECASE,
)
# advice softened, no doubt about a fact: "a lesson he probably should have learned"
_SOFTENED_ADVICE_RE = re.compile(r"\s+(?:should|shouldn['’]t|ought)\b", re.IGNORECASE)
# "claims" as a noun with a relative clause ("relying on claims that are not proven"):
# the claims are named, no fact is passed on as a claim
_CLAIMS_RELATIVE_RE = re.compile(
    r"claims\s+that\s+[\"“]?\s*(?:\w+ly\s+|just\s+|not\s+){0,3}(?:are|were|have|appear|seem)\b"
    # the singular noun too: "relying on a claim that has been debunked"
    r"|claim\s+that\s+(?:\w+ly\s+|just\s+|not\s+){0,3}(?:is|was|has)\b",
    re.IGNORECASE,
)
# a concession, not a doubt: "may seem", or "might be (a) bully, but …"
# what could be perceived, not what may be true ("Screams could be heard"; "could be seen
# as a snub" is a reading, still a hedge)
_SENSED_RE = re.compile(
    r"could\s+(?:still\s+)?be\s+(?:(?:seen|spotted)\b(?!\s+as\b)|(?:heard|smelled|smelt|felt)\b)",
    re.IGNORECASE,
)
# the main clause after an "If ..." clause: a condition's consequence, no fact in doubt
_IF_CLAUSE_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)[\"“]?\s*(?:If|Unless)\s[^.!?;:\n]{3,150},\s+[^.!?;:,\n]{0,60}$"
)
# a purpose clause ("so his family could be notified", "so that they might avoid")
_PURPOSE_BEFORE_RE = re.compile(
    r"\b(?:so(?:\s+that)?|in\s+order\s+that)\s+(?:(?:his|her|their|its|the|a|an|[a-z]+)\s+)?"
    r"[a-z]+\s+$",
    re.IGNORECASE,
)
_CONCESSION_RE = re.compile(
    r"(?:may|might)\s+(?:well\s+)?(?:have\s+)?(?:seem|seemed|sound|sounded)\b"
    r"|(?:may|might)\s+(?:well\s+)?be\s+(?:an?\s+|the\s+)?"
    # not a figure or a state that may hold: "may be higher, but", "may be linked, but"
    r"(?!(?:more|less|fewer|worse|dead|alive|missing|[a-z]{2,}er|[a-z]{2,}ed)\b)"
    r"[a-z]+(?:\s+[a-z]+){0,3},?\s+but\b"
    # "He may not always have the most crowd-pleasing style, but he is …"
    r"|(?:may|might)\s+not\s+(?:always|necessarily)\s+[a-z]+(?:\s+[a-z-]+){0,5},?\s+but\b",
    re.IGNORECASE,
)


# options or means, not a doubt: "outlined arguments Meng could make", "ideas how the
# school could be replaced", "ways they might cut costs" (plurals: "the idea that Trump
# might use an order" is a content clause, a doubt)
_OPTIONS_BEFORE_RE = re.compile(
    r"\b(?i:arguments|ideas|ways|options|steps|measures|proposals|strategies|tactics)\s+"
    r"(?:(?i:(?:of\s+)?how|in\s+which)\s+)?"
    # the relative clause's subject: a name, a pronoun, or "the school" ("measures
    # announced Tuesday could cost jobs" is a doubt about the measures)
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|(?i:he|she|they|it|we|you|i)"
    r"|(?i:the|his|her|their|its|our)\s+(?:[\w'’-]+\s+)?[a-z][\w'’-]*)\s+$"
)
# "as the government might wish", "as one might expect": a wish or a turn of phrase (not
# "as many as 300 residents may want")
_AS_BEFORE_RE = re.compile(
    r"(?<!\bmany\s)(?<!\bmuch\s)(?<!\bfew\s)(?<!\blong\s)(?<!\bfar\s)"
    r"\bas\s+(?:[\w'’-]+\s+){1,3}$",
    re.IGNORECASE,
)
_WISH_AFTER_RE = re.compile(
    r"\s+(?:wish|want|like|hope|expect|argue|say|think|imagine|guess|suppose)\b",
    re.IGNORECASE,
)
# what did not happen: "a killer who could have spent his life in prison was instead
# back in court", "a style that only could have worked in decades past"
_COUNTERFACTUAL_RE = re.compile(
    r"could\s+have\s+[a-z]+(?:ed|en|t|wn|ne)\b[^.!?;]{0,120}?\binstead\b(?!\s+of\b)",
    re.IGNORECASE,
)


_LIKELY_VOTERS_RE = re.compile(
    r"\s+(?:(?:[A-Z][a-z]+|[A-Z]{2,4}|general[- ]election|primary|presidential|midterm|"
    r"young|younger|older|first[- ]time|swing|independent|undecided)\s+){0,3}"
    r"(?:voters|caucus[- ]?goers|electorate)\b"
)
_IS_BEFORE_RE = re.compile(
    r"\b(?i:is|are|was|were|be|it['’]s|seems?|seemed|appears?|appeared|very|more|most|less)\s+$"
)


def _not_doubt(text: str, start: int, phrase: str) -> bool:
    """A modal or "possible" that marks no fact as uncertain: "he could see a man
    striding" (perceiving), "any action that may affect …" (the scope of a rule),
    "Any agency may avail itself of …" (what a rule allows),
    "without the possibility of parole" (a sentence's terms), "nor was lightning a
    possible cause" (ruled out), "The Most Likely to Succeed" (a title's word), a
    concession ("They might be bullies, but …", "That may seem a bargain", "Whatever
    business it may transact"), options ("arguments Meng could make"), a wish ("as
    the government might wish"), what did not happen ("who could have spent his life
    in prison was instead …")."""
    before = text[max(0, start - 60) : start]
    low = phrase.lower()
    if low.startswith("could") and re.match(
        r"could\s+(?:see|hear|feel|smell)\b", text[start : start + 20], re.IGNORECASE
    ):
        return _PERCEIVER_RE.search(before) is not None
    if low.startswith(("may", "might", "could")) and _SCOPE_RE.search(before):
        return True
    if low == "may" and _ANY_SUBJECT_RE.search(before):
        return True  # "Any federal agency may avail itself of …": what a rule allows
    if low == "could" and _SENSED_RE.match(text, start):
        return True  # "Flames could be seen coming out", "Screams could be heard"
    if low in ("may", "might") and _IF_CLAUSE_BEFORE_RE.search(text[max(0, start - 200) : start]):
        return True  # "If the family sues, the attorney may ask for a jury": a condition
    if "possible" in low and re.match(r"\s+to\s", text[start + len(phrase) :]):
        return True  # "it is possible to collect damages": can be done, no doubt
    if low == "unlikely" and re.search(r"\ban\s+$", before, re.IGNORECASE):
        return True  # "mounted an unlikely challenge": a surprising one, no doubt
    if (
        low == "likely"
        and _LIKELY_VOTERS_RE.match(text, start + len(phrase))
        and not _IS_BEFORE_RE.search(before)  # "it is likely voters will reject it"
    ):
        return True  # "a survey of 812 likely voters": the pollsters' term for a sample
    if low in ("could", "may", "might") and _PURPOSE_BEFORE_RE.search(before):
        return True  # "delayed the news so his family could be notified": a purpose
    if low.startswith(("could", "may", "might")) and _PENALTY_RE.match(text, start):
        return True  # "could be sentenced to life", "could face 20 years": the law's maximum
    if low in ("could", "may", "might") and _OPTIONS_BEFORE_RE.search(before):
        return True  # "arguments Meng could make": options, not a doubt
    if (
        low in ("could", "may", "might")
        and _AS_BEFORE_RE.search(before)
        and _WISH_AFTER_RE.match(text, start + len(phrase))
    ):
        return True  # "as the government might wish"
    if low == "could" and (
        _COUNTERFACTUAL_RE.match(text, start)
        or (
            re.search(r"\bonly\s+$", before)
            and re.match(r"could\s+have\b", text[start : start + 12], re.IGNORECASE)
        )
    ):
        return True  # "could have spent his life in prison was instead ...": it did not
    if low in ("probably", "perhaps", "maybe") and _SOFTENED_ADVICE_RE.match(
        text, start + len(phrase)
    ):
        return True  # "a lesson he probably should have learned": advice, softened
    if low in ("may", "might") and _CONCESSION_RE.match(text, start):
        return True  # "They might be bullies, but …", "That may seem a bargain"
    if low in ("may", "might") and re.search(
        r"\b(?:whatever|whoever|however|wherever|whichever)\b[^,.;:!?]{0,50}$",
        before,
        re.IGNORECASE,
    ):
        return True  # "Whatever business it may transact, …": a concession
    if "possibility" in low and (
        re.search(r"\bwithout\s+$", before, re.IGNORECASE)
        or re.match(
            r"\s+(?:of\s+)?(?:parole|release)\b",
            text[start + len(phrase) : start + len(phrase) + 12],
            re.IGNORECASE,
        )
    ):
        return True
    if "possible" in low and _RULED_OUT_RE.search(before[-40:]):
        return True
    return phrase[:1].isupper() and _TITLE_WORD_BEFORE_RE.search(before) is not None


def _to_reader(text: str, sent: Sentence, quotes: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence speaks to the reader ("you", "your") outside its quotes."""
    return any(
        not any(a <= m.start() < b for a, b in quotes)
        for m in _READER_RE.finditer(text, sent.start, sent.end)
    )
