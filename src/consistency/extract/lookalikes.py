"""Figures that look like quantities and are none: numbers that name, time, dial or score things.

"Section 230", "Flight 370", "F-16", "10:30", "the 737 Max" and "Apollo 11" name things; "at 8
o'clock" is a time; "0800 123 4567" and "dial 911" are phone numbers; "Italy won 3-1", "The Senate
voted 52-48" and "6-3, 6-4" are scores and tallies. All checked at a number `NUMBER` already found.
"""

from __future__ import annotations

import re

from consistency.extract.currencies import currency_code
from consistency.extract.datewords import MONTH_NUMBER
from consistency.extract.units import unit_after
from consistency.model import WEEKDAYS

# Numbers that name things rather than count them: "Section 230", "Flight 370", "No. 10",
# "Apollo 11" and "Soyuz MS-24" (missions).
_REFERENCE_BEFORE = re.compile(
    r"\b(?:Section|Article|Chapter|No|Nos|Number|Room|Route|Highway|Interstate|Flight|Model|Row|"
    r"Resolution|Amendment|Page|Vol|Volume|Episode|Season|Gate|Terminal|Platform|Channel|Level|"
    r"Grade|Class|Category|Proposition|Prop|Bill|Title|Paragraph|Clause|Item|Exhibit|Building|"
    r"Unit|Apartment|Apt|Suite|Lot|Track|Pier|Block|Sector|Zone|District|Ward|Precinct|Division|"
    r"Tier|Phase|Stage|Week|Game|Match|Round|Lap|Hole|Psalm|Verse|Version|Windows|iPhone|Galaxy|"
    r"Boeing|Airbus|Type|Mark|Mk|Series|Form|Rule|Line|Pub|Code|Apollo|Artemis|Soyuz|Voyager|"
    r"Shenzhou|Chandrayaan|Luna|Expedition|Group of|Area|Formula|PlayStation|Xbox|Pixel|iOS|"
    r"Android|Nikkei|Russell|Fortune|Leopard|Ops|Junction|Vision|Agenda|Euro|Gen|Note|MAX|Max)"
    r"\.?\s*#?$"
)
# The same in lower case where news writes it so: "the phase 3 study", "level 6B
# restrictions", "a category 4 hurricane", "stage 4 cancer".
_DESIGNATION_BEFORE = re.compile(
    r"\b(?:phase|level|stage|tier|category|grade|type|section|article|chapter|route|flight|gate|"
    r"terminal|platform)[ \t]+$"
)
_ORDINAL_OR_TIME_AFTER = re.compile(
    r"(?:st|nd|rd|th)\b|\s?(?:a\.?m\b\.?|p\.?m\b\.?)|[:.]\d{2}\s?(?:a\.?m|p\.?m)|:\d{2}"
    # "(0117 GMT)": a clock time in wire copy; "at 8 o'clock".
    r"|\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|MSK)\b|[ \t]+o['’][ \t]?clock\b",
    re.I,
)
_OCLOCK = re.compile(r"[ \t]+o['’][ \t]?clock\b", re.I)
# A model named after its number: "the 737 Max", "the 787 Dreamliner".
_MODEL_AFTER = re.compile(r"[ \t-](?:Max|MAX|Dreamliner)\b")
# An address: "10 Downing Street", "1600 Pennsylvania Avenue".
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|"
    r"Place|Square|Court|Terrace)\b"
)
_DOTTED = re.compile(r"\.\d")
_PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent|percent)")
# An acronym right before a plain whole number names a thing: "NGC 7496" (a galaxy), "S&P/ASX
# 200" and "FTSE 100" (indexes), "COVID 19"; a currency code before it is money ("USD 25").
_ACRONYM_BEFORE = re.compile(r"(?<![\w&/.-])([A-Z][A-Z&/.-]*[A-Z])\s$")
# A capitalised word before a bare whole number of 3+ digits that ends its phrase names a thing
# too: "Abell 2744, where", "Fortune 500." (a month or weekday before it makes a date instead).
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s$")
# Words that open sentences before a figure and name nothing: "Some 300 Americans were evacuated".
_NO_NAME = frozenset(
    "some about around nearly almost over under roughly just only more fewer less all another "
    "approximately estimated at up the and but with by of in on for to from as an a".split()
)
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+[A-Z]")


