"""Quantities: a number with its hedge or bound, its unit, and what it counts.

"Kiev accused Moscow of deploying more than 80,000 troops" gives value 80000, the interval
(80000, unbounded), qualifier `more-than`, noun "troops". Years used as dates, times, ordinals,
section and model numbers are not quantities: the caller passes the spans of dates already found
as `exclude`, and the rest is filtered here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

from consistency.extract.compound import compound
from consistency.extract.currencies import currency_before
from consistency.extract.lookalikes import (
    clock_time,
    named_by_words,
    phone_end,
    plausible_digits,
    score_end,
)
from consistency.extract.numbercontext import (
    ONE_COUNTED,
    business_quarters,
    counted_in_millions,
    grow,
    plausible_vulgar,
    pounds_of_money,
    scaled_low,
    stated_age,
)
from consistency.extract.numbers import (
    MULTIPLIERS,
    NUMBER,
    NUMBER_AT,
    SHORT_SCALES,
    is_fraction,
    number_value,
)
from consistency.extract.qualifiers import BETWEEN, bounds, interval
from consistency.extract.units import unit_after, unit_before
from consistency.model import Qualifier, Quantity

_OF = re.compile(r"\s+of\b")
_TAIL = re.compile(r"\s*(?:[,.;:!?)]|$)")
_LOWER_SUFFIX = re.compile(r"[a-z]+$")
_TRANSITION = re.compile(
    r"\b(?:rose|risen|fell|fallen|raised|lowered|lifted|cut|increased|decreased|reduced|"
    r"climbed|dropped|jumped|slipped|grew|shrank|went|moved|changed|revised|lost|gained)"
    r"(?:\s+[\w.%]+){0,5}?\s+(?:from\s+)?$",
    re.I,
)
_OF_A = re.compile(r"\s+of\s+an?(?=\s)", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.I)

_MIXED = re.compile(r"\band an? \w+$")
# The counted noun comes before the next figure, a quantity of its own: "5 $10 bills" holds $10.
_NOUN_WINDOW = re.compile(
    r"(?:[^,.;:!?()\"“”\[\]\s]|[^\S\n](?![$€£¥]?\d|[A-Z][A-Za-z]{1,3}\d)){0,60}"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# Words that end a counted noun phrase: "14,000 people killed in the war" -> "people".
_STOP = frozenset(
    "of in on at to for from by with and or but as than that which who whom whose were was is "
    "are be been have has had will would could should may might can do did the a an this "
    "these those its their his her our your my into onto over under after before since during "
    "while when where if so because about around per each across along against among".split()
)
_IRREGULAR_PLURALS = frozenset(
    "people police personnel staff equipment children men women cattle sheep fish aircraft "
    "livestock dead wounded injured missing crew deer data media troops".split()
)


def extract_quantities(
    scan: str, exclude: Sequence[tuple[int, int]] = (), start: int = 0
) -> list[Quantity]:
    """Every quantity in `scan[start:]`, skipping spans in `exclude` (dates found earlier)."""
    blocked = sorted(exclude)
    ends = [e for _, e in blocked]
    claims: list[Quantity] = []
    position = start
    for m in _numbers(scan, start):
        if m.start() < position or _overlaps(blocked, ends, m.start(), m.end()):
            continue
        # Nothing inside a phone number or a score counts: "0800 123 4567", "Italy won 3-1".
        skip = (phone_end(scan, m) or score_end(scan, m)) if m.lastgroup == "digits" else None
        if skip is not None:
            position = skip
            continue
        claim = _age_decade(scan, m, position) or _claim(scan, m, blocked, ends, position)
        if claim is not None:
            claims.append(claim)
            position = claim.end
    return claims


# Numbers `NUMBER` does not start, found from the digit that opens them in one pass (the
# engine skips to digits):
# - glued to letters, a currency code or mark ("USD115", "RM500 million", "Sh10bn") when
#   `currency_before` knows it; "F16", "A380" and "MP3" are names;
# - after a comma, the items of a list of three or more groups too short to be thousands
#   ("Exercises nrs. 22,24,26,31"); two alone ("1,3", "12,5%") may be a decimal comma, and
#   only the first is read, as "1,234" is one number.
_SEAM = re.compile(
    r"\d(?:(?<=[A-Za-z]\d)|(?<=\d,\d)(?P<item>)\d?(?!\d|\.\d)"
    r"(?:(?=,\d)|(?<=\d,\d,\d)|(?<=\d,\d,\d\d)|(?<=\d,\d\d,\d)|(?<=\d,\d\d,\d\d)))"
)


def _numbers(scan: str, start: int) -> list[re.Match[str]]:
    """`NUMBER`'s matches, with the numbers glued to a currency mark and the items of a list
    after its first, in text order."""
    found = list(NUMBER.finditer(scan, start))
    glued = [
        m
        for seam in _SEAM.finditer(scan, start)
        if (seam["item"] is not None or currency_before(scan, seam.start()))
        and (m := NUMBER_AT.match(scan, seam.start()))
    ]
    return sorted(found + glued, key=lambda m: m.start()) if glued else found


def parse_amount(text: str) -> Quantity | None:
    """A standalone figure as an editor writes it: "about 14,000", "more than 80,000", "29"."""
    claims = extract_quantities(text)
    return claims[0] if len(claims) == 1 else None


def _tidy(value: Decimal) -> Decimal:
    """Whole numbers as integers (1.2 million is 1200000, not 1200000.0)."""
    return Decimal(int(value)) if value == value.to_integral_value() else value


def _overlaps(blocked: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(ends, start)
    return i < len(blocked) and blocked[i][0] < end


def _claim(
    scan: str, m: re.Match[str], blocked: list[tuple[int, int]], ends: list[int], free: int
) -> Quantity | None:
    """The quantity at number match `m`, none of it before `free` (the last claim's end)."""
    kind = m.lastgroup
    if kind == "words" and is_fraction(m.group()):
        kind = "fraction"  # "five eighths", "two and a half"
    n_start, n_end = m.start(), m.end()
    held = _unit_and_a_half(scan, n_start, free) if m.group().lower() == "a half" else None
    if held is None and not _plausible(scan, m, kind):
        return None
    value = number_value(m.group())
    if value is None:
        return None
    value, n_end, kind = grow(scan, m, value, kind, lambda s, e: _overlaps(blocked, ends, s, e))
    if held is not None:
        n_start, value = held[0], Decimal("1.5")
    mark = unit_before(scan, n_start)  # "$5", "HK$5", "MAUD 60" (millions), "per cent of 10"
    if mark is not None and mark.start < free:
        mark = None  # the "rmb" of "10 rmb 20 usd" is the first figure's
    unit: str | None = mark.unit if mark else held and held[1]
    value, unit = _short_scale(scan, m, value * (mark.scale if mark else 1), unit)
    value, begin = _signed(scan, mark.start if mark else n_start, value)
    high_value, end = _range_end(scan, begin, n_end, value, (blocked, ends))
    if high_value is not None:
        value = scaled_low(value, high_value, m.group(), scan[n_end:end])
    measured = _measure(
        scan, m, kind, (begin, end, n_end), (value, high_value), unit, (blocked, ends)
    )
    if measured is None:
        return None
    value, high_value, end, unit = measured
    stated_end = end
    bound, begin, end = bounds(scan, (begin, end), high_value is not None, unit)
    if unit is None and end > stated_end and (after := unit_after(scan, end)):
        end, unit, scale = after  # "10+ years", "a 14-plus-year high"
        value *= scale
    value = _tidy(value)
    low, high = (None if v is None else _tidy(v) for v in interval(value, bound, high_value))
    # "One in five adults smokes": after a ratio the verb agrees with "one", so the noun is the
    # first plural, not the verb after it.
    ratio = kind == "fraction" and m.lastgroup != "fraction" and not is_fraction(m.group())
    noun, end = _noun(scan, end, first=ratio) if unit is None else (None, end)
    if noun is None and unit is None and value == 1 and (one := ONE_COUNTED.match(scan, end)):
        noun, end = one.group(1).lower(), one.end()  # "One person died", "Police found one body"
    return Quantity(
        text=scan[begin:end], start=begin, end=end, value=value, low=low, high=high,
        qualifier=bound[0], unit=unit, noun=noun, number_start=n_start, number_end=n_end,
    )  # fmt: skip


# "a man in his 60s", "in their early 20s": an age, to the decade or a part of it.
_AGE_DECADE = re.compile(
    r"\bin[ \t]+(?:his|her|their)[ \t]+(?:(?P<part>early|mid|late)[ \t-]+)?"
    r"(?P<decade>[1-9]0)s(?![\w'’])\Z",
    re.I,
)
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (7, 9)}


