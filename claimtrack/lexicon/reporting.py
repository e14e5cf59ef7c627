"""The reporting lexicon: reporting verbs with their frames, source nouns, anonymous sources.

Plain Python data (no code runs here), read by
:mod:`claimtrack.extract.attribution`. One entry per verb lemma in
:data:`REPORTING_VERBS`: ``forms`` are the finite forms that open a reported
assertion (multi-word forms allowed: "pointed out", "called on"), ``frames``
the constructions the verb takes. Each frame is handled by one small
registered function in the extractor, whose rule id each claim carries in
its ``rule`` field:

============  =====================================  ===================================
frame         example                                 content / rule id
============  =====================================  ===================================
that          X said (on Sunday) that C               C / ``claim.that``
quote         X said: "C" / X said "C"                "C" / ``claim.quote``
colon         X told reporters: C                     C / ``claim.colon``
after         "C," X said. / C, said X. / C, X said   C / ``claim.content_before``,
                                                      ``claim.inversion``, ``claim.mid``
bare          X said C (a clause without "that")      C / ``claim.bare``
np_object     X announced a curfew                    "a curfew" / ``claim.np_object``
of            X accused Y of Z                        "of Z" / ``claim.of_complement``
of_topic      X warned of Z                           "of Z" / ``claim.of_topic``
infinitive    X claims to have shot down a drone      "to have ..." / ``claim.infinitive``
put_at        X put the toll at 93                    "the toll at 93" / ``claim.put_at``
describe_as   X described the talks as W              "the talks as W" / ``claim.describe_as``
name_quote    X called the bill “a disgrace”           "the bill “a disgrace”" / ``claim.name_quote``
call_on       X called on Y to Z                      "Y to Z" / ``claim.call_on``
recipient     X told Y (that) C: a recipient needed   (``tell`` only)
object_that   X warned investors (on Friday) that C   C / ``claim.that``: an optional
                                                      recipient before "that"
as_saying     X quoted Y as saying C: Y speaks        C / ``claim.as_saying``
============  =====================================  ===================================

Add a verb by adding one entry; add a frame by adding its handler (one
registered function) in the extractor and naming it here.
"""

from __future__ import annotations

#: The constructions every speech verb takes: "that"-clause, quotation,
#: colon, and the content before the cue ("..., X said" / "..., said X").
SPEECH = ("that", "quote", "colon", "after")

#: The speech frames as a set (the default of a cue missing from REPORTING_VERBS).
SPEECH_FRAMES = frozenset(SPEECH)
#: What each construction the extractor finds after a cue needs among the verb's frames.
SPEECH_MODES = {"that": "that", "quote": "quote", "colon": "colon", "end": "after", "mid": "after", "bare": "that"}

#: Every frame name the extractor knows (a typo in an entry fails a test).
FRAMES = frozenset(
    SPEECH + ("bare", "np_object", "of", "of_topic", "infinitive", "put_at", "describe_as", "name_quote", "call_on", "recipient", "as_saying",
              "object_that")
)


def PROGRESSIVE(participle: str) -> tuple[str, ...]:
    """The progressive forms of a verb ("are saying", "has been saying"): a report as much as "says"."""
    return tuple(f"{aux} {participle}" for aux in ("is", "are", "was", "were", "has been", "have been", "had been"))


def _v(*forms: str, frames: tuple[str, ...] = SPEECH) -> dict[str, tuple[str, ...]]:
    return {"forms": forms, "frames": frames}


