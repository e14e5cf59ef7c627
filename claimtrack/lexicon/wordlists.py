"""Word lists used by the rule-based attribution extractor.

Everything here is plain data (frozensets, dicts, tuples) so the rules in
:mod:`claimtrack.extract.attribution` stay readable and the lists can be extended
without touching code. Words are lowercase unless stated otherwise.
"""

from __future__ import annotations

from functools import cache

from . import domain
from .reporting import (  # noqa: F401  (re-exported: the reporting lexicon lives there)
    ACCORDING_TO,
    ANONYMOUS_HEADS,
    BARE_CONTENT_CUES,
    CUE_VERBS,
    DEFINITE_BACKREFS,
    IMPERSONAL_VERBS,
)


#: Titles and roles that may precede a personal name ("Deputy Interior
#: Minister Tawfiq Abu Naim", "party spokesperson Hana Kovac"). They are
#: stripped from ``speaker_name``; a title with no name after it and an
#: indefinite article ("a spokesman") is anonymous.
TITLES = frozenset(
    """
    president vice prime minister ministers deputy spokesman spokeswoman spokesperson secretary-general
    spokespeople general gen major maj colonel col lieutenant lt brigadier captain capt
    sergeant admiral commander chief head leader director secretary ambassador envoy
    king queen prince princess sheikh emir sultan mayor governor senator congressman
    representative chairman chairwoman chair speaker premier chancellor coordinator
    negotiator adviser advisor mufti cleric imam judge dr mr mrs ms prof professor
    rabbi pope cardinal bishop founder officer inspector commissioner administrator superintendent sheriff coroner executive ceo gov sen rep sgt supt insp cmdr adm amb
    cfo coo cto treasurer attorney co-founder cofounder chef architect activist billionaire investor entrepreneur
    businessman businesswoman tycoon philanthropist author novelist actor actress singer rapper comedian
    presenter anchor columnist commentator pundit pollster coach owner ruler
    pathologist epidemiologist psychologist seismologist geologist toxicologist virologist criminologist
    clerk registrar comptroller auditor ombudsman magistrate
    midfielder striker defender goalkeeper quarterback pitcher winger skipper shortstop linebacker
    """.split()
)

#: Titles of people who speak officially for an organisation: "an army
#: spokesman" is the army speaking, so the source counts as named.
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople".split())

#: Organisation nouns: a phrase headed by one of these is a named source
#: ("the rebel-run Interior Ministry", "a union statement", "the militant group").
ORG_NOUNS = frozenset(
    """
    ministry movement group faction army military police government office agency
    authority authorities council committee delegation bureau politburo statement
    portal website site newspaper daily paper channel network broadcaster radio
    television tv presidency cabinet parliament embassy organization organisation
    brigades wing union coalition forces service services directorate command unit
    department company court prosecutor prosecution communique communiqué leadership
    administration state regime party alliance federation association mission
    commission foundation institute observatory outlet news site navy
    hospital hospitals clinic company firm charity school university airline county city municipality audit inquiry investigation probe
    airport operator bank fund watchdog monitor regulator body center centre
    network syndicate campaign tribunal forum palace secretariat report study survey community board station
    poll census tally letter memo note document source's spokesman's figures
    data statistics estimates toll count numbers records defence defense
    brigade coastguard corps constabulary gendarmerie documents filings
    indictment lawsuit affidavit complaint ruling judgment judgement
    analysis assessment tallies balance update bulletin list intelligence
    results projections findings wing governments ministries
    """.split()
)

#: Polities: they head a source phrase ("said the ruler of the former Soviet republic", "the country
#: said") but after "reports from" they are a place, not an author.
POLITY_NOUNS = frozenset("republic kingdom emirate province region country nation territory".split())
ORG_NOUNS = ORG_NOUNS | POLITY_NOUNS

#: Heads of "according to X" phrases that are not sources of an assertion
#: ("according to the plan", "according to the agreement").
NON_SOURCE_HEADS = frozenset(
    """
    plan plans agreement agreements deal deals proposal proposals law laws terms
    schedule timetable rules rule text draft resolution treaty custom tradition
    constitution framework roadmap arrangement arrangements program programme
    """.split()
)

