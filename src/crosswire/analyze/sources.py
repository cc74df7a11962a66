"""Credited sources: whom an article credits for its information.

A *credit* names a channel or body the article leans on for a fact: a wire
agency, a monitoring group, a messaging channel, a broadcaster, an outlet, an
official body or an unnamed official, a document, witnesses.  People quoted by
name are not credits here ("Mara Venn said" is a quote, found by ``quotes``);
unnamed officials and bodies cited for facts are ("the interior ministry said",
"a police spokesman said").

Patterns (``start``/``end`` span the whole attribution phrase, ``source`` is
the credited noun phrase as written; a bare description of a medium, "The
newspaper said" or "the agency reported", takes the source of the last earlier
credit of its kind that names one, an agency only one called an agency:
``_named_before``):

* "according to X" (any X but a pronoun, named people included);
* "reported by X", "quoted by X", "obtained by X" ("emails obtained by The Canadian
  Press"), "citing X", "which cited X", "in an interview with X", "told X" /
  "tells X" / "confirmed to X" / "speaking to X" when X is a channel, outlet,
  agency or organisation ("told Al-Sahil TV"; not "told reporters", "told
  Okafor"), or a title the tagger reads as a work ("told Playboy"), or a programme's
  title in quotation marks ("told “Fox & Friends.”", a broadcaster); a credit inside a
  direct quote of a known speaker is the speaker's, not the writer's (dropped by
  ``pipeline.analyse_parsed``);
* "posted on / shared on / distributed through / said on X" where X is a
  platform or channel ("posted on the group's Telegram channel", "said on
  Telegram", "in a video posted on X",
  "shared on a Telegram channel linked to the group"), and "published by /
  released by X" ("a statement published by the defence ministry": the
  span starts at "a statement", the source is the publisher);
* "X quoted Y as saying" (X is credited);
* a programme's title in quotation marks after "an interview with", "appeared
  on", "said on" ("in an interview with “Velmora Tonight”": ``broadcaster``
  unless the title names an outlet or platform);
* "X said / reported / told / announced / confirmed / estimated ..." when X
  is a body, a channel, an unnamed official or witnesses (and, in "X and Y
  said", X too when it is one: "officials and state media said") ("Vantage Analytics,
  a monitoring group, said", "the monitoring firm Kestrel Watch said",
  "residents said", "Sources say", "two sources familiar with the talks told",
  "says a source with knowledge of the talks"; an appositive naming a body wins
  over a PERSON label the parse may give the name); in "Velmora Radio, citing
  hospital sources, said" both are credited; a document also "reads", "alleges"
  or "lists" ("A statement reads", "The complaint alleged", "Records list");
* a wire tag in a dateline: "PORT SARAB, March 9 (MPA) —";
* a reporter named with the outlet they write for ("Ken Rosenthal of Fox Sports
  reports", "according to Michael Silverman of the Boston Herald") credits the
  outlet (the span is the whole phrase);
* "X, (chief) economist / analyst / strategist at Y, projecting / projected /
  forecast / estimated ..." credits the firm Y, not the person: a forecast's
  figure is the firm's product ("Ada Lurz, chief economist at Orlin Capital,
  projected"); with "said" it stays the person's quote.

A direct quote's own attribution right after it ("“…,” the caucus said") names the
quote's speaker, not the source of a fact, and is no credit (``pipeline``), unless it
gives a venue or a medium ("“…,” she said on Twitter", "FreedomWorks' website said").

"A police spokesman told Reuters" gives two credits, one per rule: the
spokesman (the source, ``official``, span "A police spokesman told") and
Reuters (the channel, ``wire``, span "told Reuters").  Each source phrase is
credited once; when two rules find the same one, the earlier rule in the list
above wins.

``kind`` is decided by the *head* of the source phrase: the keyword that ends
last in it, before any post-modifier ("a Telegram channel linked to the group"
is ``social`` because of "channel"; "a police report" is ``document``; "the
interior ministry's statement" is ``document``).  Keywords per kind are in
``KIND_PATTERNS``: agency/press/wire and a few real wire names -> wire;
monitor/monitoring/observatory/intelligence group -> monitor; Telegram, X,
Twitter, Facebook, channel, account, website, social media -> social; TV,
radio, broadcaster, "TV channel" -> broadcaster; newspaper, daily, Times, Post,
Gazette, News ... -> outlet; ministry, police, army, spokesman, official,
governor, mayor, officer, the UN, the EU, NATO ... -> official (a trade union is
``other``); a capitalised "X Channel" -> broadcaster; statement, report, document, court filing,
figures, release, complaint, autopsy, biography -> document; witness,
resident, villager -> witness.  An appositive
("MPA, the regional wire agency, reported") or an acronym defined in the same
article ("Rapid Coastal Force (RCF)") classifies a name that has no keyword
itself.  An unknown acronym ending in "PA" or "NA" is read as a press or news
agency ("MPA", "QNA"): a heuristic that misreads a few (e.g. "EPA").  A named
organisation that is the object of "told", "reported by" or "in an interview
with" and fits no kind is an ``outlet``; anything else is ``other``.

With a spaCy parse, PERSON mentions mark named people (skipped as subjects and
as objects of "told") and ORG mentions let a name without keywords count as a
body ("Kestrel Watch said").  Without a parse (``doc is None``) only names
with keywords, known wires, article-defined acronyms and appositives count.

With a parse, ``source_parse`` adds the credits only the dependency structure
shows (venues such as "said on MSNBC", tweets, bodies and documents as
subjects); a find of those rules that a text rule's span covers is dropped.
Whatever rule finds it, the article's own outlet is never credited ("told Fox
News" inside Fox News, "the Times" inside The New York Times), nor its own
programmes and work ("told CBC Daybreak South" in CBC News, "a survey of listed
clubs by CTV News" in CTVNews), a name the parse
tags PERSON ending the subject is a person speaking ("Press Secretary Ada Lurz
said"), and so is a unique office without a name ("the president said").

Not credits: a passive participle read as a verb ("a memo to the commission
reported by the Ledger": the Ledger, not the commission); a possessive
before a noun that looks like a verb ("notified Congress of Mueller's
report"); an audience after "told" ("told the Farmers Union convention");
party members ("Other Democrats said"; a NORP is no speaking body);
witnesses at a hearing (experts speaking for themselves); "which was ...
published by X" (where a work comes from).  A person whose appositive is a
party role ("the top Democrat on the committee") is a person.

Known limits: English only; passive constructions other than "reported by" and
"quoted by" are not read; a named person whose title is not written next to
the name and who is not tagged PERSON can slip through as a body when the
parse calls the name an ORG.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..ingest.outlets import AGENCIES, site_name
from ..model import Credit
from .parsed import ParsedArticle
from .quote_spans import ACTIVE_TOLD, reply_word, title_like
from .sentences import TITLE_ABBREVIATIONS
from .source_parse import CALL_SIGN_RE, UNIQUE_OFFICES, ParseRules
from .times import MONTH_NAMES, MONTH_PATTERN, WEEKDAYS

# a nation's adjective, as outlets write their media ("Greek", "Iranian", "Chinese")
_NATION = r"[A-Z][a-z]+(?:an|ese|ish|ch|ek|i|ic)"

# kind -> keywords; the keyword that ends last in a source phrase decides its kind,
# ties go to the kind listed first
KIND_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "broadcaster",
        r"\bTV\b|(?i:\btelevision\b|\bradio\b|\bbroadcast(?:er|ing)\b|\b(?:tv|television|"
        r"satellite|news)\s+channels?\b|\bstation\b)|\bBBC\b|\bCNN\b|Al\s+Jazeera|Al\s+Arabiya|"
        r"\bFrance\s+24\b|\bNPR\b|\bDW\b|\b(?:ABC|CBS|NBC|Fox)\s+News\b|\bMSNBC\b|\bCNBC\b|\bC-SPAN\b|"
        r"\bPBS\b|\bABC\b|\bCBS\b|\bNBC\b|\bHBO\b|\bFox\b|(?i:\bcable\b)|\bESPN\b|\bCBC\b|"
        r"\bCTV\b|\bITV\b|\bSky\s+News\b|\bC-SPAN\b"
        # a channel by its name ("Golf Channel", "the History Channel"), not a messaging
        # or video channel ("a Telegram channel", "his YouTube Channel")
        r"|\b(?!(?:Telegram|WhatsApp|Signal|Discord|Viber)\b)[A-Z][a-z]+\s+Channel\b",
    ),
    (
        "wire",
        r"(?i:\b(?:news|press|wire|state)\s+agenc(?:y|ies)\b|\bwire\b|\bnews\s+service\b)|\bPress\b|"
        r"Reuters|Associated\s+Press|\bAP\b|\bAFP\b|Agence\s+France-Presse|Xinhua|\bdpa\b|"
        r"\bEFE\b|\bANSA\b|Anadolu|Kyodo|Yonhap|\bTASS\b|Interfax|\bUPI\b|\bPTI\b",
    ),
    (
        "monitor",
        r"(?i:\bmonitor(?:s|ing)?\b|\bobservator(?:y|ies)\b|\bintelligence\s+(?:group|firm|"
        r"company|consultancy)\b|\bwatchdog\b|\btracking\s+(?:group|project|firm)\b|\btracker\b|"
        r"\bopen[-\s]source\s+(?:investigators|researchers|analysts)\b|\bOSINT\b|"
        r"\banalytics\b|\bfact[-\s]check(?:er|ers|ing)?\b)",
    ),
    (
        "social",
        r"(?i:\btelegram\b|\btwitter\b|\bfacebook\b|\btiktok\b|\byoutube\b|\binstagram\b|"
        r"\bwhatsapp\b|\bsocial\s+(?:media|network)\b|\bchannels?\b|\baccounts?\b|\bwebsite\b|"
        r"\bblog\b|\bfeed\b|\bmessaging\b|\bonline\b)|\bX\b(?!\s*-)|\bVK\b|\bWeibo\b",
    ),
    (
        "outlet",
        r"(?i:\bnewspapers?\b|\bdaily\b|\bweekly\b|\bmagazine\b|\boutlets?\b|\btabloid\b|\bpaper\b|"
        r"\bgossip\s+site\b|\bnews\s+organi[sz]ations?\b|"
        r"\bpublication\b|\bnews\s+(?:site|website|portal)\b|\b(?:state|official|local|national)\s+media\b|"
        # a nation's media ("Greek media")
        rf"(?-i:\b{_NATION}\s+media\b)|"
        r"\b(?:published|news|media)\s+reports?\b)|\b(?:Times|Post|Journal|Herald|"
        r"Tribune|Gazette|Courier|Chronicle|Review|Observer|Telegraph|Express|Star|Mirror|"
        r"Ledger|News|Standard|Guardian|Independent|Record|Bulletin|Dispatch|Examiner|"
        r"Register|Globe|Inquirer|Enquirer|Intelligencer|Sentinel|Courant|Advertiser|Picayune|Argus|"
        r"Clarion|Newsday|Indiewire|Collider|THR|NYDN|Gawker|Mediaite)\b"
        r"|\b(?:Sun|Reporter)\b(?!\s+[A-Z])"  # "The Vancouver Sun", not "Sun Microsystems"
        # outlets whose names carry no such word: named, as written, never a common word
        # or a person's name alone ("Bloomberg News", not the mayor; "The Atlantic", not
        # "The Atlantic Council"; "Variety", not "a variety of sources")
        r"|\b(?:Axios|Politico|POLITICO|TMZ|Slate|BuzzFeed|Breitbart|Newsweek|TechCrunch|"
        r"HuffPost|Mashable|Variety|Vox|Wired|WIRED|ProPublica|USA\s+Today|Business\s+Insider|"
        r"Mother\s+Jones|Rolling\s+Stone|Vanity\s+Fair|"
        r"The\s+New\s+Yorker|The\s+Intercept|The\s+Economist|Der\s+Spiegel|Le\s+Monde|Haaretz|"
        r"Semafor|Roll\s+Call|RealClearPolitics|FiveThirtyEight|Talking\s+Points\s+Memo|"
        r"Raw\s+Story|Daily\s+Kos|The\s+Federalist(?!\s+Society)|Townhall|Newsmax|Gizmodo|Engadget|CNET|"
        r"Ars\s+Technica|Kotaku|Polygon|Eurogamer|Billboard|Pitchfork|Deadspin|VentureBeat|"
        r"The\s+Verge|PC\s+World|PCWorld|Futurism|ScienceAlert|Salon\.com|Quartz|IGN|"
        r"Bleacher\s+Report|Drudge\s+Report|The\s+Athletic|Sports\s+Illustrated|Page\s+Six|"
        r"Bloomberg\s+(?:News|Businessweek|Law|Opinion|Television|TV))\b"
        r"|\bThe\s+(?:Hill|Atlantic)\b(?!\s+[A-Z])",
    ),
    (
        "official",
        r"(?i:\bministr(?:y|ies)\b|\bminister\b|\bpolice\b|\barmy\b|\bmilitary\b|\bspokes(?:man|"
        r"woman|person|people)\b|\bofficials?\b|\bgovernor\b|\bmayor\b|\bcouncil\b|"
        r"\bauthorit(?:y|ies)\b|\bgovernment\b|\boffice\b|\bdepartment\b|\bcommand\b|"
        r"\bforces?\b|\bpresiden(?:t|cy)\b|\bembassy\b|\bfire\s+(?:service|brigade|department)\b|"
        r"\bcivil\s+defen[cs]e\b|\bcoast\s*guard\b|\bprosecutors?\b|\bcourt\b|\bhospital\b|"
        r"\bmedics\b|\bparamedics\b|\brescuers\b|\bfirefighters\b|\binvestigators\b|"
        # a military coalition ("the U.S.-led coalition"), not "a coalition of parents"
        r"(?:-led|\bmilitary|\binternational|\bmultinational|\ballied|\banti-\w+)\s+coalition\b"
        r")|(?-i:\bcommanders\b)|(?i:"  # not the Washington Commanders
        r"\bcommission\b|\bcommittee\b|\bagency\s+officials\b|\bregulator\b|\bnavy\b|"
        r"\bsecurity\s+services?\b|\bcity\s+hall\b|\blaw\s+enforcement\b|\baides?\b|\blawmakers\b|"
        r"\badministration\b|\bagenc(?:y|ies)\b|\bSen\.?\s+[A-Z]|\bcops\b|\bsheriff|"
        r"\b(?:fire|police)\s+chief\b|\bthe\s+city\b)|\bNYPD\b|\bLAPD\b|\bRCMP\b|"
        r"\bGeological\s+Survey\b|\bVeterans\s+Affairs\b"
        # seats of government and agencies known by a name or an acronym alone ("The
        # White House said", "NASA said"; "EPA" is no press agency); a bureau by its name
        r"|\b(?:White\s+House|Pentagon|Kremlin|Downing\s+Street|FBI|CIA|NSA|DHS|CDC|FDA|EPA|"
        r"NASA|DEA|ATF|IRS|FTC|FCC|FAA|NTSB|TSA|FEMA|USDA|Federal\s+Reserve|Fed(?!\s+Cup)|Secret\s+Service|"
        r"(?i:central\s+bank)|"
        r"Border\s+Patrol|Customs\s+and\s+Border\s+Protection)\b"
        r"|(?<!Business\s)(?<!Farm\s)(?<!Visitors\s)(?<!Tourism\s)\bBureau\b"
        r"(?:\s+of(?:\s+(?:and|[A-Z][\w'’-]*)){1,4}|(?!\s+[A-Z]))"
        # bodies of states together, the body itself, not a title before a name ("EU
        # Commissioner Olli Rehn")
        r"|(?:\bUnited\s+Nations\b|\bU\.N\.|\bUN\b|\bEU\b|\bEuropean\s+Union\b|\bNATO\b|"
        r"\bWorld\s+(?:Health\s+Organi[sz]ation|Bank|Trade\s+Organi[sz]ation)\b|"
        r"\bInternational\s+Monetary\s+Fund\b|\bIMF\b|(?<![A-Z]\s)\bWHO\b)(?!\s+[A-Z])"
        # an officer of the state ("the Parliamentary Budget Officer", "officers said"),
        # not of a company ("chief executive officer", "a loan officer")
        r"|(?<!\bexecutive\s)(?<!\bfinancial\s)(?<!\boperating\s)(?<!\bloan\s)"
        r"(?<!\bmarketing\s)(?<!\binvestment\s)(?<!\bcompliance\s)(?<!\btechnology\s)"
        r"(?<!\binformation\s)(?<!\bcommercial\s)(?<!\bcontent\s)(?<!\bpeople\s)"
        r"(?i:\bofficers?\b)",
    ),
    (
        "document",
        r"(?i:\bstatements?\b|\breports?\b|\bdocuments?\b|\bfilings?\b|\bcommuniqu[eé]s?\b|"
        r"\bmemo(?:randum)?\b|\bletters?\b|\btranscripts?\b|\brecords\b|\bfigures\b|"
        r"\bdata\b|\bstatistics\b|\bcensus\b|\bsurvey\b|\bindictment\b|\baffidavit\b|"
        r"\bpress\s+release\b|\bcourt\s+papers\b|\bstudy\b|\breturns\b|\blist\b|\bexcerpts\b|"
        r"\bdisclosure\b|\bindictments?\b|\b(?:news\s+)?release\b|\bresearch\b|"
        r"\banalysis\b|\bpoll\b|\baudit\b|\bemails\b|\bstudies\b|\bcomplaint\b|\bautopsy\b|"
        r"\bbio(?:graphy)?\b)|\breview\b",  # lower case only: "Review" names an outlet
    ),
    (
        "witness",
        r"(?i:\b(?:eye)?witness(?:es)?\b|\bresidents?\b|\bvillagers?\b|\blocals\b|"
        r"\blocal\s+people\b|\bbystanders?\b|\bneighbou?rs\b|\bsurvivors?\b|\bpassers-by\b)",
    ),
)
KINDS = (*tuple(k for k, _ in KIND_PATTERNS), "other")
_KIND_RES = tuple((k, re.compile(p)) for k, p in KIND_PATTERNS)
_BROADCASTER_RE = dict(_KIND_RES)["broadcaster"]
_PERSON_ROLE_RE = re.compile(
    r"(?i:\b(?:spokes(?:man|woman|person)|official|governor|mayor|minister|president|"
    r"commander|chief|director|officer|councillor|councilor|senator|general|colonel|captain|"
    r"sheriff|prosecutor|judge|secretary|ambassador|envoy|chair(?:man|woman)?|head|leader|"
    r"analyst|engineer|doctor|founder|owner|manager|editor|lawyer|mp|member|deputy|who|"
    r"democrat|republican|critic|advocate|activist|supporter|opponent|expert|professor|"
    r"administrator|commissioner|scientist|researcher|inspector|attorney|agent|correspondent))\b"
)
_TITLE_NAME_RE = re.compile(
    r"^(?:Governor|Mayor|Minister|President|Prime\s+Minister|General|Gen\.|Colonel|Col\.|"
    r"Captain|Capt\.|Commander|Chief|Director|Councillor|Councilor|Senator|Sen\.|Judge|"
    r"Sheriff|Secretary|Ambassador|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sheikh|Imam)\s+[A-Z]"
)
# an unknown acronym read as "X Press Agency" / "X News Agency"
_AGENCY_ACRONYM_RE = re.compile(r"^[A-Z]{1,3}[PN]A$")
# post-modifiers: the head of "a Telegram channel linked to the group" is "channel"
_POSTMOD_RE = re.compile(
    r"\s+(?:linked|affiliated|close|run|operated|belonging|loyal|set\s+up|based|which|that|"
    r"who|whose|from|of|for|by|in|on|at|with|to|citing)\b",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(
    r"^(?i:him|her|them|us|me|you|it|he|she|they|we|i|himself|herself|themselves|this|that|"
    r"reporters|journalists|the\s+press|press|colleagues|friends|staff|the\s+media|media|"
    r"one|some|others|people|everyone|anyone|officials\s+and)$"
)
# a verb of saying in the future after its subject ("will announce", "would soon
# release"): the body has said nothing yet
_FUTURE_RE = re.compile(r"\s+(?:will|would|shall)\s+(?:\w+\s+)?\w+\s*$")
# media by their kind, the subject of a report ("local media reported") but an
# audience after "told" or "to" ("told local media", "speaking to local media")
_AUDIENCE_MEDIA_RE = re.compile(rf"(?:(?i:local|national|regional|independent)|{_NATION})\s+media")
_TOLD_BEFORE_RE = re.compile(r"\b(?:told|tells|tell|(?<!according )to|with)\s+$")
_LEAD_STOP = frozenset(
    "But And Or Later Then Meanwhile However Separately Earlier Also In On At Yesterday Today "
    "Tonight Last Now So Still Instead Elsewhere When While After Before Since As If Although "
    "Though He She It They We I You There Here Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March "
    "April May June July August September October November December Both Neither Nor Yet "
    "Asked Speaking Citing According Shortly Overnight Once Only Even where when".split()
)
_GENERIC_ORG_RE = re.compile(r"(?i:^(?:the|a|an|its|their)\s+(?:group|company|firm)$)")

_W = r"(?:(?:[A-Z]\.){2,}-?)?[\w'’\-]+"  # "U.S.-led"
_NOTFN = (
    r"(?!(?i:the|a|an|that|which|who|whom|and|but|or|as|when|while|because|if|than|said|say|says|told|"
    r"tells|reported|of|in|on|at|to|by|for|with|from|had|has|have|were|was|is|are|been|be|"
    r"it|he|she|they|we|not|also|then|after|before|since|according|citing|cited)\b)"
)
# a word starts at the start of a token (not after a letter, or after a letter's
# apostrophe): scanning a long token ("AAAA…", "xxxx…") stays linear
_TOKEN_START = r"(?<![\w&\-])(?<![\w&\-]['’])"
_CAPW = (
    rf"{_TOKEN_START}(?:(?:al|el|ad|as|ash|at|ar|an|az|ibn|bin|abu|de|van|von)-[A-Z][\w'’\-]*"
    r"|[A-Z][\w'’&\-]*(?:\.[A-Z]\.?)*)"
)
_PROPER = (
    rf"(?>{_CAPW}(?:\s+(?:(?:of|for|the|and|de|du|des|la|le|al|el|&)\s+){{0,2}}{_CAPW}){{0,6}})"
)
_HEAD = (
    r"(?i:news\s+agenc(?:y|ies)|radio\s+show|source|insider|"
    # "a person familiar with the negotiations", "people close to the talks"
    r"(?:person|people)(?=\s+(?:(?:directly\s+)?familiar|close|with\s+(?:direct\s+)?knowledge|"
    r"briefed)\b)|executive|chief|ministr(?:y|ies)|agenc(?:y|ies)|police|army|military|navy|group|firm|company|"
    r"monitor|observatory|channels?|council|authorit(?:y|ies)|office|spokes(?:man|woman|person)|"
    r"officials?|governor|mayor|tv|television|radio|newspaper|broadcaster|outlet|statement|"
    r"reports?|witness(?:es)?|eyewitness(?:es)?|residents?|villagers?|government|department|"
    r"service|forces?|command|coalition|brigades?|institute|organi[sz]ation|network|website|"
    r"account|"
    r"press|daily|commission|court|committee|coastguard|coast\s+guard|hospital|prosecutors?|"
    r"investigators|analysts?|sources|activists|medics|paramedics|rescuers|firefighters|"
    r"locals|chamber|station|embassy|minister|president|presidency|regulator|watchdog|"
    r"documents?|filing|figures|data|feed|blog|magazine|wire|journal|gazette|news|agency|paper|"
    r"observatory|consultancy|project|centre|center|unions?|association|party|movement|"
    r"research|review)\b"
)
_TAIL = (
    rf"(?:\s+(?:of|for|in)\s+(?:the\s+)?{_W}(?:\s+{_W})?"
    # "a source with knowledge of the team's thinking", "a person familiar with the talks"
    rf"|\s+(?:with\s+(?:direct\s+)?knowledge\s+of|familiar\s+with|close\s+to)\s+(?:the\s+)?"
    rf"{_W}(?:\s+{_W}){{0,2}}?(?=\s+(?:said|says|say|told|tells|tell|added)\b))?"
)
# an owner written before a noun: "Iran's", "New Brunswick's"
_OWNER = r"(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*['’]s"  # "Papua New Guinea's"
_DET = (
    r"(?:\b(?i:the|a|an|its|their|his|her|our|one|another|several|some|many|two|three|four|both|"
    rf"other|these|those)|\b{_OWNER})"  # "Iran's seismological centre"
)
_DET_NP = rf"{_DET}\s+(?:{_NOTFN}{_W}\s+){{0,5}}?{_HEAD}(?:\s+{_PROPER})?{_TAIL}"
_BARE_NP = (
    rf"{_TOKEN_START}(?:{_NOTFN}(?:(?:[A-Z]\.){{2,}}|[A-Za-z][\w'’\-]*)\s+){{0,2}}?(?i:residents|witnesses|eyewitnesses|officials|"
    r"sources|police|activists|medics|paramedics|rescuers|villagers|locals|analysts|"
    r"investigators|authorities|prosecutors|firefighters|monitors|(?-i:commanders)|advis[eo]rs|"
    r"(?:state|official|local|national|regional|independent|state-run|government-run"
    # a nation's media: "Greek media said", "Iranian media reported"
    rf"|(?-i:(?!Social\b|Mass\b|News\b){_NATION}))\s+"
    r"(?:media|television|(?-i:TV)|radio))\b"
    rf"{_TAIL}"  # "sources close to the negotiations say"
)
_NP = rf"(?:{_DET_NP}|{_PROPER}|{_BARE_NP})"
_SAY = (
    r"(?:said|says|say|reported|reports|report|announced|announces|stated|states|confirmed|"
    r"confirms|told|tells|wrote|writes|tweeted|estimated|estimates|added|warned|warns|noted|"
    r"notes|counted|recorded|documented|geolocated|assessed|denied|denies|insisted|"
    r"measured|downgraded|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|"
    # "police identified the man as …"; not "a group of self-identified …"
    r"(?<!-)(?<!-\s)identifie[ds]|"
    r"acknowledged|alleged|alleges|cited|cites|asserted|asserts|reiterated|reiterates|disclosed|"
    r"discloses"
    r"|claim(?:ed|s)(?!\s+(?:the|a|an|its|their|responsibility|credit|victory|to)\b)"
    # a figure given: "a medical source gave the same toll of 31", "put the toll at 17"
    r"|(?:gave|gives|put|puts)\s+(?:a|the|its|their)\s+(?:same\s+|own\s+)?(?:death\s+)?"
    r"(?:toll|tally|figure|losses|casualty\s+figure))\b"
)
# what a study, a report or records do with a fact ("the study found", "the report
# concluded"): a document's verbs only
_FIND = (
    r"(?:found|finds|concluded|concludes|showed|shows|revealed|reveals|suggested|suggests|"
    r"indicated|indicates)\b"
)
# a named body whose relative clause speaks: "…, which said in a statement that …"
_WHICH_SAID_RE = re.compile(
    rf"(?P<src>(?:(?<![\w&\-])[Tt]he\s+)?{_PROPER}),"
    r"\s+which\s+(?:(?:also|later|earlier|then|has|had)\s+)?(?P<verb>said|says|reported|announced|"
    r"stated|confirmed|estimated|warned)\b"
)
_FILL = (
    r"(?:has|have|had|also|later|earlier|separately|previously|then|first|again|"
    r"(?:late\s+|early\s+)?on\s+[A-Z][a-z]+day|yesterday|today|last\s+week)"
)
_SOCIAL_NP = (
    rf"(?:(?:{_DET}|social)\s+(?:{_NOTFN}{_W}\s+){{0,4}}?)?"
    r"(?:Telegram|X|Twitter|Facebook|TikTok|YouTube|Instagram|WhatsApp|VK|"
    r"(?i:social\s+media|(?:{w}\s+)?channels?|accounts?|website|feed|page|blog|"
    r"messaging\s+apps?))"
    r"(?:\s+(?i:channels?|accounts?|page|feed))?"
    r"(?:\s+(?:linked|affiliated|close|belonging|loyal)\s+(?:to|with)\s+(?:the\s+)?"
    rf"(?:{_W}\s+){{0,2}}?{_W})?"
).replace("{w}", _W)
# "People magazine", "the Orlen Daily website": a name with its medium noun after it
# a station named with its channel number ("Telemundo 44", "Channel 4 News", "Fox 5")
_NUMBERED_STATION = (
    r"(?<![\w'’-])(?>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+\d{1,2}(?:\s+News)?(?![\w.,:]?\d)"
    r"(?!\s+(?:years?|times?|days?|weeks?|months?|hours?|minutes?|people|percent|per|of|"
    r"to|and|or|more|less|million|billion|thousand|hundred)\b)"
)
_NUMBERED_STATION_RE = re.compile(_NUMBERED_STATION)
_OBJ_NP = (
    rf"(?:{_NUMBERED_STATION}|"
    # "told local broadcaster ABS Visayas", "told private television Ennahar"
    r"(?:local|state|private|public|national)\s+(?:broadcaster|television|radio|"
    rf"newspaper|daily|news\s+agency)\s+{_PROPER}|"
    rf"{_DET_NP}|(?:the\s+)?{_PROPER}\s+(?i:magazine|newspaper|weekly|website)\b(?!\s+[A-Z])"
    rf"|(?:the\s+)?{_PROPER})"
)

# a closing line that is only agencies in brackets, maybe after an editor's initials
_AGENCY = r"(?:AFP|AP|Reuters|dpa|DPA|KNA|EFE|ANSA|Xinhua|TASS|UPI)"
# (a wire's partner after a slash: "(dpa/NAN)", "(Reuters/GNA)": the local agency that
# carried it; the tag may also end the last paragraph)
_CREDIT_LINE_RE = re.compile(
    r"(?:^|\n|(?<=[.!?”\"])[ \t]+)[ \t]*(?:[a-z]{2,4}(?:/[a-z]{2,4})+[ \t]+)?"
    rf"\((?P<list>{_AGENCY}(?:(?:,[ \t]*|/){_AGENCY}|/[A-Z]{{2,4}})*)\)[ \t]*\s*$"
)
_WIRE_TAG = r"(?:[A-Z]{2,6}|Reuters|AFP|AP|Xinhua|dpa)"
_DATELINE_RE = re.compile(
    rf"\((?P<src>{_WIRE_TAG}(?:/{_WIRE_TAG})*)\)\s*[—–-]",
)
# a dateline's tag stands near the start of its line ("BEIRUT, March 3 (AP) —"), not after
# a party's initials deep in a sentence ("the ruling People Power Party (PPP) — Reps.")
DATELINE_REACH = 80


def _dateline_tags(text: str) -> Iterator[re.Match[str]]:
    for m in _DATELINE_RE.finditer(text):
        if m.start() - (text.rfind("\n", 0, m.start()) + 1) <= DATELINE_REACH:
            yield m


# a line that is only a credit: "Source: Voice of America", "Sources: IRNA, AFP"
_SOURCE_LINE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:Sources?|SOURCES?)[ \t]*:[ \t]*"
    r"(?P<list>[A-Z][\w.&'’\-]*(?:[ \t]+[\w.&'’\-]+){0,5}"
    r"(?:[ \t]*[,/;][ \t]*[A-Z][\w.&'’\-]*(?:[ \t]+[\w.&'’\-]+){0,5}){0,3})[ \t]*(?=\n|$)"
)
# a word, or an initialism with its dots before a capitalised word ("U.S. Geological")
# a title that opens the next sentence after an initialism's stop ("according to the
# E.U. Ms. Varga did not comment"): the source ends at the initialism
_TITLE_STOP = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s"  # "Ms. " opening a sentence
_NEXT_TITLE = rf"\s+{_TITLE_STOP}"
_INITIALISM_OR_WORD = (
    r"(?:(?:[A-Z]\.){2,}(?=\s+[A-Za-z]|\s*[,;:)\n]|$)"
    rf"|(?!{_TITLE_STOP})[\w'’\-]+)"
)
_ACCORDING_RE = re.compile(
    # "Per THR, the talks are delicate": "per" opening a sentence before a name; or
    # set off after a comma or "said" ("was charged, per NBC News, with", "said per CBC:")
    r"(?:\b(?i:according\s+to)|(?:^|(?<=[.!?]\s)|(?<=\n))Per(?=\s+(?:the\s+)?[A-Z])"
    r"|(?:(?<=,\s)|(?<=\bsaid\s))per(?=\s+(?:the\s+)?[A-Z]))"
    r"\s+(?P<src>"
    rf"{_NP}(?:\s+\([A-Z]{{2,6}}\))?"
    r"(?=\s*[,;:)\n]|\s*\.(?![A-Za-z])|\s+(?:that|which|who|on|in|at|and)\b|$)"
    # a long body's name, its words capitalised but for "of", "and", "for", "the"
    # ("the International Federation of Red Cross and Red Crescent Societies")
    r"|(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of|and|for|the|[A-Z][\w'’\-]*)){7,13}"
    r"\s+[A-Z][\w'’\-]*(?=\s*[,.;:()\n])"
    # any other words up to a stop; an initialism's dots are no stop ("according to
    # the U.S. Geological Survey" was "the U", "this L.A. Times story" "this L")
    rf"|(?:(?:[A-Z]\.){{2,}}(?=\s+[A-Za-z])|[A-Za-z][\w'’\-]*)(?:\s+{_INITIALISM_OR_WORD}){{0,8}}?"
    rf"(?=\s*[,.;:()\n]|\s+(?:that|which|who)\b|$|(?<=\.){_NEXT_TITLE}))"
)
_CUE_RE = re.compile(
    r"\b(?P<cue>(?i:(?:as\s+)?(?:first\s+)?reported\s+by|quoted\s+by|obtained\s+by|citing|cited|"
    r"in\s+an?\s+(?:interview|conversation)\s+with|told|tells|"
    # "confirmed this to News Agency of Nigeria (NAN)"
    r"confirmed\s+(?:(?:this|it|the\s+\w+)\s+)?to|speaking\s+to|"
    r"talking\s+to|"
    # "said in an email to The Associated Press", "in a statement to CNN"; "via USA Today"
    r"in\s+an?\s+(?:(?:brief|short|written|emailed|separate)\s+)?(?:statement|e-?mail|letter|"
    r"text(?:\s+message)?|message)\s+(?:sent\s+)?to|via|"
    # "This article was originally published by Futurism": a republished piece's outlet
    r"(?:originally|first)\s+(?:published|appeared)\s+(?:by|in|on)|republished\s+from|"
    r"spoke\s+to|said\s+to|"
    # on air: "went on Fox News within hours to call …" ("appeared on CNN" is the
    # parse's rule of venues)
    r"went\s+on))\s+"
    rf"(?P<src>{_BARE_NP}|{_OBJ_NP})(?:\s+\((?P<acr>[A-Z]{{2,6}})\))?"
)
_POSTED_RE = re.compile(
    r"(?:(?P<thing>\b(?i:a|an|the|its|their|in\s+a|in\s+an)\s+(?:[\w'’\-]+\s+){0,2}?"
    r"(?i:statement|video|clip|message|post|report|communiqu[eé]|footage|recording|audio|"
    r"photos?|images?|warning|claim|letter))\s+)?"
    r"\b(?P<cue>(?i:(?:posted|shared|published|circulated|broadcast|released|uploaded|"
    r"distributed|aired|carried|issued|put\s+out)\s+(?:on|to|via|through|in|across|by)"
    r"|(?:said|wrote|announced|claimed)\s+on|on))\s+"
    rf"(?P<src>{_SOCIAL_NP}|{_OBJ_NP})"
)
# a source right before "and" and the source of a speech verb ("officials and …")
_COORDINATED_RE = re.compile(rf"(?:^|(?<=[\s,;(]))(?P<src>{_NP})\s+and\s+(?:the\s+)?$")
# media named by their kind after a verb of reporting or quoting in the same clause
# ("described as 'basically kidnapping' in state media", "Reports in Russian and British
# media"); not where someone works ("worked in Western media")
_MEDIA_REPORT_RE = re.compile(
    r"\b(?:(?i:described|quoted|reported|cited|reports|broadcast))\b"
    r"(?:(?!\bfor\b)[^.;:!?\n]){0,60}?(?P<cue>\b(?:in|by)\s+)"
    r"(?P<src>(?:(?:the|a)\s+)?(?:(?i:state|official|national|foreign|international|"
    r"pro-government|opposition|government-run|state-run|Chinese-language)|[A-Z][a-z]+"
    r"(?:\s+and\s+[A-Z][a-z]+)?)\s+media)\b"
)
_MEDIA_KINDS = frozenset({"outlet", "wire", "broadcaster"})
# what a court, a jury or an inquest heard or was told: a fact follows ("that …", a
# name, a date) or the attribution ends the clause (", a court heard.")
_COURT_HEARD_RE = re.compile(
    r"\b(?i:court|jury|inquest|tribunal|inquiry)\s+(?P<verb>heard|(?:was|were)\s+told)"
    rf"(?=\s+that\b|\s*[,.;]|\s+(?:on\s+)?(?i:{'|'.join(WEEKDAYS)})\b|\s+(?!The\b)[A-Z][a-z])"
)
# the body's name before that word, read in a bounded window ("Southwark Crown Court",
# "the court", "a court"): no run over a long token
_COURT_NAME_BEFORE_RE = re.compile(
    r"(?:(?i:the|a|an)\s+)?(?:[A-Z][\w'’.-]{0,30}\s+(?:and\s+)?){0,5}$"
)
# a name in brackets that closes a paragraph: "… at launch. [Engadget]"
_BRACKET_TAG_RE = re.compile(r"\[(?P<src>[A-Z][\w.&'’ -]{1,40})\][ \t]*(?=\n|$)")
_QUOTED_AS_RE = re.compile(
    rf"(?P<src>{_OBJ_NP})\s+quoted\s+[^.;:\n]{{1,80}}?\s+as\s+saying\b",
)
# a verb of _SAY that is a plural noun here, as the subject of a verb of its own
_NOUN_VERB_RE = re.compile(
    r"(?:reports|notes|states|estimates|records|claims)\s+"
    r"(?:(?:are|were|is|was|will\s+be|would\s+be)\s+)?"
    r"(?:due|filed|released|published|expected|scheduled|delayed|late)\b"
)
# (not "estimates show", "estimates have put the cost at": the estimates tell a fact)
_SUBJECT_RE = re.compile(
    rf"(?P<src>{_NP})(?:\s+\((?P<acr>[A-Z]{{2,6}})\))?"
    rf"(?:,\s+(?P<appos>(?i:a|an|the|which|who|citing)\s[^,;()\"“”\n]{{1,150}}?),)?"
    rf"(?:\s+{_FILL}){{0,3}}\s+(?P<verb>{_SAY}|{_FIND})(?!\s+by\b)"
)
_IN_A_RE = re.compile(r"\s+in\s+an?\s")
# a medium's verdict on a race: "The Associated Press declared Brat the winner", "the AP
# called the race", "NBC News projected"
_RACE_CALL_RE = re.compile(
    rf"(?P<src>(?:(?i:the)\s+)?{_PROPER})\s+(?:has\s+|had\s+)?(?:called|projected|declared)"
    r"\s+(?:the\s+(?:race|contest|primary|election|state|seat)\b"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:the\s+)?(?:winner|victor)\b)"
)
# "in what the New York Times is calling one of the most stunning upsets"
_WHAT_CALLING_RE = re.compile(
    rf"\bin\s+what\s+(?P<src>(?:(?i:the)\s+)?{_PROPER})\s+(?:is|was|has)\s+"
    r"(?:calling|called|described\s+as|dubbed)\b"
)
# "Ada Lurz, chief economist at Velmora Bank, projected": the firm's forecast
_FORECASTER_RE = re.compile(
    rf"(?P<name>{_PROPER}),\s+(?:(?i:the|a|an)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    r"(?i:economists?|analysts?|strategists?|forecasters?)\s+(?i:at|for|with)\s+"
    rf"(?P<src>(?:the\s+)?{_PROPER}(?:\.(?:com|org|net))?),?\s+(?:(?:has|had)\s+)?"
    r"(?P<verb>(?i:project(?:s|ed|ing)|forecast(?:s|ed|ing)?|estimat(?:es|ed|ing)))\b"
)
# (a short form in mixed case too: "The US Central Command (Centcom)"; not a wire's tag)
_ALIAS_LONG_RE = re.compile(
    rf"(?P<long>{_PROPER})\s+\((?!{_AGENCY}\))(?P<acr>[A-Z]{{2,6}}|[A-Z][a-z]{{3,9}})\)"
)
_PERSON_APPOS_RE = re.compile(
    rf"(?P<name>{_PROPER}),\s+(?P<appos>(?:who|(?i:a|an|the))\s[^,;()\"“”\n]{{1,90}}?),"
)
# what a verb that may take a plain object needs after it to pass on a fact: a clause
# ("reiterated that ...", "asserted: ...") or nothing (a trailing "…, it reiterated.")
_CLAUSE_AFTER_RE = re.compile(
    r"\s*(?:that\b|[,.:;!?\"“”'’)]|$)"
    # a clause without "that": "The EU reiterated it still considers the settlements illegal"
    r"|\s+(?:it|he|she|they|we)\s+(?:still\s+|also\s+|never\s+|had\s+|has\s+|would\s+|"
    r"will\s+)?(?:is|was|are|were|has|had|have|would|will|could|can|did|does|"
    r"[a-z]+s|[a-z]+ed)\b"
)
# titles before a person's surname ("Mayor Adams", "Mr. Reed")
_TITLE_WORDS = (
    r"(?:Mr|Mrs|Ms|Dr|Mayor|Sen|Senator|Rep|Representative|Gov|Governor|President|Judge|"
    r"Justice|Chief|Gen|General|Col|Colonel|Capt|Captain|Prof|Professor|Secretary|Minister)"
)
# a company's legal or group suffix ends its full name ("Reed International PLC")
_COMPANY_SUFFIX_RE = re.compile(
    r"\s(?:PLC|plc|Inc|Corp|Co|Ltd|LLC|AG|SA|NV|GmbH|Group|Holdings|Industries|International|"
    r"Corporation|Company|Limited)\.?$"
)
# people addressed, not a medium: "told U.S. Marines", "told Velmora Bank employees"
_PEOPLE_GROUP_RE = re.compile(
    r"(?i:\b(?:marines|troops|soldiers|sailors|airmen|cadets|graduates|students|employees|"
    r"workers|staff|investors|shareholders|voters|lawmakers|senators|reporters|journalists|"
    # political audiences: "told Senate Republicans that …"
    r"democrats|republicans|donors|supporters|allies|colleagues|members|delegates|governors|"
    r"mayors|leaders|executives|ceos|officials)$)"
)
# an object of "told" followed by one of these is an audience, not a channel
_AUDIENCE_AFTER_RE = re.compile(
    r"\s+(?i:conference|convention|meeting|rally|summit|forum|audience|crowd|gathering|"
    r"breakfast|luncheon|dinner|event|congregation|conferees|delegates|members|supporters|"
    # people of a party or a house: "told Republican party leaders", "told Democratic
    # lawmakers"
    r"party|leaders|lawmakers|legislators|senators|colleagues|donors|voters|caucus)\b"
)
# a chamber, a court or a committee after "told" hears, it is not a channel ("told the
# House of Commons", "told the Senate Judiciary Committee", "told the jury")
_HEARING_BODY_RE = re.compile(
    r"(?i:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}(?:House(?:\s+of\s+(?:Commons|Lords|"
    r"Representatives))?|Senate|Commons|Parliament|Congress|Assembly|Legislature|Knesset|"
    r"Bundestag|Duma|(?i:legislature|chamber|committee|subcommittee|council|court|jury|"
    r"judge|panel|hearing|inquiry|tribunal|board|commission|commissioners))"
)
# a platform's name alone as a speaking subject is the company ("Facebook says")
_PLATFORM_COMPANY_RE = re.compile(
    r"(?:Facebook|Twitter|YouTube|TikTok|Instagram|WhatsApp|Telegram|Meta|Google|Snapchat)"
)
# a verb of denying or adding with a plain object: no statement is cited ("has
# denied a request", "added a premium to the estimate"; not "denied the report", "added
# that …")
_OBJECT_AFTER_RE = re.compile(
    r"\s+(?i:a|an|the|its|their|his|her|any|some|new|more)\s+(?!(?i:report|reports|claim|"
    r"claims|allegations?|accusations?|charges?|story|stories|rumou?rs?|suggestions?|"
    r"assertions?|account|accounts|findings?|existence|involvement|wrongdoing|knowledge|"
    r"responsibility|role|links?|connections?|ties)\b)[\w'’-]+"
)
# the name after a title's full stop ("Lt. Gerry Scherlinck"): the stop ends no phrase
_TITLED_NAME_AFTER_RE = re.compile(r"\.\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3}")
# a programme's title in quotation marks after "an interview with", "appeared on"
_TITLE_CUE_RE = re.compile(
    r"\b(?P<cue>(?i:interview|interviewed|appearance|appeared|appearing|said|says|spoke|"
    r"speaking|asked))\b(?:\s+[\w'’]+){0,3}?\s+(?i:on|with)\s+[“\"]"
    r"(?P<src>[A-Z0-9][^\"“”\n]{1,60}?)[,.]?[”\"]"
)
# "Dunmore told “Fox & Friends.”", "he told 'Today.'": a programme told, by its title
_TOLD_TITLE_RE = re.compile(
    rf"(?P<cue>{ACTIVE_TOLD}|\btells)\s+(?:[A-Z][\w.&]*['’]s\s+)?[“\"‘']"
    r"(?P<src>[A-Z0-9][^\"“”‘’'\n]{1,40}?)[,.]?[”\"’'](?!\w)(?!\s+[A-Z0-9])"
)
_OWNER_AND_NAME_RE = re.compile(
    r"^.+[’']s\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'’\-]+)$"
)
_SPOKES_APPOS_RE = re.compile(
    rf"(?P<name>{_PROPER}),\s+(?i:a|an|the)\s+(?:(?!former\b|ex\b)[\w.\-]+\s+){{0,3}}?"
    r"(?i:spokes(?:man|woman|person))\s+(?i:for)\b"
)
_HEARING_RE = re.compile(r"(?i:\bhearings?\b|\btestif(?:y|ied|ying)\b|\btestimony\b)")
# "which was commissioned by ... and published by the Vatican": where a work comes
# from, not a credit for a fact
_WORK_ORIGIN_RE = re.compile(
    r"(?i:\b(?:which|that)\s+(?:was|were|is|are|had\s+been|has\s+been)\b)[^,.;:]*$"
)
# a verb inside what would be the subject: no noun phrase ("The attorney may use police")
_MODAL_IN_RE = re.compile(r"\s(?:may|might|can|could|will|would|should|must)\s")
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been"})
_INNER_SOURCE_RE = re.compile(
    r"(?i:the|a|an)\s+[a-z]+\s+(?P<src>police|authorities|officials|investigators|prosecutors"
    r"|detectives)"
)
_PREP_BEFORE_RE = re.compile(
    r"\b(?:(?i:in|of|at|from|for|on|near|with|by|to|into|outside|inside|across|than|along"
    r"|around|behind|past)|(?i:of)\s+(?i:the))\s+(?:\d+(?:st|nd|rd|th)\s+)?$"
)
_ALIAS_APPOS_RE = re.compile(
    r"\b(?P<acr>[A-Z]{2,6}),\s+(?P<appos>(?i:a|an|the)\s[^,;()\"“”\n]{1,90}?),"
)


# a reporter and the outlet they write for: "Ken Rosenthal of Fox Sports"
_WRITER_OF_RE = re.compile(
    r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s+(?:of|at|for)\s+"
    r"(?P<outlet>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})"
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    rank: int
    start: int
    end: int
    src_start: int
    src_end: int
    kind: str
    source: str | None = None  # the credited name when the span does not write it


def head_kind(phrase: str) -> str:
    """The kind named by the head of ``phrase`` ("other" when no keyword fits)."""
    cut = _POSTMOD_RE.search(phrase)
    for part in (phrase[: cut.start()] if cut else phrase, phrase):
        best: tuple[int, int, str] | None = None
        for rank, (kind, rx) in enumerate(_KIND_RES):
            for m in rx.finditer(part):
                key = (m.end(), -rank, kind)
                if best is None or key > best:
                    best = key
        if best is not None:
            return best[2]
    return "other"


# someone's own website ("the senator's website") is their voice, not a medium
_OWN_SITE_RE = re.compile(r"[’']s?\s+(?:(?:official|campaign)\s+)?(?:web)?site$")
# a party's or a candidate's own machine is neither an official body nor a medium
_PARTY_BODY_RE = re.compile(
    r"\b(?:Democratic|Republican)\s+(?:\w+\s+){0,2}Committee\b|(?i:\bcampaign\b)"
)


# a trade union speaks for its members, not for the state ("the paramedics union says")
_UNION_RE = re.compile(r"\bunions?\b")  # not "the African Union", "the Union government"
# a spokesperson of a business speaks for no public body (a hand audit of web news: three
# company spokesmen of three typed official)
_COMPANY_SPOKES_RE = re.compile(
    # ("bank" and "team" left out: "a central bank spokesman", "a campaign team spokesman")
    r"(?i:\b(?:company|firm|corporation|airline|retailer|automaker|carmaker|"
    r"manufacturer|maker|studio|label|club)(?:['’]s)?\s+spokes(?:man|woman|person)\b"
    r"|\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+the\s+(?:[\w-]+\s+)?(?:company|firm|"
    r"corporation|airline|retailer|automaker|carmaker|manufacturer|maker|studio|"
    r"label|club)\b)"
)


def classify(source: str, aliases: dict[str, str] | None = None) -> str:
    """The kind of a credited source phrase (see the module docstring)."""
    if _PARTY_BODY_RE.search(source) or _OWN_SITE_RE.search(source):
        return "other"
    kind = head_kind(source)
    if kind == "official" and _UNION_RE.search(source):
        return "other"  # "the paramedics union"; "the union's release" is a document
    if kind == "official" and _COMPANY_SPOKES_RE.search(source):
        return "other"  # "a company spokesman", "a spokeswoman for the airline"
    if kind != "other":
        return kind
    for word in re.findall(r"\b[A-Z]{2,6}\b|\b[A-Z][a-z]{3,9}\b", source):
        if aliases and word in aliases:
            return aliases[word]
        if _AGENCY_ACRONYM_RE.match(word):
            return "wire"
    return "other"


def _aliases(text: str) -> dict[str, str]:
    """Acronyms the article defines: "Rapid Coastal Force (RCF)", "MPA, the wire agency,"."""
    out: dict[str, str] = {}
    for m in _ALIAS_LONG_RE.finditer(text):
        kind = head_kind(m.group("long"))
        if kind != "other":
            out.setdefault(m.group("acr"), kind)
    for m in _ALIAS_APPOS_RE.finditer(text):
        kind = head_kind(m.group("appos"))
        if kind != "other" and not _is_person_role(m.group("appos")):
            out.setdefault(m.group("acr"), kind)
    for m in _dateline_tags(text):
        for part in m.group("src").split("/"):
            out.setdefault(part, "wire")
    return out


def _is_person_role(appos: str) -> bool:
    """Does an appositive describe a person ("the provincial governor", "who chairs")?"""
    cut = _POSTMOD_RE.search(appos)
    core = appos[: cut.start()] if cut else appos
    roles = list(_PERSON_ROLE_RE.finditer(core))
    last = roles[-1] if roles else None
    if re.search(r"(?i:\bwho\b)", appos):
        return True
    if last is None:
        return False
    body = head_kind(core)
    # "the provincial governor" is a person; "the governor's office" is a body
    return body in ("official", "witness", "other") and not re.search(
        r"(?i:office|ministry|council|department|force|service|authorit|command)",
        core[last.end() :],
    )


# an owner before a common noun ("Iran's seismological centre", "New Brunswick's
# government"): a description of a body, not a name
_OWNED_NOUN_RE = re.compile(rf"{_OWNER}\s+[a-z]")


def _written_name(src: str) -> bool:
    """Whether a source is written as a name: capitalised, with no determiner and no
    owner before a common noun ("Vantage Analytics"; not "The ministry", "Iran's
    seismological centre")."""
    return (
        src[:1].isupper()
        and _OWNED_NOUN_RE.match(src) is None
        # a determiner or a number opening the sentence: "Two sources said"
        and not re.match(r"(?i:the|a|an|one|two|three|four|several|some|many|both)\s", src)
        # a noun opening the sentence: "Sources said", "Activists in the area said"
        and not re.fullmatch(_HEAD_WITH_PLACE, src)
    )


_HEAD_WITH_PLACE = rf"{_HEAD}(?:\s+(?:in|of|from|at|near|across|inside|on)\s.+)?"


def _is_one_office(src: str) -> bool:
    """A singular office one person holds, without a name: "the president", "The speaker",
    "the chief executive of yFrog"."""
    words = re.split(r"\s+of\s+", src.lower(), maxsplit=1)[0].split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in UNIQUE_OFFICES


def _trim_lead(text: str, start: int, end: int) -> tuple[int, str]:
    """Drop capitalised sentence adverbs and pronouns in front of a name."""
    src = text[start:end]
    while True:
        word, _, rest = src.partition(" ")
        if not rest or word not in _LEAD_STOP:
            return start, src
        skip = len(src) - len(rest.lstrip())
        start += skip
        src = src[skip:]


# the rest of a name a source was cut in: " Whitmore", not "'s Tomas Brel"
_NAME_REST_RE = re.compile(r"[ \u00a0]+[A-Z][\w'’.\-]*(?:[ \u00a0]+[A-Z][\w'’.\-]*){0,2}")


class _Finder:
    """One article's credits, gathered rule by rule."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.text = parsed.text
        self.aliases = _aliases(self.text)
        self.persons = [(m.start, m.end) for m in parsed.mentions if m.label == "PERSON"]
        self.orgs = [(m.start, m.end) for m in parsed.mentions if m.label in ("ORG", "NORP", "FAC")]
        # titles the tagger reads as works: a magazine or a programme ("told Playboy")
        self.works = [(m.start, m.end) for m in parsed.mentions if m.label == "WORK_OF_ART"]
        # (a NORP is no body that speaks: "Other Democrats said" are people)
        self.bodies = [(m.start, m.end) for m in parsed.mentions if m.label in ("ORG", "FAC")]
        self.found: list[_Candidate] = []
        # last words of names the article uses for people: "Haddad", "Tallis"
        self.person_words = {m.text.split()[-1] for m in parsed.mentions if m.label == "PERSON"}
        for m in _PERSON_APPOS_RE.finditer(self.text):
            if _is_person_role(m.group("appos")):
                self.person_words.add(m.group("name").split()[-1])
        # last words of names introduced as a spokesperson ("Ada Lurz, a spokeswoman for")
        self.spokes_words = {
            m.group("name").split()[-1] for m in _SPOKES_APPOS_RE.finditer(self.text)
        }

    # ------------------------------------------------------------ helpers
    def _overlaps(self, spans: list[tuple[int, int]], start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in spans)

    def is_person(self, start: int, end: int) -> bool:
        src = self.text[start:end]
        if _TITLE_NAME_RE.match(src):
            return True
        if head_kind(src) != "other":
            return False
        words = src.split()
        if words and src[:1].isupper() and words[-1] in self.person_words:
            return True
        return self._overlaps(self.persons, start, end)

    def short_org(self, src: str) -> bool:
        """Is ``src`` one word that opens a company's full name in the article ("Reed"
        after "Reed International PLC", "Oneida" after "Oneida Ltd.") and no person's
        name ends in it (not "John Reed")?  Then it is the company's short name, whatever
        label the parse gives it ("…, Reed said.")."""
        if " " in src or not src[:1].isupper() or not src.isalpha():
            return False
        if not any(
            (name := self.text[a:b]).startswith(src + " ") and _COMPANY_SUFFIX_RE.search(name)
            for a, b in self.bodies
        ):
            return False
        if re.search(rf"\b{_TITLE_WORDS}\.?\s+{re.escape(src)}\b", self.text):
            return False  # "Mayor Adams … Adams said": a person of that name
        return not any(
            " " in (name := self.text[a:b]) and name.rsplit(" ", 1)[-1] == src
            for a, b in self.persons
        )

    def speaks_for(self, start: int, end: int) -> bool:
        """Is the phrase a name the article introduced as a spokesperson ("Mr. Lurz",
        after "Ada Lurz, a spokesman for the mayor,")?"""
        words = self.text[start:end].split()
        return bool(words) and words[-1].rstrip(",.") in self.spokes_words

    def ends_in_person(self, start: int, end: int) -> bool:
        """Does the phrase end in a name the parse tags PERSON ("Press Secretary Ada Lurz")?"""
        last = self.text[start:end].rstrip(" ,’'s").rstrip()
        at = start + len(last) - 1
        # a PERSON label on a name with a body's keyword ("The Velmora Gazette") is a misread
        for s, e in self.persons:
            if not (s <= at < e) or head_kind(self.text[s:e]) != "other":
                continue
            before = self.text[start:s]
            # "The monitoring group Kestrel Watch": a body's type before its name, but
            # "Press Secretary Ada Lurz": a person's role
            body_type = head_kind(before) != "other"
            return not body_type or bool(re.search(rf"{_PERSON_ROLE_RE.pattern}\W*$", before))
        return False

    def is_subject_of(self, start: int, end: int, verb_at: int) -> bool:
        """With a parse: is the phrase the verb's subject, not inside a relative clause
        of it ("Democrats who control the House say": "House" is inside one) nor inside
        a prepositional phrase of a person who is ("Boehner in a meeting with lawmakers
        from the majority party Friday said": the party is not the subject)?  Without a
        parse, or when the parse gives the verb no subject, yes."""
        doc = self.parsed.doc
        if doc is None:
            return True
        verb_span = doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
        words = doc.char_span(start, end, alignment_mode="expand")
        if verb_span is None or words is None:
            return True
        verb = verb_span[0]
        subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        if not subjects:
            return True
        for word in words:
            tok = word
            nested = False  # inside a phrase of a preposition on the way up
            while tok.i not in subjects and tok.dep_ not in ("relcl", "acl", "ROOT"):
                nested = nested or tok.dep_ in ("pobj", "pcomp")
                tok = tok.head
                if tok.i == verb.i:
                    break  # the verb's own word ("… party Friday said"): no part of it
            if tok.i == verb.i:
                continue
            if tok.i in subjects and nested and tok.ent_type_ == "PERSON":
                continue  # "Boehner in a meeting with lawmakers from the party said"
            if tok.dep_ not in ("relcl", "acl") or tok.i in subjects:
                return True
        return False

    def at_hearing(self, start: int, src: str) -> bool:
        """Witnesses at a hearing (experts testifying) speak for themselves: "the
        witnesses warned" after "a hearing with four experts" is no credit."""
        if not re.search(r"(?i:\bwitness(?:es)?$)", src.strip()):
            return False
        return bool(_HEARING_RE.search(self.text, max(0, start - 400), start))

    def is_org(self, start: int, end: int) -> bool:
        return self._overlaps(self.orgs, start, end)

    def _no_source(self, src: str, s_end: int, end: int) -> bool:
        """Whether a candidate names nobody who gave a fact: a pronoun or an audience
        ("reporters"), or a body that "will"/"would" speak ("the party would soon
        announce its next move": nothing said yet)."""
        return (
            not src.strip()
            or _PRONOUN_RE.match(src.strip()) is not None
            or _FUTURE_RE.match(self.text, s_end, max(s_end, end)) is not None
        )

    def add(self, rank: int, start: int, end: int, s_start: int, s_end: int, kind: str) -> None:
        src = self.text[s_start:s_end]
        if self._no_source(src, s_end, end):
            return
        if _AUDIENCE_MEDIA_RE.fullmatch(src.strip()) and _TOLD_BEFORE_RE.search(
            self.text, max(0, s_start - 12), s_start
        ):
            return  # "told local media": an audience, as "told reporters"
        if kind == "witness" and self.at_hearing(s_start, src):
            return
        self.found.append(_Candidate(rank, start, end, s_start, s_end, kind))

    def media_kind(self, start: int, end: int) -> str | None:
        """The kind of a channel named after "told"/"interview with", or None."""
        src = self.text[start:end]
        if _NUMBERED_STATION_RE.fullmatch(src) and not self.is_person(start, end):
            return "broadcaster"  # "told Telemundo 44", "told Channel 4 News"
        kind = classify(src, self.aliases)
        if kind in ("wire", "broadcaster", "outlet", "social", "monitor"):
            return kind
        if CALL_SIGN_RE.match(src.split()[0]):
            return "broadcaster"  # "told WXYZ"
        if self.is_person(start, end) or _PEOPLE_GROUP_RE.search(src):
            return None  # "told U.S. Marines that …": an audience
        if kind == "other" and src[:1].isupper() and self.is_org(start, end):
            return "outlet"
        if kind == "other" and src[:1].isupper() and self._overlaps(self.works, start, end):
            return "outlet"  # "she told Playboy in 1998": a magazine the tagger calls a work
        if kind == "other" and src.startswith("the ") and src[4:5].isupper():
            return "outlet" if self.is_org(start, end) else None
        return None

    # ------------------------------------------------------------ rules
    def dateline(self) -> None:
        for m in _dateline_tags(self.text):
            lo = m.start("src")
            for part in re.finditer(r"[^/]+", m.group("src")):  # "(Reuters/GNA)": each
                s, e = lo + part.start(), lo + part.end()
                # the first one's span is the whole tag in its brackets
                span = (m.start(), m.end("src") + 1) if part.start() == 0 else (s, e)
                self.add(0, *span, s, e, "wire")
        # the agencies a rewrite credits on its last line ("…¶(AFP, AP)", "ab/cd (Reuters,
        # dpa)"): each one a wire the whole article leans on
        last = _CREDIT_LINE_RE.search(self.text)
        if last is not None:
            lo, hi = last.span("list")
            for a in re.finditer(r"[A-Za-z]+", self.text[lo:hi]):
                self.add(0, lo + a.start(), lo + a.end(), lo + a.start(), lo + a.end(), "wire")
        # "Source: Voice of America" on a line of its own: each source named there
        for line in _SOURCE_LINE_RE.finditer(self.text):
            lo = line.start("list")
            for part in re.finditer(r"[^,/;]+", line.group("list")):
                src = part.group().strip()
                at = lo + part.start() + part.group().index(src)
                kind = classify(src, self.aliases)
                first = part.start() == 0  # the span of the first holds "Source:"
                self.add(
                    0,
                    line.start() + (line.group()[:1] == "\n") if first else at,
                    at + len(src),
                    at,
                    at + len(src),
                    "outlet" if kind == "other" else kind,
                )

    def according(self) -> None:
        for m in _ACCORDING_RE.finditer(self.text):
            s, e = m.span("src")
            src = self.text[s:e].rstrip(" ,")
            e = s + len(src)
            if m.group(0)[:3] == "per" and any(
                w[:1].islower() and w not in ("of", "and", "the", "for") for w in src.split()
            ):
                continue  # "complied, per NATO standards": a rule followed, no source
            named = _TITLED_NAME_AFTER_RE.match(self.text, e)
            if src.split()[-1].lower() in TITLE_ABBREVIATIONS and named is not None:
                e = named.end()  # "according to Troy police Lt. Gerry Scherlinck"
                src = self.text[s:e]
            kind = classify(src, self.aliases)
            # "a report in the Argus Leader": the outlet read into the phrase or
            # written right after it
            piece = _PIECE_RE.match(src)
            mo = (
                None
                if piece is None
                else _PIECE_IN_RE.match(self.text, s + piece.end(), e)
                if piece.end() < len(src)
                else _PIECE_IN_RE.match(self.text, e)
            )
            if (
                mo is not None
                and mo.end() < e
                and not _PIECE_TAIL_RE.fullmatch(self.text, mo.end(), e)
            ):
                mo = None  # "a report in the Argus Leader about …": not the outlet alone
            if (
                mo is not None
                and not self.is_person(*mo.span("outlet"))
                and mo.group("outlet").split()[-1] not in _DATE_WORDS
            ):
                s, e = mo.span("outlet")
                kind = self.media_kind(s, e) or "outlet"
            elif (op := _OUTLET_PIECE_RE.fullmatch(self.text, s, e)) is not None and not (
                self.is_person(*op.span("outlet"))
            ):
                s, e = op.span("outlet")
                kind = self.media_kind(s, e) or "outlet"
            self.add(1, m.start(), e, s, e, kind)

    def cues(self) -> None:
        for m in _CUE_RE.finditer(self.text):
            cue = " ".join(m.group("cue").lower().split())
            s, e = m.span("src")
            if m.group("acr"):
                e = m.end("acr") + 1
            src = self.text[s:e]
            words = src.split()
            if words[0].strip(".,").lower() in _TIME_WORDS and not any(
                w[:1].isupper() for w in words[1:]
            ):
                # "no deaths had been reported by Sunday evening": a time; not "Sunday
                # Morning Futures", "May Harris"
                continue
            if (
                cue == "via"
                or (cue.startswith("in a") and cue.endswith(" to"))
                or (cue.startswith(("originally", "first", "republished")) and "report" not in cue)
            ):
                # a message sent to a medium, or a medium it came through: named media only
                # ("in a letter to Congress", "via Zoom" credit no one)
                kind = classify(src, self.aliases)
                if kind not in _MEDIA_KINDS:
                    continue
            elif cue == "went on":
                kind = classify(src, self.aliases)
                if kind not in ("broadcaster", "outlet"):
                    continue  # "went on a tour": no channel
                kind = "broadcaster"  # on air
            elif cue in (
                "told",
                "tells",
                "confirmed to",
                "speaking to",
                "talking to",
                "spoke to",
                "said to",
            ) or cue.startswith("in a"):
                medium = self.media_kind(s, e)
                if medium is None or _AUDIENCE_AFTER_RE.match(self.text, e):
                    continue  # "told the Velmora Farmers Union convention": an audience
                kind = medium
                if _HEARING_BODY_RE.fullmatch(src):
                    continue  # "told the House of Commons": the chamber hears it
            elif cue in ("citing", "cited"):
                if self.is_person(s, e):
                    continue
                if src.split()[-1][:1].isupper() and _REASON_AFTER_RE.match(self.text, e):
                    continue  # "citing Taliban violence": a reason, not a source
                if re.match(
                    r"\s+as\s+(?:an?\s+|the\s+)?(?:example|reason|evidence|proof|precedent|"
                    r"model|sign|instance|case)\b",
                    self.text[e : e + 40],
                    re.IGNORECASE,
                ):
                    continue  # "cited the Starlight Tours as an example"
                kind = classify(src, self.aliases)
                if (
                    kind == "other"
                    and not self.is_org(s, e)
                    and not src[:1].islower()
                    and not _GENERIC_ORG_RE.match(src)
                    and src.split()[0] not in ("the", "The")
                ):
                    continue
            elif cue == "obtained by":
                # only a medium obtains as a source does ("emails obtained by The Canadian
                # Press"; not "weapons obtained by Velmora Arms", "obtained by police")
                kind = classify(src, self.aliases)
                if kind not in _MEDIA_KINDS:
                    continue
            else:  # reported by, quoted by
                if src.rstrip(".").lower() in TITLE_ABBREVIATIONS:
                    continue  # "reported by Dr. Helen Marsh": the title cut off, a person
                kind = classify(src, self.aliases)
                appos = _APPOS_AFTER_RE.match(self.text, e)
                if appos is not None and classify(appos.group(1), self.aliases) in _MEDIA_KINDS:
                    kind = classify(appos.group(1), self.aliases)  # "by Dawn, the … daily"
                if (
                    "first" in cue
                    and kind == "other"
                    and (self.is_person(s, e) or _REPORTED_ON_RE.match(self.text, e))
                ):
                    # "first reported by SITE Intelligence Group" (a monitor), "by Dawn",
                    # not by whoever first noticed it ("by Marcus Hale, who lives next
                    # door", "by Kestrel Aviation to the regulator")
                    continue
                if kind == "other" and src[:1].isupper() and not self.is_person(s, e):
                    kind = "outlet"
            self.add(2, m.start(), e, s, e, kind)

    def bracket_tags(self) -> None:
        """ "… runs at 1080p. [Engadget]": a medium's name in brackets closing a paragraph,
        the source of the excerpt before it (a roundup of reviews)."""
        for m in _BRACKET_TAG_RE.finditer(self.text):
            s, e = m.span("src")
            kind = classify(self.text[s:e], self.aliases)
            if kind in _MEDIA_KINDS:
                self.add(2, m.start(), m.end(), s, e, kind)

    def titles(self) -> None:
        """ "in an interview with “Velmora Tonight”": a programme in quotation marks."""
        for m in _TITLE_CUE_RE.finditer(self.text):
            s, e = m.span("src")
            kind = classify(self.text[s:e], self.aliases)
            if kind not in ("outlet", "social") or _BROADCASTER_RE.search(self.text[s:e]):
                kind = "broadcaster"  # "Velmora Tonight", "Ledger on HBO"
            self.add(2, m.start("cue"), m.end(), s, e, kind)

        for m in _TOLD_TITLE_RE.finditer(self.text):
            s, e = m.span("src")
            if title_like(self.text[s:e]) and not reply_word(self.text[s:e]):
                self.add(2, m.start("cue"), m.end(), s, e, "broadcaster")

    def posted(self) -> None:
        for m in _POSTED_RE.finditer(self.text):
            cue = m.group("cue").lower()
            s, e = m.span("src")
            src = self.text[s:e]
            kind = classify(src, self.aliases)
            if cue == "on" and m.group("thing") is None:
                continue  # a bare "on X": only "a statement on X" counts
            if re.match(r"['’]s\b", self.text[e : e + 3]):
                continue  # "posted on Facebook's internal systems": the company's, not the platform
            if cue.endswith(" by"):
                if m.group("thing") is None and _WORK_ORIGIN_RE.search(
                    self.text, max(0, m.start() - 120), m.start()
                ):
                    continue
                if (
                    self.is_person(s, e) or (kind == "other" and not self.is_org(s, e))
                ) and not _GENERIC_ORG_RE.match(src):
                    continue
            elif kind not in ("social", "broadcaster", "outlet", "wire"):
                continue
            start = m.start("thing") if m.group("thing") else m.start("cue")
            if m.group("thing") and m.group("thing").lower().startswith("in "):
                start += 3
            self.add(3, start, e, s, e, kind)

    def quoted_as(self) -> None:
        for m in _QUOTED_AS_RE.finditer(self.text):
            s, e = m.span("src")
            s, src = _trim_lead(self.text, s, e)
            if self.is_person(s, e):
                continue
            kind = classify(src, self.aliases)
            if kind == "other" and src[:1].isupper():
                kind = "outlet"
            self.add(4, s, m.end(), s, e, kind)

    def court_heard(self) -> None:
        """ "…, Southwark Crown Court heard."; "The court heard that …"; "the inquest was
        told": what a court hears is the fact's source in British and Irish court
        reports (not "the court heard arguments": no fact follows)."""
        for m in _COURT_HEARD_RE.finditer(self.text):
            lo = max(0, m.start() - 80)
            name = _COURT_NAME_BEFORE_RE.search(self.text, lo, m.start())
            s = name.start() if name is not None else m.start()
            e = m.start() + len(m.group(0).split()[0])  # the body's word: "Court"
            s, _src = _trim_lead(self.text, s, e)
            self.add(4, s, m.end("verb"), s, e, "official")

    def media_reports(self) -> None:
        """ "described as 'basically kidnapping' in state media", "reports in Russian and
        British media": media named by their kind after a verb of reporting or quoting
        in the same clause ("local media" is an audience here, as after "told")."""
        for m in _MEDIA_REPORT_RE.finditer(self.text):
            s, e = m.span("src")
            self.add(4, m.start("cue"), e, s, e, "outlet")

    def race_calls(self) -> None:
        """ "The Associated Press declared Brat the winner", "when the AP called the race",
        "in what the New York Times is calling one of the most stunning upsets": a
        medium that calls a race or names an event is the source of that verdict (a
        named medium only: "voters called the race a referendum" credits no one)."""
        for rx in (_RACE_CALL_RE, _WHAT_CALLING_RE):
            for m in rx.finditer(self.text):
                s, e = m.span("src")
                src = self.text[s:e]
                kind = classify(src, self.aliases)
                if kind not in _MEDIA_KINDS or self.is_person(s, e):
                    continue
                self.add(3, m.start(), m.end(), s, e, kind)

    def forecasters(self) -> None:
        """ "Ada Lurz, chief economist at Velmora Bank, projecting that ...": the firm."""
        for m in _FORECASTER_RE.finditer(self.text):
            s, e = m.span("src")
            if self.is_person(s, e):
                continue
            kind = classify(self.text[s:e], self.aliases)
            self.add(5, m.start(), m.end(), s, e, kind if kind != "witness" else "other")

    def _short_names(self) -> dict[str, str]:
        """Kinds of names credited so far, by full name and first word ("Vantage")."""
        out: dict[str, str] = {}
        for c in self.found:
            if c.kind == "other":
                continue
            name = self.text[c.src_start : c.src_end]
            words = [w for w in name.split() if w.lower() not in ("the", "a", "an")]
            if words and words[0][:1].isupper():
                out.setdefault(" ".join(words), c.kind)
                if len(words[0]) > 2:
                    out.setdefault(words[0], c.kind)
        return out

    def which_said(self) -> None:
        """A named body whose relative clause speaks: "an audit by the Public Funds
        Protection Authority, which said in a statement that …" credits the body (the
        span runs from its name to the verb); only a name the parse tags an
        organisation or whose words say what kind of body it is."""
        for m in _WHICH_SAID_RE.finditer(self.text):
            s, e = m.span("src")
            if m.group("src").startswith(("The ", "the ")):
                s += 4
            kind = classify(self.text[s:e], self.aliases)
            if kind == "other" and not self.is_org(s, e):
                continue
            if self.is_person(s, e):
                continue
            self.add(3, s, m.end("verb"), s, e, kind)

    def subjects(self) -> None:
        short = self._short_names()
        for m in _SUBJECT_RE.finditer(self.text):
            s, e = m.span("src")
            s, src = _trim_lead(self.text, s, e)
            if (cut := _IN_A_RE.search(src)) is not None:
                # "The Supreme Court in a historic ruling said": no body's name goes on
                # with "in a"
                src = src[: cut.start()]
                e = s + len(src)
            if src.split(" ")[0] in _LEAD_STOP:
                continue
            if _MODAL_IN_RE.search(src) or src.rsplit(" ", 1)[-1] in _PASSIVE_AUX:
                continue  # "The attorney may use police reports"; "X is reported to be"
            if _NOUN_VERB_RE.match(self.text, m.start("verb")):
                continue  # "Federal Election Commission reports are due in July": a noun
            if inner := _INNER_SOURCE_RE.fullmatch(src):
                # "The man police say is behind the crash": the police say it
                s, src = s + inner.start("src"), inner.group("src")
            appos = m.group("appos") or ""
            if appos.lower().startswith("citing "):
                appos = ""  # "Velmora Radio, citing hospital sources, said": credited apart
            if appos.lower().startswith(("which ", "who ")):
                appos_kind = "other"
                if appos.lower().startswith("who "):
                    continue  # "Gwen Tallis, who chairs the group, said": a person
            else:
                if appos and _is_person_role(appos):
                    continue  # "Mohammed al-Qasimi, the provincial governor, said"
                appos_kind = classify(appos, self.aliases) if appos else "other"
            owned = _OWNED_NOUN_RE.match(src) is not None  # "Velmar's seismological centre"
            short_org = self.short_org(src)  # "…, Reed said." after "Reed International PLC"
            if appos_kind == "other" and not owned and not short_org and self.is_person(s, e):
                continue  # (an appositive naming a body overrides a PERSON label)
            if (
                appos_kind == "other" and not short_org and self.ends_in_person(s, e)
            ) or _is_one_office(src):
                continue  # "Press Secretary Ada Lurz said", "the president said": a person
            if not self.is_subject_of(s, e, m.start("verb")):
                continue  # "Democrats who control the House say": not the subject
            if _asked_heading(self.text, s):
                continue  # "What did the prosecutors say?": a heading asks, no one is credited
            if re.search(r"[’']s?$", src):
                continue  # "notified Congress of Mueller's report": "report" is a noun
            owner = _OWNER_AND_NAME_RE.match(src)
            if owner and head_kind(owner.group("name")) == "other":
                continue  # "Twitter's Adam Sharp wrote": a person, named after his employer
            kind = classify(src, self.aliases)
            is_name = _written_name(src)
            if is_name and _PREP_BEFORE_RE.search(self.text, max(0, s - 16), s):
                continue  # "a residents' group in Bellmouth says", "the former clerk of the
                # House of Commons said": not the subject
            if is_name and kind == "other":
                kind = short.get(src.removeprefix("The "), "other")
            if (
                is_name
                and kind == "other"
                and appos_kind == "other"
                and not short_org
                and not self._overlaps(self.bodies, s, e)
            ):
                continue  # a capitalised name we know nothing about
            if appos_kind != "other":
                kind = appos_kind
            if re.fullmatch(_FIND, m.group("verb")) and kind != "document":
                continue  # "the team found a way": only a document finds as a source does
            start = s
            op = _OUTLET_PIECE_RE.fullmatch(self.text, s, e)
            if op is not None and not self.is_person(*op.span("outlet")):
                # "A Velmora Post report said": the outlet, as "according to a Velmora
                # Post report" credits it
                medium = classify(op.group("outlet"), self.aliases)
                if medium in _MEDIA_KINDS:  # a medium by name ("The NCAA report": a body's)
                    s, e = op.span("outlet")
                    kind = medium
            if kind == "social" and _PLATFORM_COMPANY_RE.fullmatch(src):
                kind = "other"  # "Facebook says Apple is restoring …": the company speaks
            if _OBJECT_AFTER_RE.match(self.text, m.end()) and re.match(
                r"(?i:denied|denies|added|adds)$", m.group("verb")
            ):
                continue  # "has denied a request", "added a premium": no one is cited
            if re.match(
                r"(?i:asserted|asserts|reiterated|reiterates|disclosed|discloses)$",
                m.group("verb"),
            ) and not _CLAUSE_AFTER_RE.match(self.text, m.end()):
                continue  # "asserted executive privilege", "reiterated its request": no fact
            # is passed on; "reiterated that ...", "…, the ministry reiterated." is one
            self.add(5, start, m.end(), s, e, kind)
            self._coordinated_source(start, m.end())

    def _coordinated_source(self, s: int, end: int) -> None:
        """The first of two sources joined by "and" before one speech verb
        ("officials and state media said", "The official IRNA news agency and the
        United States Geological Survey said"): credited too, when it is a body,
        a channel or an unnamed official ("Jo Ray and the ministry said" credits
        only the ministry: a person named is a quote's speaker)."""
        m = _COORDINATED_RE.search(self.text, max(0, s - 120), s)
        if m is None:
            return
        a, b = m.span("src")
        first = self.text[a:b]
        kind = classify(first, self.aliases)
        if self.is_person(a, b) or (_written_name(first) and kind == "other"):
            return
        if first.split(" ")[0] in _LEAD_STOP:
            return
        self.add(5, a, end, a, b, kind)

    def parse_rules(self) -> None:
        doc = self.parsed.doc
        if doc is None:
            return
        rules = ParseRules(
            doc, lambda src: classify(src, self.aliases), self.is_person, self.speaks_for
        )
        for c in rules.all():
            src = c.source or self.text[c.src_start : c.src_end]
            if self._no_source(src, c.src_end, c.end):
                continue
            self.found.append(
                _Candidate(6, c.start, c.end, c.src_start, c.src_end, c.kind, c.source)
            )

    def _writers_outlet(self, c: _Candidate) -> _Candidate:
        """A reporter named with the outlet they write for ("Ken Rosenthal of Fox Sports
        reports") credits the outlet: the source is its name, the span the whole."""
        if c.source is not None:
            return c
        m = _WRITER_OF_RE.fullmatch(self.text, c.src_start, c.src_end)
        if m is None or not self.is_person(*m.span("who")):
            return c
        a, b = m.span("outlet")
        kind = classify(self.text[a:b], self.aliases)
        if kind not in ("outlet", "broadcaster", "wire"):
            return c
        return dataclasses.replace(c, src_start=a, src_end=b, kind=kind)

    def credits(self) -> list[Credit]:
        self.dateline()
        self.according()
        self.cues()
        self.bracket_tags()
        self.titles()
        self.posted()
        self.quoted_as()
        self.media_reports()
        self.court_heard()
        self.subjects()
        self.race_calls()
        self.which_said()
        self.forecasters()
        self.parse_rules()
        kept: list[_Candidate] = []
        own = _outlet_forms(self.parsed.article.outlet)
        site = site_name(self.parsed.article.outlet)
        own_acronym = _outlet_acronym(self.parsed.article.outlet)
        full = _squash(self.parsed.article.outlet or "")
        for c in sorted(self.found, key=lambda c: (c.rank, c.start)):
            c = self._writers_outlet(c)
            if _CONFIRMED_RE.search(self.text, c.start, c.end) and _CHAMBER_RE.search(
                c.source or self.text[c.src_start : c.src_end]
            ):
                continue  # "The Senate on Saturday confirmed Judge Evelyn Marsh": a vote
            c = _handed_to_own(c, self.text, own, full)
            squashed = _squash(c.source or self.text[c.src_start : c.src_end])
            if squashed in own:
                continue  # the article's own outlet ("told Fox News" inside Fox News)
            if _own_program(c.source or self.text[c.src_start : c.src_end], own_acronym, full):
                continue  # "told CBC Daybreak South" in CBC News, "a survey by CTV News"
            if (
                site
                and len(squashed) >= 3
                and (
                    site.startswith(squashed)
                    or site.endswith(squashed)
                    or (
                        len(site) >= 3
                        and squashed[len(site) :] in _OUTLET_TAILS
                        and squashed.startswith(site)
                    )
                )
            ):
                # "told The Post" on nypost.com, "told the Daily News" on nydailynews,
                # "told Sky News" on sky.com
                continue
            # (one source in two clauses is two credits: "The Courier described
            # him as ... and later said ...")
            same_source = any(
                k.src_start < c.src_end
                and c.src_start < k.src_end
                and k.source == c.source
                and k.start < c.end
                and c.start < k.end
                for k in kept
            )
            # a parse rule's find that a text rule's covers in part adds nothing
            covered = c.rank == 6 and any(
                k.start < c.end and c.start < k.end and k.rank < 6 for k in kept
            )
            if same_source or covered:
                continue
            kept.append(c)
        kept = [self._whole_body(self._without_and(self._whole_name(c))) for c in kept]
        kept.sort(key=lambda c: (c.start, c.end))
        aid = self.parsed.article.id
        out = [
            Credit(
                aid,
                c.start,
                c.end,
                self.text[c.start : c.end],
                src := _clean_source(c.source or self.text[c.src_start : c.src_end]),
                self._agency_kind(src, c.src_start) or c.kind,
            )
            for c in kept
        ]
        return _named_before(out)

    def _without_and(self, c: _Candidate) -> _Candidate:
        """A source never opens with the "and" (or "or") of a coordination the rule cut
        into ("Ms. May and the EU have insisted" was "and the EU")."""
        cut = _LEADING_AND_RE.match(self.text, c.src_start, c.src_end)
        if c.source is not None or cut is None or cut.end() >= c.src_end:
            return c
        start = cut.end() if c.start == c.src_start else c.start
        return dataclasses.replace(c, start=start, src_start=cut.end())

    def _whole_name(self, c: _Candidate) -> _Candidate:
        """A source never stops inside a person's name: "said sheriff's spokesman Steve
        Whitmore" (the parse hung "Whitmore" elsewhere) was "sheriff's spokesman Steve"."""
        if c.source is not None:
            return c
        for ps, pe in self.persons:
            if c.src_start <= ps < c.src_end < pe and _NAME_REST_RE.fullmatch(
                self.text, c.src_end, pe
            ):
                end = pe if c.end == c.src_end else c.end
                return dataclasses.replace(c, src_end=pe, end=max(end, c.end))
        return c

    def _whole_body(self, c: _Candidate) -> _Candidate:
        """A source that is the tail of a body's name written with commas ("Firearms and
        Explosives said" of "The Bureau of Alcohol, Tobacco, Firearms and Explosives";
        "Commonwealth and Development Office" of "the Foreign, Commonwealth and
        Development Office") is that whole name."""
        if c.source is not None:
            return c
        for bs, be in self.bodies:
            if bs < c.src_start < be and c.src_end == be and "," in self.text[bs : c.src_start]:
                kind = classify(self.text[bs:be], self.aliases)
                return dataclasses.replace(
                    c,
                    start=min(c.start, bs),
                    src_start=bs,
                    kind=kind if kind != "other" else c.kind,
                )
        return c

    def _agency_kind(self, src: str, at: int) -> str | None:
        """ "The agency" (or "the same agency") is the agency the article last named:
        a wire after "Iran's official news agency IRNA", an official body after "the
        Environmental Protection Agency"; None for any other source."""
        if not _BARE_AGENCY_RE.fullmatch(src.strip()):
            return None
        named = list(_NAMED_AGENCY_RE.finditer(self.text, 0, at))
        if not named:
            return None
        return "wire" if named[-1].group("news") else "official"


# a source written as a bare description of a medium ("the magazine", "The news agency")
_BARE_MEDIUM_RE = re.compile(
    r"(?i:the)\s+(?:same\s+)?(?i:magazine|newspaper|paper|daily|news\s+agency|agency|"
    r"wire\s+service|network|broadcaster|station|channel|website)"
)
_NAMED_SOURCE_RE = re.compile(r"(?:^|\s)[A-Z][A-Za-z&]+")


def _names_a_medium(source: str) -> bool:
    """Whether a source names its medium: a capitalised word after any determiner
    ("the official IRNA news agency", "People magazine"; not "the agency")."""
    rest = re.sub(r"^(?i:the|a|an)\s+", "", source.strip())
    return _NAMED_SOURCE_RE.search(rest) is not None and not _BARE_MEDIUM_RE.fullmatch(
        source.strip()
    )


def _named_before(found: list[Credit]) -> list[Credit]:
    """Credits whose source is a bare description of a medium ("The news agency also
    reported", "told the magazine") with the source of the last earlier credit of the
    same kind that names one ("the official IRNA news agency", "People magazine"):
    the medium the article means; the words stay as written in ``text``."""
    out: list[Credit] = []
    for c in found:
        if _BARE_MEDIUM_RE.fullmatch(c.source.strip()):
            noun = c.source.lower().split()[-1]
            named = [
                k.source
                for k in out
                if k.kind == c.kind
                and _names_a_medium(k.source)
                # "the agency" is one the article called an agency: "the agency said"
                # after "The Canadian government has said" is another body, and "the
                # same agency" after "quoted by AP" may be an agency never credited
                and (noun not in ("agency", "website") or noun in k.source.lower())
            ]
            if named:
                c = dataclasses.replace(c, source=named[-1])
        out.append(c)
    return out


# a common noun right after a cited name makes the name its modifier: "citing Taliban
# violence" gives a reason (a source noun would have been read with the name:
# "citing Pentagon officials")
_REASON_AFTER_RE = re.compile(
    r"\s+(?!(?:and|or|as|in|on|at|of|for|to|that|who|which|"
    r"with|from|by|the|a|an|about|after|before|over)\b)[a-z]{3,}\b"
)

# "the agency", "the same agency": a body named earlier
_BARE_AGENCY_RE = re.compile(r"(?i:the)\s+(?:same\s+)?agency")
# an agency named: a news or press agency, or one whose name ends in "Agency"
_NAMED_AGENCY_RE = re.compile(
    r"(?P<news>\b(?i:news|press|wire)\s+agency\b)|\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+Agency\b"
)

_OUTLET_ALIASES = {"huffpost": ("huffingtonpost",), "huffingtonpost": ("huffpost",)}
# last or first words too common to name an outlet alone ("the Post", "News")
_GENERIC_OUTLET_WORDS = frozenset({"news", "post", "the", "daily", "new", "press"})


_LEADING_AND_RE = re.compile(r"(?i:and|or)\s+")


def _clean_source(src: str) -> str:
    """A source phrase less what ran past it: a line break ("SWITZERLAND\n\nAscom":
    the last line), a relative clause or an "as" phrase after its noun ("A
    spokesperson who did not wish to be named", "UEFA as part of the playoffs")."""
    if "\n" in src.strip():
        src = src.strip().rsplit("\n", 1)[-1].strip()
    cut = _SOURCE_TAIL_RE.search(src)
    src = src[: cut.start()] if cut is not None and cut.start() > 0 else src
    when = _DAY_TAIL_RE.search(src)  # "told the Daily News Tuesday": the day it was told
    return src[: when.start()] if when is not None and when.start() > 0 else src


# a piece of journalism, and the outlet it ran in: "a report in the Argus Leader"
_PIECE_NOUNS = r"(?:report|story|article|piece|investigation|interview|editorial|column|analysis)"
_PIECE_RE = re.compile(rf"(?i:a|an|the)\s+(?:[a-z]+\s+)?(?i:{_PIECE_NOUNS})")
_PIECE_IN_RE = re.compile(
    r"\s+(?:in|by|from|on)\s+(?P<outlet>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})"
)

# what may follow the outlet of a piece: "a report from TMZ published this week"
_PIECE_TAIL_RE = re.compile(
    r"\s+(?:published|posted|released|aired|broadcast|issued|out)\b[^,;:()\n]*"
)
# a piece named by its outlet: "this L.A. Times story", "a New York Times report"
_OUTLET_PIECE_RE = re.compile(
    r"(?i:a|an|the|this|that)\s+(?P<outlet>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+"
    + _PIECE_NOUNS
)

# a chamber that confirms a nominee by vote, no source of a fact
_CHAMBER_RE = re.compile(r"\b(?:Senate|[Ss]enators|[Pp]arliament|Congress)$")
_CONFIRMED_RE = re.compile(r"\bconfirm(?:ed|s)\b")

# a month or weekday is no outlet: "a report in February"
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTH_NAMES)
# after whoever "first reported" a thing: a person's clause or the body it was reported to
_REPORTED_ON_RE = re.compile(r",?\s+(?:who|whose|to)\b")
# an appositive right after a source ("Dawn, the Pakistani daily,")
_APPOS_AFTER_RE = re.compile(r",\s+((?:the|a|an)\s+[^,.;:()\n]{1,50})")
# what "reported by" or "cited" may take that is a time, no source (lower case)
_TIME_WORDS = frozenset(w.lower() for w in _DATE_WORDS) | frozenset(
    "midnight nightfall dusk yesterday then".split()  # not "Dawn", "Today": outlets too
)

