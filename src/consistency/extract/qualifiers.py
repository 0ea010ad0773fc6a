"""Hedges and bounds around a number: "about 14,000", "more than 80,000", "80,000+", "up to 5%",
and the interval each denotes ("about" is 10% either way; "more than" unbounded above).

>>> interval(Decimal(80000), QUALIFIERS_BEFORE["more than"])
(Decimal('80000'), None)
"""

from __future__ import annotations

import re
from decimal import Decimal

from consistency.model import Qualifier

# Hedges and bounds written before a number, with the interval they denote as factors of the value
# (None: unbounded on that side).
Bound = tuple[Qualifier, Decimal | None, Decimal | None]
_APPROX: Bound = (Qualifier.APPROX, Decimal("0.9"), Decimal("1.1"))
_BELOW_NEAR: Bound = (Qualifier.APPROX, Decimal("0.9"), Decimal(1))
_MORE: Bound = (Qualifier.MORE_THAN, Decimal(1), None)
_AT_LEAST: Bound = (Qualifier.AT_LEAST, Decimal(1), None)
_LESS: Bound = (Qualifier.LESS_THAN, None, Decimal(1))
_UP_TO: Bound = (Qualifier.UP_TO, None, Decimal(1))
_EXACT: Bound = (Qualifier.EXACT, Decimal(1), Decimal(1))
QUALIFIERS_BEFORE: dict[str, Bound] = {
    "about": _APPROX, "around": _APPROX, "roughly": _APPROX, "approximately": _APPROX,
    "some": _APPROX, "an estimated": _APPROX, "estimated": _APPROX, "circa": _APPROX,
    "approx.": _APPROX, "~": _APPROX, "nearly": _BELOW_NEAR, "almost": _BELOW_NEAR,
    "close to": _BELOW_NEAR, "just under": _BELOW_NEAR, "just shy of": _BELOW_NEAR,
    "more than": _MORE, "over": _MORE, "above": _MORE, "upwards of": _MORE,
    "in excess of": _MORE, "just over": _MORE, "well over": _MORE, "exceeding": _MORE,
    # "earns north of $1m": a trader's "more than".
    "north of": _MORE, "south of": _LESS,
    "at least": _AT_LEAST, "no fewer than": _AT_LEAST, "no less than": _AT_LEAST,
    "a minimum of": _AT_LEAST, "fewer than": _LESS, "less than": _LESS, "under": _LESS,
    "below": _LESS, "up to": _UP_TO, "as many as": _UP_TO, "as much as": _UP_TO,
    "no more than": _UP_TO, "at most": _UP_TO, "a maximum of": _UP_TO, "not more than": _UP_TO,
}  # fmt: skip
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))("
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
    + r")\s*$",
    re.I,
)
_QUALIFIER_AFTER = re.compile(
    r"(\+|-plus\b|\s+or more\b|\s+or so\b|\s+or (?:fewer|less)\b"
    # "80,000 plus troops"; never "five plus three".
    r"|[ \t]+plus(?=[ \t]+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)[a-z]))",
    re.I,
)
_AFTER_BOUNDS: dict[str, Bound] = {
    "+": _AT_LEAST, "-plus": _AT_LEAST, "plus": _AT_LEAST, "or more": _AT_LEAST, "or so": _APPROX,
    "or fewer": _UP_TO, "or less": _UP_TO,
}  # fmt: skip
BETWEEN = re.compile(r"(?:^|\W)(between|from)\s+$", re.I)
# "Over" a period is "during" it after a figure ("invest $1bn over five years", "cut 10,000 jobs
# over three years") or a verb of spreading ("spread over five years").
_PERIODS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century"})
_DURING_BEFORE = re.compile(
    r"(?:\b(?:spread|phased|staggered|paid|repaid|repayable|payable|split|divided|amortised|"
    r"amortized|invested|invest|investing|invests)"
    # "in over two years", "for over a decade" are more than: no such word before "over".
    r"|\d[\w,.%]*(?:[ \t]+(?!(?:for|in|after|within|than|of)\b)[a-z]+){0,4})[ \t]+$",
    re.I,
)
# "Over" after a verb of arrest or charge and its object is "in connection with": "arrested a
# man over 18 burglaries", "two men were charged over two deaths" (a final review's story); right
# after an active verb it bounds the object: "Police arrested over 40 protesters".
_CHARGE_VERB = (
    r"(?:arrested|charged|held|detained|questioned|jailed|convicted|sacked|fired|suspended|sued|"
    r"fined|investigated|quizzed|sentenced)"
)
_ABOUT_BEFORE = re.compile(
    rf"\b(?:(?:was|were|been|being|is|are)[ \t]+(?:[a-z]+[ \t]+)?{_CHARGE_VERB}"
    rf"|{_CHARGE_VERB}(?:[ \t]+(?!for\b)[\w'’-]+){{1,3}}?)[ \t]+$",
    re.I,
)
# Verbs whose particle is "over": "hand over 31 tanks", "took over 12 stores" are exact.
_HAND_BEFORE = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|took|take|takes|taken|taking|"
    r"signed|sign|signs|give|gives|gave|given)[ \t]+$",
    re.I,
)
_AGO = re.compile(r"[ \t]+ago\b", re.I)


def interval(
    value: Decimal, bound: Bound, high_value: Decimal | None = None
) -> tuple[Decimal | None, Decimal | None]:
    """The interval a bound denotes around `value` (up to `high_value` for a range)."""
    _, low_f, high_f = bound
    top = value if high_value is None else high_value
    low = None if low_f is None else value * low_f
    high = None if high_f is None else top * high_f
    if low is not None and high is not None and low > high:  # negative values
        low, high = high, low
    return low, high


def bounds(
    scan: str, span: tuple[int, int], is_range: bool, unit: str | None
) -> tuple[Bound, int, int]:
    """The hedge or bound around the number at `span` (a range when `is_range`), and the span
    grown to include it."""
    begin, end = span
    if is_range:
        between = BETWEEN.search(scan[max(0, begin - 12) : begin])
        if between:
            begin -= len(between.group()) - (1 if between.group()[0].isspace() else 0)
            begin = scan.index(between.group(1), begin)
        return (Qualifier.RANGE, Decimal(1), Decimal(1)), begin, end
    after = _QUALIFIER_AFTER.match(scan, end)
    # "80,000 plus troops" is at least 80,000; "$100 plus tax" is a sum.
    if after and not (after.group(1).strip().lower() == "plus" and unit is not None):
        return _AFTER_BOUNDS[after.group().strip().lower()], begin, after.end()
    before = _QUALIFIER_BEFORE.search(scan[max(0, begin - 20) : begin])
    if before is None:
        return _EXACT, begin, end
    word = before.group(1).lower()
    over = begin - len(before.group())
    if word == "over" and unit in _PERIODS and _during(scan, over, end):
        return _EXACT, begin, end
    if word == "over" and _ABOUT_BEFORE.search(scan, max(0, over - 40), over):
        return _EXACT, begin, end
    if word == "over" and _HAND_BEFORE.search(scan, max(0, over - 12), over):
        return _EXACT, begin, end  # "America would hand over 31 of its Abrams": a verb's "over"
    return QUALIFIERS_BEFORE[word], begin - len(before.group()), end


def _during(scan: str, over: int, end: int) -> bool:
    """True when "over" a period means during it: "invest $1bn over five years", "spread over
    five years"; "for over five years" and "over five years ago" are more than five."""
    return _DURING_BEFORE.search(scan, max(0, over - 30), over) is not None and not _AGO.match(
        scan, end
    )