#: Reporting verbs: lemma -> {"forms": finite forms, "frames": constructions}.
#: Only finite forms are listed (the plural present too: "authorities report",
#: "experts warn"): participles ("adding", "stressing") continue the current
#: claim and never open a new one.
REPORTING_VERBS: dict[str, dict[str, tuple[str, ...]]] = {
    "say": _v("said", "says", "say", "went on to say", "goes on to say", *PROGRESSIVE("saying"), frames=SPEECH + ("bare",)),
    "tell": _v("told", "tells", "tell", *PROGRESSIVE("telling"), frames=SPEECH + ("bare", "recipient")),
    "add": _v("added", "adds", "went on to add", frames=SPEECH + ("bare",)),
    "stress": _v("stressed", "stresses", "stress", frames=SPEECH + ("np_object",)),  # "stressed the importance of"
    "warn": _v("warned", "warns", "warn", *PROGRESSIVE("warning"), frames=SPEECH + ("of_topic", "object_that")),  # "officials warned of an outbreak"
    "confirm": _v("confirmed", "confirms", "confirm", frames=SPEECH + ("np_object",)),  # "the coroner confirmed the deaths"
    "indicate": _v("indicated", "indicates", "indicate"),  # plural present too: "early reports indicate that"
    "highlight": _v("highlighted", "highlights"),
    "assure": _v("assured", "assures", frames=SPEECH + ("object_that",)),  # "assured customers that"
    "reassure": _v("reassured", "reassures", frames=SPEECH + ("object_that",)),
    "remind": _v("reminded", "reminds", frames=SPEECH + ("object_that",)),  # "the judge reminded jurors that"
    "notify": _v("notified", "notifies", frames=SPEECH + ("object_that",)),  # "the firm notified clients that"
    "inform": _v("informed", "informs", frames=SPEECH + ("object_that",)),
    "alert": _v("alerted", "alerts", frames=("that", "object_that")),
    "report": _v("reported", "reports", "report", frames=SPEECH + ("np_object",)),  # "local media reported the collapse of"
    "continue": _v("continued", "continues"),
    "note": _v("noted", "notes", "note"),  # plural present too: "analysts note that"
    "explain": _v("explained", "explains", "explain"),
    "announce": _v("announced", "announces", "announce", frames=SPEECH + ("np_object",)),  # "the governor announced a curfew"
    "claim": _v("claimed", "claims", "claim", frames=SPEECH + ("infinitive",)),  # "X claims to have shot down"
    "deny": _v("denied", "denies", "deny", frames=SPEECH + ("np_object",)),  # "the company denied the allegation"
    "insist": _v("insisted", "insists", "insist"),
    "state": _v("stated", "states"),
    "affirm": _v("affirmed", "affirms"),
    "assert": _v("asserted", "asserts"),
    "declare": _v("declared", "declares"),
    "emphasize": _v("emphasized", "emphasised", "emphasizes", "emphasises"),
    "underline": _v("underlined", "underlines"),
    "reveal": _v("revealed", "reveals", "reveal", frames=SPEECH + ("np_object",)),  # "X revealed several details"
    "disclose": _v("disclosed", "discloses"),
    "acknowledge": _v("acknowledged", "acknowledges", "acknowledge"),
    "admit": _v("admitted", "admits", "admit"),
    "argue": _v("argued", "argues", "argue"),
    "allege": _v("alleged", "alleges", "allege"),
    "clarify": _v("clarified", "clarifies"),
    "point out": _v("pointed out", "points out", "point out"),
    "make clear": _v("made it clear", "made clear", "makes it clear", "makes clear", frames=("that",)),  # "made it clear that ..."
    "tweet": _v("tweeted", "tweets"),
    "post": _v("posted", "posts"),  # "the minister posted on X that ...", "“...,” she posted to X."
    "share": _v("shared", frames=("that", "quote", "colon")),  # "the charity shared in a post that ..."
    "write": _v("wrote", "writes"),
    "maintain": _v("maintained", "maintains"),
    # translated wire copy ("consideró que", "detalló que", "denunció que")
    "reiterate": _v("reiterated", "reiterates"),
    "reaffirm": _v("reaffirmed", "reaffirms"),
    "underscore": _v("underscored", "underscores"),
    "consider": _v("considered", "considers"),
    "detail": _v("detailed", "details"),
    "specify": _v("specified", "specifies"),
    "denounce": _v("denounced", "denounces", frames=SPEECH + ("describe_as",)),  # "denounced the raid as a crime"
    "dismiss": _v("dismissed", "dismisses", frames=("describe_as",)),  # "dismissed the claims as baseless"
    "brand": _v("branded", "brands", frames=("describe_as",)),  # "branded the strike as illegal"
    "label": _v("labelled", "labeled", "labels", frames=("describe_as",)),
    "condemn": _v("condemned", "condemns", frames=("describe_as",)),  # "condemned the attack as cowardly"
    # a cry quoted: "“Get out!” a guard shouted", "someone yelled: “Fire!”" (never an object: "shouted slogans")
    "shout": _v("shouted", "shouts", frames=("quote", "colon", "after")),
    "yell": _v("yelled", "yells", frames=("quote", "colon", "after")),
    "scream": _v("screamed", "screams", frames=("quote", "colon", "after")),
    "call": _v("called", "calls", frames=("name_quote",)),  # "called the bill “a disgrace”" (not "called a meeting")
    "defend": _v("defended", "defends"),  # "defendió que": needs "that" like every non-bare cue
    "justify": _v("justified", "justifies"),  # "justificó": "“...,” justified a pensioner"; needs "that" or a quote
    "lament": _v("lamented", "laments"),
    "caution": _v("cautioned", "cautions", "caution", frames=SPEECH + ("object_that",)),
    "regret": _v("regretted", "regrets"),
    "predict": _v("predicted", "predicts", "predict", frames=SPEECH + ("np_object",)),  # "predicted more rain"
    "estimate": _v("estimated", "estimates", "estimate", frames=SPEECH + ("np_object",)),
    "suggest": _v("suggested", "suggests", "suggest"),
    # court and debate reporting: "the defence contended that", "the lawyer countered that"
    "contend": _v("contended", "contends", "contend"),
    "counter": _v("countered", "counters"),
    "retort": _v("retorted", "retorts"),
    "quip": _v("quipped", "quips"),
    "recount": _v("recounted", "recounts"),
    "concede": _v("conceded", "concedes"),
    "recall": _v("recalled", "recalls"),
    "observe": _v("observed", "observes"),
    "comment": _v("commented", "comments"),
    "reply": _v("replied", "replies"),
    "respond": _v("responded", "responds"),
    "mention": _v("mentioned", "mentions"),
    "conclude": _v("concluded", "concludes"),
    "remark": _v("remarked", "remarks"),
    "advise": _v("advised", "advises", frames=SPEECH + ("object_that",)),
    "believe": _v("believes", "believe"),  # plural only with an anonymous subject: "security officials believe that"
    "read": _v("read", "reads"),  # only with a document as speaker: "..., read a joint statement"
    "vow": _v("vowed", "vows", frames=SPEECH + ("infinitive",)),
    "promise": _v("promised", "promises", frames=SPEECH + ("infinitive", "object_that")),
    "pledge": _v("pledged", "pledges", frames=("that", "quote", "infinitive")),
    "threaten": _v("threatened", "threatens", frames=("infinitive",)),
    "boast": _v("boasted", "boasts"),
    "forecast": _v("forecast", "forecasts", frames=SPEECH + ("np_object",)),
    "find": _v("found", "finds", frames=("that",)),
    # only with a document as speaker: "court records show (that) C", "..., data from the ministry showed."
    "show": _v("showed", "shows", "show", frames=("that", "bare", "after")),
    "assess": _v("assessed", "assesses", frames=("that",)),  # "intelligence officials assessed that ..."  # "the report found that ...", "investigators found that ..."
    "complain": _v("complained", "complains"),
    "rule": _v("ruled", frames=("that",)),  # a court's finding: "the judge ruled that" (not "rules": "the court rules that apply")
    "testify": _v("testified", "testifies", "testify"),  # court and hearing reports: "the former finance chief testified that"
    # verbs that report through their object
    "describe": _v("described", "describes", frames=("describe_as", "np_object")),  # "witnesses described chaos"
    "blame": _v("blamed", "blames", frames=("np_object",)),  # "X blamed Y for the collapse"
    "put": _v("put", "puts", frames=("put_at",)),  # "the agency put the toll at 93"
    "call on": _v("called on", "calls on", "called upon", "calls upon", frames=("call_on",)),
    "urge": _v("urged", "urges", frames=("call_on",)),  # "X urged residents to leave"
    "accuse": _v("accused", "accuses", frames=("of",)),  # "X accused Y of Z": content "of Z"
    # "X quoted Y as saying C": the one quoted speaks
    "quote": _v("quoted", "quotes", "quoting", frames=("as_saying",)),
    "cite": _v("cited", "cites", "citing", frames=("as_saying",)),
}

