"""Numbers read with the text around them, checked at a number `NUMBER` already found.

A number runs on over a smaller one after a scale ("4 thousand 3 hundred and 21", "6 crore and
two hundred", "3 million and a half"), a ratio is one number ("one in five adults", "two out of
five hundred", "one over three"), and a slashed fraction counts only where no date is meant.
A bare "m" is millions before a counted noun ("2.5m people"), and a number after a name between
commas is an age ("Biden, 78, said"). "Pounds" after a word of money are money ("fined 500
pounds"), a range's low end takes the scale written after its high one ("two to three million"),
and "one" counts before a word news counts one of ("One person died").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from consistency.extract.datewords import MONTH_NUMBER
from consistency.extract.numbers import NUMBER, VULGAR_CHARS, number_value
from consistency.extract.numberwords import SCALES
from consistency.extract.units import unit_after
from consistency.model import WEEKDAYS

Blocked = Callable[[int, int], bool]

_SCALE_END = re.compile(r"(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")$", re.I)
_JOIN = re.compile(r"[ \t]+(?:(and)[ \t]+)?", re.I)
_HALF = re.compile(r"an?\s+(?:half|quarter)$", re.I)
_RATIO = re.compile(r"[ \t]+(over|out[ \t]+of|in)[ \t]+(?:every[ \t]+)?", re.I)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]\n]|$)")
_OF = re.compile(r"\s+of\b")
_PERIOD_BEFORE = re.compile(
    r"\b(?:for|in|of|over|past|last|next|first|previous|recent|within|after|during|all|the|"
    r"consecutive|straight|successive|coming|following|remaining|upcoming|prior)\s+$",
    re.I,
)
_PERIOD_AFTER = re.compile(
    r"\s+(?:in\s+a\s+row|running|straight|ago|later|earlier|before|after|since|through|past)\b",
    re.I,
)
# Denominators news writes with a slash: "a 2/3 majority", "3/4 of". Others are dates or
# scores: "9/11", "1/6", "4/13", "24/7".
_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 16})
_DATE_BEFORE = re.compile(
    r"\b(?:on|since|until|till|from|before|after|through|dated|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?[ \t]+$",
    re.I,
)


def grow(
    scan: str, m: re.Match[str], value: Decimal, kind: str | None, blocked: Blocked
) -> tuple[Decimal, int, str | None]:
    """The value, end and kind of the number at `m` grown over the numbers joined to it."""
    end = m.end()
    if kind not in ("digits", "words"):
        return value, end, kind
    value, end = _scale_joins(scan, m.group(), value, end, blocked)
    half = _AND_A_HALF.match(scan, end) if kind == "digits" else None
    if half and value == value.to_integral_value() and not blocked(end, half.end()):
        return value + Decimal("0.5"), half.end(), kind  # "about 11 and a half hours"
    ratio = _ratio(scan, end, value, blocked)
    if ratio is not None:
        return ratio[0], ratio[1], "fraction"
    return value, end, kind


_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b(?![ \t-]+(?:of|the|an?)\b)", re.I)


def plausible_vulgar(scan: str, m: re.Match[str]) -> bool:
    """ "10 1/2 miles", "3/4 of voters", "a 2/3 majority", "½"; never "24/7", "9/11", "on 3/4"."""
    text = m.group()
    if text[-1] in VULGAR_CHARS:
        return True
    if unit_after(scan, m.end()) is not None or _OF.match(scan, m.end()):
        return True
    *whole, fraction = text.split()
    numerator, denominator = (int(x) for x in fraction.split("/"))
    if denominator not in _DENOMINATORS or numerator >= denominator:
        return False
    # A mixed number is never a date; "on 3/4" is one.
    return bool(whole) or _DATE_BEFORE.search(scan, max(0, m.start() - 12), m.start()) is None


def business_quarters(scan: str, start: int, end: int) -> bool:
    """True when "two quarters" counts a company's quarters, not a share: "for two quarters",
    "in the past three quarters", "three quarters in a row" ("Three quarters said" is a share)."""
    return (
        _PERIOD_BEFORE.search(scan, max(0, start - 16), start) is not None
        or _PERIOD_AFTER.match(scan, end) is not None
    )


def _scale_joins(
    scan: str, text: str, value: Decimal, end: int, blocked: Blocked
) -> tuple[Decimal, int]:
    """ "3 hundred and 21" 321, "4 thousand 3 hundred" 4300, "3 million and a half" 3500000.
    The smaller number must end in a scale itself, or follow "hundred and", so that "$3 million
    and 200 jobs" stays two numbers."""
    while tail := _SCALE_END.search(text):
        scale = SCALES[" ".join(tail.group().lower().split())]
        join = _JOIN.match(scan, end)
        nxt = NUMBER.match(scan, join.end()) if join else None
        if join is None or nxt is None or blocked(nxt.start(), nxt.end()):
            break
        add = number_value(nxt.group())
        if add is None:
            break
        if nxt.lastgroup == "fraction" and join.group(1) and _HALF.match(nxt.group()):
            return value + add * (scale if scale >= 1000 else 1), nxt.end()
        small_scale = _SCALE_END.search(nxt.group()) is not None
        after_and = join.group(1) is not None and scale == 100
        whole = add == add.to_integral_value() and 0 < add < scale
        if nxt.lastgroup not in ("digits", "words") or not whole or not (small_scale or after_and):
            break
        value, end, text = value + add, nxt.end(), nxt.group()
    return value, end


