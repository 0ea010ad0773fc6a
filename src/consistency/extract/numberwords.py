"""Numbers written in words: their tables and values ("twenty-two", "two and a half million").

>>> words_value("two hundred and fifty thousand"), fraction_value("three twenty-firsts")
(Decimal('250000'), Decimal('0.1428571428571428571428571429'))
"""

from __future__ import annotations

import re
from decimal import Decimal

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
# British spellings of zero, in spoken decimals ("nought point five"); kept out of `UNITS` since
# the pattern takes them alone, never inside a run ("three-nought-four" is three numbers).
ZEROS = {"nought": 0, "naught": 0}
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
# "half a dozen eggs", "3 dozen roses", "three dozens", and the trade's "3 dzs", "five doz".
DOZENS = {"dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12}
MULTIPLIERS = {**SCALES, **DOZENS}
# Fractions by their denominator: "a third" is 1/3, "two-thirds" 2/3, "a hundredth of a second".
# No "second": "a second term" is an ordinal and "two seconds" a duration.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
    "thirtieths": 30, "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50,
    "sixtieth": 60, "sixtieths": 60, "seventieth": 70, "seventieths": 70, "eightieth": 80,
    "eightieths": 80, "ninetieth": 90, "ninetieths": 90, "hundredth": 100,
    "hundredths": 100, "thousandth": 1000, "thousandths": 1000, "millionth": 10**6,
    "millionths": 10**6, "billionth": 10**9, "billionths": 10**9, "trillionth": 10**12,
    "trillionths": 10**12,
}  # fmt: skip
# The last word of a compound denominator after a tens word: "one twenty-fifth", "three
# twenty-firsts". "First" and "second" count only there ("a twenty-first" is 1/21).
ORDINAL_UNITS = {
    "first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
    "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
}  # fmt: skip

_FRACTION_NAMES = re.compile(
    r"\b(?:" + "|".join(sorted({*FRACTIONS, "firsts", "first"}, key=len, reverse=True)) + r")\b"
)
_OF_A = re.compile(r"\bof\s+an?\s+(?=\S+$)")


def has_fraction(t: str) -> bool:
    """True when lowercase number words name a fraction: "two-thirds", "five and a half"."""
    return _FRACTION_NAMES.search(t) is not None


def words_value(t: str) -> Decimal | None:
    """ "two hundred and fifty thousand" -> 250000; None when a word is not a number word."""
    total = current = 0
    seen = after_scale = False
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
        elif word in UNITS or word in TENS or word in ZEROS:
            low, add = current % 100, UNITS.get(word, TENS.get(word, 0))
            if low and not (add < 10 and low >= 20 and low % 10 == 0):
                return None  # "nineteen ninety", "one one hundred": no single number
            current += add
        elif word in DOZENS and current % 100:  # "three hundred and two dozen"
            current += (current % 100) * 11
        elif word in DOZENS or word in ("hundred", "hundreds"):
            current = max(current, 1) * MULTIPLIERS.get(word, 100)
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


def spoken_decimal(t: str) -> Decimal | None:
    """ "two point five million" 2500000, "nine point nought four" 9.04, "two hundred point
    seventy-one" 200.71."""
    whole, _, rest = t.partition(" point ")
    digits = rest.split()
    scale = MULTIPLIERS[digits.pop()] if digits and digits[-1] in MULTIPLIERS else 1
    base = words_value(whole)
    if all(UNITS.get(d, ZEROS.get(d, 10)) < 10 for d in digits):
        decimals = "".join(str(UNITS.get(d, 0)) for d in digits)
    else:  # one number after the point reads as its digits: "point seventy-one" is .71
        after = words_value(" ".join(digits))
        decimals = "" if after is None else str(after)
    if base is None or not decimals:
        return None
    return (base + Decimal("0." + decimals)) * scale


def fraction_value(t: str) -> Decimal | None:
    """ "five eighths" 0.625, "twenty and three fifths" 20.6, "half a dozen" 6, "two and a half
    million" 2500000, "one million and a half" 1500000, "one hundred and thirty fifths" 26,
    "two thirds of a million" 666666.67."""
    words = [w for w in re.split(r"[\s-]+", _OF_A.sub("", t)) if w]
    scale = Decimal(MULTIPLIERS[words.pop()]) if words[-1] in MULTIPLIERS else None
    if words[0] in ("half", "quarter") and len(words) <= 2:  # "half a million", "half a point"
        return Decimal(1) / FRACTIONS[words[0]] * (scale or 1)
    denominator = _denominator(words)
    if denominator is None:
        return None
    named = words.pop()
    cut = len(words) - words[::-1].index("and") if "and" in words else 0
    whole_words, count_words = words[: max(cut - 1, 0)], words[cut:]
    count = Decimal(1) if count_words in (["a"], ["an"]) else words_value(" ".join(count_words))
    whole = words_value(" ".join(whole_words)) if whole_words else Decimal(0)
    if count is None or whole is None:
        return None
    if count != 1 and not named.endswith("s"):
        return None  # "the two millionth visitor", "twenty fifth": ordinals, or unclear
    if count >= denominator:  # "one hundred and thirty-two fifths" is 132/5, no mixed number
        whole, count = Decimal(0), whole + count
    part = count / denominator
    if scale is None:
        # "one million and a half" is 1.5 million, "a dozen and a half" 18; "one hundred and
        # three quarters" 100.75.
        big = MULTIPLIERS.get(whole_words[-1], 1) if whole_words else 1
        return whole + part * (big if big >= 1000 or big == 12 else 1)
    if whole >= scale:  # "one billion and three quarters million"
        return whole + part * scale
    return (whole + part) * scale


def _denominator(words: list[str]) -> int | None:
    """The denominator the last words name, taking a tens word into it when it binds there:
    "one hundred thirty fifths" is 100/35, but "one hundred and thirty fifths" 130/5."""
    if not words:
        return None
    last = words[-1]
    compound = (
        last in ORDINAL_UNITS and len(words) >= 3 and words[-2] in TENS and words[-3] != "and"
    )
    if compound:
        tens = words.pop(-2)
        return TENS[tens] + ORDINAL_UNITS[last]
    return FRACTIONS.get(last)
