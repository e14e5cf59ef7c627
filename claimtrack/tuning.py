"""Named tuning constants: every window, look-back and threshold in one place.

Each constant says what it changes; each has a test that shows the
behaviour on both sides of it. Modules import them from here rather than
writing the number inline.
"""

from __future__ import annotations

# --- attribution ------------------------------------------------------------
# (claimtrack/extract/attribution.py reads these; tests/test_attribution_tuning.py
# shows what each one changes.)

#: Characters looked at before a cue when searching the speaker.
ATTR_BACK_WINDOW = 600
#: Characters looked at after a cue when searching the speaker or content.
ATTR_FORWARD_WINDOW = 400
#: Longest speaker phrase, in tokens.
ATTR_MAX_NP_TOKENS = 24
#: Earlier claims looked at when resolving "he", "the source", ...
ATTR_HISTORY = 64
#: Cue words tried per sentence (protects against pathological input).
ATTR_MAX_CUES_PER_UNIT = 40
#: Words allowed between a claim's cue and "and" before a second cue of the
#: same speaker ("X said on Monday and added that").
ATTR_MAX_SECOND_CUE_GAP = 6
#: Longest clause subject looked for before its verb ("Water board officials didn't ... but said").
ATTR_MAX_SUBJECT_TOKENS = 8
#: Adjuncts ("on Sunday", "in a statement") skipped in a row after a cue.
ATTR_MAX_ADJUNCTS = 4
#: Lines of web debris ("Advertisement", "Read more: ...") are at most this long.
ATTR_DEBRIS_MAX_CHARS = 160
#: Headline-like paragraphs (no final punctuation) have at most this many words.
ATTR_HEADLINE_MAX_WORDS = 25
#: Characters looked back for "Minister Jan Novak" when resolving "the minister".
ATTR_TITLE_BACK_WINDOW = 6000
#: Longest speaker post-modifier ("who asked not to be named because ..."), in characters.
ATTR_POSTMOD_CHARS = 250
#: Characters looked back from "as saying" for "quoted"/"cited".
ATTR_CITED_BACK = 250
#: Characters looked back for the full name of a short one ("Novak" -> "Jan Novak").
ATTR_SHORT_NAME_BACK = 20000
#: Earlier occurrences of a short name tried when looking for its full form.
ATTR_SHORT_NAME_TRIES = 50
#: Characters looked back for a name for "it" (outside its own sentence).
ATTR_IT_NAME_BACK = 300
#: Characters looked back for a two-word name for "he"/"she" with no earlier speaker.
ATTR_PERSON_NAME_BACK = 500
#: Characters before a second cue searched for "and"/"but" ("X denied it and added").
ATTR_AND_GAP_CHARS = 16
#: Latest claims a new cue is checked against (nesting, "according to" as a channel).
ATTR_RECENT_CLAIMS = 3
#: Words a speaker phrase may be widened leftwards over ("the country's war cabinet minister X said").
ATTR_WIDEN_WORDS = 8
#: Longest quoted programme or publication title (in words) read as a title, not a quotation
#: ("told CBS's "Face the Nation"", "said on "Meet the Press"").
ATTR_TITLE_QUOTE_WORDS = 6
#: Longest recipient object (in words) between a cue and its "that" ("warned its retail investors that").
ATTR_OBJECT_THAT_WORDS = 4
#: Words looked back from a relative "that" for the document that reports ("a letter from the Treasury that warned").
ATTR_DOC_ANTECEDENT_WORDS = 7
#: Fewest words of an article's last paragraph, cut off without a final stop, read as prose
#: rather than as a headline-like line ("... took issue with an article that reported SVB was facing").
ATTR_CUT_PROSE_WORDS = 12
#: Steps of adverbs, auxiliaries and time words skipped between speaker and cue ("also had", "on Sunday").
ATTR_PRE_CUE_WORDS = 6
#: Comma segments of an appositive chain looked through for the speaker ("X, 60, a teacher, said").
ATTR_APPOSITIVE_SEGMENTS = 4
#: Adjuncts skipped after an inverted speaker before the clause must close ("..., said X in a statement.").
ATTR_CLOSING_ADJUNCTS = 3
#: Earlier verbs of a clause tried for the subject of a coordinated cue ("X visited ... and said").
ATTR_COORDINATED_VERBS_TRIED = 3
#: Words a relative clause set off by no comma may hold between a source and its cue, "which" and
#: the clause included ("the committee which probes major crimes said": 4).
ATTR_RESTRICTIVE_RELATIVE_WORDS = 6
#: Words an appositive after a trailing "according to X" may hold and still close the sentence
#: (", former president of the hotel association": 7), so that X is a party of its own.
ATTR_APPOSITIVE_WORDS = 14
#: Plain words a source noun compound may stack between its opening word and its head
#: ("the state highway agency", "a county emergency management official").
ATTR_COMPOUND_WORDS = 3
#: Characters after a cue looked at for an anonymity adjunct ("... spokesman said on condition of anonymity").
ATTR_ANONYMITY_AFTER_CUE = 40

