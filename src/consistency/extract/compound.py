"""Figures written in two units: "3 dollars 50 cents", "four pounds and twenty pence", "6 feet 2
inches", "5 ft 2 in", and dollars whose cents go unnamed: "It costs 15 dollars 50."
"""

from __future__ import annotations

import re
from decimal import Decimal

from consistency.extract.currencies import CURRENCIES
from consistency.extract.numbers import NUMBER, number_value
from consistency.extract.units import unit_after

_PART_JOIN = re.compile(r"\s+(?:and\s+)?")
# The smaller unit a figure may go on in, with how many make one: "5 feet 2 inches".
_PARTS: dict[str, tuple[tuple[str, int, str], ...]] = {
    "GBP": (("penny", 100, "GBP"),),
    "lb": (("penny", 100, "GBP"), ("oz", 16, "lb")),
    "foot": (("inch", 12, "foot"),),
}
# "5 ft 2 in" is a height where the clause ends or the height goes on ("5 ft 2 in tall"); before
# anything else "in" is the preposition ("6 ft 2 in the shallow end").
_INCH_WORD = re.compile(
    r"\s?in\b(?=\s*(?:[.,;:!?)]|$|(?:more|less|tall|high|long|wide|deep|and|or)\b))", re.I
)
# Cents left unnamed end the clause: "It costs 15 dollars 50.", "had just 15 USD 50 more".
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$|more\b)")
_TWO_DIGITS = re.compile(r"\d\d$")
# "It costs 15 dollars 50" is 15.50; a figure in the thousands goes on with no cents.
_CENTS_BELOW = 10_000


def compound(scan: str, end: int, value: Decimal, unit: str) -> tuple[Decimal, int, str]:
    """The figure grown by the smaller unit after it, with the span's new end and its unit."""
    parts = _PARTS.get(unit) or ((("cent", 100, unit),) if unit in CURRENCIES else ())
    join = _PART_JOIN.match(scan, end) if parts and value == int(value) else None
    second = NUMBER.match(scan, join.end()) if join else None
    amount = number_value(second.group()) if second else None
    if second is None or amount is None or amount <= 0 or amount != int(amount):
        return value, end, unit
    small = _smaller_unit(scan, second.end(), unit)
    for name, per, whole_unit in parts:
        if small and small[1] == name and amount < per:
            return value + amount / per, small[0], whole_unit
    if small is None and unit in CURRENCIES and _bare_cents(scan, second, amount, value):
        return value + amount / 100, second.end(), unit
    return value, end, unit


def _smaller_unit(scan: str, end: int, unit: str) -> tuple[int, str] | None:
    """The unit after the second number; "in" counts as inches only after feet."""
    after = unit_after(scan, end)
    if after is not None:
        return after.end, after.unit
    inch = _INCH_WORD.match(scan, end) if unit == "foot" else None
    return (inch.end(), "inch") if inch else None


def _bare_cents(scan: str, second: re.Match[str], amount: Decimal, value: Decimal) -> bool:
    """ "15 dollars 50.", "thirteen dollars forty five": cents with no unit, ending the clause."""
    digits = second.group()[0].isdigit()
    if value >= _CENTS_BELOW or amount >= 100 or (digits and not _TWO_DIGITS.match(second.group())):
        return False
    return _CLAUSE_END.match(scan, second.end()) is not None
