"""The words and patterns that `dates` reads news dates with: month and weekday tables, the one
regular expression every date candidate matches, and the words around a candidate that decide it.

Data only, no behaviour: `DATE` names each alternative by its kind ("md", "wdate", "yy", ...), and
`dates` dispatches on `Match.lastgroup` to the handler of that kind.
"""

from __future__ import annotations

import re

from consistency.model import WEEKDAYS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _trie(words: list[str]) -> str:
    """The words as one pattern that shares their heads: "t(?:his|o(?:day|morrow|night))". The
    engine tries alternatives one by one, so a shared head fails a word once, not once a word."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, rests in heads.items():
        longer = [rest for rest in rests if rest]
        tail = _trie(longer) if longer else ""
        parts.append(re.escape(head) + (f"(?:{tail})?" if tail and "" in rests else tail))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_NUMBER = {name.lower(): n for n, name in enumerate(_MONTHS, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# --- the pattern ------------------------------------------------------------------------------
# Spaces with at most one line break, so hard-wrapped text matches but paragraphs stay apart.
_S1 = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_S = rf"(?:{_S1})?"
_MONTH_FULL = rf"\b(?:{'|'.join(_MONTHS)})\b"
# Abbreviations ("Apr. 13", "Nov 09, 2020") only ever count next to a day or a year.
_MON = rf"(?:{_MONTH_FULL}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
_YEAR_END = r"(?P<@>(?:1[89]|20)\d\d|\d\d)\b"  # "2014" or "14" closing "2013-14"
_WEEKDAY = rf"\b(?:{'|'.join(WEEKDAYS)})\b"
_QUAL = rf"\b(?:[Mm]id|[Ee]arly|[Ll]ate)(?:-|{_S1})"  # "mid-March", "early April", "late 2020"
_YEAR_SEP = rf"(?:{_S},{_S}|{_S1})"
_NO_NUMBER_AFTER = r"(?![\d,.]\d)"
_CLEAN_BEFORE = r"(?<![$€£¥#\w])(?<!\w[.,:/–-])"  # not "$2018", "1,2018", "117/2021", "pre-2014"
_MD = rf"(?P<@mon>{_MON}){_S1}(?P<@day>{_DAY})(?![:.]\d)"
_DM = rf"(?<![\d.,/$£€-])\b(?P<@day>{_DAY})(?:{_S1}of)?{_S1}(?P<@mon>{_MON})"
_TAIL = (  # the year after a day and month: ", 2021", " 2021" or " last year"
    rf"(?:{_YEAR_SEP}(?P<@year>{_YEAR}){_NO_NUMBER_AFTER}"
    rf"|{_S1}(?:of{_S1})?(?P<@rel>last|this|next){_S1}year\b)?"
)

_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
_MON_ANY = rf"(?i:{'|'.join(_MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
_CMP_MON = rf"(?P<cmp_m>{_MON_ANY})"
_COUNT_WORD = (
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
)
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNT_WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ORDINAL_DAYS = {word: n for n, word in enumerate(_ORDINALS, 1)} | {"thirtieth": 30}
ORDINAL_DAYS |= {f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINALS[:9], 1)}
ORDINAL_DAYS["thirty-first"] = 31
_ORDINAL_WORDS = [w.replace("-", sep) for w in ORDINAL_DAYS for sep in "- "]
# The cue comes before the digit, so that the digit opens the match: "on the 13th", "by the 4th".
_NTH_CUES = ("on", "by", "since", "until", "till", "from", "before", "after")
_NTH_CUE = "(?<=the )(?:" + "|".join(rf"(?<=\b{cue} the )" for cue in _NTH_CUES) + ")"

# --- holidays -----------------------------------------------------------------------------------
# Fixed ones by (month, day); movable ones by the rule's name, computed in `dates`. Only names that
# mean one day wherever the story is from: not "Independence Day" or "Labor Day".
HOLIDAYS: dict[str, tuple[int, int] | tuple[str, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
    "halloween": (10, 31), "valentine's day": (2, 14), "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "juneteenth": (6, 19),
    "may day": (5, 1), "earth day": (4, 22),
    "international workers' day": (5, 1), "easter": ("easter", 0),
    "easter sunday": ("easter", 0), "easter monday": ("easter", 1), "good friday": ("easter", -2),
    "thanksgiving": ("thanksgiving", 0), "thanksgiving day": ("thanksgiving", 0),
    "black friday": ("thanksgiving", 1), "memorial day": ("memorial", 0),
}  # fmt: skip
_HOLIDAY = (
    r"\b(?:Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Boxing Day|Halloween|"
    r"Valentine['’]s Day|(?:St\.?|Saint) Patrick['’]s Day|Juneteenth|"
    r"May Day|Earth Day|International Workers['’] Day|Easter(?: Sunday| Monday)?|Good Friday|"
    r"Thanksgiving(?: Day)?|Black Friday|Memorial Day)\b"
)
# A holiday without a year is a date only after one of these: "on Christmas", "over Easter".
HOLIDAY_CUES = _words("on at over since until till by before after during from")
# ... and not when it names a thing: "at Christmas markets", "before Easter Rising".
HOLIDAY_THINGS = _words(
    "tree trees market markets shopping card cards party parties gift gifts present presents "
    "dinner lunch decorations lights carol carols song songs egg eggs holiday holidays season "
    "break bonus message speech address truce offensive weekend sales sale special show"
)
# "a birdie on the 18th", "on the 13th floor": ordinals that count things, not days.
NTH_THINGS = re.compile(
    r"\b(?:holes?|birdie|bogey|eagle|par|tee|green|fairway|floors?|laps?|minutes?|rounds?|"
    r"innings?|century|centuries|place|anniversary|amendment|division|brigade|army)\b",
    re.I,
)


def _g(template: str, prefix: str) -> str:
    """The template with its group names prefixed, so that every alternative has its own."""
    return template.replace("@", prefix)


_ALTERNATIVES = {
    # "Christmas 2020", "on Easter Monday", "before Thanksgiving": a holiday with a year or a cue.
    "hol": rf"(?P<hol_n>{_HOLIDAY})(?:{_S1}(?P<hol_y>{_YEAR}){_NO_NUMBER_AFTER})?",
    # "Tuesday, April 13", "on Tuesday (April 13)", "Monday (1 April)", "this Wednesday, June 16".
    "wdate": rf"(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<wdate_wd>{_WEEKDAY}){_S}(?:,{_S})?"
    rf"(?:(?P<wdate_open>\(){_S})?(?:{_g(_MD, 'wdm_')}|{_g(_DM, 'wdd_')}){_g(_TAIL, 'wdt_')}"
    rf"(?(wdate_open){_S}\))",
    # "February – March 2014", "between February and March 2014", "from June through September".
    "mr": rf"(?:\b(?:[Bb]etween|[Ff]rom){_S1})?(?P<mr_a>{_MONTH_FULL})(?:{_S1}(?P<mr_ya>{_YEAR}))?"
    rf"(?:{_S}[-–—]{_S}|{_S1}(?:and|to|through|until|till){_S1})(?P<mr_b>{_MONTH_FULL})"
    rf"(?:{_YEAR_SEP}(?P<mr_y>{_YEAR})|(?!{_S}(?:,{_S})?\d))",
    # "April 22-23", "June 11 to 13", "February 18-20 2014" ("23-26 May" is in `dd`).
    "dr": rf"(?P<dr_mon>{_MON}){_S1}(?P<dr_a>{_DAY})(?:{_S}[-–]{_S}|{_S1}to{_S1})"
    rf"(?P<dr_b>{_DAY}){_g(_TAIL, 'drt_')}",
    "md": _g(_MD + _TAIL, "md_"),  # "April 13, 2021", "Apr. 14, 2021", "May 22nd 2019"
    # "the thirteenth of April", "Fourth of July".
    "dw": rf"(?P<dw_day>{_trie(_ORDINAL_WORDS + [w.capitalize() for w in _ORDINAL_WORDS])})"
    rf"{_S1}of{_S1}(?P<dw_mon>{_MON})(?!['’]s\b){_g(_TAIL, 'dw_')}",
    # "April 2021", "mid-March 2021", "March of 2014".
    "my": rf"(?:{_QUAL})?(?P<my_mon>{_MON}){_YEAR_SEP}(?:of{_S1})?(?P<my_y>{_YEAR})"
    + _NO_NUMBER_AFTER,
    # "the winter of 2013-2014", "spring 2021".
    "se": rf"(?:{_QUAL})?\b(?:[Ww]inter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)(?:{_S1}of)?{_S1}"
    rf"(?P<se_a>{_YEAR})(?:{_S}[-–/]{_S}{_g(_YEAR_END, 'se_b')})?{_NO_NUMBER_AFTER}",
    "dec": rf"(?:{_QUAL})?\b(?P<dec_y>(?:1[89]|20)\d0)s\b",  # "the 1990s", "the early 2000s"
    # "2013-14", "2008–09", "between 2000 and 2007", "from 2014 to 2016".
    "yr": rf"{_CLEAN_BEFORE}(?:(?P<yr_kw>[Bb]etween|[Ff]rom){_S1})?(?P<yr_a>(?:1[89]|20)\d\d)"
    rf"(?:{_S}[-–—/]{_S}|(?(yr_kw){_S1}(?:and|to|through|until|till){_S1}|(?!)))"
    rf"{_g(_YEAR_END, 'yr_b')}(?![\d,.]\d|[-/]\d)",
    # "in 2014", "the 2016 election", "mid-2014"; not "2,000", "2.5", "20%", "COVID-2019".
    "yy": rf"{_CLEAN_BEFORE}(?:{_QUAL})?(?P<yy_y>(?:19|20)\d\d)\b"
    rf"(?![\d,.:/]\d|[-–]\d|{_S}(?:%|percent\b|per{_S1}cent\b))",
    # "Tuesday", "next Tuesday", "on Monday next week", "Tuesday of last week".
    "wd": rf"(?:\b(?P<wd_m>[Ll]ast|[Nn]ext|[Tt]his(?:{_S1}coming)?){_S1})?(?P<wd_w>{_WEEKDAY})"
    rf"(?:{_S1}(?:of{_S1})?(?P<wd_wk>last|next|this){_S1}week\b(?!['’]s))?",
    # A month alone ("in May", "since March", "last April", "mid-March"); its cue is checked later.
    "mo": rf"(?:\b(?P<mo_m>[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<mo_q>{_QUAL})?"
    rf"(?P<mo_mon>{_MONTH_FULL})(?!['’]s\b|{_S}(?:,{_S})?\d)"
    rf"(?:{_S1}(?:of{_S1})?(?P<mo_rel>last|this|next){_S1}year\b)?",
    "rel": rf"\b(?:(?P<rel_d>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"
    rf"|(?P<rel_m>[Ll]ast|[Tt]his|[Nn]ext){_S1}(?P<rel_u>week|month|year|morning|afternoon|"
    rf"evening)|(?P<rel_n>{_COUNT_WORD}){_S1}(?P<rel_nu>day|week|month|year)s?{_S1}ago)\b"
    rf"(?:(?<=week){_S1}(?:on{_S1})?(?P<rel_wd>{_WEEKDAY}))?",
}
# The alternatives that start with a digit, tried behind one check that the position holds one.
_DIGIT_ALTERNATIVES = {
    # "19-Jul-2014", "23/Sep/2020", "2019/aug/01": one token, any case.
    "cmp": rf"(?<![\w/.-])(?:(?P<cmp_d>{_DAY_NUM})(?P<cmp_s>[-/]){_CMP_MON}(?P=cmp_s)"
    rf"(?P<cmp_y>{_YEAR})|(?P<cmp_y2>{_YEAR})(?P<cmp_s2>[-/])(?P<cmp_m2>{_MON_ANY})(?P=cmp_s2)"
    rf"(?P<cmp_d2>{_DAY_NUM})\b)(?![\w/-]|\.\d)",
    # "35 years ago" (and in `rel`: "two days ago", "a week ago").
    "ago": rf"(?<![\d.,/$£€-])\b(?P<ago_n>\d{{1,4}}){_S1}(?P<ago_u>day|week|month|year)s?"
    rf"{_S1}ago\b",
    # "23-26 May" ("April 22-23" is in `dr`).
    "dd": rf"(?<![\d.,/$£€-])\b(?P<dd_a>{_DAY}){_S}[-–]{_S}(?P<dd_b>{_DAY}){_S1}"
    rf"(?P<dd_mon>{_MON}){_g(_TAIL, 'ddt_')}",
    "dm": _g(_DM + _TAIL, "dm_"),  # "13 April 2021", "the 29th of February"
    # "2021-04-13", also as a timestamp ("2019-03-27T22:04:06Z").
    "iso": r"(?<![\d.,/-])\b(?P<iso_y>(?:1[89]|20)\d\d)(?P<iso_s>[-/])(?P<iso_m>0[1-9]|1[0-2])"
    r"(?P=iso_s)(?P<iso_d>0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))(?![-/.]\d)",
    # "3/7/14", "18.03.2022", "22-04-2021".
    "num": r"(?<![\d.,/-])\b(?P<num_a>\d{1,2})(?P<num_s>[/.-])(?P<num_b>\d{1,2})(?P=num_s)"
    r"(?P<num_y>(?:1[89]|20)\d\d|\d\d)\b(?![/.-]\d)",
    # "on the 13th": a day of the dateline's month, when nothing follows in the clause.
    "nth": rf"{_NTH_CUE}(?P<nth_d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?={_S}(?:[.,;!?)]|\Z))",
}


# Every date starts with a digit or one of these words (capitalised, they are matched as prefixes:
# "Sept.", "Mondays"). Checking that first lets the search skip most positions at once.
_LOWER_OPENERS = (
    "mid early late between from winter spring summer autumn fall last next this yesterday today "
    "tomorrow tonight"
).split() + _ORDINAL_WORDS
_CAPITAL_OPENERS = (
    [w.capitalize() for w in _LOWER_OPENERS]
    + [*WEEKDAYS, *_MONTHS]
    + (
        "Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec Christmas New Boxing Halloween Valentine St "
        "Saint Juneteenth Earth International Easter Good Thanksgiving Black Memorial"
    ).split()
)
_COUNTS = "a an one two three four five six seven eight nine ten".split()
_OPENERS = (
    rf"\b(?=\d|{_trie(_CAPITAL_OPENERS)}|{_trie(_LOWER_OPENERS)}\b"
    rf"|{_trie(_COUNTS + [w.capitalize() for w in _COUNTS])}[^\S\n]+(?:day|week|month|year)s?"
    r"[^\S\n]+ago\b)"
)


def _either(alternatives: dict[str, str], names: str | None = None) -> str:
    chosen = names.split() if names else list(alternatives)
    return "|".join(f"(?P<{name}>{alternatives[name]})" for name in chosen)


# Each position tries the alternatives in order, so those that can't start there are skipped in
# groups: the digit ones behind one check, the word ones behind another.
DATE = re.compile(
    f"{_OPENERS}(?:(?=\\d)(?:{_either(_DIGIT_ALTERNATIVES)})"
    f"|(?!\\d)(?:{_either(_ALTERNATIVES, 'hol wdate mr dr md dw my se')})"
    f"|{_either(_ALTERNATIVES, 'dec yr yy')}|(?!\\d)(?:{_either(_ALTERNATIVES, 'wd mo rel')}))"
)

# --- the words around a candidate ---------------------------------------------------------------
PREV_WORD = re.compile(r"([A-Za-z][\w.’']*)[^\S\n]+\Z")
NEXT_WORDS = re.compile(r"(?:[^\S\n]+([A-Za-z][\w-]*)){1,3}")
LEAD = re.compile(r"[\s,)]*")
CLAUSE_BREAK = re.compile(r"[.!?](?=\s+[\"“‘'(\[]?[A-Z])|[\n;:,“”\"]")
CLAUSE_STOP = re.compile(
    r"[.!?;:,“”\"\n]|\b(?:that|which|who|whom|because|after|before|when|while|but|said|says|"
    r"say|told|tells|according)\b"
)
CLAUSE_OPENER = re.compile(r"\W*(?:\w+\W+){0,2}\Z")  # "On ", "Separately, earlier on "
# Words that put a weekday or a month after the dateline: "Stoltenberg would host a video
# conference on Wednesday" (seed 002) is the day after the call, not the Wednesday before it.
FUTURE = re.compile(
    r"\b(?:will|shall|would|won['’]t|wouldn['’]t|(?:is|are)\s+(?:to|due)\b(?!\s+blame)|"
    r"scheduled|expected\s+to|plans?\s+to|planned|set\s+to\s+\w|upcoming|this\s+coming|next)\b"
    r"|\bdue\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\b)\w|['’]ll\b",
    re.I,
)
QUANTITY_BEFORE = re.compile(
    r"\b(?:about|around|some|nearly|almost|over|than|up\s+to|at\s+least|roughly|approximately|"
    r"estimated|another|only|just)[^\S\n]+\Z",
    re.I,
)
STOP = _words(
    "the a an and or but nor of in on at to for from by with as than then that this these those "
    "which who whom whose what when where while if so not no is was were are be been being has "
    "have had do does did will would shall should can could may might must it its they them their "
    "he him his she her we us our you your i me my there here also only just still even again "
    "already after before since until till during through about against between into onto upon "
    "over under up down out off per via amid among around across along toward towards last next "
    "ago onwards onward each every alone too"
)
# "In 2014 Russian troops seized Crimea": after these a date opens a clause and modifies nothing.
TEMPORAL = _words("in since until till by before after during through from between")
DETERMINERS = _words("the a an this that its his her their our")
ADJECTIVE_ENDINGS = ("al", "ary", "ic", "ive", "ous", "ern", "ish", "ian")
# "the movement of the 2000 personnel" (Hindustan Times): a count, not a year.
COUNTED = _words(
    "people persons troops soldiers servicemen personnel civilians men women children residents "
    "refugees migrants workers employees students voters casualties vehicles tanks aircraft "
    "planes jets missiles drones rockets shells pieces units tons tonnes barrels km kilometres "
    "kilometers miles metres meters feet acres hectares dollars euros pounds rubles roubles "
    "members protesters demonstrators prisoners hostages officers fighters militants rebels "
    "peacekeepers paratroopers"
)
DESIGNATORS = _words("Resolution Flight Room Article Section No. No Number Route Page Chapter")
CLOCK_AFTER = _words("GMT UTC ET EST EDT BST CET CEST MSK IST hours hrs")  # "1944 GMT: Vice..."
MONTH_CUES = _words("in since until till through during by from before after")
# "before May puts her deal to a fourth vote" (Daily Mail, 1 April 2019) is Theresa May: May
# takes only the cues a name can't follow.
MAY_CUES = _words("in until till through during")
MONTH_OF_CUES = _words("end beginning start middle rest")
WEEKDAY_NAMES = _words(
    "Super Black Good Bloody Ash Easter Palm Cyber Holy Maundy Shrove Giving Whit Low Remembrance "
    "Mothering Girl Man"
)
WEEKDAY_TITLES = _words("Times Telegraph Express Mirror Herald Post Mail People")
