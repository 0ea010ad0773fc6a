"""Whether two lined-up claims of different articles agree: figures as intervals, dates as days,
offices by who holds them.

"More than 80,000" and "about 85,000" troops agree; 80,000 and 40,000 do not; "14,000 lives" and
"14,000 civilians" give one figure for two groups (seed 002 against seed 000).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum

from consistency.checks.about import Statement
from consistency.checks.context import Use
from consistency.checks.spelling import same_person
from consistency.compare.dates import weekday_of, weekday_only
from consistency.compare.quantities import MAGNITUDE, claim_interval, in_unit, overlap, rounding
from consistency.model import DateClaim, Entity, Qualifier, Quantity


class Verdict(str, Enum):
    """How two claims lined up as one thing compare."""

    AGREES = "agrees"
    DIFFERS = "differs"
    OTHER_GROUP = "other-group"  # the same figure given for another group of people
    UNRELATED = "unrelated"  # too far apart to be statements of one thing


_LOWER = (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
_UPPER = (Qualifier.LESS_THAN, Qualifier.UP_TO)
# A figure this small is said of too many things for the same number to mean the same group.
_GROUP_FIGURE = 100


def compare(a: Statement, b: Statement, *, coarse: bool = False) -> Verdict:
    """The verdict on two statements of the same measure; `coarse` is set against a reference,
    whose figures are the record (bounds are held closer, groups of people apart)."""
    x, y = a.figure or a.claim, b.figure or b.claim
    if isinstance(x, Quantity) and isinstance(y, Quantity):
        if (a.use == b.use == _CHANGE and _rounded_rates(x, y)) or _decimal_rates(x, y):
            return Verdict.AGREES  # "deliveries rose 40.3%", "rose 40 per cent"
        verdict = _quantities(x, y, a.group, b.group, strict=coarse)
        # Against the record, "three Romanian men" is no statement of its "two Romanian women".
        if coarse and verdict is Verdict.UNRELATED and a.group and b.group and a.group != b.group:
            return Verdict.DIFFERS
        return verdict
    if isinstance(x, DateClaim) and isinstance(y, DateClaim):
        return _dates(x, y)
    if isinstance(x, Entity) and isinstance(y, Entity):
        # "Foreign Minister Sergei Lavrov" and "Foreign Minister Dmytro Kuleba" hold two offices
        # unless both countries are known to be one.
        if a.measure.startswith("office:*") and not (a.subject and b.subject):
            return Verdict.UNRELATED
        # "Jeremy Hunt" and "Chancellor of the Exchequer Jeremy Hunt" name one person.
        same = same_person(x.value, y.value)
        return Verdict.AGREES if same else Verdict.DIFFERS
    return Verdict.UNRELATED


def _quantities(
    x: Quantity, y: Quantity, gx: str | None, gy: str | None, *, strict: bool
) -> Verdict:
    y_in = in_unit(y, x.unit)
    if y_in is None:
        return Verdict.UNRELATED
    if gx != gy:
        same = x.value == y_in.value and abs(x.value) >= _GROUP_FIGURE
        return Verdict.OTHER_GROUP if same else Verdict.UNRELATED
    if x.value and y_in.value:
        ratio = abs(x.value / y_in.value)
        if not 1 / MAGNITUDE <= ratio <= MAGNITUDE:
            return Verdict.UNRELATED
    return Verdict.AGREES if figures_agree(x, y_in, strict=strict) else Verdict.DIFFERS


# Units of physical measures, whose figures are rounded to a digit (not counts, money or rates).
_MEASURED = frozenset(
    "celsius fahrenheit mm cm m km inch foot yard mile g kg tonne oz lb km/h mph knot m2 km2 "
    "hectare acre mi2 ml litre gallon second minute".split()
)


_CHANGE = Use.CHANGE.value


def _rounded_rates(x: Quantity, y: Quantity) -> bool:
    """Whether two exact percentage changes round to each other at the coarser one's digit:
    a rise is rounded as freely as a measure ("40 per cent" for 40.3%); a rate's level is
    not ("5%" is no way to write a 5.25% bank rate)."""
    if x.unit != "percent" or y.unit != "percent":
        return False
    if x.qualifier is not Qualifier.EXACT or y.qualifier is not Qualifier.EXACT:
        return False
    return _to_the_digit(x, y)


def _decimal_rates(x: Quantity, y: Quantity) -> bool:
    """Whether two exact percentages agree once the finer is rounded to the coarser's decimals,
    by a small part of it: "26.46 per cent" is "26.5%". A whole percentage is no rounding of
    a finer rate, nor is a yield's "0.5%" of "0.505%" (a cap breached, in SummEdits)."""
    if not _rounded_rates(x, y):
        return False
    coarse = max((x.value, y.value), key=_half_digit)
    exponent = coarse.as_tuple().exponent
    close = abs(x.value - y.value) <= abs(coarse) * _ROUNDING_SHARE
    return close and isinstance(exponent, int) and exponent < 0


