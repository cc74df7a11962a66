"""The words quote attribution is read with: speech verbs, titles, roles, nouns.

Shared by every phase of :mod:`crosswire.analyze.quotes`; no logic beyond
turning a verb form into its lemma and telling a name word from a common one.
"""

from __future__ import annotations

import re

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "tell", "telling"),
    "write": ("wrote", "writes", "write", "writing", "written"),
    "read": ("read", "reads", "reading"),
    "go on": ("went on", "goes on", "go on", "going on"),
    "point out": ("pointed out", "points out", "pointing out"),
}


_REGULAR = (
    "add warn insist state explain declare claim ask reply recall note continue argue vow "
    "promise announce acknowledge admit urge caution concede stress suggest tweet post quip "
    "shout boast threaten pledge predict complain respond counter conclude confirm deny "
    "describe call proclaim cry wonder observe remark comment emphasise emphasize maintain "
    "repeat reiterate lament joke charge allege report chant scream yell whisper mutter "
    "exclaim muse recount testify assert affirm contend advise remind indicate express voice "
    "plead demand answer explain fume snap rage scoff retort gush sigh grumble laugh agree "
    "murmur stammer bellow hiss sneer gasp worry "
    # the manner of saying, in features and sports copy ("“…,” smiles Jo Ray, 84")
    "smile grin chuckle confide enthuse interject interrupt "
    # a judge's or a writer's verbs ("her dissent opined that “…”"), and a spokesman's
    "opine clarify question"
).split()


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma[:-1] + "ied", lemma[:-1] + "ies", lemma, lemma + "ing")
    if lemma.endswith("e"):
        ing = lemma + "ing" if lemma.endswith("ee") else lemma[:-1] + "ing"
        return (lemma + "d", lemma + "s", lemma, ing)
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma + "ed", lemma + "es", lemma, lemma + "ing")
    if lemma in ("vow", "post", "tweet", "report", "comment", "remark", "answer", "counter"):
        return (lemma + "ed", lemma + "s", lemma, lemma + "ing")
    if lemma in ("quip", "snap", "grin"):
        return (lemma + "ped", lemma + "s", lemma, lemma + "ping")
    return (lemma + "ed", lemma + "s", lemma, lemma + "ing")


_FORM_LEMMA: dict[str, str] = {}
for _lem, _forms in _IRREGULAR.items():
    for _f in _forms:
        _FORM_LEMMA[_f] = _lem
for _lem in _REGULAR:
    for _f in _regular_forms(_lem):
        _FORM_LEMMA.setdefault(_f, _lem)
_FORM_LEMMA["is quoted as saying"] = _FORM_LEMMA["was quoted as saying"] = "say"


SPEECH_LEMMAS = frozenset(_FORM_LEMMA.values())
"""Lemmas of the verbs that introduce speech (``Quote.cue`` is one of these)."""


# verbs that name rather than report when right before a mark ("an app called “X”")
NAMING = frozenset({"call", "describe"})


# verbs that may come before their subject after a quote ("…,” said Okafor)
_INVERTING = frozenset(
    f for f, lem in _FORM_LEMMA.items() if lem not in {"tell", "call", "describe", "read"}
)


INVERTED_SPEECH = frozenset(
    "Added Said Asked Wrote Continued Explained Noted Replied Countered Recalled Insisted "
    "Warned Quipped Tweeted Declared Concluded Observed".split()
)
"""Speech verbs that open a sentence before their speaker ("Added Gibbs: “…”")."""


VERB_ALT = "|".join(re.escape(f) for f in sorted(_FORM_LEMMA, key=len, reverse=True))


INV_ALT = "|".join(re.escape(f) for f in sorted(_INVERTING, key=len, reverse=True))


ADVS = (
    r"(?:(?:also|later|then|once|previously|earlier|simply|recently|repeatedly|again|"
    r"has|had|have|would|will|could|did|does|was|is|were|had\s+previously|often|"
    r"further|finally|first|publicly|reportedly|angrily|quietly|flatly"
    # "“…,” Hagel began to reply"
    r"|began\s+to|begins\s+to|started\s+to|starts\s+to)\s+){0,3}"
)


VERB_RE = re.compile(rf"(?<![\w-])(?P<verb>{VERB_ALT})(?![\w-])", re.IGNORECASE)