# what follows a source's noun and is no part of its name
_SOURCE_TAIL_RE = re.compile(r"\s+(?:who|whom|whose|which|that|as)(?:\s|$)")
_DAY_TAIL_RE = re.compile(
    r"(?:\s+on)?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    # "The New Haven Register on July 20, 2006, described him": the day, no name's part
    rf"|{MONTH_PATTERN}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)$"
)


def _asked_heading(text: str, at: int) -> bool:
    """Whether ``at`` is the subject of a "did/do/does" question that is a line of
    its own ("What did the prosecutors say?")."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    return line.endswith("?") and re.search(r"\b(?:did|do|does)\s+$", text[lo:at]) is not None


# what an outlet's name adds to its site's ("Sky News" on sky.com)
_OUTLET_TAILS = frozenset({"news", "tv", "online", "newsonline", "radio"})


def _squash(name: str) -> str:
    """A name folded for comparison: "The Huffington Post's" -> "huffingtonpost"."""
    name = re.sub(r"(?i)^the\s+|[’']s?$", "", name.strip())
    return re.sub(r"[^a-z0-9]", "", name.lower())


_OUTLET_ACRONYM_RE = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,})(?=[A-Z][a-z]|\s|$)")


def _outlet_acronym(outlet: str | None) -> str | None:
    """The capitals an outlet's name opens with, its brand ("CBC" of "CBC News", "CTV" of
    "CTVNews"), or None; not a place's initials ("USA" of "USA Today", "LA" of "LA
    Times": "USA Gymnastics" and "LA County officials" are not theirs)."""
    m = _OUTLET_ACRONYM_RE.match(outlet or "")
    if m is None or len(m.group(1)) < 3 or m.group(1) in _PLACE_INITIALS:
        return None
    return m.group(1)


