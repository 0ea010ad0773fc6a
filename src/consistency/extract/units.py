"""Units written next to numbers, mapped to canonical names ("per cent" -> percent, "$" -> USD).

Two tables: currency marks written before the number ("$5", "US$5", "€3bn", "Rs 500"), and unit
words written after it ("5 percent", "10 km", "35 years", "five million dollars").
"""

from __future__ import annotations

import re

# Before the number. Longest marks first, so "US$" wins over "$".
CURRENCY_BEFORE: tuple[tuple[str, str], ...] = (
    ("US$", "USD"), ("U.S.$", "USD"), ("C$", "CAD"), ("CA$", "CAD"), ("A$", "AUD"),
    ("AU$", "AUD"), ("NZ$", "NZD"), ("HK$", "HKD"), ("S$", "SGD"), ("R$", "BRL"),
    ("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"), ("₽", "RUB"),
    ("₴", "UAH"), ("Rs.", "INR"), ("Rs", "INR"), ("USD", "USD"), ("EUR", "EUR"),
    ("GBP", "GBP"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"), ("INR", "INR"),
    ("CHF", "CHF"), ("RUB", "RUB"), ("UAH", "UAH"), ("CAD", "CAD"), ("AUD", "AUD"),
)  # fmt: skip
_CURRENCY_BEFORE = re.compile(
    "(?:"
    + "|".join(
        # "$75m", "$ 75 million" (tokenised wire copy) and "USD 75"
        re.escape(mark) + r"[ \t]?"
        for mark, _ in CURRENCY_BEFORE
    )
    + r")$"
)
_CURRENCY_CODES = dict(CURRENCY_BEFORE)
CURRENCIES = frozenset(_CURRENCY_CODES.values())

# After the number: (pattern, canonical unit). Patterns are tried in order at the position right
# after the number (after an optional space or hyphen), so longer spellings come first.
UNITS_AFTER: tuple[tuple[str, str], ...] = (
    (r"percentage[ -]points?|pct\.? points?|points? percentage", "percentage-point"),
    (r"%|percent(?:s|age)?\b|per\s?cent\b|pct\b", "percent"),
    (r"basis points?\b|bps\b|bp\b", "basis-point"),
    # "125 million Australian dollars", "100 Chinese yuan", "10 €" (the mark written after)
    (r"Australian dollars?\b", "AUD"),
    (r"Canadian dollars?\b", "CAD"),
    (r"Hong Kong dollars?\b", "HKD"),
    (r"New Zealand dollars?\b", "NZD"),
    (r"Singapore dollars?\b", "SGD"),
    (r"(?:US |U\.S\. |American )?dollars?\b|USD\b|\$(?!\s?\d)", "USD"),
    (r"€", "EUR"),
    (r"£(?!\s?\d)", "GBP"),
    (r"euros?\b|EUR\b", "EUR"),
    (r"pounds? sterling\b|GBP\b", "GBP"),
    (r"yen\b|JPY\b", "JPY"),
    (r"(?:Chinese )?yuan\b|renminbi\b|CNY\b|RMB\b", "CNY"),
    (r"rupees?\b|INR\b", "INR"),
    (r"(?:roubles?|rubles?)\b|RUB\b", "RUB"),
    (r"hryvnias?\b|hryvnia\b|UAH\b", "UAH"),
    (r"Swiss francs?\b|CHF\b", "CHF"),
    # "shares fell 34 cents", "a bid of 470 pence a share", "a 12-cent dividend": kept in their
    # own unit, since a cent may be a US, Canadian or euro one.
    (r"cents?\b|¢", "cent"),
    (r"pence\b|penny\b", "penny"),
    (r"square (?:kilomet(?:re|er)s?|km)\b|sq\.? km\b|km2\b|km²", "km2"),
    (r"square miles?\b|sq\.? mi(?:les?)?\b", "mi2"),
    (r"square met(?:re|er)s?\b|sq\.? m\b|m2\b|m²", "m2"),
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
    (r"(?:metric )?tonnes?\b|tons?\b|(?<=\d)t\b", "tonne"),
    (r"gram(?:me)?s?\b|g\b", "g"),
    (r"pounds?\b|lbs?\b", "lb"),
    (r"ounces?\b|oz\b", "oz"),
    (r"millilit(?:re|er)s?\b|ml\b", "ml"),
    (r"litres?\b|liters?\b|l\b", "litre"),
    (r"gallons?\b", "gallon"),
    (r"barrels?\b", "barrel"),
    (r"megawatts?\b|MW\b", "MW"),
    (r"gigawatts?\b|GW\b", "GW"),
    (r"kilowatt[ -]hours?\b|kWh\b", "kWh"),
    (r"°\s?C\b|degrees? C(?:elsius)?\b|(?<=\d)C\b", "celsius"),
    (r"°\s?F\b|degrees? F(?:ahrenheit)?\b", "fahrenheit"),
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
    "mw": "MW",
    "gw": "GW",
}


def currency_before(scan: str, number_start: int) -> tuple[int, str] | None:
    """The currency mark ending right before `number_start`: (its start, ISO code)."""
    window = scan[max(0, number_start - 6) : number_start]
    m = _CURRENCY_BEFORE.search(window)
    if not m:
        return None
    mark = m.group().strip()
    start = number_start - len(m.group())
    # A code must stand alone ("USD 5"), not end a word ("ABCUSD 5").
    if mark[0].isalpha() and start > 0 and scan[start - 1].isalnum():
        return None
    return start, _CURRENCY_CODES[mark]


def unit_after(scan: str, number_end: int) -> tuple[int, str] | None:
    """The unit written right after the number: (end of the unit text, canonical unit)."""
    m = _UNITS_AFTER.match(scan, number_end)
    if not m or m.lastgroup is None:
        return None
    word = m.group(m.lastgroup)
    wanted = _SYMBOL_CASE.get(word.lower())
    if wanted is not None and word != wanted:
        return None
    return m.end(), UNITS_AFTER[int(m.lastgroup[1:])][1]