def _age_decade(scan: str, m: re.Match[str], free: int) -> Quantity | None:
    """The ages "in his 60s" can mean: 60 to 69 (60 to 63 "early", 67 to 69 "late")."""
    if m.lastgroup != "digits":
        return None
    n_start, n_end = m.start(), m.end()
    decade = _AGE_DECADE.search(scan, max(free, n_start - 20), n_end + 1)
    if decade is None:
        return None
    base = Decimal(decade["decade"])
    first, last = _DECADE_PARTS[decade["part"] and decade["part"].lower()]
    low, high = base + first, base + last
    return Quantity(
        text=decade.string[decade.start() : decade.end()], start=decade.start(),
        end=decade.end(), value=low, low=low, high=high, qualifier=Qualifier.RANGE,
        unit="age", number_start=n_start, number_end=n_end,
    )  # fmt: skip


# "an hour and a half", "a year and a half": one and a half of the unit between.
_ONE_UNIT_AND = re.compile(r"(?<![\w-])(?:an?|one)(?=[ \t]+[a-z]+[ \t]+and[ \t]+\Z)", re.I)


def _unit_and_a_half(scan: str, half: int, free: int) -> tuple[int, str] | None:
    """Where "an hour and a half" starts and its unit, when the "a half" at `half` ends one."""
    one = _ONE_UNIT_AND.search(scan, max(free, half - 30), half)
    after = unit_after(scan, one.end()) if one else None
    if one is None or after is None or after.scale != 1:
        return None
    if not re.fullmatch(r"[ \t]+and[ \t]+", scan[after.end : half]):
        return None
    if after.unit == "lb" and pounds_of_money(scan, one.start(), after.end):
        return one.start(), "GBP"  # "Tickets cost a pound and a half"
    return one.start(), after.unit