_PLACE_INITIALS = frozenset({"USA", "NYC", "UAE", "DFW"})


def _handed_to_own(c: _Candidate, text: str, own: frozenset[str], full: str) -> _Candidate:
    """A source the article's own outlet saw or was given ("According to FEMA records
    reviewed by HuffPost" in HuffPost, "figures her campaign shared with The New York
    Times" in the Times): the credit is the records, the outlet only their reader."""
    if c.source is not None:
        return c
    m = _HANDED_TO_RE.match(text, c.src_start, c.src_end)
    if m is None:
        return c
    who = _squash(m.group("who"))
    if who not in own and not (len(full) >= 6 and who.endswith(full)):
        return c
    end = c.src_start + len(m.group("head"))
    return dataclasses.replace(
        c, end=max(end, c.start + 1) if c.end == c.src_end else c.end, src_end=end
    )


_HANDED_TO_RE = re.compile(
    r"(?P<head>[^,;]{2,80}),?\s+"
    r"(?:reviewed|obtained|seen|examined|shared|provided|given|released|sent|made\s+available)"
    r"\s+(?:by|with|to)\s+(?P<who>[^,;]{2,60})$"
)


def _own_program(source: str, acronym: str | None, full: str) -> bool:
    """Whether a credited source is a programme or a piece of the article's own outlet:
    a name opening with the outlet's brand ("CBC Daybreak South", "CBC Radio's The
    Current" in CBC News) or ending with its full name ("a survey of listed clubs by CTV
    News" in CTVNews)."""
    words = source.split()
    if acronym and len(words) > 1 and re.sub(r"['’]s$", "", words[0]) == acronym:
        return True
    return len(full) >= 6 and len(words) > 2 and _squash(source).endswith(full)


