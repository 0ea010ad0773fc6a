"""The one regular expression every date candidate matches, built from the word tables of
`datewords`.

Data only, no behaviour: `DATE` names each alternative by its kind ("md", "wdate", "yy", ...), and
`dates` dispatches on `Match.lastgroup` to the handler of that kind.
"""

from __future__ import annotations

import re

from consistency.extract import datewords as words
from consistency.model import WEEKDAYS


def _trie(choices: list[str]) -> str:
    """The words as one pattern that shares their heads: "t(?:his|o(?:day|morrow|night))". The
    engine tries alternatives one by one, so a shared head fails a word once, not once a word."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(choices)):
        heads.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, rests in heads.items():
        longer = [rest for rest in rests if rest]
        tail = _trie(longer) if longer else ""
        parts.append(re.escape(head) + (f"(?:{tail})?" if tail and "" in rests else tail))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _tree(choices: dict[str, str]) -> str:
    """Like `_trie`, each word followed by its own pattern: {"in": " \\d", "a": " day"}. The
    words are told apart by their first letter, then by the pattern they take, so that a pattern
    many words share is written once for each letter, not once for each word."""
    by_head: dict[str, dict[str, list[str]]] = {}
    for word, tail in sorted(choices.items()):
        by_head.setdefault(word[:1], {}).setdefault(tail, []).append(word[1:])
    parts = []
    for head, tails in by_head.items():
        options = []
        for tail, rests in tails.items():
            longer = [r for r in rests if r]
            body = f"(?:{_trie(longer)}){'?' if '' in rests else ''}" if longer else ""
            options.append(body + tail)
        joined = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        parts.append(re.escape(head) + joined)
    return "(?:" + "|".join(parts) + ")"


def _cased(choices: list[str]) -> list[str]:
    """Each word lowercase and capitalised: news capitalises them, captions and slugs may not."""
    return [form for w in choices for form in (w.lower(), w.capitalize())]


# --- the pieces ---------------------------------------------------------------------------------
# Spaces with at most one line break, so hard-wrapped text matches but paragraphs stay apart.
_S1 = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
_S = rf"(?:{_S1})?"
_SP = r"[^\S\n]+"
_MONTH_FULL = rf"\b(?:{'|'.join(words.MONTHS)})\b"  # a month alone must be capitalised
_MONTH = rf"\b{_trie([*words.MONTHS, *words.LOWER_MONTHS])}\b"
# Abbreviations ("Apr. 13", "Nov 09, 2020") only ever count next to a day or a year.
_MON = rf"(?:{_MONTH}|\b{_trie(_cased(words.MONTH_ABBREVIATIONS))}\b\.?)"
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = rf"{_DAY_NUM}(?:st|nd|rd|th)?\b"
_ORD = r"(?:st|nd|rd|th)\b"
_WORD_ORDINAL = _trie(words.spelled(words.ORDINAL_DAYS))
_WORD_DAY = rf"{_trie(words.spelled(words.ORDINAL_DAYS | words.CARDINAL_DAYS))}(?![\w-])"
_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
_YEAR_END = r"(?P<@>(?:1[89]|20)\d\d|\d\d)\b"  # "2014" or "14" closing "2013-14"
_WEEKDAY = rf"\b{_trie(_cased(list(WEEKDAYS)))}\b"
_WEEKDAY_ABBR = r"\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?"
_QUAL = rf"\b(?:[Mm]id|[Ee]arly|[Ll]ate)(?:-|{_S1})"  # "mid-March", "early April", "late 2020"
_YEAR_SEP = rf"(?:{_S},{_S}|{_S1})"
_NO_NUMBER_AFTER = r"(?![\d,.]\d)"
# A year before 1900 only after a preposition: "founded in 1884", "the famine of 1845".
_OLD_YEAR_AFTER = ("in", "of", "since", "from", "until", "by")
_OLD_YEAR = (
    r"(?=1[5-8]\d\d\b)(?:"
    + "|".join(f"(?<=\\b{w} )" for p in _OLD_YEAR_AFTER for w in (p, p.capitalize()))
    + r")\d{4}"
)
_CLAUSE_END = rf"(?={_S}(?:[.,;:!?)]|\Z))"
# "on January first and ...": an ordinal day in words ends its phrase, "first quarter" does not.
_ORDINAL_FOLLOWS = (
    rf"(?={_S}(?:[.,;:!?)]|\Z)|{_S1}(?:and|or|but|at|in|on|to|when|was|is|will|the|from|until|"
    r"by|for)\b)"
)
_CLEAN_BEFORE = r"(?<![$€£¥#\w])(?<!\w[.,:/–-])"  # not "$2018", "1,2018", "117/2021", "pre-2014"
_MD = rf"(?P<@mon>{_MON})(?:{_S1}|,{_S1}(?=\d\d?{_ORD}))(?P<@day>{_DAY})(?![:.]\d)"
_DM = (
    rf"(?<![\d.,/$£€-])(?<![$£€]\s)\b(?P<@day>{_DAY})(?:{_S1}day)?(?:{_S1}of)?{_S1}"
    rf"(?P<@mon>{_MON})"
)
# A year in words is no year when a count goes on: "on June 5 two thousand people marched".
_WORD_YEAR = rf"{words.YEAR_WORDS}(?![\s-]+(?:hundred|thousand|million|billion|people|[a-z]+s)\b)"


# The year after a day and month: ", 2021", " of 1995", " in 2020", " of 87", " last year", and
# in words ("nineteen eighty six") where the day and month read like speech.
def _tail(in_words: bool) -> str:
    spelled = rf"{_YEAR_SEP}(?P<@wyear>{_WORD_YEAR})" if in_words else r"(?P<@wyear>(?!))"
    return (
        rf"(?:{_YEAR_SEP}(?:(?:of|in){_S1})?(?P<@year>{_YEAR}){_NO_NUMBER_AFTER}"
        rf"|{_S1}of{_S1}['’]?(?P<@yy>\d\d)\b{_CLAUSE_END}|{spelled}"
        rf"|{_S1}(?:of{_S1})?(?P<@rel>last|this|next){_S1}year\b)?"
    )


_TAIL, _SPOKEN_TAIL = _tail(in_words=False), _tail(in_words=True)
_MON_ANY = rf"(?i:{'|'.join(words.MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
_COUNT = rf"(?:\d{{1,3}}|{_trie(_cased(list(words.COUNT_WORDS)))})"
_UNIT = r"(?:day|week|fortnight|month|year)"
# The cue comes before the digit, so that the digit opens the match: "on the 13th", "by the 4th".
_NTH_CUES = ("on", "by", "since", "until", "till", "from", "before", "after", "around")
_NTH_CUE = (
    "(?:(?<=the )(?:" + "|".join(rf"(?<=\b{cue} the )" for cue in _NTH_CUES) + r")|(?<=\bon ))"
)
# "Christmas 2020", "on Easter Monday", "black friday", "St. Patrick's Day", "Eid al-Fitr".
_HOLIDAY = (
    r"\b(?:(?i:christmas(?:_day|_eve)?|new_year(?:['’]?s)?(?:_day|_eve)?|boxing_day|halloween|"
    r"valentine['’]?s_day|(?:st\.?|saint)_patrick(?:['’]?s_day)?|juneteenth|earth_day|"
    r"international_workers['’]?_day|easter(?:_sunday|_monday)?|good_friday|"
    r"thanksgiving(?:_day)?|black_friday|memorial_day|eid_[au]l(?:-|_)fitr)|May_Day)\b"
).replace("_", _SP)
_NAMED_WEEKDAY = rf"(?:{_WEEKDAY}|{_WEEKDAY_ABBR})"


def _g(template: str, prefix: str) -> str:
    """The template with its group names prefixed, so that every alternative has its own."""
    return template.replace("@", prefix)


_ALTERNATIVES = {
    # "Christmas 2020", "on Easter Monday", "before Thanksgiving", "last Easter".
    "hol": rf"(?:\b(?P<hol_m>[Ll]ast|[Nn]ext|[Tt]his|[Pp]revious|[Ff]ollowing){_S1})?"
    rf"(?P<hol_n>{_HOLIDAY})(?:{_S1}(?:of{_S1})?(?P<hol_y>{_YEAR}){_NO_NUMBER_AFTER}"
    rf"|{_S1}(?:of{_S1})?(?P<hol_rel>last|this|next){_S1}year\b)?",
    # "Tuesday, April 13", "on Tuesday (April 13)", "Monday (1 April)", "this friday (jun-15)".
    "wdate": rf"(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<wdate_wd>{_WEEKDAY}){_S}(?:,{_S})?"
    rf"(?:(?P<wdate_open>\(){_S})?(?:{_g(_MD, 'wdm_')}|(?:[Tt]he{_S1})?{_g(_DM, 'wdd_')}"
    rf"|(?(wdate_open)(?P<wdh_mon>{_MON})-(?P<wdh_day>{_DAY})|(?!))){_g(_TAIL, 'wdt_')}"
    rf"(?(wdate_open){_S}\))",
    # "Friday 7/6", "this Friday 7.6": a weekday before a month and day in digits.
    "wnum": rf"(?:\b(?P<wnum_m>[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<wnum_wd>{_WEEKDAY}){_S}(?:,{_S})?"
    rf"(?P<wnum_a>\d\d?)(?P<wnum_s>[/.])(?P<wnum_b>\d\d?)(?:(?P=wnum_s)(?P<wnum_y>{_YEAR}|\d\d))?"
    r"\b(?![/.]\d|\s*(?:%|per|million|billion|trillion)\b)",
    # "Friday the 13th", "Mon 13th", "Sunday 31!", "Tuesday (13)": a weekday and a day alone.
    "wdn": rf"(?:\b(?P<wdn_m>[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?:(?P<wdn_wd>{_WEEKDAY})|"
    rf"(?P<wdn_ab>{_WEEKDAY_ABBR})(?={_S}(?:[Tt]he{_S1})?\d\d?{_ORD})){_S}(?:,{_S})?"
    rf"(?:[Tt]he{_S1}(?P<wdn_t>{_WORD_ORDINAL}(?![\w-])|{_DAY_NUM}{_ORD})|(?P<wdn_o>{_DAY_NUM}{_ORD})"
    rf"|\({_S}(?P<wdn_p>{_DAY_NUM}){_S}\)|(?P<wdn_d>{_DAY_NUM})\b(?![/.:-]\d){_CLAUSE_END})"
    rf"(?!{_S1}(?:day{_S1})?of\b)",
    # "February – March 2014", "between February and March 2014", "from June through September".
    "mr": rf"(?:\b(?:[Bb]etween|[Ff]rom){_S1})?(?P<mr_a>{_MONTH_FULL})(?:{_S1}(?P<mr_ya>{_YEAR}))?"
    rf"(?:{_S}[-–—]{_S}|{_S1}(?:and|to|through|until|till){_S1})(?P<mr_b>{_MONTH_FULL})"
    rf"(?:{_YEAR_SEP}(?P<mr_y>{_YEAR})|(?!{_S}(?:,{_S})?\d))",
    # "April 22-23", "June 11 to 13", "February 18-20 2014" ("23-26 May" is in `dd`).
    "dr": rf"(?P<dr_mon>{_MON}){_S1}(?P<dr_a>{_DAY})(?:{_S}[-–]{_S}|{_S1}to{_S1})"
    rf"(?P<dr_b>{_DAY}){_g(_TAIL, 'drt_')}",
    "md": _g(_MD + _TAIL, "md_"),  # "April 13, 2021", "Apr. 14, 2021", "October, 1st"
    # "June first", "January twenty five nineteen eighty six": a day in words needs a year or
    # the end of the clause: "in March two people died" is no date.
    "mdw": rf"(?P<mdw_mon>{_MONTH}){_S1}(?:the{_S1})?(?P<mdw_day>(?P<mdw_ord>{_WORD_ORDINAL})"
    rf"(?![\w-])|{_WORD_DAY}){_g(_SPOKEN_TAIL, 'mdw_')}(?(mdw_year)|(?(mdw_wyear)|(?(mdw_yy)|"
    rf"(?(mdw_rel)|(?(mdw_ord){_ORDINAL_FOLLOWS}|{_CLAUSE_END})))))",
    # "the thirteenth of April", "Fourth of July", "the twenty third day of September".
    "dw": rf"(?P<dw_day>{_WORD_ORDINAL}){_S1}(?:day{_S1})?of{_S1}(?P<dw_mon>{_MON})(?!['’]s\b)"
    + _g(_TAIL, "dw_"),
    # "twenty five January nineteen eighty six": a day in words before the month, with a year.
    "dmw": rf"(?P<dmw_day>{_WORD_DAY}){_S1}(?P<dmw_mon>{_MONTH}){_g(_SPOKEN_TAIL, 'dmw_')}"
    r"(?(dmw_year)|(?(dmw_wyear)|(?(dmw_yy)|(?(dmw_rel)|(?!)))))",
    # "Sep-23-2020", "September-2020-23", "Oct/2", "Dec31, 1994", "mar3": one token, any case.
    "cw": rf"(?<![\w/.-])(?P<cw_m>{_MON_ANY})(?:(?P<cw_s>[-/])(?:(?P<cw_d>{_DAY_NUM})(?P=cw_s)"
    rf"(?P<cw_y>{_YEAR})|(?P<cw_y2>{_YEAR})(?P=cw_s)(?P<cw_d2>{_DAY_NUM})\b)(?![\w/-]|\.\d)"
    rf"|/?(?P<cw_d3>{_DAY_NUM})(?:st|nd|rd|th)?\b(?![/-]\w|\.\d){_g(_TAIL, 'cwt_')})",
    # "April 2021", "mid-March 2021", "March of 2014".
    "my": rf"(?:{_QUAL})?(?P<my_mon>{_MON}){_YEAR_SEP}(?:of{_S1})?(?P<my_y>{_YEAR})"
    + _NO_NUMBER_AFTER,
    # "the winter of 2013-2014", "spring 2021".
    "se": rf"(?:{_QUAL})?\b(?:[Ww]inter|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)(?:{_S1}of)?{_S1}"
    rf"(?P<se_a>{_YEAR})(?:{_S}[-–/]{_S}{_g(_YEAR_END, 'se_b')})?{_NO_NUMBER_AFTER}",
    # "two weeks ago", "in two weeks", "3 days after January 12th", "Monday two weeks from now":
    # a count of days, weeks, months or years from the dateline or from a date that follows.
    "off": rf"(?:(?P<off_wd>{_WEEKDAY}){_S}(?:,{_S})?)?(?:(?P<off_in>\b[Ii]n){_S1})?"
    rf"(?<![\d.,/$£€-])(?<![Ll]ast )(?<![Pp]ast )(?<![Nn]ext )(?<![Ff]irst )(?<![Ff]or )"
    rf"(?<!\bof )(?<!within )(?<!\bover )\b"
    rf"(?P<off_n>{_COUNT}){_S1}(?P<off_u>{_UNIT})s?"
    rf"(?:{_S1}and{_S1}(?P<off_half>a{_S1}half)\b"
    rf"|(?:,{_S}|{_S1})and{_S1}(?P<off_n2>{_COUNT}){_S1}(?P<off_u2>{_UNIT})s?)?\b"
    rf"(?(off_in)(?P<off_time>['’]s?{_S1}time\b|{_S1}time\b)?"
    rf"|{_S1}(?P<off_dir>ago|before|after|from)\b)",
    "dec": rf"(?:{_QUAL})?\b(?P<dec_y>(?:1[89]|20)\d0)s\b",  # "the 1990s", "the early 2000s"
    # "2013-14", "2008–09", "between 2000 and 2007", "from 2014 to 2016".
    "yr": rf"{_CLEAN_BEFORE}(?:(?P<yr_kw>[Bb]etween|[Ff]rom){_S1})?(?P<yr_a>(?:1[89]|20)\d\d)"
    rf"(?:{_S}[-–—/]{_S}|(?(yr_kw){_S1}(?:and|to|through|until|till){_S1}|(?!)))"
    rf"{_g(_YEAR_END, 'yr_b')}(?![\d,.]\d|[-/]\d)",
    # "in 2014", "the 2016 election", "mid-2014"; not "2,000", "2.5", "20%", "COVID-2019"; "in
    # 1884" (`_OLD_YEAR`).
    "yy": rf"{_CLEAN_BEFORE}(?:{_QUAL})?(?P<yy_y>(?:19|20)\d\d|{_OLD_YEAR})\b"
    rf"(?![\d,.:/]\d|[-–]\d|{_S}(?:%|percent\b|per{_S1}cent\b))",
    # "Tuesday", "next Tuesday", "this coming Tuesday", "Tuesday of last week".
    "wd": rf"(?:\b(?P<wd_m>[Ll]ast|[Nn]ext|[Tt]his(?:{_S1}(?:coming|upcoming|past))?|[Pp]revious|"
    rf"[Ff]ollowing|[Cc]oming|[Uu]pcoming|[Pp]ast){_S1})?(?P<wd_w>{_WEEKDAY})"
    rf"(?:{_S1}(?:of{_S1})?(?P<wd_wk>last|next|this){_S1}week\b(?!['’]s))?",
    # "Mon or Tue": an abbreviated weekday alone, only in a list of weekdays (checked later);
    # "Sat" and "Sun" are words too often.
    "wab": r"(?:(?<=\bor )|(?<=\band )|(?<=, ))(?P<wab_w>Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\b"
    r"(?!\.?\s*\d)",
    # A month alone ("in May", "since March", "last April", "mid-March"); its cue is checked later.
    "mo": rf"(?:\b(?P<mo_m>[Ll]ast|[Nn]ext|[Tt]his){_S1})?(?P<mo_q>{_QUAL})?"
    rf"(?P<mo_mon>{_MONTH_FULL})(?!['’]s\b|{_S}(?:,{_S})?\d)"
    rf"(?:{_S1}(?:of{_S1})?(?P<mo_rel>last|this|next){_S1}year\b)?",
    # "yesterday", "next week", "this morning", "next week on Tuesday", "previous week - Monday".
    "rel": rf"\b(?:(?P<rel_d>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"
    rf"|(?P<rel_m>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious){_S1}(?P<rel_u>week|month|year|morning|"
    rf"afternoon|evening))\b(?:(?<=week)(?:{_S1}(?:on{_S1})?|{_S}[-–]{_S})"
    rf"(?P<rel_wd>{_NAMED_WEEKDAY}))?",
}
# The alternatives that start with a digit, tried behind one check that the position holds one.
_DIGIT_ALTERNATIVES = {
    # "19-Jul-2014", "23/Sep/2020", "2019/aug/01", "2020/23/Sep", "23-2020-September".
    "cmp": rf"(?<![\w/.-])(?:(?P<cmp_d>{_DAY_NUM})(?P<cmp_s>[-/])(?:(?P<cmp_m>{_MON_ANY})"
    rf"(?P=cmp_s)(?P<cmp_y>{_YEAR})|(?P<cmp_y3>{_YEAR})(?P=cmp_s)(?P<cmp_m3>{_MON_ANY}))"
    rf"|(?P<cmp_y2>{_YEAR})(?P<cmp_s2>[-/])(?:(?P<cmp_m2>{_MON_ANY})(?P=cmp_s2)"
    rf"(?P<cmp_d2>{_DAY_NUM})\b|(?P<cmp_d4>{_DAY_NUM})(?P=cmp_s2)(?P<cmp_m4>{_MON_ANY})))"
    r"(?![\w/-]|\.\d)",
    # "20161016", "report-20170302.html": eight digits that make a year, a month and a day.
    "c8": r"(?<![\d.,])(?<!\d[-/])(?P<c8_y>(?:19|20)\d\d)(?P<c8_m>0[1-9]|1[0-2])"
    r"(?P<c8_d>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)",
    # "23-26 May" ("April 22-23" is in `dr`).
    "dd": rf"(?<![\d.,/$£€-])\b(?P<dd_a>{_DAY}){_S}[-–]{_S}(?P<dd_b>{_DAY}){_S1}"
    rf"(?P<dd_mon>{_MON}){_g(_TAIL, 'ddt_')}",
    # "18 and 19 June": the first day of a list takes the month (and year) of the last.
    "dl": rf"(?<![\d.,/$£€-])\b(?P<dl_day>{_DAY})(?=(?:,{_S}|{_S1})(?:and|&|or){_S1}{_DAY}{_S1}"
    rf"(?P<dl_mon>{_MON}){_g(_TAIL, 'dlt_')})",
    "dm": _g(
        _DM + _SPOKEN_TAIL, "dm_"
    ),  # "13 April 2021", "the 29th of February", "28 june in 2020"
    # "2021-04-13", "2018-7-6", also as a timestamp ("2019-03-27T22:04:06Z") or in a file name.
    "iso": r"(?<![\d.,/])(?<!\d-)\b(?P<iso_y>(?:1[89]|20)\d\d)(?P<iso_s>[-/])"
    r"(?P<iso_m>0?[1-9]|1[0-2])(?P=iso_s)(?P<iso_d>0?[1-9]|[12]\d|3[01])(?:\b|(?=T\d))"
    r"(?![-/.]\d)",
    # "2016 10 16": a year, a month and a day, two digits each after the year.
    "sp": rf"(?<![\d.,/-])\b(?P<sp_y>{_YEAR})[^\S\n](?P<sp_m>0[1-9]|1[0-2])[^\S\n]"
    r"(?P<sp_d>0[1-9]|[12]\d|3[01])\b(?![\d.:/-]|,\d|[^\S\n]*(?:%|[A-Za-z]))",
    # "3/7/14", "18.03.2022", "22-04-2021".
    "num": r"(?<![\d.,/-])\b(?P<num_a>\d{1,2})(?P<num_s>[/.-])(?P<num_b>\d{1,2})(?P=num_s)"
    r"(?P<num_y>(?:1[89]|20)\d\d|\d\d)\b(?![/.-]\d)",
    # "on 11/20", "by 22/04": a month and a day in digits, read only after a cue.
    "nd": r"(?<![\d.,/-])\b(?P<nd_a>\d{1,2})/(?P<nd_b>\d{1,2})\b"
    r"(?![/.,]?\d|\s*(?:%|percent|per|of)\b)",
    # "on the 13th", "on 29th", "around the 21st this month", "the 15th day of next month".
    "nth": rf"{_NTH_CUE}(?P<nth_d>3[01]|[12]\d|[1-9]){_ORD}"
    rf"(?:(?:(?:{_S1}day)?{_S1}of)?{_S1}(?P<nth_rel>this|next|last){_S1}month\b"
    rf"|(?={_S}(?:[.,;!?)]|\Z|[-–—]{_S1})))",
}


# Every date starts with a digit or one of these words. One tree of them, each word with what must
# follow it, lets the search reject most positions at their first letter: capitalised words are
# prefixes ("Sept.", "Mondays"), lowercase ones whole words, and the common words open a date only
# before the word that makes them one ("two weeks", "in 3 days", "good Friday").
# The start of a month's name is enough for a check that only filters.
_MONTH_START = "(?:[Jj]an|[Ff]eb|[Mm]a[ry]|[Aa]pr|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)"
# "this week", "last April", "next Easter", "this coming Friday", "this 5/12".
_FOLLOWS_MODIFIER = (
    rf"(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un|{_MONTH_START}|week|month|year|morning|"
    r"afternoon|evening|coming|upcoming|past|[Ee]aster|[Cc]hristmas|[Nn]ew|[Tt]hanksgiving|"
    r"[Hh]alloween|[Jj]uneteenth)"
)
_WHOLE = "(?![a-z])"
_OPENER_WORDS = [  # (words, what must follow them)
    ([*_cased(list(WEEKDAYS)), *words.MONTHS, *words.LOWER_MONTHS], _WHOLE),
    (_cased(words.MONTH_ABBREVIATIONS), _WHOLE),
    ("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split(), _WHOLE),
    (_cased("yesterday today tomorrow tonight".split()), _WHOLE),
    (_cased("christmas halloween easter thanksgiving juneteenth valentine".split()), _WHOLE),
    (
        _cased("this last next previous following coming upcoming past".split()),
        rf"{_SP}(?:{_FOLLOWS_MODIFIER}|\d)",
    ),
    (_cased(["from", "between"]), rf"{_SP}(?:{_MONTH_FULL}|[12]\d\d\d)"),
    (_cased(["mid", "early", "late"]), rf"(?:-|{_SP})(?:{_MONTH_START}|[12]\d)"),
    (_cased("winter spring summer autumn fall".split()), rf"(?:{_SP}of)?{_SP}[12]\d"),
    # "third of July", "twenty third day of September", "twenty five January".
    (
        words.spelled(words.ORDINAL_DAYS | words.CARDINAL_DAYS),
        rf"{_SP}(?:(?:day{_SP})?of{_SP})?{_MONTH_START}",
    ),
    (_cased(list(words.COUNT_WORDS)), rf"{_SP}{_UNIT}"),
    (["in", "In"], rf"{_SP}(?:{_COUNT}){_SP}{_UNIT}"),
    (["new", "New"], rf"{_SP}[Yy]ear"),
    (_cased(["good", "black"]), rf"{_SP}[Ff]riday"),
    (_cased(["earth", "memorial", "boxing"]), rf"{_SP}[Dd]ay"),
    (_cased(["international"]), rf"{_SP}[Ww]orkers"),
    (_cased(["st", "saint"]), rf"\.?{_SP}[Pp]atrick"),
    (["eid", "Eid"], rf"{_SP}[au]l"),
    (["May"], rf"{_SP}Day"),
]


def _openers() -> str:
    """The check every date's first position passes: a digit or a word of `_OPENER_WORDS`."""
    tails: dict[str, set[str]] = {}
    for group, tail in _OPENER_WORDS:
        for word in group:
            tails.setdefault(word, set()).add(tail)
    tree = _tree(
        {w: f"(?:{'|'.join(sorted(t))})" if len(t) > 1 else t.pop() for w, t in tails.items()}
    )
    # No date starts with "80,000", "2.5" or "25%": those common figures are skipped at once.
    figure = r"\d{0,2}(?:,\d{3})+(?![\d.])|\d*\.\d+(?![.\d])|\d*%"
    return rf"\b(?=\d(?!{figure})|{tree})"