def _measure(
    scan: str,
    m: re.Match[str],
    kind: str | None,
    span: tuple[int, int, int],
    values: tuple[Decimal, Decimal | None],
    unit: str | None,
    excluded: tuple[list[tuple[int, int]], list[int]],
) -> tuple[Decimal, Decimal | None, int, str | None] | None:
    """The value, range top, end and unit once the unit written after the number is read; None
    for a bare "one" ("one of the", "no one": only "one year", "one percent" count)."""
    begin, end, n_end = span
    value, high_value = values
    after = unit_after(scan, end)
    of_a = _OF_A.match(scan, end) if kind == "fraction" and after is None else None
    if of_a:  # "a quarter of a percentage point"
        after = unit_after(scan, of_a.end())
    if after is not None and unit is None:
        end, unit, scale = after  # "30 MUSD", "75 USD million" are millions
        value, high_value = value * scale, high_value and high_value * scale
        if unit == "lb" and pounds_of_money(scan, begin, end):
            unit = "GBP"  # "361 million pounds" is money, "200 pounds" a weight
        if high_value is None:
            high_value, end = _unit_range(scan, begin, end, value, unit, excluded)
    elif unit is None and stated_age(scan, m.start(), n_end):
        unit = "age"  # "Biden, 78, said", "aged 18-24"
    elif (
        kind == "words"
        and m.group().lower() == "one"
        and value > 0
        and not ONE_COUNTED.match(scan, end)
    ):
        return None
    if high_value is None and unit is not None:
        value, end, unit = compound(scan, end, value, unit)
    return value, high_value, end, unit