#: Forces and states of affairs: no one's voice, whatever verb follows ("the storm threatened to cut
#: power", "Aftershocks threatened to bury more homes", "the dispute threatens to derail the talks").
NON_AGENT_HEADS = frozenset(
    """
    storm storms hurricane typhoon cyclone quake earthquake aftershock aftershocks tremor tremors
    fire fires blaze flames flood floods flooding floodwaters waters rain rains snow wind winds heat
    drought smoke tide tsunami landslide landslides mudslide avalanche eruption lava ash weather
    virus outbreak pandemic dispute crisis conflict war violence fighting unrest shortage shortages
    """.split()
)

#: Things offered, asked or proposed: "X offered a pause, which the rebels rejected" is a
#: refusal of the offer, not a denial of a statement.
PROPOSAL_NOUNS = NON_SOURCE_HEADS | frozenset(
    """
    offer offers pause pauses truce truces ceasefire ceasefires demand demands request requests
    call calls bid bids appeal appeals idea ideas suggestion suggestions initiative initiatives
    invitation invitations ultimatum ultimatums motion motions bill bills measure measures
    settlement compromise package scheme reform reforms budget contract merger takeover
    """.split()
)

#: Lowercase particles inside personal names ("Abdel Fattah el-Sisi", "Mohammed bin Salman").
NAME_PARTICLES_LOWER = frozenset("al el bin ibn abu abi de del van von da di la le".split())

#: Generational suffixes closing a personal name with a full stop ("Roland Butler Jr.", "John Smith Sr.").
NAME_SUFFIXES = frozenset("jr sr".split())

#: Personal pronouns that can be speakers; resolved to an earlier speaker.
PRONOUNS = frozenset("he she they it we".split())

#: News outlets that are the *recipients* in "told AFP"/"told Mada Masr"
#: (lowercase, multi-word allowed). They are speakers only when they report
#: themselves ("Axios reported").
NEWS_AGENCIES = frozenset(
    """
    afp|reuters|ap|the associated press|associated press|efe|xinhua|anadolu|anadolu agency|
    al jazeera|al-monitor|axios|cnn|bbc|mena|al arabiya|al-arabiya|the new york times|
    the washington post|the guardian|dpa|ansa|sky news|the national|the media line|
    bloomberg|bloomberg news|the wall street journal|wall street journal|the financial times|financial times|
    cnbc|nbc news|abc news|cbs news|fox news|politico|npr|usa today|the los angeles times|los angeles times|
    the times|the economist|the telegraph|the independent|business insider|kyodo|kyodo news|yonhap|tass|
    ria novosti|interfax|pti|ani|ians|upi|the new york post|le monde|der spiegel
    """.replace("\n", "").split("|")
)
NEWS_AGENCIES = frozenset(a.strip() for a in NEWS_AGENCIES if a.strip())


def news_agencies() -> frozenset[str]:
    """The generic outlets plus the ``[attribution] news_agencies`` of the domain lexicon in use
    (the shipped lexicon/domain/*.toml and any ``--lexicon`` file), lowercase."""
    return _with_domain_agencies(domain.get().attribution.get("news_agencies", ()))


@cache
def _with_domain_agencies(extra: tuple[str, ...]) -> frozenset[str]:
    return NEWS_AGENCIES | frozenset(w.lower().strip() for w in extra)

#: Lowercase recipients of "told" besides news agencies ("told reporters").
RECIPIENT_WORDS = (
    "reporters", "journalists", "him", "her", "them", "us", "me", "the press",
    "a news conference", "a press conference", "the media", "state media",
    "state television", "state tv", "the agency", "the newspaper", "the paper",
    "the channel", "the station", "the website", "the broadcaster", "the daily",
    "a briefing", "parliament", "the cabinet", "supporters", "a crowd",
    "soldiers", "troops", "lawmakers", "residents", "visitors", "students",
    "local media", "foreign media", "national media", "international media", "local reporters",
    "local journalists", "foreign journalists", "local television", "local radio", "state radio",
    "the public", "mourners", "protesters", "the nation", "the country", "parliamentarians",
    # courts, hearings and company calls ("told jurors that", "told analysts on a call that")
    "jurors", "analysts", "investors", "shareholders", "employees", "staff", "staffers", "workers",
    "customers", "clients", "senators", "legislators", "colleagues", "delegates",
    # investigations, inquiries, politics and private briefings ("told investigators the brakes had failed")
    "investigators", "detectives", "police", "officers", "prosecutors", "inspectors", "regulators", "aides",
    "advisers", "advisors", "allies", "associates", "confidants", "friends", "relatives", "family members",
    "voters", "donors", "diplomats", "negotiators", "mediators", "ministers", "members of parliament", "mps",
    "the police", "officials", "authorities", "the authorities", "rescuers", "doctors", "medics",
    "neighbours", "neighbors",
    "dpa",  # the German agency writes its name in lower case ("two officials told dpa the number ...")
)

