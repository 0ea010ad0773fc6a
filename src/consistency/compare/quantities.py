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


# Units of one dimension, each with its size in the dimension's base unit: a figure in one
# compares with a figure or a fact in another ("25 basis points" is "0.25 percentage points",
# "two weeks" is "14 days", "1.5 miles" is "2.4 km").
_DIMENSIONS: dict[str, tuple[str, Decimal]] = {
    "basis-point": ("rate", Decimal("0.01")), "percentage-point": ("rate", Decimal(1)),
    "mm": ("length", Decimal("0.001")), "cm": ("length", Decimal("0.01")),
    "m": ("length", Decimal(1)), "km": ("length", Decimal(1000)),
    "inch": ("length", Decimal("0.0254")), "foot": ("length", Decimal("0.3048")),
    "yard": ("length", Decimal("0.9144")), "mile": ("length", Decimal("1609.344")),
    "g": ("mass", Decimal("0.001")), "kg": ("mass", Decimal(1)), "tonne": ("mass", Decimal(1000)),
    "mg": ("mass", Decimal("0.000001")), "mcg": ("mass", Decimal("0.000000001")),
    "ft2": ("area", Decimal("0.09290304")),
    "kWh": ("energy", Decimal(1)), "MWh": ("energy", Decimal(1000)),
    "GWh": ("energy", Decimal(10**6)), "TWh": ("energy", Decimal(10**9)),
    "kW": ("power", Decimal(1)), "MW": ("power", Decimal(1000)), "GW": ("power", Decimal(10**6)),
    "GB": ("data", Decimal(1)), "TB": ("data", Decimal(1000)),
    "oz": ("mass", Decimal("0.028349523125")), "lb": ("mass", Decimal("0.45359237")),
    "km/h": ("speed", Decimal(1)), "mph": ("speed", Decimal("1.609344")),
    "knot": ("speed", Decimal("1.852")),
    "m2": ("area", Decimal(1)), "hectare": ("area", Decimal(10000)),
    "km2": ("area", Decimal(1000000)), "acre": ("area", Decimal("4046.8564224")),
    "mi2": ("area", Decimal("2589988.110336")),
    "ml": ("volume", Decimal("0.001")), "litre": ("volume", Decimal(1)),
    "gallon": ("volume", Decimal("3.785411784")),
    "second": ("time", Decimal(1)), "minute": ("time", Decimal(60)),
    "hour": ("time", Decimal(3600)), "day": ("time", Decimal(86400)),
    "week": ("time", Decimal(604800)),
    "month": ("months", Decimal(1)), "year": ("months", Decimal(12)),
    "decade": ("months", Decimal(120)),
}  # fmt: skip
# Units of the imperial and US systems: a figure converted to or from one is rounded by the
# writer ("100 mph (160 km/h)", "6 feet (1.8 metres)"), so it is held to within this share.
_IMPERIAL = frozenset({"inch", "foot", "yard", "mile", "oz", "lb", "mph", "knot", "acre", "mi2",
                       "gallon", "ft2"})  # fmt: skip
_CONVERTED = Decimal("0.03")


# Dimensions whose units one story may mix for one thing ("100 mph (160 km/h)"); durations are
# left in their units: "three years" and "seven months" are rarely two readings of one span.
_SHARED_DIMENSIONS = frozenset(
    {"rate", "length", "mass", "speed", "area", "volume", "energy", "power", "data"}
)
_DEGREES = ("celsius", "fahrenheit")


def dimension(unit: str) -> str:
    """The measure a unit's figures are compared in: "speed" for mph and km/h, else the unit."""
    if unit in _DEGREES:
        return "temperature"
    found = _DIMENSIONS.get(unit)
    return found[0] if found and found[0] in _SHARED_DIMENSIONS else unit


def _degrees(q: Quantity, unit: str) -> Quantity:
    """A temperature in the other scale, within a degree either way ("40C (104F)")."""

    def to(v: Decimal) -> Decimal:
        return v * 9 / 5 + 32 if unit == "fahrenheit" else (v - 32) * 5 / 9

    value = to(q.value)
    if q.qualifier is Qualifier.EXACT:
        return replace(
            q, value=value, low=value - 1, high=value + 1, unit=unit, qualifier=Qualifier.APPROX
        )
    low, high = (None if v is None else to(v) for v in (q.low, q.high))
    return replace(q, value=value, low=low, high=high, unit=unit)


def in_unit(q: Quantity, unit: str | None) -> Quantity | None:
    """The figure expressed in `unit`, or None when it measures something else. Across
    measurement systems the figure becomes approximate (converted figures are rounded)."""
    if (q.unit or None) == (unit or None):
        return q
    if unit == "percent" and q.unit is None and 0 < q.value < 1:
        # "half" is "50%", "a third" "33%" (rounded, so approximately).
        return _approximate(_scaled(q, Decimal(100), "percent"))
    if unit is None and q.unit == "percent" and 0 < q.value < 100:
        return _approximate(_scaled(q, Decimal("0.01"), None))
    if q.unit is None or unit is None:
        return None
    if q.unit in _DEGREES and unit in _DEGREES:
        return _degrees(q, unit)
    mine, theirs = _DIMENSIONS.get(q.unit), _DIMENSIONS.get(unit)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return None
    converted = _scaled(q, mine[1] / theirs[1], unit)
    if (q.unit in _IMPERIAL) == (unit in _IMPERIAL):
        return converted
    return _approximate(converted)


def _scaled(q: Quantity, factor: Decimal, unit: str | None) -> Quantity:
    def scaled(v: Decimal | None) -> Decimal | None:
        return None if v is None else v * factor

    return replace(q, value=q.value * factor, low=scaled(q.low), high=scaled(q.high), unit=unit)


def _approximate(q: Quantity) -> Quantity:
    """An exact figure widened by the rounding of a conversion, as an approximate one."""
    if q.qualifier is not Qualifier.EXACT:
        return q
    ends = (q.value * (1 - _CONVERTED), q.value * (1 + _CONVERTED))
    return replace(q, qualifier=Qualifier.APPROX, low=min(ends), high=max(ends))


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
