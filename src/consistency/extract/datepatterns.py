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


def _g(template: str, prefix: str) -> str:
    """The template with its group names prefixed, so that every alternative has its own."""
    return template.replace("@", prefix)


_ALTERNATIVES = {
    # "Tuesday, April 13", "on Tuesday (April 13)", "Monday (1 April)", "this Wednesday, June 16".
    "wdate": rf"(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<wdate_wd>{_WEEKDAY}){_S}(?:,{_S})?"
    rf"(?:(?P<wdate_open>\(){_S})?(?:{_g(_MD, 'wdm_')}|{_g(_DM, 'wdd_')}){_g(_TAIL, 'wdt_')}"
    rf"(?(wdate_open){_S}\))",
    # "February – March 2014", "between February and March 2014", "from June through September".
    "mr": rf"(?:\b(?:[Bb]etween|[Ff]rom){_S1})?(?P<mr_a>{_MONTH_FULL})(?:{_S1}(?P<mr_ya>{_YEAR}))?"
    rf"(?:{_S}[-–—]{_S}|{_S1}(?:and|to|through|until|till){_S1})(?P<mr_b>{_MONTH_FULL})"
    rf"(?:{_YEAR_SEP}(?P<mr_y>{_YEAR})|(?!{_S}(?:,{_S})?\d))",
    # "April 22-23", "June 11 to 13", "23-26 May", "February 18-20 2014".
    "dr": rf"(?:(?P<dr_mon>{_MON}){_S1}(?P<dr_a>{_DAY})(?:{_S}[-–]{_S}|{_S1}to{_S1})"
    rf"(?P<dr_b>{_DAY})"
    rf"|(?<![\d.,/$£€-])\b(?P<dr_a2>{_DAY}){_S}[-–]{_S}(?P<dr_b2>{_DAY}){_S1}"
    rf"(?P<dr_mon2>{_MON})){_g(_TAIL, 'drt_')}",
    "md": _g(_MD + _TAIL, "md_"),  # "April 13, 2021", "Apr. 14, 2021", "May 22nd 2019"
    "dm": _g(_DM + _TAIL, "dm_"),  # "13 April 2021", "the 29th of February"
    # "April 2021", "mid-March 2021", "March of 2014".
    "my": rf"(?:{_QUAL})?(?P<my_mon>{_MON}){_YEAR_SEP}(?:of{_S1})?(?P<my_y>{_YEAR})"
    + _NO_NUMBER_AFTER,
    # "the winter of 2013-2014", "spring 2021".
    "se": rf"(?:{_QUAL})?\b(?:[Ww]inter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)(?:{_S1}of)?{_S1}"
    rf"(?P<se_a>{_YEAR})(?:{_S}[-–/]{_S}{_g(_YEAR_END, 'se_b')})?{_NO_NUMBER_AFTER}",
    "dec": rf"(?:{_QUAL})?\b(?P<dec_y>(?:1[89]|20)\d0)s\b",  # "the 1990s", "the early 2000s"
    # "2021-04-13", also as a timestamp ("2019-03-27T22:04:06Z").
    "iso": r"(?<![\d.,/-])\b(?P<iso_y>(?:1[89]|20)\d\d)(?P<iso_s>[-/])(?P<iso_m>0[1-9]|1[0-2])"
    r"(?P=iso_s)(?P<iso_d>0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))(?![-/.]\d)",
    # "2013-14", "2008–09", "between 2000 and 2007", "from 2014 to 2016".
    "yr": rf"{_CLEAN_BEFORE}(?:(?P<yr_kw>[Bb]etween|[Ff]rom){_S1})?(?P<yr_a>(?:1[89]|20)\d\d)"
    rf"(?:{_S}[-–—/]{_S}|(?(yr_kw){_S1}(?:and|to|through|until|till){_S1}|(?!)))"
    rf"{_g(_YEAR_END, 'yr_b')}(?![\d,.]\d|[-/]\d)",
    # "3/7/14", "18.03.2022", "22-04-2021".
    "num": r"(?<![\d.,/-])\b(?P<num_a>\d{1,2})(?P<num_s>[/.-])(?P<num_b>\d{1,2})(?P=num_s)"
    r"(?P<num_y>(?:1[89]|20)\d\d|\d\d)\b(?![/.-]\d)",
    # "in 2014", "the 2016 election", "mid-2014"; not "2,000", "2.5", "20%", "COVID-2019".
    "yy": rf"{_CLEAN_BEFORE}(?:{_QUAL})?(?P<yy_y>(?:19|20)\d\d)\b"
    rf"(?![\d,.:/]\d|[-–]\d|{_S}(?:%|percent\b|per{_S1}cent\b))",
    "wd": rf"(?:\b(?P<wd_m>[Ll]ast|[Nn]ext|[Tt]his(?:{_S1}coming)?){_S1})?(?P<wd_w>{_WEEKDAY})",
    # A month alone ("in May", "since March", "last April", "mid-March"); its cue is checked later.
    "mo": rf"(?:\b(?P<mo_m>[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<mo_q>{_QUAL})?"
    rf"(?P<mo_mon>{_MONTH_FULL})(?!['’]s\b|{_S}(?:,{_S})?\d)"
    rf"(?:{_S1}(?:of{_S1})?(?P<mo_rel>last|this|next){_S1}year\b)?",
    "rel": rf"\b(?:(?P<rel_d>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"
    rf"|(?P<rel_m>[Ll]ast|[Tt]his|[Nn]ext){_S1}(?P<rel_u>week|month|year|morning|afternoon|"
    rf"evening))\b",
}
# Every date starts a word with a digit, one of these capitals or one of these words. Checking that
# first lets the search skip most positions at once: it runs ten times faster than without.
_OPENERS = (
    r"\b(?=[0-9ABDEFJLMNOSTWY]|(?:mid|early|late|between|from|winter|spring|summer|autumn|fall|"
    r"last|next|this|yesterday|today|tomorrow|tonight)\b)"
)
DATE = re.compile(
    _OPENERS + "(?:" + "|".join(f"(?P<{name}>{alt})" for name, alt in _ALTERNATIVES.items()) + ")"
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