#: Lowercase words allowed inside a speaker noun phrase besides capitalised
#: words, heads, titles and organisation nouns: determiners, numbers and the
#: adjectives wire copy uses to describe sources.
NP_MODIFIERS = frozenset(
    """
    the a an these those two three four five six several various many
    some other both all another one senior top high-ranking high ranking former
    informed well-informed knowledgeable local foreign security military
    intelligence diplomatic political government medical health humanitarian
    rescue civil defence defense interior news press unnamed anonymous western
    official ruling armed police army hospital judicial legal relief aid
    un regional international
    unidentified unnamed concerned relevant competent informed
    own current previous acting deputy media military's group's same joint
    junior retired serving final closing
    aforementioned latter former first second third latest
    shipping mining banking engineering publishing clothing retailing trading manufacturing
    consulting broadcasting advertising lending ride-hailing streaming
    public
    """.split()
)

#: Verbs whose object relays sources: "the paper cited officials who said", "quoting two
#: diplomats who said"; the object then speaks through "who".
RELAY_VERBS = frozenset("cited cites citing quoted quotes quoting interviewed".split())

#: Adverbs and auxiliaries that may stand between a speaker and the cue
#: ("Hazem Qasim also said", "A union source had told").
PRE_CUE_SKIP = frozenset(
    """
    also had has have later earlier further again then previously reportedly initially originally
    repeatedly publicly recently separately once already just similarly likewise since
    meanwhile subsequently had also would long often consistently always frequently
    now still officially formally openly privately
    """.split()
)