# a person's relatives, as a description names them ("Floyd's brother, Terrence,", "the
# father")
KIN_NOUNS = frozenset(
    """father mother son daughter husband wife brother sister uncle aunt cousin nephew niece
    grandson granddaughter grandfather grandmother widow widower fiance fiancee fiancé
    fiancée brother-in-law sister-in-law""".split()
)
# honorifics that are also part of a name after a given name (Somali and Arabic names:
# "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed"); before one they are titles
NAME_HONORIFICS = frozenset({"sheikh", "shaikh", "sheik"})
TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady sen rep gov sens reps lt gen col capt cpt
    sgt maj cpl pte adm cmdr insp supt det const rev fr hon rt sheikh sheik imam rabbi pastor
    father governor president vice prime minister mayor premier senator representative
    congressman congresswoman councillor councilor councilman councilwoman alderman judge
    justice chief commissioner assistant deputy inspector sergeant constable officer general
    colonel captain major lieutenant commander admiral ambassador secretary chancellor king
    queen prince princess emir sultan coach professor doctor director chairman chairwoman
    attorney prosecutor superintendent detective spokesman spokeswoman spokesperson
    mp mla mpp st sister brother bishop archbishop cardinal pope ayatollah mullah president-elect
    ceo cfo coo clerk sheriff undersheriff chair trustee dean warden chancellor atty dist asst
    dep coun cst ald cllr dci dsi dcs ds dc pc pcso alhaji alhaja malam mallam""".split()
)


# titles written in capitals, being words or names in lower case ("Ada", "Gm"): "Red Sox
# GM Theo Epstein", "ADA Gail Fairman" (assistant district attorney)
CAPITAL_TITLES = frozenset({"GM", "ADA", "DA", "AG", "CEO", "CFO", "COO"})


ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson governor mayor minister commander director chief
    president official officer leader councillor councilor senator ambassador secretary
    judge justice coach premier chairman chairwoman chair prosecutor attorney superintendent
    detective inspector sergeant captain general colonel imam sheikh emir king queen prince
    pastor bishop manager founder owner executive ceo president-elect principal trustee
    spokesmen speaker mp mla mpp lawyer analyst professor economist researcher scientist doctor
    resident witness source organizer organiser coordinator activist candidate volunteer
    founder curator congressman congresswoman sheriff undersheriff magistrate
    midfielder striker defender goalkeeper winger quarterback pitcher
    cm dm pm""".split()  # Indian English: chief minister, district magistrate; "the PM"
)


# titles and role words that name one role ("Rep. Jo Ray" is "the congressman")
_ROLE_ALIASES = {
    "rep": "congressman",
    "representative": "congressman",
    "congresswoman": "congressman",
    "congressmember": "congressman",
    "sen": "senator",
    "gov": "governor",
    "justice": "judge",  # "Mr Justice Goss" is "the judge"
    "pm": "prime minister",  # "the PM wrote" after "Prime Minister Jo Ray"
    "cm": "minister",  # "the CM said" after "Chief Minister Jo Ray"
    "dm": "magistrate",  # "the DM said" after "District Magistrate Jo Ray" or "DM Jo Ray"
}


def role_key(word: str) -> str:
    """The role a title or role word names: "rep", "representative" and
    "congresswoman" are one role, "sen" is "senator", "gov" is "governor"."""
    return _ROLE_ALIASES.get(word, word)


# roles too generic to resolve to "the person just mentioned"
GENERIC_ROLES = frozenset(
    "official officer source witness resident analyst expert person man woman member "
    "lawyer doctor researcher scientist economist "
    # people of a platform or an audience ("one user quipped", "a caller said")
    "user commenter blogger netizen viewer caller reader".split()
)


MALE_WORDS = frozenset(
    "mr sir lord king prince father brother spokesman chairman congressman councilman "
    "businessman husband son uncle boy man grandfather sheikh emir".split()
)


FEMALE_WORDS = frozenset(
    "mrs ms miss dame lady queen princess mother sister spokeswoman chairwoman "
    "congresswoman councilwoman businesswoman wife daughter aunt girl woman grandmother".split()
)