def plausible_digits(scan: str, m: re.Match[str]) -> bool:
    """False for a number in digits that names or times a thing rather than counts it."""
    start, end = m.start(), m.end()
    before = scan[max(0, start - 24) : start]
    if before.endswith(("-", "–", "/", ":")) and len(before) >= 2 and before[-2].isalnum():
        return False  # F-16, COVID-19, 24/7, 10:30, the "48" of "voted 52–48"
    if _DOTTED.match(scan, end):
        return False  # an IP address or version: "192.168.1.2", "iOS 17.4.1"
    if _REFERENCE_BEFORE.search(before) or _DESIGNATION_BEFORE.search(before):
        return False
    if _designation(scan, before, m):
        return False
    if _minority(scan, m) or _result_line(scan, m):
        return False
    if _ORDINAL_OR_TIME_AFTER.match(scan, end) or _ADDRESS_AFTER.match(scan, end):
        return False
    if _MODEL_AFTER.match(scan, end):
        return False
    nxt = scan[end : end + 1]
    # Letters glued to digits that are no unit we know: "5G", "3D", "737MAX"; a capital after a
    # hyphen names a brand or a form: "7-Eleven", "10-K".
    if nxt == "-" and scan[end + 1 : end + 2].isupper():
        return False
    return not (nxt.isalpha() and unit_after(scan, end) is None)


def clock_time(scan: str, end: int) -> bool:
    """True when a number in words is a clock time: "at eight o'clock"."""
    return _OCLOCK.match(scan, end) is not None


# Number words that name rather than count: "the zero-COVID policy", "a zero-sum game", "the
# two-state solution", "the Group of Seven" (but "zero-percent loans" and "a two-day visit" are
# measures, "a three-judge panel" a count).
_IDIOM_COMPOUND = re.compile(r"-(?:state|way|faced|tier)\b", re.I)
_GROUP_OF = re.compile(r"\bGroup of $")
_MID_SENTENCE = re.compile(r"[a-z][ \t]$")


def named_by_words(scan: str, start: int, end: int) -> bool:
    """True when a number in words names a thing or forms an idiom, counting nothing."""
    if _GROUP_OF.search(scan, max(0, start - 9), start):
        return True
    if scan[max(0, start - 2) : start - 1].isdigit() and scan[start - 1 : start] == "-":
        return True  # the "Eleven" of "7-Eleven"
    if scan[start].isupper() and _MID_SENTENCE.search(scan, max(0, start - 3), start):
        return True  # capitalised inside a sentence, a name: "the Six Nations", "Big Ten"
    if scan[end : end + 1] != "-" or unit_after(scan, end) is not None:
        return False
    if scan[start:end].lower() == "zero":
        return scan[end + 1 : end + 2].isalpha()
    return _IDIOM_COMPOUND.match(scan, end) is not None and scan[start:end].lower() == "two"


def _designation(scan: str, before: str, m: re.Match[str]) -> bool:
    if not m.group().isdigit():
        return False
    acronym = _ACRONYM_BEFORE.search(before)
    if acronym is not None:
        if currency_code(acronym.group(1)):
            return False
        return not (unit_after(scan, m.end()) or _PERCENT_AFTER.match(scan, m.end()))
    name = _NAME_BEFORE.search(before)
    return (
        name is not None
        and name.group(1).lower() not in _NO_NAME
        and len(m.group()) >= 3
        and name.group(1).lower() not in MONTH_NUMBER
        and name.group(1) not in WEEKDAYS
        and _PHRASE_END.match(scan, m.end()) is not None
    )


