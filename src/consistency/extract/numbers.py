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
    # South Asian news counts in lakhs and crores: "25 lakh tonnes", "Rs 500 crore", and budgets
    # in "Rs 1.5 lakh crore" (1.5 trillion).
    "lakh crore": 10**12, "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}  # fmt: skip
# "half a dozen eggs", "3 dozen roses", "three dozens"; a bare "dozens of" is no number.
MULTIPLIERS = {**SCALES, "dozen": 12, "dozens": 12}
# Vulgar fractions: "10 1/2 miles", "a 1/4 mile oval", "½ teaspoon". Only before a unit count
# (the quantity extractor checks), since "24/7" and "4/13" are no fractions.
_VULGAR_CHARS = {"½": Decimal(1) / 2, "¼": Decimal(1) / 4, "¾": Decimal(3) / 4,
                 "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3, "⅛": Decimal(1) / 8}  # fmt: skip
# Abbreviated scales after digits ("80k", "$3bn", "£1.2m"); "m" and "b" only count as millions and
# billions after a currency, which the quantity extractor checks (a bare "5m" is five metres).
SHORT_SCALES = {
    "k": 1000, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9,
    "tn": 10**12, "tln": 10**12,
}  # fmt: skip
# Fractions by their denominator: "a third" is 1/3, "two-thirds" 2/3, "a hundredth of a second".
# No "second": "a second term" is an ordinal and "two seconds" a duration.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20, "hundredth": 100,
    "hundredths": 100, "thousandth": 1000, "thousandths": 1000, "millionth": 10**6,
    "millionths": 10**6, "billionth": 10**9, "billionths": 10**9, "trillionth": 10**12,
    "trillionths": 10**12,
}  # fmt: skip

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))
_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_WORD = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS}|dozen)"
_DIGIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", *SCALES)) + ")"
_WORDS = (
    # "a" and "an" only count as one before a scale: "a million", "a dozen" (never "a TV").
    rf"(?:{_WORD}|(?:a|an)(?=[ -](?:{_SCALE_WORDS}|dozen)\b))"
    # "and" joins only after a scale: "two hundred and fifty" (but "two and three" are two).
    rf"(?:[ -](?:{_WORD}|{_SCALE_WORDS}|dozens)|{_AFTER_SCALE}\s+and\s+(?:{_WORD}|dozens))*"
    # Spoken decimals, only before a scale or "percent" or at a sentence end: "two point five
    # million" (never "at one point two men").
    rf"(?:\s+point(?:\s+(?:{_DIGIT_WORDS}))+(?=\s+(?:{_SCALE_WORDS}|percent|per\s+cent)\b|\s*[.;!?]|$))?"
    rf"(?:[ -](?:{_SCALE_WORDS}))?"
    # A fraction ends the run: "five eighths", "two and a half", "three and one-fourth miles",
    # "two and a half million" (else "five eighths" read as 5 eighths).
    rf"(?:(?:[ -]|\s+and\s+(?:an?|{_WORD})[ -])(?:{_FRACTION_WORDS})(?:\s(?:{_SCALE_WORDS}))?)?"
)
# Thousands grouped by commas or thin spaces ("40\u202f000"), or in Indian style ("12,34,567").
_DIGITS = r"(?:\d{1,3}(?:[,\u202f\u2009]\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(?:\.\d+)?|\.\d+"
# Digits, then an optional scale: "1.2 million", "14 thousand", "80k", "3bn", "2.33 k", "10 bln".
_DIGITS_SCALED = (
    rf"(?:{_DIGITS})(?:\s?(?:{_SCALE_WORDS}|dozens?)\b|\s?(?:bn|bln|mn|mln|tn|tln)\b"
    rf"|(?:k|m|b)\b|\s(?-i:k)\b(?!-))?"
)
# Word numerators are part of `_WORDS`; these are the rest: "a third", "half a", "quarter million".
_FRACTION = (
    rf"(?:a|an)[ -](?:{_FRACTION_WORDS})|half\s+an?(?=\s)|(?:half|quarter)(?=\s(?:{_SCALE_WORDS}))"
)
_FRACTION_SCALED = rf"(?:{_FRACTION})(?:\s(?:{_SCALE_WORDS}|dozen))?"