def _ratio(scan: str, end: int, value: Decimal, blocked: Blocked) -> tuple[Decimal, int] | None:
    """ "one in five adults" 0.2, "two out of five hundred" 0.004, "one over three" 1/3.
    "In" and "out of" never before a unit ("5 in 10 minutes"); "over" only in a bare ratio at a
    clause end, since "over" before a number is mostly "more than"."""
    join = _RATIO.match(scan, end)
    if join is None or value <= 0 or value != value.to_integral_value():
        return None
    nxt = NUMBER.match(scan, join.end())
    if nxt is None or nxt.lastgroup not in ("digits", "words") or blocked(nxt.start(), nxt.end()):
        return None
    denominator = number_value(nxt.group())
    if denominator is None or denominator <= value:
        return None
    if denominator != denominator.to_integral_value():
        return None
    if join.group(1).lower() == "over":
        fits = _CLAUSE_END.match(scan, nxt.end()) is not None
    else:
        fits = unit_after(scan, nxt.end()) is None
    return (value / denominator, nxt.end()) if fits else None


# What news counts in millions with a bare "m": "About 2.5m people", "1.2m new jobs", "3m of its
# users". Before other nouns the "m" is metres: "a 2.5m wall", "5m waves", "the 100m hurdles".
_COUNT_NOUNS = (
    "people persons residents citizens inhabitants households families homes houses children "
    "adults pupils students patients users customers subscribers viewers listeners readers "
    "visitors tourists passengers travellers travelers voters votes jobs workers employees "
    "migrants refugees immigrants members followers fans downloads copies shares vehicles "
    "cars devices accounts trees animals doses vaccines vaccinations tests cases deaths "
    "infections claims applications signatures views streams spectators troops soldiers "
    "civilians victims women men girls boys babies births farmers shoppers drivers borrowers "
    "investors taxpayers pensioners consumers clients homeowners tenants properties businesses "
    "companies firms items orders parcels meals".split()
)
_COUNTED_AFTER = re.compile(
    r"[ \t]+(?:of[ \t]+(?:(?:the|its|their|his|her|our|these|those)[ \t]+)?)?"
    r"(?:(?!(?:high|tall|long|wide|deep|thick)\b)[a-z][\w'’-]*[ \t]+){0,2}?"
    rf"(?:{'|'.join(_COUNT_NOUNS)})\b"
)


def counted_in_millions(scan: str, m: re.Match[str]) -> bool:
    """True when a bare "m" after a number is millions: a counted noun or a unit follows ("2.5m
    people", "1.2m barrels", "2m tonnes"), which a length in metres never has, or a count is
    named shortly before it ("the real toll is likely at least 20m")."""
    end = m.end()
    if _COUNTED_AFTER.match(scan, end) is not None or unit_after(scan, end) is not None:
        return True
    return _COUNT_BEFORE.search(scan, max(0, m.start() - 40), m.start()) is not None


# A count named before the figure: "the real toll is likely at least 20m" is 20 million dead
# (a development cluster of the WHO's end of the Covid emergency), not 20 metres.
_COUNT_BEFORE = re.compile(
    r"\b(?:toll|deaths|cases|infections|population|voters|viewers|users|customers|subscribers|"
    r"doses|visitors|tourists|refugees|migrants)\b[^.;:\d]{0,25}$",
    re.I,
)