_ROUNDING_SHARE = Decimal("0.005")


def _to_the_digit(x: Quantity, y: Quantity) -> bool:
    """Whether two figures are one number, each rounded to the last digit its writer chose."""
    return abs(x.value - y.value) <= max(_half_digit(x.value), _half_digit(y.value))


def _half_digit(value: Decimal) -> Decimal:
    """Half a unit of the last digit written: 40 -> 0.5, 40.3 -> 0.05."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)


def figures_agree(x: Quantity, y: Quantity, *, strict: bool = True) -> bool:
    """Whether two figures in one unit can state the same number; `strict` holds two bounds
    to within a tenth of each other (against a record), else to within a third (between
    articles written hours apart, as a toll rises)."""
    if x.qualifier is Qualifier.EXACT and y.qualifier is Qualifier.EXACT:
        if x.unit in _MEASURED and x.unit == y.unit:
            # A measure is written to the digit its writer chose: "40C" is 40.3C rounded.
            return _to_the_digit(x, y)
        # The finer figure must round to the coarser: 14,200 is "14,000"; 32,500 is not.
        fine, coarse = sorted((x, y), key=lambda q: rounding(q.value))
        low, high = claim_interval(coarse)
        return low is not None and high is not None and low <= fine.value <= high
    if not overlap(claim_interval(x), claim_interval(y)):
        return False
    if _far_past_bound(x, y) or _far_past_bound(y, x):
        return False
    # "More than 40,000" and "more than 80,000" can both be true, but one halves the other.
    same_side = (x.qualifier in _LOWER and y.qualifier in _LOWER) or (
        x.qualifier in _UPPER and y.qualifier in _UPPER
    )
    if same_side:
        # A toll "more than 2,000" on Saturday is "more than 2,800" on Monday; 40,000 is not
        # "more than 80,000".
        low, high = sorted((abs(x.value), abs(y.value)))
        return low >= high * (Decimal("0.9") if strict else Decimal(2) / 3)
    return True


# "More than 80,000" is no way to say 800,000: a point this far past a bound misstates it.
_FAR = Decimal(3)


def _far_past_bound(bound: Quantity, point: Quantity) -> bool:
    """Whether `point` lies beyond an open-ended `bound` by more than a factor of three."""
    if point.low is None or point.high is None or not bound.value:
        return False
    if bound.high is None and bound.low is not None:
        return abs(point.value) > abs(bound.value) * _FAR
    if bound.low is None and bound.high is not None:
        return abs(point.value) * _FAR < abs(bound.value)
    return False


def _weekday_of(c: DateClaim) -> str | None:
    """The weekday of a claim's full date (stated or worked out), if it names one day."""
    if c.weekday:
        return c.weekday
    if c.value is None or c.value.day is None or c.until is not None or c.slack:
        return None
    return weekday_of(c.value)


def _dates(x: DateClaim, y: DateClaim) -> Verdict:
    """Two dates of one event: only days are compared. A month or a year says too little to be
    sure two sentences date one event: "since December 2021" beside "in April 2008", and, in an
    adversarial review, "Tesla opened its first factory in Germany in 2022" beside "... in China
    in 2019" or "launched its first electric van in 2024" beside "... car in March 2021"."""
    if weekday_only(x) or weekday_only(y):
        # "On Tuesday" against "on 12 April": the weekday the full date falls on.
        days = [c.weekday if weekday_only(c) else _weekday_of(c) for c in (x, y)]
        if days[0] and days[1]:
            return Verdict.AGREES if days[0] == days[1] else Verdict.DIFFERS
        return Verdict.UNRELATED
    if x.value is None or y.value is None:
        return Verdict.UNRELATED
    if x.value.day is None or y.value.day is None:
        return Verdict.UNRELATED
    if x.weekday and y.weekday and x.weekday != y.weekday:
        return Verdict.DIFFERS
    try:
        x_first, x_last = x.value.first(), (x.until or x.value).last()
        y_first, y_last = y.value.first(), (y.until or y.value).last()
    except ValueError:  # an impossible day such as February 30
        return Verdict.UNRELATED
    # "Three weeks ago" in articles of different datelines is a day give or take three.
    slack = dt.timedelta(days=x.slack + y.slack)
    if x_first - slack <= y_last and y_first <= x_last + slack:
        return Verdict.AGREES
    return Verdict.DIFFERS