# --- figures and dates --------------------------------------------------------

# --- article date (extract/pubdate.py) -------------------------------------------

#: A dateline or a bare timestamp line is looked for only in the article's first
#: this many non-blank lines (wire datelines open the story; page stamps sit
#: under the headline).
PUBDATE_HEAD_LINES = 8
#: A year-less date ("Saturday, August 12") takes the year of the latest full
#: date in the text that puts it no later than this many days after that date;
#: later than that it is read as the year before (with "Oct. 5, 2023" in the
#: text, "November 20" is 2022-11-20, not a day still to come).
PUBDATE_YEARLESS_AHEAD_DAYS = 14
#: Weekdays named on their own ("said on Sunday") move an inferred date forward
#: to the next such day at most this many days after the latest full date. Not 6:
#: the weekday just before that date ("Sunday, Jan. 7" and "late Saturday") is the
#: day before it far more often than the same weekday six days on.
PUBDATE_WEEKDAY_REACH_DAYS = 5
#: A year-less dateline ("SEOUL, Jan 3 (Yonhap)") that falls before the latest
#: full date of the text is read in the next year only when that puts it at
#: most this many days after that date; further than that the year is unknown.
PUBDATE_DATELINE_NEXT_YEAR_DAYS = 183

# --- comparator ----------------------------------------------------------------

#: How far (characters, each side) a figure's or date's sentence is read when
#: deciding what it counts or dates: wider than any sentence of real prose,
#: and it keeps the work per figure constant in a run-on sentence.
SENTENCE_WINDOW = 500

#: At most this many mentions are listed in one conflict (the earliest reports
#: of each value: later articles do not reshuffle a conflict).
MAX_MENTIONS = 12
#: A conflict lists the first report of each of its values, at most this many values.
MAX_LISTED = 200
#: The terms of a proposed deal are compared between reports at most this many days apart.
DEAL_WINDOW_DAYS = 2
#: The toll of one strike on a named site is compared between reports at most
#: this many days apart (the same site hit months later is another strike).
SITE_WINDOW_DAYS = 14
#: A fixed past event with no named date is compared between reports within this many days.
YEAR_WINDOW_DAYS = 365
#: Two dates of one named event further apart than this are two events of one name.
EVENT_YEAR_GAP_DAYS = 400
#: Two dates of one repeated operation (a raid) clash only when at most this many days apart.
OPS_WINDOW_DAYS = 45
#: Two dates given for the start (or end) of "the truce" clash only within this many days.
TRUCE_WINDOW_DAYS = 7
#: Two days given for the day the story's disaster struck ("the storm hit on
#: Sunday" / "on Monday") clash only when at most this many days apart.
DISASTER_WINDOW_DAYS = 3
#: Two days given for one strike on a named site ("the blast at the hospital on
#: Tuesday" / "on Monday") or for one named person's killing clash only when at
#: most this many days apart (the same site struck weeks later is another strike).
SITE_DATE_WINDOW_DAYS = 3
#: The story's own toll (no place the domain knows) is compared between reports
#: at most this many days apart: a later report lower than an earlier one is flagged.
RUNNING_WINDOW_DAYS = 1
#: A release of a named group (by nationality) told with no day is compared
#: between reports at most this many days apart (a report the next morning).
RELEASE_REPORT_WINDOW_DAYS = 1
#: A later toll lower than an earlier one by at most this share of it is not
#: flagged (one injured person who died moves between two counts).
DECREASE_TOLERANCE = 0.05
#: Event keys at least this similar (rapidfuzz token_sort_ratio, 0-100) are one
#: event when the domain lexicon does not list them as equivalents.
EVENT_SIMILARITY = 90