# Phone numbers, matched from their first digit group: American ("(555) 123-4567", "1-800-273-
# 8255", "555-0134"), and national ones with a trunk zero ("0800 123 4567", "020 7946 0958").
_PHONE = re.compile(
    r"(?:\d{1,3}[ .-])?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)|\d{3}-\d{4}(?!\d)"
    r"|0\d{1,4}(?:[ .-]\d{3,6}){1,2}(?![\d,]|\.\d)"
)
# After a "+": a country code and its groups, "+44 20 7946 0958", "+44 (0)20 7946 0958".
_INTERNATIONAL = re.compile(r"\d{1,3}(?:[ -]?\(\d{1,4}\)[ ]?\d{1,5})?(?:[ -]\d{1,5}){1,4}(?!\d)")
# "dial 911", "dialled 999": any number dialled is a phone number; one called only when it is a
# short emergency or help line ("call 911", but "called 20 witnesses").
_DIAL_BEFORE = re.compile(r"\b(?:[Dd]ial(?:s|l?ed|l?ing)?)[ \t]+$")
_CALL_BEFORE = re.compile(r"\b(?:[Cc]all(?:s|ed|ing)?|[Pp]hon(?:e|ed|ing)|[Rr]ang|[Rr]ing)[ \t]+$")
_HELP_LINES = frozenset({"911", "999", "112", "111", "101", "988", "000", "211", "311"})


def phone_end(scan: str, m: re.Match[str]) -> int | None:
    """Where the phone number starting at `m` ends, or None when it is no phone number."""
    start, end = m.start(), m.end()
    if scan[start - 1 : start] == "+" and not scan[start - 2 : start - 1].isalnum():
        found = _INTERNATIONAL.match(scan, start)
        if found and sum(c.isdigit() for c in found.group()) >= 8:
            return found.end()
    found = _PHONE.match(scan, start)
    if found and sum(c.isdigit() for c in found.group()) >= 7:
        return found.end()
    if m.group().isdigit() and scan[end : end + 1] != "%":
        before = scan[max(0, start - 10) : start]
        if _DIAL_BEFORE.search(before) or (
            m.group() in _HELP_LINES and _CALL_BEFORE.search(before)
        ):
            return end
    return None


# Scores and tallies: two small whole numbers joined by a hyphen or a dash, "3-1", "52-48".
_PAIR = re.compile(r"[-–](\d{1,3})(?![\d.,]\d|[-–/]\d)\b")
# Written larger first, a pair is a score or a tally, never a range; smaller first, it is a
# score where a result word comes after ("a 1-3 defeat"), a scoring verb before ("Italy lost
# 1-3"), or in a list of sets.
_SCORE_AFTER = re.compile(
    r"[ \t]+(?:(?:home|away|league|cup|first-leg|second-leg|aggregate|shock)[ \t]+)?"
    r"(?:wins?|victory|victories|defeats?|loss|losses|lead|draw|votes?|margin|decision|"
    r"majority|ruling|verdict|scoreline|result|triumph|thrashing|drubbing|aggregate)\b",
    re.I,
)
_BETWEEN_WORDS = (
    r"(?:[ \t]+(?!(?:aged|ages|by|to|of|from|between|about|around|some|up|for|at)\b)"
    r"[A-Za-z][\w'’.-]*){0,3}[ \t]+$"
)
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|lost|lose|loses|beat|beats|drew|draw|defeated|edged|thrashed|crushed|"
    r"routed|voted|votes|ruled|led|leads|leading|trailed|trails|trailing|scored|score|scores|"
    rf"scoreline){_BETWEEN_WORDS}",
    re.I,
)
# A vote or a ruling keeps its first number, the majority: "The Monetary Policy Committee voted
# 6-3" says six members voted for, as a report of it may ("six of the nine members"). Its second
# number, the minority, is no figure of the story's facts.
_TALLY_BEFORE = re.compile(
    rf"\b(?:voted|votes?|ruled|ruling|split|approved|passed|rejected|backed){_BETWEEN_WORDS}", re.I
)
_TALLY_AFTER = re.compile(r"[ \t]+(?:votes?|ruling|decision|majority|margin|verdict|split)\b", re.I)
# Tennis sets: "6-3, 6-4, 7-6 (7-4)", single digits, another pair right before or after.
_SET_AFTER = re.compile(r",?[ \t]+\(?[0-7][-–][0-7]\b")
_SET_BEFORE = re.compile(r"\b[0-7][-–][0-7]\)?,?[ \t]+$")
# A counted noun after a pair makes it a range: "won 20-30 seats".
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]+s\b")