_PERSON_NOUNS = (
    "teacher|student|nurse|farmer|fisherman|fishermen|driver|shopkeeper|engineer|worker|"
    "resident|mother|father|grandmother|grandfather|widow|survivor|neighbou?r|owner|"
    "journalist|reporter|photographer|activist|lawyer|doctor|analyst|researcher|"
    "spokes(?:man|woman|person)|official|officer|commander|soldier|guard|fighter|"
    "volunteer|trader|vendor|merchant|pensioner|retiree|priest|imam|pastor|witness|man|woman"
)


PERSON_APPOS_RE = re.compile(
    rf",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}(?:{_PERSON_NOUNS})s?\b|\d{{1,3}},)"
)


ORG_NOUNS = frozenset(
    """company firm agency ministry department government group organisation organization
    union party board council police military army navy court hospital university school
    team club league station network bank committee commission office authority service
    campaign association federation foundation institute embassy administration
    corporation airline broadcaster newspaper channel coalition alliance movement
    province city state county municipality""".split()
)


PREPOSITIONS = frozenset(
    "of for to with from at by on in into onto over under about after before during "
    "against among between through across behind via without within".split()
)


GROUP_NOUNS = frozenset(
    """staff officials officers workers employees residents members researchers scientists
    lawyers prosecutors investigators organizers organisers spokespeople leaders protesters
    authorities representatives negotiators doctors nurses teachers volunteers users
    commenters bloggers netizens viewers callers readers""".split()
)


# an office's portfolio after it ("Minister of Transport and Infrastructure", "Secretary
# of State")
PORTFOLIO = r"\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?"

# the nouns of a minister's or secretary's portfolio ("Minister of Environment and Climate
# Change Shane Thompson", "Secretary of Municipal and Community Affairs Jo Ray"): after
# the title's "of" or "and" they are the office's words, not the holder's name
PORTFOLIO_WORDS = frozenset(
    """affairs agriculture aviation budget business change children citizenship climate
    commerce communications communities community crown culture defence defense development
    digital economic economy education emergency employment energy environment equality
    families family finance fiscal fisheries foreign forests gender health heritage highways
    home homeland housing human immigration indigenous industry information infrastructure
    innovation interior intergovernmental international justice labor labour lands local
    management mines mining multiculturalism municipal national natural northern oceans
    planning preparedness procurement public relations resources revenue rural safety
    science security services small social sport sports tax technology tourism trade
    transport transportation treasury urban veterans water women works youth""".split()
)


def office_word(word: str) -> bool:
    """A role, a title or "head" ("Head of the Vigilance Group"): an office, no name,
    however capitalised."""
    low = word.lower()
    return low in ROLE_WORDS or low == "head" or norm_word(word) in TITLES


# nouns that carry words without being the speaker ("her statement read")
DOCUMENT_NOUNS = frozenset(
    """statement report video message post letter document recording footage clip account
    website page email e-mail release note memo tweet notice filing affidavit decision
    ruling judgment judgement text transcript complaint lawsuit indictment petition motion
    editorial op-ed column handbook announcement communique bulletin directive decree
    proclamation manifesto briefing guidance dissent opinion""".split()
)


# document nouns that may also open a body's name ("the Briefing Room", "the Directive
# Council"): documents only in lower case ("order", "advisory" and "alert" are none at
# all: "the Fraternal Order of Police", "the National Advisory Committee", "Alert Bay")
NAME_DOCUMENT_NOUNS = frozenset("directive decree proclamation manifesto briefing guidance".split())


def document_noun(word: str) -> str | None:
    """The document noun a word is, singular ("tweets" -> "tweet"), or None; a noun of
    ``NAME_DOCUMENT_NOUNS`` written with a capital is none."""
    w = norm_word(word)
    if word[:1].isupper() and (w in NAME_DOCUMENT_NOUNS or w[:-1] in NAME_DOCUMENT_NOUNS):
        return None
    if w in DOCUMENT_NOUNS:
        return w
    if w.endswith("s") and w[:-1] in DOCUMENT_NOUNS:
        return w[:-1]
    return None


# capitalised heads of laws and charters that "say" things ("The 14th Amendment states")
LAW_NOUNS = frozenset(
    """amendment constitution act charter treaty convention declaration article clause
    code statute accord accords agreement covenant bill""".split()
)