# --- reading what figures count and dates date (extract/quantities.py, events.py, names.py)

#: How far (characters) before a date the event it dates is looked for.
EVENT_WINDOW = 160
#: How far back (characters) "the raid" looks for the operation in a named place it refers to.
OP_LOOKBACK = 1500
#: Dates looked at per clause for the day a count is given for (keeps the work per figure constant).
CLAUSE_DATES_LOOKED_AT = 4
#: How many characters either side of a number a magnitude word ("magnitude",
#: "Richter") may stand for the number to be the quake's magnitude.
MAGNITUDE_REACH = 25
#: A magnitude is at most this (the scales people quote end near 10).
MAX_MAGNITUDE = 10.0
#: How far after a name (characters) the relative clause giving its status
#: ("..., who was captured") is looked for.
STATUS_REACH = 120
#: Two different ages of one person conflict when reported within this many days of each other
#: (farther apart a birthday may lie between; an undated report is always compared).
AGE_WINDOW_DAYS = 60
#: A first name that another one opens is its short form ("Saif" / "Saifeddin") from this many letters on,
#: when long names (three tokens or more) of one surname are matched (extract/names.same_long_name).
NAME_SHORT_FORM_MIN_LEN = 4
#: Two name tokens of this many letters or more, with the same first letter and the same letters
#: in another order, are one name with two letters swapped ("Roland" / "Ronald"); shorter ones
#: are too often two names ("Mary" / "Myra").
NAME_ANAGRAM_MIN_LEN = 5

# --- review and the desk ---------------------------------------------------------

#: A verdict moves to a re-extracted claim of the same speaker whose content is
#: at least this similar (rapidfuzz ratio, 0-100) to the content it was given on.
REATTACH_SIMILARITY = 90.0

#: A claim repeats an earlier one of the same speaker (a page printing a passage
#: twice) when their contents are at least this similar (rapidfuzz ratio; 100:
#: the same words, spacing and case aside). Kept at 100: a copy with other
#: quote marks or a corrected word is an edited passage, and on the dev set
#: merging such copies (at 95) lost a separately annotated attribution.
REPEAT_SIMILARITY = 100.0
#: Claims with shorter content are never treated as repeats ("no", "it is false").
REPEAT_MIN_CHARS = 20
#: A figure or date is a repeat only inside an identical sentence at least this long.
REPEAT_MIN_SENTENCE = 40
#: How many earlier claims of one speaker a claim is compared with (keeps it linear).
REPEAT_FUZZY_WINDOW = 50

#: ``claims --speaker`` also finds a speaker whose name is at least this similar
#: (rapidfuzz ratio after folding spelling variants: "qasim" finds "Qassem").
SPEAKER_SIMILARITY = 80.0
#: Unknown article ids and figure keys: suggest known ones at least this similar.
SUGGEST_SIMILARITY = 60.0

#: Below this many columns, listings switch from a table to one block per record.
STACKED_BELOW = 100


# --- figure and date extraction (extract/figures.py, extract/dates.py) -----------------