# "MPs voted 312 to 289", "carried by 320 votes to 205": the second figure is the minority.
_TALLY_TO = re.compile(r"(\d[\d,]*)[ \t]+(?:votes?[ \t]+)?to[ \t]+$")
_TALLY_VERB = re.compile(
    r"\b(?:voted|votes?|carried|passed|approved|rejected|backed|cleared|defeated|won|lost|beat|"
    r"beaten|drew)\b[^.;:\n]{0,30}$",
    re.I,
)


def _minority(scan: str, m: re.Match[str]) -> bool:
    """Whether a figure is the smaller side of a vote written with "to"."""
    before = _TALLY_TO.search(scan, max(0, m.start() - 24), m.start())
    if before is None or not m.group().replace(",", "").isdigit():
        return False
    if int(before.group(1).replace(",", "")) <= int(m.group().replace(",", "")):
        return False
    return _TALLY_VERB.search(scan, max(0, before.start() - 40), before.start()) is not None


# A results line: "Arsenal 2 Chelsea 1", "Man Utd 0, Liverpool 0" (a score, no quantity).
_RESULT_LINE = re.compile(
    r"[ \t]*[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}[ \t]+\d{1,2},?[ \t]+"
    r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}[ \t]+\d{1,2}[ \t]*(?:\([^)\n]*\))?[ \t]*$"
)


def _result_line(scan: str, m: re.Match[str]) -> bool:
    """Whether a small figure stands in a line that is a match result and nothing else."""
    if len(m.group()) > 2 or not m.group().isdigit():
        return False
    start = scan.rfind("\n", 0, m.start()) + 1
    end = scan.find("\n", m.end())
    return _RESULT_LINE.fullmatch(scan, start, end if end >= 0 else len(scan)) is not None


def score_end(scan: str, m: re.Match[str]) -> int | None:
    """Where a score starting at `m` ends ("Italy won 3-1", "6-3, 6-4"), else None; a vote's
    tally ("voted 52-48") keeps its majority figure."""
    end = m.end()
    pair = _PAIR.match(scan, end)
    if pair is None or not m.group().isdigit() or len(m.group()) > 3:
        return None
    if unit_after(scan, pair.end()) is not None:
        return None  # "temperatures of 30-35C", "10-15%"
    before = scan[max(0, m.start() - 48) : m.start()]
    if int(m.group()) >= int(pair.group(1)):
        tally = _TALLY_BEFORE.search(before) or _TALLY_AFTER.match(scan, pair.end())
        return None if tally else pair.end()
    if _SCORE_AFTER.match(scan, pair.end()):
        return pair.end()
    # A set is won with six or seven games: "4-6, 6-3", never "1-2, 3-4 bedrooms".
    in_set = len(m.group()) == len(pair.group(1)) == 1 and {m.group(), pair.group(1)} & {"6", "7"}
    if in_set and (
        _SET_AFTER.match(scan, pair.end())
        or _SET_BEFORE.search(scan, max(0, m.start() - 8), m.start())
    ):
        return pair.end()
    if _SCORE_BEFORE.search(before) and not _NOUN_AFTER.match(scan, pair.end()):
        return pair.end()
    return None