def _signed(scan: str, begin: int, value: Decimal) -> tuple[Decimal, int]:
    """The value with the sign written before it ("-5C", "minus 12C", "negative one")."""
    # A minus sign stands after a space or an opening bracket; "5.25%-5.5%" is a range.
    if scan[begin - 1 : begin] in ("-", "−") and (begin < 2 or scan[begin - 2] in " \t\n(["):
        return -value, begin - 1
    if (
        scan[max(0, begin - 6) : begin].lower() == "minus "
        and not scan[begin - 7 : begin - 6].isalnum()
    ):
        if scan[max(0, begin - 14) : begin - 6].lower() == "plus or ":
            return value, begin - 14  # "a margin of error of plus or minus 3 points": ± 3
        return -value, begin - 6
    if (
        scan[max(0, begin - 9) : begin].lower() == "negative "
        and not scan[begin - 10 : begin - 9].isalnum()
    ):
        return -value, begin - 9
    return value, begin


def _plausible(scan: str, m: re.Match[str], kind: str | None) -> bool:
    """False for numbers that name or time things rather than count them."""
    end = m.end()
    if kind == "fraction":
        return _plausible_fraction(scan, m.group().lower(), end)
    if kind == "vulgar":  # "10 1/2 miles", "3/4 of voters"; never "24/7" or "4/13"
        return plausible_vulgar(scan, m)
    if kind == "words":  # "at eight o'clock", "the zero-COVID policy"
        return not (clock_time(scan, end) or named_by_words(scan, m.start(), end))
    return plausible_digits(scan, m)


# "A fifth", "a third" before one period of time count it ("for a fifth day"); "a quarter
# hour" and "half a day" are shares.
_ORDINAL_FRACTION = re.compile(
    r"an?\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)", re.I
)
_ONE_PERIOD = re.compile(r"[ \t]+(?:straight[ \t]+|consecutive[ \t]+)?(?:day|night|week|month|year|"
                         r"season|term|session|quarter|time|round)\b", re.I)  # fmt: skip


def _plausible_fraction(scan: str, text: str, end: int) -> bool:
    """ "a third of the budget" is a share and "half a percentage point" a measure; "in a third
    country" is an ordinal, and "for two quarters." counts business quarters."""
    if _MIXED.search(text) or text == "half":  # "two and a half terms", "more than half"
        return True
    of = _OF.match(scan, end, end + 4) is not None
    if text.endswith(("quarters", "halves")) and not of and re.search(r"^\w+ \w+$", text):
        return text.endswith("quarters") and not business_quarters(scan, end - len(text), end)
    tail = of or _TAIL.match(scan[end : end + 5]) is not None
    scaled = text.endswith(tuple(MULTIPLIERS))  # "half a million people", "half a dozen"
    if _ORDINAL_FRACTION.fullmatch(text) and _ONE_PERIOD.match(scan, end):
        return False  # "searched for a fifth day", "a third year": the fifth day, not 1/5
    return tail or scaled or unit_after(scan, end) is not None


def _short_scale(
    scan: str, m: re.Match[str], value: Decimal, unit: str | None
) -> tuple[Decimal, str | None]:
    """ "£1.2m" is 1.2 million pounds, and "2.5m people" 2.5 million, but a bare "5m" is five
    metres ("a 2.5m wall", "the 100m final"); "3b" stays billions."""
    suffix = _LOWER_SUFFIX.search(m.group())  # "10M" is ten million
    if unit is None and suffix and suffix.group() == "m" and not counted_in_millions(scan, m):
        return value / SHORT_SCALES["m"], "m"
    return value, unit


_RANGE_SIGNS = frozenset("$£€¥₹")


