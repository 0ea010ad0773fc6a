"""The words dates are spelled with: month and day names, days and years written out ("the
twenty-third", "nineteen eighty-six"), counted offsets ("two weeks"), and the calendar of holidays.

Data and the small readers of it only; `datepatterns` builds the pattern from these tables.

>>> year_value("nineteen eighty-six"), year_value("two thousand and thirty two")
(1986, 2032)
"""

from __future__ import annotations

import re

from consistency.model import WEEKDAYS

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_NUMBER = {name.lower(): n for n, name in enumerate(MONTHS, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
# Lowercase month names count too ("on july 4th", a caption or a URL slug), except the two that are
# also common verbs: "it may rain", "they march on".
LOWER_MONTHS = [m.lower() for m in MONTHS if m not in ("May", "March")]
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
    "sun": 6,
}  # fmt: skip


def weekday_name(text: str) -> str:
    """The canonical weekday of a name or abbreviation: "tue." -> "Tuesday"."""
    word = text.rstrip(".").lower()
    index = WEEKDAY_ABBREVIATIONS.get(word)
    return WEEKDAYS[index] if index is not None else word.capitalize()


# --- numbers written out ------------------------------------------------------------------------
UNITS = "one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
CARDINALS = {w: n for n, w in enumerate(UNITS, 1)} | {w: n for n, w in enumerate(TEENS, 10)}
CARDINALS |= {w: 10 * n for n, w in enumerate(TENS, 2)} | {"oh": 0}
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ORDINAL_DAYS = {word: n for n, word in enumerate(_ORDINALS, 1)} | {"thirtieth": 30}
ORDINAL_DAYS |= {f"twenty-{w}": 20 + n for n, w in enumerate(_ORDINALS[:9], 1)}
ORDINAL_DAYS["thirty-first"] = 31
CARDINAL_DAYS = {w: n for n, w in enumerate(UNITS + TEENS, 1)} | {"twenty": 20, "thirty": 30}
CARDINAL_DAYS |= {f"twenty-{w}": 20 + n for n, w in enumerate(UNITS, 1)} | {"thirty-one": 31}


def spelled(words: dict[str, int]) -> list[str]:
    """The keys with a space or a hyphen inside compounds, lowercase and capitalised."""
    forms = {w.replace("-", sep) for w in words for sep in "- "}
    return sorted(forms | {w.capitalize() for w in forms})


def day_value(text: str) -> int:
    """A day of the month in digits ("22nd") or words ("twenty second", "thirteen")."""
    word = re.sub(r"[\s-]+", "-", text.lower())
    day = ORDINAL_DAYS.get(word) or CARDINAL_DAYS.get(word)
    return day or int(text.rstrip("stndrh"))


# A year in words: "nineteen eighty-six", "nineteen hundred ninety three", "two thousand and
# thirty two", "twenty twenty". Only read after a day and a month, where nothing else fits.
_W = r"[\s-]+"
_UNIT = "(?:" + "|".join(UNITS) + ")"
_TEEN = "(?:" + "|".join(TEENS) + ")"
_TENS = "(?:" + "|".join(TENS) + ")"
_TWO_DIGITS = rf"(?:{_TENS}(?:{_W}{_UNIT})?|{_TEEN}|{_UNIT})"
YEAR_WORDS = (
    rf"(?i:(?:{_TEEN}|twenty)(?:{_W}hundred(?:{_W}and)?(?:{_W}{_TWO_DIGITS})?"
    rf"|{_W}(?:{_TENS}(?:{_W}{_UNIT})?|{_TEEN}|oh{_W}{_UNIT}))"
    rf"|two{_W}thousand(?:{_W}and)?{_W}{_TWO_DIGITS})\b"
)


def year_value(text: str) -> int:
    """The year a YEAR_WORDS match spells."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(CARDINALS[w] for w in words[2:])
    rest = words[2:] if words[1:2] == ["hundred"] else words[1:]
    return CARDINALS[words[0]] * 100 + sum(CARDINALS[w] for w in rest)


# --- counted offsets: "two weeks", "a fortnight" ----------------------------------------------
COUNT_WORDS = {"a": 1, "an": 1} | {w: n for n, w in enumerate(UNITS, 1)}
COUNT_WORDS |= {"ten": 10, "eleven": 11, "twelve": 12}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
# Days either side a counted offset leaves open: "two months ago" is not to the day.
UNIT_SLACK = {"day": 0, "week": 3, "fortnight": 3, "month": 15, "year": 366}

# --- holidays -----------------------------------------------------------------------------------
# Fixed ones by (month, day); movable ones by the rule's name, computed in `daterelative`. Keys are
# lowercase, without apostrophes or dots (see `holiday_key`). Only names that mean one day
# wherever the story is from: not "Independence Day" or "Labor Day".
HOLIDAYS: dict[str, tuple[int, int] | tuple[str, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year": (1, 1), "new years": (1, 1), "new year day": (1, 1), "new years day": (1, 1),
    "new year eve": (12, 31), "new years eve": (12, 31), "boxing day": (12, 26),
    "halloween": (10, 31), "valentines day": (2, 14), "st patricks day": (3, 17),
    "saint patricks day": (3, 17), "st patrick": (3, 17), "saint patrick": (3, 17),
    "juneteenth": (6, 19), "may day": (5, 1), "earth day": (4, 22),
    "international workers day": (5, 1), "easter": ("easter", 0), "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1), "good friday": ("easter", -2),
    "thanksgiving": ("thanksgiving", 0), "thanksgiving day": ("thanksgiving", 0),
    "black friday": ("thanksgiving", 1), "memorial day": ("memorial", 0),
    "eid al fitr": ("eid", 0), "eid ul fitr": ("eid", 0),
}  # fmt: skip
# Eid al-Fitr follows the lunar calendar and a moon sighting, so it is looked up, not computed:
# the first day as Saudi Arabia and most of the Muslim world observed it.
EID_AL_FITR = {
    2010: (9, 10), 2011: (8, 30), 2012: (8, 19), 2013: (8, 8), 2014: (7, 28), 2015: (7, 17),
    2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4), 2020: (5, 24), 2021: (5, 13),
    2022: (5, 2), 2023: (4, 21), 2024: (4, 10), 2025: (3, 30),
}  # fmt: skip
# Names that are a date without a cue ("Juneteenth, which is also known as ..."); the bare feasts
# ("Christmas", "Easter") need one: "over Christmas", not "Christmas markets".
DAY_NAMES = frozenset(
    name for name in HOLIDAYS if name.endswith((" day", " eve", " friday", " monday", " sunday"))
) | {"juneteenth", "eid al fitr", "eid ul fitr"}
# "Saint Patrick" is also the saint: a date only with a year.
NEEDS_YEAR = frozenset({"st patrick", "saint patrick"})


def holiday_key(text: str) -> str:
    """The `HOLIDAYS` key of a matched name: "St. Patrick’s Day" -> "st patricks day"."""
    return " ".join(re.sub(r"['’.]", "", text.lower()).replace("-", " ").split())
