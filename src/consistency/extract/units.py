"""Units written next to numbers, mapped to canonical names ("per cent" -> percent, "$" -> USD).

Marks written before the number ("$5", "US$5", "€3bn", "Rs 500", "per cent of 10"), and unit
words written after it ("5 percent", "10 km", "35 years", "five million dollars", "30 MUSD").
Currencies have their own tables in `currencies`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from consistency.extract.currencies import (
    LOWER_CODES,
    NAME_PATTERN,
    SIGNS,
    SIGNS_AFTER,
    Mark,
    code_after,
    currency_before,
    currency_name,
    trie,
)

# Rows resolved by the currency tables rather than named by the row.
_NAME, _SIGN, _CODE = "<currency name>", "<currency sign>", "<currency code>"
_SCALE_WORD = r"(?: (?:thousand|million|billion|trillion)\b)?"
# After the number: (pattern, canonical unit). Patterns are tried in order at the position right
# after the number (after an optional space or hyphen), so longer spellings come first.
UNITS_AFTER: tuple[tuple[str, str], ...] = (
    (r"percentage[ -]points?|pct\.? points?|points? percentage", "percentage-point"),
    # "5pc" as British papers write it; "5 PCs" are computers.
    (r"%|percent(?:s|age)?\b|per\s?cent\b|pct\b|pc\b", "percent"),
    (r"basis points?\b|bps\b|bp\b", "basis-point"),
    (r"pounds? sterling\b", "GBP"),
    # "10 Turkish lira", "5 trillion won", "125 million Australian dollars"; then "10 €", "100₾"
    (NAME_PATTERN, _NAME),
    (rf"[{re.escape(''.join(SIGNS))}](?!\s?\d)|" + "|".join(SIGNS_AFTER), _SIGN),
    # "shares fell 34 cents", "a bid of 470 pence a share", "a 12-cent dividend": kept in their
    # own unit, since a cent may be a US, Canadian or euro one.
    (r"cents?\b|¢", "cent"),
    # "almost 40p", "shares closed at 523p"; never a video's "1080p" or "10p.m.".
    (r"pence\b|penny\b|(?<=\d)(?<!480)(?<!720)(?<!1080)(?<!1440)(?<!2160)p\b(?!\.?m\b)", "penny"),
    (r"square (?:kilomet(?:re|er)s?|km)\b|sq\.? km\b|km2\b|km²", "km2"),
    (r"square miles?\b|sq\.? mi(?:les?)?\b", "mi2"),
    (r"square met(?:re|er)s?\b|sq\.? m\b|m2\b|m²", "m2"),
    (r"square (?:feet|foot)\b|sq\.? ?ft\b|ft2\b|ft²", "ft2"),
    (r"hectares?\b|ha\b", "hectare"),
    (r"acres?\b", "acre"),
    (r"(?:kilomet(?:re|er)s?|km) (?:per|an|a) hour\b|km/h\b|kph\b|kmph\b|kmh\b", "km/h"),
    (r"miles (?:per|an|a) hour\b|mph\b", "mph"),
    (r"knots?\b", "knot"),
    (r"kilomet(?:re|er)s?\b|km\b", "km"),
    (r"centimet(?:re|er)s?\b|cm\b", "cm"),
    (r"millimet(?:re|er)s?\b|mm\b", "mm"),
    (r"met(?:re|er)s?\b|m\b", "m"),
    (r"miles?\b|mi\b", "mile"),
    (r"feet\b|foot\b|ft\b", "foot"),
    (r"inch(?:es)?\b", "inch"),
    (r"yards?\b|yd\b", "yard"),
    (r"kilo(?:gram(?:me)?s?|s)?\b|kg\b", "kg"),
    (r"milligram(?:me)?s?\b|mg\b", "mg"),
    (r"microgram(?:me)?s?\b|mcg\b|µg\b", "mcg"),
    (r"(?:metric )?tonnes?\b|tons?\b|(?<=\d)t\b", "tonne"),
    (r"gram(?:me)?s?\b|g\b", "g"),
    (r"pounds?\b|lbs?\b", "lb"),
    (r"ounces?\b|oz\b", "oz"),
    (r"millilit(?:re|er)s?\b|ml\b", "ml"),
    (r"litres?\b|liters?\b|l\b", "litre"),
    (r"gallons?\b", "gallon"),
    (r"barrels?\b", "barrel"),
    # "1/2 cup olive oil" is a measure; "three cups of coffee a day" counts cups.
    (r"(?:(?<=/\d )|(?<=/\d)|(?<=[½¼¾⅓⅔⅛] )|(?<=[½¼¾⅓⅔⅛])|(?<=\.\d )|(?<=half ))cups?\b", "cup"),
    (r"teaspoons?\b|tsps?\b", "teaspoon"),
    (r"tablespoons?\b|tbsps?\b", "tablespoon"),
    (r"terawatt[ -]hours?\b|TWh\b", "TWh"),
    (r"gigawatt[ -]hours?\b|GWh\b", "GWh"),
    (r"megawatt[ -]hours?\b|MWh\b", "MWh"),
    (r"megawatts?\b|MW\b", "MW"),
    (r"gigawatts?\b|GW\b", "GW"),
    (r"kilowatt[ -]hours?\b|kWh\b", "kWh"),
    (r"kilowatts?\b|kW\b", "kW"),
    (r"parts per million\b|ppm\b", "ppm"),
    # Not "TB": "20 TB patients" are tuberculosis patients.
    (r"gigabytes?\b|(?<=\d)GB\b", "GB"),
    (r"terabytes?\b", "TB"),
    (r"°\s?C\b|degrees? C(?:elsius)?\b|(?<=\d)C\b", "celsius"),
    (r"°\s?F\b|degrees? F(?:ahrenheit)?\b|(?<=\d)F\b", "fahrenheit"),
    (r"year[ -]olds?\b", "age"),
    (r"years?\b|yrs?\b", "year"),
    (r"months?\b", "month"),
    (r"weeks?\b", "week"),
    (r"days?\b", "day"),
    (r"hours?\b|hrs?\b", "hour"),
    (r"minutes?\b|mins?\b", "minute"),
    (r"seconds?\b|secs?\b", "second"),
    (r"decades?\b", "decade"),
    (r"centur(?:y|ies)\b", "century"),
    (r"radians?\b|rad\b", "radian"),
    # "a half turn", "a quarter-turn"; never "took turns".
    (r"(?:(?<=half )|(?<=half-)|(?<=quarter )|(?<=quarter-))turns?\b", "turn"),
    # Last, so that "5 KMH" and "10 MW" are read above: "USD 5", "5 usd", "75 USD million".
    (rf"(?:(?-i:M?[A-Z]{{3}})|{trie(LOWER_CODES)})\b{_SCALE_WORD}", _CODE),
)
_UNITS_AFTER = re.compile(
    r"(?:\s?-?\s?)(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(UNITS_AFTER)) + ")",
    re.I,
)
# Case matters for short symbols: "5 C" is Celsius and "10 MW" megawatts; "5 c" and "10 mw" are
# nothing we know. The spellings allowed, by lowercase form:
_SYMBOL_CASE = {
    "m": "m",
    "g": "g",
    "l": "l",
    "c": "C",
    "f": "F",
    "ha": "ha",
    "pc": "pc",
    "p": "p",
    "mw": "MW",
    "gw": "GW",
    "twh": "TWh",
    "gwh": "GWh",
    "mwh": "MWh",
    "kw": "kW",
    "gb": "GB",
    "cup": "cup",
    "cups": "cups",
    "rad": "rad",
}
# "percent of 10", "per cent of twenty-two": the share named first, at the start of a clause only
# ("the share of 18-year-olds" and "5 percent of 100" name no share of 18 or 100).
_PERCENT_OF = re.compile(r"(?:^|(?<=[.!?:;(\n]))\s*(?P<mark>percents?|per\s?cent)\s+of\s+$", re.I)


class UnitMatch(NamedTuple):
    """A unit written after a number: where it ends, its canonical name, and a scale ("MUSD")."""

    end: int
    unit: str
    scale: Decimal


def unit_before(scan: str, number_start: int) -> Mark | None:
    """The currency (or "percent of") written right before `number_start`."""
    if scan.endswith("of ", 0, number_start):
        m = _PERCENT_OF.search(scan, max(0, number_start - 20), number_start)
        return Mark(m.start("mark"), "percent", Decimal(1)) if m else None
    return currency_before(scan, number_start)


def unit_after(scan: str, number_end: int) -> UnitMatch | None:
    """The unit written right after the number."""
    m = _UNITS_AFTER.match(scan, number_end)
    if not m or m.lastgroup is None:
        return None
    word = m.group(m.lastgroup)
    wanted = _SYMBOL_CASE.get(word.lower())
    if wanted is not None and word != wanted:
        return None
    unit = UNITS_AFTER[int(m.lastgroup[1:])][1]
    if unit == _NAME:
        named = currency_name(word)
        return UnitMatch(m.end(), named, Decimal(1)) if named else None
    if unit == _SIGN:
        return UnitMatch(m.end(), SIGNS.get(word) or SIGNS_AFTER[word], Decimal(1))
    if unit == _CODE:
        code = code_after(word)
        return UnitMatch(m.end(), *code) if code else None
    return UnitMatch(m.end(), unit, Decimal(1))