def _range_end(
    scan: str,
    begin: int,
    end: int,
    value: Decimal,
    excluded: tuple[list[tuple[int, int]], list[int]],
) -> tuple[Decimal | None, int]:
    """The second number of "10,000-15,000", "eight to 10 feet", "between 10 and 15"."""
    join = _RANGE_JOIN.match(scan, end)
    if not join:
        return None, end
    between = BETWEEN.search(scan[max(0, begin - 12) : begin])
    word = join.group().strip().lower()
    if (
        word in ("to", "and")
        and (between is None or between.group(1).lower() == "from")
        and _TRANSITION.search(scan, max(0, begin - 40), begin)
    ):
        # "raised rates from 5% to 5.5%", "rose 10,000 to 30,000": an earlier level and a new
        # one, two figures, not a range ("fell to between 60% and 65%" is one; so is "rose
        # 10-15%", written with a dash).
        return None, end
    if word == "and" and not between:
        return None, end
    # The currency mark may be written again: "$3bn-$4bn", "between £4bn and £5bn".
    at = join.end() + (scan[join.end() : join.end() + 1] in _RANGE_SIGNS)
    second = NUMBER.match(scan, at)
    if not second or _overlaps(*excluded, second.start(), second.end()):
        return None, end
    high = number_value(second.group())
    # "3-1" (a score) and "2-for-1" are no ranges: the second number must be the larger.
    if high is None or high <= value:
        return None, end
    return high, second.end()


def _unit_range(
    scan: str,
    begin: int,
    end: int,
    value: Decimal,
    unit: str,
    excluded: tuple[list[tuple[int, int]], list[int]],
) -> tuple[Decimal | None, int]:
    """A range with the unit written twice: "5.25% to 5.5%", "between 5% and 6%"."""
    high, second_end = _range_end(scan, begin, end, value, excluded)
    again = unit_after(scan, second_end) if high is not None else None
    if again is None or again[1] != unit:
        return None, end
    return high, again[0]


_CAPITAL_PLURAL = re.compile(r"[A-Z][a-z]+(?<![su]s)(?<!is)s|[A-Z]{2,}s")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _noun(scan: str, end: int, *, first: bool = False) -> tuple[str | None, int]:
    """The counted noun after a number: "80,000 troops", "three paratrooper units"."""
    window = _NOUN_WINDOW.match(scan, end)
    if window is None:
        return None, end
    run: list[re.Match[str]] = []
    for word in _WORD.finditer(scan, end, window.end()):
        lower = word.group().lower()
        # Two modifiers and the head at most. A participle after a noun is a verb that ends the
        # phrase ("A 7.5 magnitude aftershock followed hours later" counts no hours); right
        # after the number it is a modifier ("40 newly trained soldiers").
        verb = lower.endswith(("ed", "ing")) and any(
            w.group()[0].islower() and not w.group().endswith("ly") for w in run
        )
        if lower in _STOP or len(run) == 3 or verb:
            break
        run.append(word)
    # The head is the last regular plural ("3 wounded civilians", "three paratrooper units"),
    # else the first irregular one ("14,000 dead", "5 people").
    regular = [
        w
        for w in run
        if w.group().endswith("s")
        and not w.group().lower().endswith(("ss", "us", "is"))
        and w.group()[0].islower()
    ]
    irregular = [w for w in run if w.group().lower().rstrip("’'") in _IRREGULAR_PLURALS]
    # People named by a capitalised plural right after the figure ("300 Americans", "411
    # MPs"), or an acronym's plural after a name ("211 Conservative MPs").
    people = [w for w in run[:1] if _CAPITAL_PLURAL.fullmatch(w.group())] or [
        w for w in run[1:] if _ACRONYM_PLURAL.fullmatch(w.group())
    ]
    if first and (plurals := regular + irregular):
        head: re.Match[str] | None = min(plurals, key=lambda w: w.start())
    else:
        head = regular[-1] if regular else (irregular[0] if irregular else None)
    head = head or (people[0] if people else None)
    if head is None:
        return None, end
    return head.group().lower().rstrip("’'"), head.end()