_OPENERS = _openers()
# Where a date may start, found a character early: a non-word character before an opener. The
# engine skips to such characters at once, where a pattern opening with `\b` is tried at every
# position (a fifth of the date scan's cost on the seeds).
CANDIDATE = re.compile(r"\W" + _OPENERS.removeprefix(r"\b"))


def _either(alternatives: dict[str, str], names: str | None = None) -> str:
    chosen = names.split() if names else list(alternatives)
    return "|".join(f"(?P<{name}>{alternatives[name]})" for name in chosen)


# Each position tries the alternatives in order, so those that can't start there are skipped in
# groups: the digit ones behind one check, the word ones behind another.
DATE = re.compile(
    f"{_OPENERS}(?:(?=\\d)(?:{_either(_DIGIT_ALTERNATIVES)})"
    f"|(?!\\d)(?:{_either(_ALTERNATIVES, 'hol wdate wnum wdn mr dr md mdw dw dmw cw my se')})"
    f"|{_either(_ALTERNATIVES, 'off dec yr yy')}"
    f"|(?!\\d)(?:{_either(_ALTERNATIVES, 'wd wab mo rel')}))"
)
# "Mon or Tue", "Monday, Tue": the weekday a listed abbreviation follows.
WEEKDAY_LIST = re.compile(rf"{_NAMED_WEEKDAY}(?:,|{_SP}(?:or|and)){_SP}\Z")
# What may follow a counted offset's date: "3 weeks after Christmas on Friday".
ON_WEEKDAY = re.compile(rf"{_S1}on{_S1}(?P<wd>{_WEEKDAY})")
# The dateline words an offset may count from: "three weeks from tomorrow", "two days from now".
BASE_WORD = re.compile(r"(?i:now|today|tonight|tomorrow|tmrw|yesterday)\b")
# "11/20, 11/22 or 11/25": a month and day in digits right after another is in the same list.
NUMERIC_LIST = re.compile(r"\d/\d\d?(?:,[^\S\n]*|[^\S\n]+(?:or|and|to|[-–])[^\S\n]+)\Z")