# An age stated after a name, as "a 45-year-old" is: "Biden, 78, said", "The victim, aged 34,".
_AGED = re.compile(
    r"\baged[ \t]+(?:(?:about|around|roughly|between|just|nearly|almost|over|under)[ \t]+)?"
    # The second and later ages of a list: "two men aged 19 and 23", "aged 4, 7 and 9".
    r"(?:\d{1,3}(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+))*$",
    re.I,
)
# "Biden, 78,", "Abdelhak El Amrani, 33,", and the people news names by a noun: "the man, 45,".
_NAME_COMMA = re.compile(
    r"(?<![\w.])([A-Z][\w'’-]*|man|woman|boy|girl|victim|suspect|driver|mother|father|son|"
    r"daughter|wife|husband|teenager|pensioner|resident|striker|midfielder|defender|"
    r"goalkeeper|forward|player|singer|actor|actress|rapper|star|officer|soldier|pilot|nurse|"
    r"doctor|student|pupil|teacher|worker|gunman|attacker|driver|survivor|grandmother|"
    r"grandfather|billionaire|founder|chief|president|minister|candidate)\.?,[ \t]+$"
)
_OLDEST = 120
# The age closes its aside with a comma or a spaced dash: "Elizeu Santos da Silva, 47 - somehow";
# after a full name, also the sentence: "Biden, 80, met Rishi Sunak, 43."
_AGE_CLOSE = re.compile(r",|[ \t]+[-–—][ \t]")
_SENTENCE_CLOSE = re.compile(r"\.(?:\s|$)")
_FULL_NAME_COMMA = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z][\w'’-]+,[ \t]+$")


def stated_age(scan: str, start: int, end: int) -> bool:
    """True when the number at `scan[start:end]` is a person's age: after "aged", or a whole
    number of up to three digits between commas (or a comma and a dash) right after a
    capitalised name."""
    before = scan[max(0, start - 30) : start]
    if _AGED.search(before):
        return True
    text = scan[start:end]
    name = _NAME_COMMA.search(before)
    return (
        name is not None
        and text.isdigit()
        and 0 < int(text) <= _OLDEST
        and (
            _AGE_CLOSE.match(scan, end) is not None
            or (
                _SENTENCE_CLOSE.match(scan, end) is not None
                and _FULL_NAME_COMMA.search(before) is not None
            )
        )
        and name.group(1).lower() not in MONTH_NUMBER
        and name.group(1) not in WEEKDAYS
    )


# What news counts one of: "One person died and 14 were injured", "Police found one body" ("one
# of the", "one day", "no one" are none).
ONE_COUNTED = re.compile(
    r"[ \t]+(person|man|woman|child|boy|girl|baby|body|soldier|officer|policeman|civilian|"
    r"victim|suspect|patient|passenger|prisoner|hostage|journalist|firefighter|resident|"
    r"migrant|protester|tourist|worker|student|player|member|vote|seat|goal|death|case)\b",
    re.I,
)
_SCALE_WORD = re.compile(r"(?:thousand|million|billion|trillion|bn|mn|tn|k|m)\b", re.I)


def scaled_low(low: Decimal, high: Decimal, low_text: str, high_text: str) -> Decimal:
    """The low end of a range whose scale is written once, after the high end: "two to three
    million people" runs from 2,000,000, "1.5-2 million" from 1,500,000."""
    if low <= 0 or _SCALE_WORD.search(low_text) or not _SCALE_WORD.search(high_text):
        return low
    for scale in (Decimal(10) ** 12, Decimal(10) ** 9, Decimal(10) ** 6, Decimal(1000)):
        if low * scale <= high < low * scale * 10:
            return low * scale
    return low


_MONEY_BEFORE = re.compile(
    r"\b(?:fined?|fines|paid|pay|pays|paying|cost|costs|costing|worth|earns?|earned|earning|"
    r"salary|wages?|spent|spend|raised|donated|compensation|damages|fee|price|prize|bill|"
    r"awarded|owed|owes|debts?|loan|bribes?|ransom|bail)\b(?:\W+\w+){0,3}\W*$",
    re.I,
)


_PHYSICAL_OF = re.compile(
    r"\s+of\s+(?:thrust|force|pressure|weight|payload|cargo|fuel|explosives?|cocaine|heroin|"
    r"cannabis|drugs|meat|beef|pork|fish|food|waste|rubbish|plastic|steel|ice)\b",
    re.I,
)


def pounds_of_money(scan: str, begin: int, end: int) -> bool:
    """Whether "pounds" at `begin:end` counts money: after a scale ("361 million pounds",
    "5-6 million pounds") or a word of money ("fined 500 pounds"), not "weighs 200 pounds"."""
    text = scan[begin:end].lower()
    if _PHYSICAL_OF.match(scan, end):
        return False  # "8.8 million pounds of thrust" (a development cluster's rocket launch)
    if re.search(r"(?:million|billion|bn|m)\s*pounds?$", text):
        return True
    return _MONEY_BEFORE.search(scan, max(0, begin - 40), begin) is not None
