"""Numbers as news writes them: "14,000", "1.2 million", "$3bn", "80k", "fourteen thousand".

`NUMBER` finds candidate spans; `number_value` turns a matched span into a `Decimal`.

>>> number_value("14 thousand"), number_value("twenty-two"), number_value("1.2 million")
(Decimal('14000'), Decimal('22'), Decimal('1200000.0'))
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    # South Asian news counts in lakhs and crores: "25 lakh tonnes", "Rs 500 crore".
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}  # fmt: skip
# Vulgar fractions: "10 1/2 miles", "a 1/4 mile oval", "½ teaspoon". Only before a unit count
# (the quantity extractor checks), since "24/7" and "4/13" are no fractions.
_VULGAR_CHARS = {"½": Decimal(1) / 2, "¼": Decimal(1) / 4, "¾": Decimal(3) / 4,
                 "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "⅛": Decimal(1) / 8}  # fmt: skip
# Abbreviated scales after digits ("80k", "$3bn", "£1.2m"); "m" and "b" only count as millions and
# billions after a currency, which the quantity extractor checks (a bare "5m" is five metres).
SHORT_SCALES = {
    "k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "tn": 10**12,
}  # fmt: skip
# Fractions by their denominator: "a third" is 1/3, "two-thirds" 2/3.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_SCALE_WORDS = "|".join(SCALES)
_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_WORD = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS}|dozen)"
_WORDS = (
    # "a" and "an" only count as one before a scale: "a million", "a dozen" (never "a TV").
    rf"(?:{_WORD}|(?:a|an)(?=[ -](?:{_SCALE_WORDS}|dozen)\b))"
    rf"(?:(?:[ -]|\s+and\s+)(?:{_WORD}|{_SCALE_WORDS}))*"
    rf"(?:[ -](?:{_SCALE_WORDS}))?"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
# Digits, then an optional scale: "1.2 million", "14 thousand", "80k", "3bn".
_DIGITS_SCALED = rf"(?:{_DIGITS})(?:\s?(?:{_SCALE_WORDS})\b|(?:k|bn|mn|mln|tn|m|b)\b)?"
_FRACTION = (
    rf"(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ -](?:{_FRACTION_WORDS})"
    rf"|(?:one\s+and\s+)?a\s+half|half\s+an?(?=\s)"
)
_FRACTION_SCALED = rf"(?:{_FRACTION})(?:\s(?:{_SCALE_WORDS}))?"

_VULGAR = rf"(?:\d+[ \t]+)?\d{{1,2}}/\d{{1,2}}(?![/\d])|[{''.join(_VULGAR_CHARS)}]"
# Every number starts with a digit, a vulgar fraction or the first letter of a number word;
# checking that first lets the search skip other positions at once (it halves the scan).
_OPENER = rf"(?=[\d.{''.join(_VULGAR_CHARS)}]|[adefhnostzADEFHNOSTZ])"
NUMBER = re.compile(
    rf"(?<![\w.,/]){_OPENER}(?:(?P<vulgar>{_VULGAR})"
    rf"|(?P<digits>{_DIGITS_SCALED})"
    rf"|(?P<fraction>{_FRACTION_SCALED})\b"
    rf"|(?P<words>{_WORDS})\b)",
    re.I,
)


def number_value(text: str) -> Decimal | None:
    """The value of a number span matched by `NUMBER` (or any number phrase), else None."""
    t = text.strip().lower()
    if not t:
        return None
    if "/" in t or t[-1] in _VULGAR_CHARS:
        return _vulgar_value(t)
    if t[0].isdigit() or t[0] == ".":
        return _digits_value(t)
    return _fraction_value(t) if _has_fraction(t) else _words_value(t)


def _vulgar_value(t: str) -> Decimal | None:
    """ "10 1/2" -> 10.5, "1/4" -> 0.25, "½" -> 0.5."""
    if t in _VULGAR_CHARS:
        return _VULGAR_CHARS[t]
    *whole, fraction = t.split()
    numerator, denominator = (int(x) for x in fraction.split("/"))
    if denominator == 0 or numerator >= denominator:
        return None
    return Decimal(int(whole[0]) if whole else 0) + Decimal(numerator) / denominator


def _digits_value(t: str) -> Decimal | None:
    m = re.match(rf"({_DIGITS})\s?([a-z]*)", t)
    if not m:
        return None
    try:
        value = Decimal(m.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    scale = m.group(2)
    if scale in SCALES:
        return value * SCALES[scale]
    if scale in SHORT_SCALES:
        return value * SHORT_SCALES[scale]
    return value


def _has_fraction(t: str) -> bool:
    return re.search(rf"\b(?:{_FRACTION_WORDS})\b", t) is not None


def _fraction_value(t: str) -> Decimal | None:
    words = re.split(r"[\s-]+", t)
    if words[-1] in SCALES and words[0] == "half":  # "half a million"
        return Decimal("0.5") * SCALES[words[-1]]
    if words[-1] in SCALES:  # "one and a half million"
        base = _fraction_value(" ".join(words[:-1]))
        return None if base is None else base * SCALES[words[-1]]
    if words[0] == "half" and len(words) == 2:  # "half a percentage point", "half a million"
        return Decimal("0.5")
    if words[-1] not in FRACTIONS:
        return None
    whole = Decimal(0)
    if "and" in words:  # "one and a half"
        whole = _words_value(" ".join(words[: words.index("and")])) or Decimal(0)
        words = words[words.index("and") + 1 :]
    count = Decimal(1) if words[0] in ("a", "an") else _words_value(words[0])
    if count is None:
        return None
    return whole + count / FRACTIONS[words[-1]]


def _words_value(t: str) -> Decimal | None:
    """ "two hundred and fifty thousand" -> 250000; None when a word is not a number word."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None
