"""Currencies, percentages and measures next to numbers: one row per behaviour, news sentences."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from consistency.extract.currencies import CURRENCIES, currency_code, trie
from consistency.extract.quantities import extract_quantities

D = Decimal
M = 10**6

# (sentence, [(text, value, unit), ...]): every quantity found, in order.
CURRENCY_ROWS = [
    pytest.param(
        "Teck Resources booked a C$16.4 million writedown on the mine",
        [("C$16.4 million", D("16.4") * M, "CAD")],
        id="canadian-dollar-prefix",
    ),
    pytest.param(
        "the board approved a c $ 45 million buyback, the filing said",
        [("c $ 45 million", 45 * M, "CAD")],
        id="tokenised-wire-copy-c-dollar",
    ),
    pytest.param(
        "Exports of toys rose to hk $ 8.2 billion last year",
        [("hk $ 8.2 billion", D("8.2") * 1000 * M, "HKD")],
        id="tokenised-hk-dollar",
    ),
    pytest.param(
        "Qantas reported an underlying profit of A$2.47 billion",
        [("A$2.47 billion", D("2.47") * 1000 * M, "AUD")],
        id="australian-dollar-prefix",
    ),
    pytest.param(
        "The fund raised NZ$300 million from investors",
        [("NZ$300 million", 300 * M, "NZD")],
        id="new-zealand-dollar-prefix",
    ),
    pytest.param(
        "The bank sold Mex$10 million of bonds",
        [("Mex$10 million", 10 * M, "MXN")],
        id="mexican-peso-prefix",
    ),
    pytest.param(
        "The dairy group paid nzd$25 per share",
        [("nzd$25", D(25), "NZD")],
        id="code-dollar-prefix-any-case",
    ),
    pytest.param(
        "It is worth CN¥100 billion, or ¥1.5 trillion",
        [("CN¥100 billion", 100 * 1000 * M, "CNY"), ("¥1.5 trillion", D("1.5") * 10**12, "JPY")],
        id="yuan-and-yen-signs",
    ),
    pytest.param(
        "Costs rose to US $5 million and U.S.$3 million",
        [("US $5 million", 5 * M, "USD"), ("U.S.$3 million", 3 * M, "USD")],
        id="us-dollar-prefixes",
    ),
    pytest.param(
        "What can $5 buy in Caracas? It's $5 for a coffee",
        [("$5", D(5), "USD"), ("$5", D(5), "USD")],
        id="words-before-a-dollar-are-no-prefix",
    ),
    pytest.param(
        "A bus ticket costs 500 ₡ in San José",
        [("500 ₡", D(500), "CRC")],
        id="colon-sign-after",
    ),
    pytest.param(
        "He paid 100₾ for the bicycle",
        [("100₾", D(100), "GEL")],
        id="lari-sign-glued",
    ),
    pytest.param(
        "The top prize was 100,000 ₭",
        [("100,000 ₭", D(100000), "LAK")],
        id="kip-sign",
    ),
    pytest.param(
        "Tea costs 100元 at the airport kiosk",
        [("100元", D(100), "CNY")],
        id="yuan-character",
    ),
    pytest.param(
        "The loan was 100,000 ரூ",
        [("100,000 ரூ", D(100000), "LKR")],
        id="sri-lankan-rupee-sign",
    ),
    pytest.param(
        "The scheme costs Rs. 500 crore and ₹200 crore more",
        [("Rs. 500 crore", 5000 * M, "INR"), ("₹200 crore", 2000 * M, "INR")],
        id="rupee-marks",
    ),
    pytest.param(
        "The club paid EUR 120 million for the striker",
        [("EUR 120 million", 120 * M, "EUR")],
        id="code-before",
    ),
    pytest.param(
        "Alibaba reported revenue of rmb 10 billion",
        [("rmb 10 billion", 10 * 1000 * M, "CNY")],
        id="lower-case-code-before",
    ),
    pytest.param(
        "They lost 75 USD million in the past three years.",
        [("75 USD million", 75 * M, "USD"), ("three years", D(3), "year")],
        id="code-then-scale-word",
    ),
    pytest.param(
        "The company expects revenues of 120 MEUR next year",
        [("120 MEUR", 120 * M, "EUR")],
        id="millions-in-the-code",
    ),
    pytest.param(
        "It posted annual revenues of about MAUD 60",
        [("about MAUD 60", 60 * M, "AUD")],
        id="millions-in-the-code-before",
    ),
    pytest.param(
        "She paid 5 GBP for a coffee",
        [("5 GBP", D(5), "GBP")],
        id="code-after",
    ),
    pytest.param(
        "The fine is 10 Turkish lira",
        [("10 Turkish lira", D(10), "TRY")],
        id="named-currency",
    ),
    pytest.param(
        "The budget deficit hit 5 billion Egyptian pounds",
        [("5 billion Egyptian pounds", 5000 * M, "EGP")],
        id="pounds-of-another-country",
    ),
    pytest.param(
        "The minimum wage rises to 1,320 reais next month",
        [("1,320 reais", D(1320), "BRL")],
        id="reais",
    ),
    pytest.param(
        "Street prices: a bowl of noodles 10 rmb 2 usd",
        [("10 rmb", D(10), "CNY"), ("2 usd", D(2), "USD")],
        id="a-code-between-two-figures-is-the-first-s",
    ),
    pytest.param(
        "Samsung will invest 5 trillion won in the plant",
        [("5 trillion won", 5 * 10**12, "KRW")],
        id="won-after-a-scale",
    ),
    pytest.param(
        "The company put the value at dollar 22.5 million.",
        [("dollar 22.5 million", D("22.5") * M, "USD")],
        id="currency-word-before-scaled-figure",
    ),
    pytest.param(
        "A ticket costs 15 dollars 50.",
        [("15 dollars 50", D("15.5"), "USD")],
        id="unnamed-cents",
    ),
    pytest.param(
        "It only cost thirteen dollars forty five",
        [("thirteen dollars forty five", D("13.45"), "USD")],
        id="unnamed-cents-in-words",
    ),
    pytest.param(
        "The subscription will rise to 17 USD 25.",
        [("17 USD 25", D("17.25"), "USD")],
        id="unnamed-cents-after-code",
    ),
    pytest.param(
        "He handed over one $10 bill",
        [("$10", D(10), "USD")],
        id="count-of-banknotes",
    ),
    pytest.param(
        "A coin weighing one drachma was found in the grave",
        [("one drachma", D(1), "GRD")],
        id="drachma",
    ),
    pytest.param(
        "Shoppers were handed 3 USD50 vouchers",
        [("3", D(3), None), ("USD50", D(50), "USD")],
        id="code-glued-to-digits",
    ),
    pytest.param(
        "Petronas paid RM500 million for the stake",
        [("RM500 million", 500 * M, "MYR")],
        id="letter-mark-glued-to-digits",
    ),
    pytest.param(
        "Petronas paid RM 500 million for the stake",
        [("RM 500 million", 500 * M, "MYR")],
        id="letter-mark",
    ),
]

# Not money, or not this money.
PENCE_ROWS = [
    pytest.param(
        "A loaf of bread now costs almost 40p more than a year ago",
        [("almost 40p", D(40), "penny")],
        id="pence-glued-as-stated",
    ),
    pytest.param(
        "Shares in the retailer closed at 523p",
        [("523p", D(523), "penny")],
        id="share-price-in-pence",
    ),
    pytest.param("The phone records video in 1080p", [], id="video-resolution-is-no-pence"),
    pytest.param("The vote is at 10p.m. on Friday", [], id="p-m-is-a-time"),
]

CURRENCY_GUARDS = [
    pytest.param(
        "It left the dollar 0.3 percent weaker",
        [("0.3 percent", D("0.3"), "percent")],
        id="currency-word-before-a-share",
    ),
    pytest.param(
        "Tickets cost 10 dollars and 20 for children",
        [("10 dollars", D(10), "USD"), ("20", D(20), None)],
        id="second-figure-going-on-is-no-cents",
    ),
    pytest.param(
        "The fine was $50 and 20 hours of community service",
        [("$50", D(50), "USD"), ("20 hours", D(20), "hour")],
        id="second-figure-with-a-unit-is-no-cents",
    ),
    pytest.param("He paid 100 francs", [("100 francs", D(100), None)], id="which-francs"),
    pytest.param("He bought 100 AMD shares", [("100 AMD shares", D(100), None)], id="ticker"),
    pytest.param("5 TOP tips for savers", [("5 TOP tips", D(5), None)], id="capitals-word"),
    pytest.param(
        "The Reds have 3 won and 2 lost", [("3", D(3), None), ("2", D(2), None)], id="won"
    ),
    pytest.param("Traders piled into $ETH after the upgrade", [], id="crypto-ticker"),
    pytest.param("The M&A market slowed sharply", [], id="m-and-a"),
    pytest.param(
        "Drinking three cups of coffee a day may help",
        [("three cups", D(3), None)],
        id="cups-of-coffee-are-counted",
    ),
]

PERCENT_ROWS = [
    pytest.param("Percent of 75.", [("Percent of 75", D(75), "percent")], id="percent-of"),
    pytest.param(
        "Per cent of twenty-two.",
        [("Per cent of twenty-two", D(22), "percent")],
        id="per-cent-of-words",
    ),
    pytest.param(
        "Some 5 percent of 100 respondents backed the plan",
        [("Some 5 percent", D(5), "percent"), ("100 respondents", D(100), None)],
        id="the-whole-after-a-share-is-no-share",
    ),
    pytest.param(
        "The percentage of 18-year-olds who vote fell",
        [("18-year-olds", D(18), "age")],
        id="percentage-of-a-group",
    ),
    pytest.param("Only a small percent of voters switched", [], id="percent-without-a-number"),
    pytest.param(
        "Unemployment rose 0.3 percentage points to 6.2 per cent",
        [
            ("0.3 percentage points", D("0.3"), "percentage-point"),
            ("6.2 per cent", D("6.2"), "percent"),
        ],
        id="points-kept-apart",
    ),
    pytest.param(
        "Mortgage rates have climbed to 5pc, the highest in 15 years",
        [("5pc", D(5), "percent"), ("15 years", D(15), "year")],
        id="pc-as-british-papers-write-it",
    ),
    pytest.param(
        "Shares in the lender fell 4.5 pc on Friday",
        [("4.5 pc", D("4.5"), "percent")],
        id="pc-spaced",
    ),
    pytest.param(
        "Take 500mg of paracetamol; the office covers 50,000 sq ft; the UK used 300TWh",
        [("500mg", D(500), "mg"), ("50,000 sq ft", D(50000), "ft2"), ("300TWh", D(300), "TWh")],
        id="milligrams-square-feet-terawatt-hours",
    ),
    pytest.param(
        "The phone has 256GB, and doctors treated 20 TB patients",
        [("256GB", D(256), "GB"), ("20 TB patients", D(20), None)],
        id="gigabytes-but-tb-is-tuberculosis",
    ),
    pytest.param(
        "The school bought 30 PCs for its library",
        [("30 PCs", D(30), None)],
        id="PCs-are-computers",
    ),
]

DIMENSION_ROWS = [
    pytest.param(
        "Temperatures in Phoenix hit 118F on Tuesday",
        [("118F", D(118), "fahrenheit")],
        id="glued-F-is-fahrenheit",
    ),
    pytest.param(
        "It was 35C in Madrid and 95F in Dallas",
        [("35C", D(35), "celsius"), ("95F", D(95), "fahrenheit")],
        id="glued-C-and-F",
    ),
    pytest.param("He is 5 ft 2 in", [("5 ft 2 in", D(31) / 6, "foot")], id="feet-and-in"),
    pytest.param(
        "The python was 12 ft 2 in long",
        [("12 ft 2 in", D(73) / 6, "foot")],
        id="feet-and-in-then-adjective",
    ),
    pytest.param(
        "The river rose 12 ft 2 in the morning",
        [("12 ft", D(12), "foot"), ("2", D(2), None)],
        id="in-the-is-a-preposition",
    ),
    pytest.param("Add 1/2 cup olive oil and stir", [("1/2 cup", D("0.5"), "cup")], id="cup"),
    pytest.param("Stir in ½ teaspoon salt", [("½ teaspoon", D("0.5"), "teaspoon")], id="teaspoon"),
    pytest.param("The arm turns 0.8rad a second", [("0.8rad", D("0.8"), "radian")], id="radian"),
    pytest.param(
        "The dancer made a half turn", [("a half turn", D("0.5"), "turn")], id="half-turn"
    ),
    pytest.param("He appeared in a TV interview", [], id="a-TV-is-no-teravolt"),
    pytest.param("The vote is at 5 pm on Friday", [], id="pm-is-a-time"),
]


def found(sentence: str) -> list[tuple[str, Decimal, str | None]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), CURRENCY_ROWS + PENCE_ROWS + CURRENCY_GUARDS)
def test_currencies(sentence: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PERCENT_ROWS)
def test_percentages(sentence: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DIMENSION_ROWS)
def test_dimensions(sentence: str, expected: list[tuple[str, Decimal, str | None]]) -> None:
    assert found(sentence) == expected


def test_in_excess_of_millions_in_the_code() -> None:
    (q,) = extract_quantities("losses in excess of 30 MUSD were reported")
    assert (q.text, q.low, q.high, q.qualifier.value) == (
        "in excess of 30 MUSD",
        D(30 * M),
        None,
        "more-than",
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("USD", ("USD", D(1)), id="code"),
        pytest.param("usd", ("USD", D(1)), id="lower-case"),
        pytest.param("RMB", ("CNY", D(1)), id="alias"),
        pytest.param("MGBP", ("GBP", D(M)), id="millions"),
        pytest.param("TOP", None, id="english-word"),
        pytest.param("try", None, id="lower-case-word"),
        pytest.param("mUSD", None, id="millions-only-in-capitals"),
    ],
)
def test_currency_codes(code: str, expected: tuple[str, Decimal] | None) -> None:
    assert currency_code(code) == expected


def test_every_currency_is_an_iso_code() -> None:
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in CURRENCIES)


def test_trie_matches_exactly_its_words() -> None:
    words = ["dollar", "dollars", "dinar", "u.s.", "us", "a", "ab"]
    pattern = re.compile(f"(?:{trie(words)})$")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ["dolla", "dinars", "u.s", "b", "usa"])
