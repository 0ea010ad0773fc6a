"""When a stated figure agrees with a declared one: interval semantics with rounding and tolerance.

"Some 14,000" agrees with "about 14,000"; "more than 80,000" with "80,000+" and with "about 85,000";
"more than 40,000" does not agree with "more than 80,000" although both could be true, because
news that halves a figure is wrong in the way an editor cares about.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from consistency.facts import QuantityFact
from consistency.model import Qualifier, Quantity

Interval = tuple[Decimal | None, Decimal | None]
_LOWER = (Qualifier.MORE_THAN, Qualifier.AT_LEAST)
_UPPER = (Qualifier.LESS_THAN, Qualifier.UP_TO)
# How far apart two bounds in the same direction may be before one misstates the other.
_BOUND_SLACK = Decimal("0.1")
# Beyond this ratio a figure is about something else (2 killed in one attack vs. a war's toll).
MAGNITUDE = Decimal(20)


# Units that are the same measure at another scale: a figure in one compares with a fact in the
# other ("25 basis points" is "0.25 percentage points").
_FACTORS: dict[tuple[str, str], Decimal] = {
    ("basis-point", "percentage-point"): Decimal("0.01"),
    ("m", "km"): Decimal("0.001"),
    ("cm", "m"): Decimal("0.01"),
    ("mm", "m"): Decimal("0.001"),
    ("g", "kg"): Decimal("0.001"),
    ("kg", "tonne"): Decimal("0.001"),
}


def in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    """The figure expressed in `unit`, or None when it measures something else."""
    if (q.unit or None) == (unit or None):
        return q
    if q.unit is None or unit is None:
        return None
    factor = _FACTORS.get((q.unit, unit))
    if factor is None:
        inverse = _FACTORS.get((unit, q.unit))
        if inverse is None:
            return None
        factor = 1 / inverse

    def scaled(v: Decimal | None) -> Decimal | None:
        return None if v is None else v * factor

    return replace(q, value=q.value * factor, low=scaled(q.low), high=scaled(q.high), unit=unit)


def rounding(value: Decimal) -> Decimal:
    """Half the unit a round figure was rounded to: 14,000 -> 500, 80,000 -> 5,000, 29 -> 0;
    never more than a tenth of the figure ("$2 billion" is no rounding of $1.8 billion)."""
    whole = abs(int(value))
    if value != whole or whole < 1000:
        return Decimal(0)
    unit = 1
    while whole % (unit * 10) == 0:
        unit *= 10
    return min(Decimal(unit) / 2, Decimal(whole) / 10) if unit >= 100 else Decimal(0)


def claim_interval(q: Quantity) -> Interval:
    """The interval a stated figure allows; a bare round figure is read as rounded."""
    if q.qualifier is Qualifier.EXACT:
        # Rounding's interval is half-open: "$4bn" and "$5bn" meet at 4.5bn but never agree.
        slack = rounding(q.value) * Decimal("0.999")
        return q.value - slack, q.value + slack
    return q.low, q.high


def fact_interval(f: QuantityFact) -> Interval:
    """The declared interval, widened by the fact's tolerance."""
    low, high = f.low, f.high
    if f.tolerance is None:
        return low, high
    if f.tolerance_is_relative:
        return (
            None if low is None else low - abs(low) * f.tolerance,
            None if high is None else high + abs(high) * f.tolerance,
        )
    return (
        None if low is None else low - f.tolerance,
        None if high is None else high + f.tolerance,
    )


def overlap(a: Interval, b: Interval) -> bool:
    """True when two closed intervals (None: unbounded) share a point."""
    a_low, a_high = a
    b_low, b_high = b
    if a_low is not None and b_high is not None and a_low > b_high:
        return False
    return not (b_low is not None and a_high is not None and b_low > a_high)


def agrees(q: Quantity, f: QuantityFact) -> bool:
    """Whether the stated figure is consistent with the declared one."""
    if not overlap(claim_interval(q), fact_interval(f)):
        return False
    slack = f.tolerance if f.tolerance_is_relative and f.tolerance else _BOUND_SLACK
    if q.qualifier in _LOWER and f.qualifier in _LOWER:
        return q.value >= f.value * (1 - slack)
    if q.qualifier in _UPPER and f.qualifier in _UPPER:
        return q.value <= f.value * (1 + slack)
    return True


def same_magnitude(q: Quantity, f: QuantityFact) -> bool:
    """Whether the figure is close enough in size to be a statement of this fact at all."""
    if f.value == 0 or q.value == 0:
        return q.value == f.value
    ratio = abs(q.value / f.value)
    return 1 / MAGNITUDE <= ratio <= MAGNITUDE