def _outlet_forms(outlet: str | None) -> frozenset[str]:
    """Squashed names an article's own outlet goes by: "The New York Times" -> the
    full name and "times"; "Fox News" -> "foxnews" and "fox"."""
    if not outlet:
        return frozenset()
    full = _squash(outlet)
    words = [w for w in re.sub(r"(?i)^the\s+", "", outlet).split() if w]
    forms = {full, *_OUTLET_ALIASES.get(full, ())}
    if (agency := AGENCIES.get(outlet.strip().lower())) is not None:
        forms.add(_squash(agency))  # "Agence France-Presse" signs "(AFP)"
    if len(words) > 1:
        for w in (words[0], words[-1]):
            if w.lower() not in _GENERIC_OUTLET_WORDS:
                forms.add(_squash(w))
    if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
        # its initials: "The Real Deal" -> "rd" and, with the article, "trd"
        initials = "".join(w[0] for w in words).lower()
        forms.add(initials)
        if re.match(r"(?i)the\s", outlet):
            forms.add("t" + initials)
    return frozenset(forms)


# "It said …", "It added that …" opening a sentence: the body the sentence before credited
_IT_SAID_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))It\s+(?:also\s+|later\s+)?"
    r"(?:said|says|added|adds|noted|notes|reported|confirmed|stated|announced)\b"
)


def _it_said(text: str, found: list[Credit]) -> list[Credit]:
    """ "The foreign ministry confirmed that two were nationals. It said the consul …":
    the "It" is the body credited at the start of the sentence right before, in the same
    paragraph (not a witness, not a document), and is credited again."""
    out = list(found)
    for m in _IT_SAID_RE.finditer(text):
        para = text.rfind("\n", 0, m.start()) + 1
        before = text.rfind(".", para, m.start() - 1)
        lead = max(para, text.rfind(".", para, max(para, before)) + 1)
        prior = [
            c
            for c in found
            if lead <= c.start < m.start()
            and c.end <= m.start()
            and c.kind not in ("witness", "document")
            and not text[lead : c.start].strip()
        ]
        if prior and not any(c.start == m.start() for c in found):
            c = prior[-1]
            out.append(Credit(c.article, m.start(), m.end(), m.group(), c.source, c.kind))
    out.sort(key=lambda c: (c.start, c.end))
    return out


def find_credits(parsed: ParsedArticle) -> list[Credit]:
    """Credited sources of one article (see the module docstring)."""
    return _it_said(parsed.article.text, _Finder(parsed).credits())