_VULGAR = rf"(?:\d+[ \t]+)?\d{{1,2}}/\d{{1,2}}(?![/\d])|[{''.join(_VULGAR_CHARS)}]"
# Every number starts with a digit, a vulgar fraction or the first letter of a number word;
# checking that first lets the search skip other positions at once (it halves the scan).
_OPENER = rf"(?=[\d.{''.join(_VULGAR_CHARS)}]|[adefhnoqstzADEFHNOQSTZ])"
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
    if " point " in t:
        return _spoken_decimal(" ".join(t.split()))
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
    m = re.match(rf"({_DIGITS})\s?([a-z ]*)", t)
    if not m:
        return None
    try:
        value = Decimal(re.sub("[,\u202f\u2009]", "", m.group(1)))
    except InvalidOperation:
        return None
    scale = m.group(2).strip()
    if scale in MULTIPLIERS:
        return value * MULTIPLIERS[scale]
    if scale in SHORT_SCALES:
        return value * SHORT_SCALES[scale]
    return value


def _spoken_decimal(t: str) -> Decimal | None:
    """ "two point five million" -> 2500000, "three point one four" -> 3.14."""
    whole, _, rest = t.partition(" point ")
    digits = rest.split()
    scale = MULTIPLIERS[digits.pop()] if digits[-1] in MULTIPLIERS else 1
    base = _words_value(whole)
    if base is None or not all(UNITS.get(d, 10) < 10 for d in digits):
        return None
    return (base + Decimal("0." + "".join(str(UNITS[d]) for d in digits))) * scale


def _has_fraction(t: str) -> bool:
    return re.search(rf"\b(?:{_FRACTION_WORDS})\b", t) is not None


def is_fraction(text: str) -> bool:
    """True when a number span is (or ends in) a fraction: "two-thirds", "five and a half"."""
    return _has_fraction(text.lower())


def _fraction_value(t: str) -> Decimal | None:
    """ "five eighths" 0.625, "twenty and three fifths" 20.6, "half a dozen" 6, "two and a half
    million" 2500000, "one million and a half" 1500000, "one hundred and thirty fifths" 26."""
    words = [w for w in re.split(r"[\s-]+", t) if w]
    scale = Decimal(MULTIPLIERS[words.pop()]) if words[-1] in MULTIPLIERS else None
    if words[0] in ("half", "quarter") and len(words) <= 2:  # "half a million", "half a point"
        return Decimal(1) / FRACTIONS[words[0]] * (scale or 1)
    if not words or words[-1] not in FRACTIONS:
        return None
    named = words.pop()
    denominator = FRACTIONS[named]
    cut = len(words) - words[::-1].index("and") if "and" in words else 0
    whole_words, count_words = words[: max(cut - 1, 0)], words[cut:]
    count = Decimal(1) if count_words in (["a"], ["an"]) else _words_value(" ".join(count_words))
    whole = _words_value(" ".join(whole_words)) if whole_words else Decimal(0)
    if count is None or whole is None:
        return None
    if count != 1 and not named.endswith("s"):
        return None  # "the two millionth visitor", "one twenty-fifth": ordinals, or unclear
    if count >= denominator:  # "one hundred and thirty-two fifths" is 132/5, no mixed number
        whole, count = Decimal(0), whole + count
    part = count / denominator
    if scale is None:
        # "one million and a half" is 1.5 million; "one hundred and three quarters" 100.75.
        big = MULTIPLIERS.get(whole_words[-1], 1) if whole_words else 1
        return whole + part * (big if big >= 1000 else 1)
    if whole >= scale:  # "one billion and three quarters million"
        return whole + part * scale
    return (whole + part) * scale


def _words_value(t: str) -> Decimal | None:
    """ "two hundred and fifty thousand" -> 250000; None when a word is not a number word."""
    total = current = 0
    seen = after_scale = False
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in UNITS or word in TENS:
            low, add = current % 100, UNITS.get(word, TENS.get(word, 0))
            if low and not (add < 10 and low >= 20 and low % 10 == 0):
                return None  # "nineteen ninety", "one one hundred": no single number
            current += add
        elif word in ("dozen", "dozens") and current % 100:  # "three hundred and two dozen"
            current += (current % 100) * 11
        elif word in ("dozen", "dozens", "hundred"):
            current = max(current, 1) * MULTIPLIERS[word]
        elif word in SCALES and after_scale and current == 0:
            total *= SCALES[word]  # "three lakh crore", "a million million"
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
        after_scale = word in SCALES
    return Decimal(total + current) if seen else None