#: Relative tolerance of approximate qualifiers ("about 1,200" -> 1,080..1,320;
#: "nearly 200" -> 180..200).
FIG_APPROX_TOLERANCE = 0.1
#: How far (characters) a figure's context windows reach around it when no
#: sentence is known (roles, clause bounds).
FIG_CONTEXT_WINDOW = 160
#: A number written in words has at most this many words ("one hundred and twenty-one").
FIG_MAX_WORD_TOKENS = 12
#: The oldest age read from a number set off by commas after a name ("Bilal Haddad, 30, a builder");
#: a larger number there is a count.
FIG_MAX_APPOSITION_AGE = 120
#: How far before a release count (characters) a proposal word makes it "to be released".
FIG_PROPOSAL_LOOKBACK = 300
#: A four-digit number in this range, not a quantity, is read as a year.
YEAR_MIN = 1800
YEAR_MAX = 2100
#: How far before an anchor word (characters) a date expression may start ("in the past few days").
DATE_ANCHOR_BACK = 40
#: With no sentence known, a date's clause reaches at most this far (characters) either side.
DATE_CLAUSE_REACH = 200
#: How far before a bare number (characters) "the number of <thing> is" may name what it counts.
NUMBER_OF_REACH = 80
#: At most this many words make one item of a serial list of names ("the Coast Express, the
#: Hill Express, and a goods train"): such a list's commas do not break a figure's clause.
MAX_LIST_ITEM_WORDS = 5
#: A lone capitalised word this long or longer may be a surname spelled otherwise than the full name
#: the same article gives ("Ismail Haniyeh ... Hanieh"); shorter words are too often other names.
LONE_SURNAME_MIN_LEN = 5
#: How alike (rapidfuzz ratio, 0-100) that lone word and the full name's last name must be.
LONE_VARIANT_RATIO = 80

#: an article with no date reports on the one weekday the first this many
#: sentences name ("a raid on Saturday"): figures of two such articles meet
UNDATED_LEDE_SENTENCES = 3

# --- listings (claimtrack/listing.py) ---------------------------------------------------

#: A JSON listing reading at least this many shard parts shares them among forked processes
#: (one per core, or $CLAIMTRACK_WORKERS); fewer are read by the listing's own process.
LISTING_FORK_MIN_SHARDS = 32

#: The comparison of a database of at least this many article shards compares its tables
#: (names, dates, figures) at once, each in a process of its own, when more than one core
#: (or $CLAIMTRACK_WORKERS) is there (:func:`ingest._compare_tables`).
COMPARE_FORK_MIN_SHARDS = 32

#: An ingest writing at most this many articles hands the comparison the records it has just
#: extracted (they are not read back); a larger one lets the comparison read them from the
#: database, table by table, so the writing process does not hold every new record as an
#: object while the tables are compared (:func:`ingest.write_results`).
FRESH_RECORDS_MAX_ARTICLES = 2000

#: The workers of an ingest of at most this many articles hand back their results as values,
#: not pickled and compressed: no compressing in the workers, and no unpickling and
#: decompressing in the writing process once the extraction is done (the pool's result thread
#: unpickles each result as it comes). A larger ingest keeps them compressed, about a tenth of
#: the memory (:func:`ingest.extract_packed`).
INGEST_UNCOMPRESSED_MAX_ARTICLES = 2000

# --- measures of a quake: magnitude and epicentre bearing (compare/rules/figures.py, extract/quantities.py) ---

#: Two magnitudes given for the story's quake further apart than this are two quakes (an
#: aftershock told without the word: "an earthquake with a magnitude of 5.5 hit ... on Wednesday"),
#: not a discrepancy; agencies' estimates of one quake differ by a few tenths.
MAGNITUDE_SAME_QUAKE = 1.0
#: Two directions given for where the quake's epicentre lies from one place clash from this many
#: degrees apart ("northeast of" vs "southwest of"); neighbouring points ("south" / "southwest") do not.
BEARING_APART_DEGREES = 90