#: Reporting verbs: lemma -> finite forms that open a reported assertion.
CUE_VERBS: dict[str, tuple[str, ...]] = {
    lemma: entry["forms"] for lemma, entry in REPORTING_VERBS.items() if set(entry["frames"]) - {"as_saying"}
}
#: Lemma -> the frames it takes.
VERB_FRAMES: dict[str, frozenset[str]] = {lemma: frozenset(e["frames"]) for lemma, e in REPORTING_VERBS.items()}

#: Cues that may be followed directly by the reported clause, without "that",
#: a colon or a quotation mark ("the minister said the talks will ...").
#: Every other cue needs one of those (or another frame), since "the league
#: announced a review" or "the mayor insists on ..." report no clause.
BARE_CONTENT_CUES = frozenset(lemma for lemma, e in REPORTING_VERBS.items() if "bare" in e["frames"])

#: The prepositional cue, handled by its own rules ("according to X, ...").
ACCORDING_TO = "according to"
#: Prepositional cues read like "according to" (lowercase; a capitalised first letter is added).
PREPOSITIONAL_CUES = ("according to", "as reported by", "as per", "as stated by", "as announced by", "as quoted by")
#: Prepositional cues read so only when they open a sentence ("Per the ministry, ..."; not "5 per day").
SENTENCE_INITIAL_CUES = ("Per",)