#: Week days and day words used in "X said on Sunday that" / "said Sunday".
DAY_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    """.split()
)

#: Capitalised words that open a sentence or clause and are never part of a
#: speaker phrase ("Meanwhile the army said", "But the union said").
CAP_STOP = frozenset(
    """
    On In At During After Before While When Where But And Or Also However Meanwhile
    Then Later Earlier Since As If Although Though Because Still Yet Moreover
    Furthermore Instead Last This Next Looking For From With Without By To Of
    Separately Similarly Likewise Indeed Nevertheless Nonetheless Thus So Now
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today
    January February March April May June July August September October November December
    Photo Photos Source Video Read Watch PREV NEXT That These Those There Here
    What Why How Who Which Whose Not Only Even Such Both Each Every According
    Speaking Asked Citing Quoting Referring Responding Commenting Addressing Writing
    Talking Answering Reacting Replying
    """.split()
)

#: Words that begin a clause: a speaker phrase right after one of these is the
#: subject of the reporting clause ("in which it said", "while officials said").
CLAUSE_OPENERS = frozenset(
    """
    that which who whom where when while as but and or after before because since
    although though whereas if so yet nor than once until
    """.split()
)

#: Words that start an adverbial comma segment before the subject
#: ("On Wednesday, party spokesman Jan Novak said ...").
ADVERBIAL_OPENERS = frozenset(
    """
    on in at during after before while when looking meanwhile however earlier later
    last this next separately also but and since for from with without by to speaking
    according following despite amid under over as instead moreover furthermore
    just shortly soon hours minutes moments days weeks immediately
    writing testifying appearing addressing responding commenting
    """.split()
)

#: Words opening a post-modifier of a speaker noun phrase: "a source close to
#: the union", "sources familiar with the talks", "a source who requested anonymity".
POSTMOD_MARKERS = (
    "who", "familiar with", "close to", "consulted by", "speaking on condition",
    "speaking to", "speaking with", "with knowledge of", "briefed on",
    "involved in", "requesting anonymity", "on condition of anonymity",
    "quoted by", "cited by", "in charge of", "based in", "based at",
    "not involved in", "not involved with", "not affiliated with", "unaffiliated with",
)

#: Post-modifiers allowed only after a speaker found *after* its cue
#: ("according to a statement published on the group's website", "according
#: to a statement from the rebel movement"). Before a cue they would swallow
#: verbs ("The union issued a statement in which it said").
FORWARD_POSTMOD_MARKERS = POSTMOD_MARKERS + (
    "published", "issued", "released", "posted", "carried by", "seen by",
    "obtained by", "from", "by", "of", "in", "on", "at", "for",
)

#: Comma segments skipped between a speaker and the cue ("Isaac Herzog, for
#: his part, said"): the segment starts with one of these words or phrases.
PARENTHETICALS = (
    "who", "which", "whose", "whom", "for his part", "for her part", "for its part",
    "for their part", "in turn", "however", "meanwhile", "too", "also", "in a statement",
    "in an interview", "in a speech", "on ", "in ", "speaking", "at ", "during ",
    "according to", "though", "nevertheless", "separately", "earlier", "later",
    "citing", "quoted by", "cited by", "controlled by", "run by", "led by", "backed by",
    "based in", "headed by", "affiliated with", "owned by", "allied with", "funded by",
    "carried out by", "conducted by", "prepared by", "compiled by", "drawn up by", "issued by",
    "published by", "released by", "written by",
    # a quantifier describing the plural speaker: "Two engineers, both from the city, said"
    "both ", "all ", "each ", "most of ", "many of ", "some of ", "none of ", "neither of ",
)

#: Prepositions / time words opening a short trailing adjunct after an
#: end-of-sentence cue ("..., Haniyeh said during the funeral.").
TRAILING_ADJUNCT_OPENERS = frozenset(
    """
    on in at during after before from to via through late early earlier later this
    last on yesterday today tonight monday tuesday wednesday thursday friday saturday
    sunday while when following amid without with as under by shortly of about
    outside inside near behind beside across outside inside upon because despite
    """.split()
)

#: Tokens that make the following cue word a noun or a non-reporting verb
#: ("the reports", "refused to confirm", "was added to the list").
NON_CUE_BEFORE = frozenset(
    """
    to the a an his her its their our my your was were be been being is are am
    these those such any no some
    """.split()
)

#: Nouns that turn an -s cue form into a noun ("press reports", "media claims").
NOUN_CUE_BEFORE = frozenset("press media news unconfirmed conflicting earlier".split())

#: Web page debris: a paragraph opening with one of these (lowercase) is page
#: furniture, never a speaker or content ("Advertisement", "Story continues
#: below", "Read more: ...", cookie and share prompts).
WEB_DEBRIS = (
    "advertisement", "story continues below", "article continues below", "the article continues below",
    "continue reading", "read more", "read also", "see also", "related:", "related coverage", "recommended",
    "share this", "share on", "share via", "click here", "sign up", "subscribe", "we use cookies",
    "this site uses cookies", "accept cookies", "cookie", "skip to content", "back to top",
    "open full embed", "watch:", "listen:", "get daily", "download the app",
)


#: Irregular simple past forms: a word among them (lowercase) is a verb, which tells a clause from a
#: noun phrase ("The ship sank, a dockworker said": "the ship sank" is no speaker; "Turkish troops raided").
IRREGULAR_PAST = frozenset(
    """
    took made gave sent held struck hit put set wrote began saw kept left met spoke stood threw won lost broke
    drew brought sought found paid led fled shot ran came went rose fell chose did bore withdrew upheld
    grew told said spent sold bought got felt heard knew meant read fought swore
    hid built caught drove flew sank spread stole taught thought understood
    arose ate became bit blew burnt clung crept dealt dug drank forbade forgot forgave froze hung
    overtook rang sat shook shrank slid spun stuck stung swept swam swung tore woke wore cut shut quit
    """.split()
)

#: Irregular past participles that open an appositive ("The report, seen by Reuters, said").
IRREGULAR_PARTICIPLES = frozenset(
    """
    seen shown given written known drawn made sent held heard read taken led run won
    brought sought caught found kept told spoken broken chosen
    """.split()
)
