"""Numbers as news writes them: "14,000", "1.2 million", "$3bn", "80k", "fourteen thousand".

`NUMBER` finds candidate spans; `number_value` turns a matched span into a `Decimal`. Joins that
need the text around a number ("3 hundred and 21", "one in five") are in `numbercontext`.

>>> number_value("14 thousand"), number_value("twenty-two"), number_value("1.2 million")
(Decimal('14000'), Decimal('22'), Decimal('1200000.0'))
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from consistency.extract.numberwords import (
    DOZENS,
    FRACTIONS,
    MULTIPLIERS,
    ORDINAL_UNITS,
    SCALES,
    TENS,
    UNITS,
    fraction_value,
    has_fraction,
    spoken_decimal,
    words_value,
)

__all__ = [
    "MULTIPLIERS",
    "NUMBER",
    "NUMBER_AT",
    "SHORT_SCALES",
    "VULGAR_CHARS",
    "is_fraction",
    "number_value",
]

# Vulgar fractions: "10 1/2 miles", "a 1/4 mile oval", "½ teaspoon", "2½". A slashed one needs a
# unit or a plain denominator (`numbercontext` checks), since "24/7" and "4/13" are no fractions.
VULGAR_CHARS = {
    "½": Decimal(1) / 2, "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "¼": Decimal(1) / 4,
    "¾": Decimal(3) / 4, "⅕": Decimal(1) / 5, "⅖": Decimal(2) / 5, "⅗": Decimal(3) / 5,
    "⅘": Decimal(4) / 5, "⅙": Decimal(1) / 6, "⅚": Decimal(5) / 6, "⅐": Decimal(1) / 7,
    "⅛": Decimal(1) / 8, "⅜": Decimal(3) / 8, "⅝": Decimal(5) / 8, "⅞": Decimal(7) / 8,
    "⅑": Decimal(1) / 9, "⅒": Decimal(1) / 10,
}  # fmt: skip
# Abbreviated scales after digits ("80k", "$3bn", "£1.2m", "2mil"); "m" and "b" only count as
# millions and billions after a currency or in capitals, which the quantity extractor checks (a
# bare "5m" is five metres). Finance's "1MM" is a million, but "1mm" a millimetre.
SHORT_SCALES = {
    "k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "b": 10**9, "bn": 10**9,
    "bln": 10**9, "tn": 10**12, "tln": 10**12,
}  # fmt: skip

_SP = r"[ \t]+"
# Between number words: "two hundred", "twenty-two"; a spaced hyphen only where no range can be
# meant: "fifty - two" (a tens word and a unit), "one - fourth".
_GLUE = r"(?:[ \t]+|-)"
_DASH = r"(?:[ \t]*-[ \t]*|[ \t]+)"
_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))
_DOZENS = "|".join(sorted(DOZENS, key=len, reverse=True))
# "one twenty-fifth", "three twenty firsts"; never before "century" ("a twenty-first-century
# economy", "a fifth century church" are ordinals).
_FRACTION_WORDS = (
    rf"(?:(?:{_TENS_WORDS}){_DASH}(?:{'|'.join(sorted(ORDINAL_UNITS, key=len, reverse=True))})"
    rf"|{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})\b(?![ \t-]*centur)"
)
# A tens word is no number before an ordinal: "the twenty-first century".
_TENS = rf"(?:{_TENS_WORDS})(?:{_DASH}(?:{_UNIT_WORDS})\b|(?!{_DASH}(?:first|second)s?\b))"
# No bare "dozen": "a few dozen protesters" is no twelve ("a dozen" is, through "a").
_WORD = rf"(?:{_TENS}|{_UNIT_WORDS})"
_DIGIT_WORDS = "zero|nought|naught|one|two|three|four|five|six|seven|eight|nine"
# Spoken decimals: "two point five million", "nine point nought four". One word after the point
# only before a scale, "percent" or a sentence end (never "at one point two men").
_POINT_END = rf"(?=[ \t]+(?:{_SCALE_WORDS}|percent|per\s+cent)\b|\s*[.;!?]|$)"
_POINT = (
    rf"{_SP}point(?:(?:{_SP}(?:{_DIGIT_WORDS})){{2,}}|{_SP}(?:{_DIGIT_WORDS}|{_WORD}){_POINT_END})"
)
# "hundred thousand dollars": a bare "hundred" only before a larger scale, and never after a
# vague count ("a few hundred thousand", "several hundred million").
_HUNDRED = (
    r"hundred(?<!few hundred)(?<!several hundred)(?<!couple hundred)(?<!many hundred)"
    rf"(?={_SP}(?:thousand|million|billion|trillion|lakh|crore)\b)"
)
# "nought point five"; alone only where it is no idiom ("came to nought", "all for naught").
_ZERO = rf"n[ao]ught(?:{_POINT}|(?<!\bto n[ao]ught)(?<!\bfor n[ao]ught))"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", *SCALES)) + ")"
_WORDS = (
    # "a" and "an" only count as one before a scale: "a million", "a dozen" (never "a TV").
    rf"{_ZERO}|(?:{_WORD}|{_HUNDRED}|(?:a|an)(?={_GLUE}(?:{_SCALE_WORDS}|dozen)\b))"
    # "and" joins only after a scale: "two hundred and fifty" (but "two and three" are two).
    # "five hundreds" only after a number word: "hundreds of" alone is no number.
    rf"(?:{_GLUE}(?:{_WORD}|{_SCALE_WORDS}|hundreds|{_DOZENS})\b"
    rf"|{_AFTER_SCALE}\s+and\s+(?:{_WORD}|dozens))*"
    rf"(?:{_POINT})?"
    rf"(?:{_GLUE}(?:{_SCALE_WORDS}))?"
    # A fraction ends the run: "five eighths", "two and a half", "three and one-fourth miles",
    # "two and a half million", "two thirds of a million" (else "five eighths" read as 5 eighths).
    rf"(?:(?:{_DASH}|\s+and\s+(?:an?|{_WORD}){_GLUE})(?:{_FRACTION_WORDS})"
    rf"(?:{_SP}(?:of{_SP}an?{_SP})?(?:{_SCALE_WORDS}))?)?"
)
# Thousands grouped by commas, thin spaces ("40\u202f000") or spaces ("1 414 021 100", a group
# never glued to more digits or a hyphen: "the top 10 100-metre times"), or in Indian style
# ("12,34,567").
_DIGITS = (
    r"(?:\d{1,3}(?:[,\u202f\u2009]\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}"
    r"|[1-9]\d{0,2}(?: \d{3}(?![\d-]))+|\d+)(?:\.\d+)?|\.\d+"
)
# Scientific notation and powers: "1.3e6", "12.32e+14", "6.23x10^-4", "1.1^23".
_POWER = r"(?:e[+-]?|\^[+-]*|[ \t]?[x×*][ \t]?10\^[+-]?)\d{1,3}(?!\w|\.\d)"
# Digits, then an optional scale: "1.2 million", "14 thousand", "80k", "3bn", "2.33 k", "10 bln",
# "10M", "1,674,200.5 M". "3M" alone is the company, not three million.
_DIGITS_SCALED = (
    rf"(?:(?!(?-i:3M)\b)|(?<=[$£€¥₹]))(?:{_DIGITS})(?:{_POWER}"
    rf"|\s?(?:{_SCALE_WORDS}|{_DOZENS})\b|\s?(?:bn|bln|mn|mln|tn|tln|mil)\b"
    rf"|(?:k|m|b|(?-i:MM))\b|[ \t](?-i:k|M)\b(?!-))?"
)
# A bare "half" is a share after a bound or before "of"/"the" ("more than half the voters",
# "Half of the respondents"); never "the first half of the year" or "half-time".
_BOUND_BEFORE = ("than", "nearly", "almost", "about", "around", "roughly", "over", "under", "least")
# After a verb too ("destroyed half of the homes"), but never a part of something in time or
# place ("the first half of the year", "the other half", "the top half") or "cut in half".
_HALF_OF_A_WHOLE = (
    "first second other latter former back front top bottom lower upper final the a in"
).split()
_BARE_HALF = (
    "half(?:"
    + "|".join(rf"(?<=\b{w} half)" for w in _BOUND_BEFORE)
    + r")(?![\w-])"
    + "|half"
    + "".join(rf"(?<!\b{w} half)" for w in _HALF_OF_A_WHOLE)
    + rf"(?<!-half)(?={_SP}(?:of|the)\b)"
)
# Word numerators are part of `_WORDS`; these are the rest: "a third", "half a", "quarter million".
_FRACTION = (
    rf"(?:a|an){_GLUE}(?:{_FRACTION_WORDS})|half{_SP}an?(?=\s)"
    rf"|(?:half|quarter)(?={_SP}(?:of{_SP}an?{_SP})?(?:{_SCALE_WORDS}))|{_BARE_HALF}"
)
_FRACTION_SCALED = rf"(?:{_FRACTION})(?:{_SP}(?:of{_SP}an?{_SP})?(?:{_SCALE_WORDS}|dozen))?"

# "12-1/2 years" in US copy is twelve and a half.
_VULGAR = rf"(?:\d+(?:[ \t]+|-))?\d{{1,2}}/\d{{1,2}}(?![/\d])|\d*[{''.join(VULGAR_CHARS)}]"
# Every number starts with a digit, a vulgar fraction or the first letters of a number word
# ("tw" two, twelve, twenty; "fi[fv]" five, fifty, fifth); checking those first lets the search
# skip other words ("the", "said", "for") at once.
_OPENER = (
    rf"(?=[\d.{''.join(VULGAR_CHARS)}]|(?i:a[n \t-]|t(?:w|hr|hir|en)|f(?:ou|ort|i[fv])"
    r"|s(?:ix|eve)|e(?:igh|le)|n(?:in|[ao]u)|one|zer|h(?:un|al)|qua))"
)
_BODY = (
    rf"{_OPENER}(?:(?P<vulgar>{_VULGAR})"
    rf"|(?P<digits>{_DIGITS_SCALED})"
    rf"|(?P<fraction>{_FRACTION_SCALED})\b"
    rf"|(?P<words>{_WORDS})\b)"
)
NUMBER = re.compile(rf"(?<![\w.,/]){_BODY}", re.I)
# The same, matched where a currency code or mark is glued to the digits: "USD115", "RM500".
NUMBER_AT = re.compile(_BODY, re.I)
_SEPARATORS = re.compile("[,\u202f\u2009 ]")  # thousands separators
_DIGITS_SPLIT = re.compile(rf"({_DIGITS})\s?(.*)", re.S)
_POWER_SPLIT = re.compile(r"\s?(e|\^|[x×*]\s?10\^)([+-]*)(\d+)$")


def number_value(text: str) -> Decimal | None:
    """The value of a number span matched by `NUMBER` (or any number phrase), else None."""
    t = " ".join(text.split()).lower()
    if not t:
        return None
    if "/" in t or t[-1] in VULGAR_CHARS:
        return _vulgar_value(t)
    if t[0].isdigit() or t[0] == ".":
        return _digits_value(t, text.rstrip().endswith("MM"))
    if " point " in t:
        return spoken_decimal(t)
    return fraction_value(t) if has_fraction(t) else words_value(t)


def is_fraction(text: str) -> bool:
    """True when a number span is (or ends in) a fraction: "two-thirds", "five and a half"."""
    return has_fraction(text.lower())


def _vulgar_value(t: str) -> Decimal | None:
    """ "10 1/2" -> 10.5, "1/4" -> 0.25, "½" -> 0.5, "2½" -> 2.5."""
    if t[-1] in VULGAR_CHARS:
        digits = t[:-1].strip()
        return (Decimal(digits) if digits else 0) + VULGAR_CHARS[t[-1]]
    *whole, fraction = t.replace("-", " ").split()
    numerator, denominator = (int(x) for x in fraction.split("/"))
    if denominator == 0 or numerator >= denominator:
        return None
    return Decimal(int(whole[0]) if whole else 0) + Decimal(numerator) / denominator


def _digits_value(t: str, capital_mm: bool) -> Decimal | None:
    """ "1,234" 1234, "1 234 567" 1234567, "2.5 k" 2500, "1.3e6" 1300000, "1.1^23" 8.95."""
    m = _DIGITS_SPLIT.match(t)
    if not m:
        return None
    try:
        value = Decimal(_SEPARATORS.sub("", m.group(1)))
    except InvalidOperation:
        return None
    rest = m.group(2).strip()
    if capital_mm:
        return value * 10**6
    power = _POWER_SPLIT.match(rest)
    if power:
        return _power(value, *power.groups())
    return value * MULTIPLIERS.get(rest, SHORT_SCALES.get(rest, 1))


def _power(value: Decimal, operator: str, signs: str, digits: str) -> Decimal | None:
    """ "1.3e6", "2.5^-1", "6.23x10^-4": the exponent's minus signs cancel in pairs."""
    exponent = -int(digits) if signs.count("-") % 2 else int(digits)
    try:
        result = value**exponent if operator == "^" else value * Decimal(10) ** exponent
    except ArithmeticError:
        return None
    return result if result.is_finite() else None  # "0^-1"