#: Passive impersonal reports: "it was <verb> that ..." gives an anonymous claim.
IMPERSONAL_VERBS = frozenset(
    "reported learned learnt announced confirmed stated revealed said claimed understood".split()
)

#: Nouns for unidentified people: a speaker phrase headed by one of these,
#: without a personal name in apposition, is an anonymous source.
ANONYMOUS_HEADS = frozenset(
    """
    source sources official officials informant informants diplomat diplomats
    officer officers
    witness witnesses eyewitness eyewitnesses resident residents medic medics
    analyst analysts observer observers monitors insider insiders aide aides another author authors
    person people someone member members activist activists media
    rumours rumors leaks reports accounts testimonies man men woman women driver drivers doctor doctors nurse
    nurses paramedic paramedics father mother farmer farmers teacher teachers
    student students survivor survivors relative relatives neighbour neighbours
    neighbor neighbors fighter fighters soldier soldiers militant militants
    refugee refugees worker workers employee employees trader traders shopkeeper
    fisherman fishermen journalist journalists reporter reporters correspondent
    correspondents expert experts researcher researchers lawyer lawyers mediator
    mediators delegate delegates participant participants organiser organisers
    organizer organizers protester protesters demonstrator demonstrators victim
    victims hostage hostages detainee detainees prisoner prisoners
    groups agencies organisations organizations charities ngos
    countries nations republics kingdoms provinces regions territories suspect suspects
    family families son sons daughter daughters brother brothers sister sisters husband wife widow
    uncle aunt cousin cousins friend friends classmate classmates
    leaders commanders chiefs directors governors mayors judges envoys ambassadors negotiators advisers advisors
    spokesmen spokeswomen ministers senators
    villager villagers rescuer rescuers responder responders firefighter firefighters
    authorities
    scientist scientists engineer engineers manager managers investigator investigators
    inspector inspectors forecaster forecasters meteorologist meteorologists volunteer volunteers
    economist economists parent parents passenger passengers pilot pilots climber climbers
    surgeon surgeons physician physicians historian historians critic critics bystander bystanders
    colleague colleagues tourist tourists locals miners guards prosecutors detective detectives officer officers
    publicist publicists agent agents
    rebel rebels insurgent insurgents gunman gunmen attacker attackers teams crews
    others outlets
    regulators executives representatives investors capitalists founders bankers lawmakers
    legislators customers clients depositors shareholders staffers consumers strategists
    """.split()
)

#: Heads that do not make a speaker anonymous when plural/indefinite but
#: which, like ANONYMOUS_HEADS, refer back to an earlier source when definite
#: ("the source", "the officials"): used to resolve ``speaker_name``.
DEFINITE_BACKREFS = frozenset(
    "source sources official officials informant informants diplomat diplomats witness witnesses".split()
)

#: Named bodies whose noun is plural ("police believe that"): they may take plural "believe",
#: which otherwise needs an unnamed group ("officials believe"), not "Americans believe".
PLURAL_BODIES = frozenset("police".split())

#: Objects that make a reporting verb an act, not a report ("denied entry to", "confirmed receipt").
NON_REPORT_OBJECTS = frozenset("entry access permission passage visas bail receipt".split())
#: Objects that only point back to what was just said ("the agency confirmed the news."): no content of their own.
ANAPHORIC_OBJECTS = frozenset("news information details".split())

#: Heads of definite phrases that stand for whichever body was named last
#: ("the group", "the organization", "the statement"); other heads ("the
#: interior ministry") only stand for a body named with the same head.
GENERIC_BODY_HEADS = frozenset(
    "group movement organization organisation faction body institution statement update communique "
    "communiqué bulletin".split()
)

#: Object pronouns after "according to" and their subject forms ("according to him").
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we"}