ORGISH_NAME_WORDS = frozenset(
    """school university college hospital inc ltd corp company association street avenue
    road centre center park church party council committee department ministry court club
    airport station bank group news press agency institute foundation union league
    service services police government times post herald tribune journal
    channel network radio tv square hall bridge tower plaza building arena stadium
    highway authority commission board council office department""".split()
)


DETERMINERS = frozenset(
    "the a an one another his her their its our some several many both two three each "
    "this that these those".split()
)


POSSESSIVE_PRON = {"his": "m", "her": "f", "its": "o", "their": None}


INTRO_WORDS = frozenset(
    """in on at after before during for with from by as but and so still however meanwhile
    now then yet also instead later earlier today yesterday asked when while although
    though because since if until once thus indeed separately elsewhere speaking according
    unlike like despite""".split()
)


STOP_NAMES = frozenset(
    """the a an he she it they we i you his her their its this that these those there
    here what when where why how who but and so yet in on at mr ms mrs dr story watch
    read more related advertisement article continued below photo file image video
    click share email""".split()
)


PARTICLES = frozenset(
    "al el ad ar as ash at az an bin ibn bint abu de da di du van von der den la le dos "
    "del della ter ten mac st".split()
)


PRONOUNS = {"he": "m", "she": "f", "him": "m", "his": "m", "her": "f", "it": "o"}


def verb_lemma(verb: str) -> str:
    v = " ".join(verb.lower().split())
    return _FORM_LEMMA.get(v, v)


def norm_word(w: str) -> str:
    w = w.strip(".,;:'’\"“”()[]")
    w = re.sub(r"['’]s$", "", w)
    return w.lower()


def is_name_word(w: str) -> bool:
    core = w.strip('.,;:"“”()[]')
    if not core:
        return False
    if re.fullmatch(r"[A-Z]\.?", core):
        return True  # an initial
    if core[0].isupper() and any(c.isalpha() for c in core):
        return True
    if "-" in core:
        head, _, tail = core.partition("-")
        return head.lower() in PARTICLES and bool(tail[:1].isupper())
    return False


SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "kc", "qc"})  # KC, QC: a barrister
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""The generational suffixes: dropped when names are compared, but two different ones
are two people (a father and his son)."""


UNNAMED_LEADS = frozenset("a an one another two three several some".split())


PEOPLE_AS_WRITTEN = frozenset(
    """woman man members lawmakers republicans democrats officials aides protesters critics
    supporters residents experts""".split()
)


_SPEAKER_NOUNS_RE = re.compile(
    rf"(?:{_PERSON_NOUNS}|aide|adviser|advisor|insider|lawmaker|democrat|republican|person|"
    r"representative|member|source|critic|supporter|friend|relative|expert|staffer|citizen|"
    r"viewer|player|veteran|fan|parent|voter|customer|patient|student|colleague|scholar|"
    r"academic|diplomat|rep|barber|clerk|cashier|bartender|waiter|waitress|mechanic|chef|"
    r"employee|manager|minister|coworker|co-worker|brother|sister|son|daughter|husband|wife|uncle|aunt|"
    r"nephew|niece|cousin|grandson|granddaughter|boyfriend|girlfriend|fiance|fiancee|"
    r"stepmother|stepfather|mom|dad|teammate|classmate|roommate|"
    # the unnamed voices of political reporting ("said one Democratic strategist")
    r"strategist|consultant|operative|pollster|lobbyist|donor|negotiator|observer|"
    r"campaigner|commentator|historian|investigator|agent)s?"
)


def speaker_noun(head: str) -> bool:
    """A noun that can name an unnamed speaker ("a spokesman", "one Democrat")."""
    return (
        head in ROLE_WORDS
        or head in GROUP_NOUNS
        or head in GENERIC_ROLES
        or _SPEAKER_NOUNS_RE.fullmatch(head) is not None
    )


def group_noun(head: str) -> bool:
    """A plural noun that names a group of people ("the scholars", "the members")."""
    return head.endswith("s") and (head in PEOPLE_AS_WRITTEN or speaker_noun(head))


def is_participle(verb: str) -> bool:
    return verb.lower().endswith("ing") and verb.lower() not in ("is quoted as saying",)
