"""Quantity extraction: one row per behaviour, each a real sentence (the seeds or real news)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency.extract.numbers import number_value
from consistency.extract.quantities import extract_quantities, parse_amount
from consistency.model import Qualifier

D = Decimal
INF = None

# (sentence, [(text, value, low, high, qualifier, unit, noun), ...])
ROWS = [
    pytest.param(
        "Kiev accused Moscow of deploying more than 80,000 troops on the Ukrainian border",
        [("more than 80,000 troops", D(80000), D(80000), INF, "more-than", None, "troops")],
        id="more-than-bound-with-noun",
    ),
    pytest.param(
        "Since then, the war in Ukraine has claimed some 14,000 lives, according to conservative "
        "estimates",
        [("some 14,000 lives", D(14000), D(12600), D(15400), "approx", None, "lives")],
        id="some-is-approx",
    ),
    pytest.param(
        "a seven-year war that Kiev claims has killed 14,000 civilians.",
        [
            ("seven-year", D(7), D(7), D(7), "exact", "year", None),
            ("14,000 civilians", D(14000), D(14000), D(14000), "exact", None, "civilians"),
        ],
        id="hyphenated-duration-and-count",
    ),
    pytest.param(
        "NATO, according to Shoigu, is stationing 40,000 soldiers and 15,000 pieces of military "
        "equipment along Russia's borders",
        [
            ("40,000 soldiers", D(40000), D(40000), D(40000), "exact", None, "soldiers"),
            ("15,000 pieces", D(15000), D(15000), D(15000), "exact", None, "pieces"),
        ],
        id="two-counts-in-one-sentence",
    ),
    pytest.param(
        "Blinken and US Defense Secretary Lloyd Austin were to be present at NATO headquarters to "
        "brief the other 29 allies on Ukraine",
        [("29 allies", D(29), D(29), D(29), "exact", None, "allies")],
        id="small-count",
    ),
    pytest.param(
        "Two US warships are scheduled to arrive in the Black Sea this week",
        [("Two US warships", D(2), D(2), D(2), "exact", None, "warships")],
        id="number-word-with-demonym",
    ),
    pytest.param(
        "Moscow had transferred two armies and three paratrooper units to its western border",
        [
            ("two armies", D(2), D(2), D(2), "exact", None, "armies"),
            ("three paratrooper units", D(3), D(3), D(3), "exact", None, "units"),
        ],
        id="compound-noun-head",
    ),
    pytest.param(
        "The pandemic has killed more than 1.2 million people worldwide",
        [
            (
                "more than 1.2 million people",
                D(1200000),
                D(1200000),
                INF,
                "more-than",
                None,
                "people",
            )
        ],
        id="decimal-with-scale-word",
    ),
    pytest.param(
        "Microsoft agreed to buy the company for $3bn in cash",
        [("$3bn", D(3000000000), D(3000000000), D(3000000000), "exact", "USD", None)],
        id="currency-with-short-scale",
    ),
    pytest.param(
        "the deal valued at £1.2m was signed",
        [("£1.2m", D(1200000), D(1200000), D(1200000), "exact", "GBP", None)],
        id="pounds-with-m",
    ),
    pytest.param(
        "Unemployment rose 0.3 percentage points to 6.2 per cent in March",
        [
            (
                "0.3 percentage points",
                D("0.3"),
                D("0.3"),
                D("0.3"),
                "exact",
                "percentage-point",
                None,
            ),
            ("6.2 per cent", D("6.2"), D("6.2"), D("6.2"), "exact", "percent", None),
        ],
        id="percent-and-points-kept-apart",
    ),
    pytest.param(
        "Officials said between 10,000 and 15,000 people had gathered",
        [
            (
                "between 10,000 and 15,000 people",
                D(10000),
                D(10000),
                D(15000),
                "range",
                None,
                "people",
            ),
        ],
        id="between-range",
    ),
    pytest.param(
        "waves of eight to 10 feet were expected",
        [("eight to 10 feet", D(8), D(8), D(10), "range", "foot", None)],
        id="word-to-digit-range",
    ),
    pytest.param(
        "Police estimated the crowd at 80,000+ people",
        [("80,000+ people", D(80000), D(80000), INF, "at-least", None, "people")],
        id="plus-sign-bound",
    ),
    pytest.param(
        "nearly 80,000 troops remain near the border",
        [("nearly 80,000 troops", D(80000), D(72000), D(80000), "approx", None, "troops")],
        id="nearly-is-below",
    ),
    pytest.param(
        "The storm could bring up to 100 mm of rain",
        [("up to 100 mm", D(100), INF, D(100), "up-to", "mm", None)],
        id="up-to-with-unit",
    ),
    pytest.param(
        "a third of the budget goes to defence",
        [("a third", D(1) / 3, D(1) / 3, D(1) / 3, "exact", None, None)],
        id="fraction-of",
    ),
    pytest.param(
        "fourteen thousand people were displaced",
        [("fourteen thousand people", D(14000), D(14000), D(14000), "exact", None, "people")],
        id="number-words-with-scale",
    ),
    pytest.param(
        "a 45-year-old man was arrested",
        [("45-year-old", D(45), D(45), D(45), "exact", "age", None)],
        id="age",
    ),
    pytest.param(
        "temperatures fell to -5C overnight",
        [("-5C", D(-5), D(-5), D(-5), "exact", "celsius", None)],
        id="negative-temperature",
    ),
    pytest.param(
        "Temperatures dropped to minus 12C overnight in Kharkiv",
        [("minus 12C", D(-12), D(-12), D(-12), "exact", "celsius", None)],
        id="minus-word",
    ),
    pytest.param(
        "Shares fell 27 % in early trading",
        [("27 %", D(27), D(27), D(27), "exact", "percent", None)],
        id="spaced-percent-sign",
    ),
    pytest.param(
        "the bonds, worth $ 75 million, were sold",
        [("$ 75 million", D(75000000), D(75000000), D(75000000), "exact", "USD", None)],
        id="spaced-dollar-sign",
    ),
    pytest.param(
        "The Bank raised interest rates by half a percentage point to 5.25%",
        [
            (
                "half a percentage point",
                D("0.5"),
                D("0.5"),
                D("0.5"),
                "exact",
                "percentage-point",
                None,
            ),
            ("5.25%", D("5.25"), D("5.25"), D("5.25"), "exact", "percent", None),
        ],
        id="half-a-unit",
    ),
    pytest.param(
        "It cut rates by a quarter of a percentage point",
        [
            (
                "a quarter of a percentage point",
                D("0.25"),
                D("0.25"),
                D("0.25"),
                "exact",
                "percentage-point",
                None,
            )
        ],
        id="fraction-of-a-unit",
    ),
    pytest.param(
        "two members wanted a bigger increase of 50 basis points",
        [
            ("two members", D(2), D(2), D(2), "exact", None, "members"),
            ("50 basis points", D(50), D(50), D(50), "exact", "basis-point", None),
        ],
        id="basis-points",
    ),
    pytest.param(
        "half a million people fled",
        [("half a million people", D(500000), D(500000), D(500000), "exact", None, "people")],
        id="half-a-million",
    ),
    pytest.param(
        "Operating profit improved to 361 million pounds, it said",
        [("361 million pounds", D(361000000), D(361000000), D(361000000), "exact", "GBP", None)],
        id="million-pounds-is-money",
    ),
    pytest.param(
        "Dr Tedros admitted the real toll is likely at least 20m.",
        [("at least 20m", D(20000000), D(20000000), INF, "at-least", None, None)],
        id="a-toll-in-millions-is-no-length",
    ),
    pytest.param(
        "The rocket generated 8.8 million pounds of thrust at liftoff.",
        [("8.8 million pounds", D(8800000), D(8800000), D(8800000), "exact", "lb", None)],
        id="pounds-of-thrust-are-no-money",
    ),
    pytest.param(
        "The tuna weighed 200 pounds",
        [("200 pounds", D(200), D(200), D(200), "exact", "lb", None)],
        id="pounds-is-weight",
    ),
    pytest.param(
        "Tickets cost 10 € at the door",
        [("10 €", D(10), D(10), D(10), "exact", "EUR", None)],
        id="euro-sign-after",
    ),
    pytest.param(
        "It sold 125 million Australian dollars of bonds",
        [
            (
                "125 million Australian dollars",
                D(125000000),
                D(125000000),
                D(125000000),
                "exact",
                "AUD",
                None,
            )
        ],
        id="named-dollar",
    ),
    pytest.param(
        "It takes more than 10 1/2 miles of cable to hook it all up",
        [("more than 10 1/2 miles", D("10.5"), D("10.5"), INF, "more-than", "mile", None)],
        id="mixed-fraction",
    ),
    pytest.param(
        "The state lost 25 lakh tonnes of grain",
        [("25 lakh tonnes", D(2500000), D(2500000), D(2500000), "exact", "tonne", None)],
        id="lakh",
    ),
    pytest.param(
        "The scheme will cost Rs 500 crore",
        [("Rs 500 crore", D(5000000000), D(5000000000), D(5000000000), "exact", "INR", None)],
        id="crore",
    ),
    pytest.param(
        "The Centre has set aside Rs 1.5 lakh crore for new roads this year",
        [
            (
                "Rs 1.5 lakh crore",
                D("1500000000000"),
                D("1500000000000"),
                D("1500000000000"),
                "exact",
                "INR",
                None,
            ),
        ],
        id="lakh-crore",
    ),
    pytest.param(
        "The fine was raised to Rs 12,50,000 after the appeal",
        [
            ("Rs 12,50,000", D("1250000"), D("1250000"), D("1250000"), "exact", "INR", None),
        ],
        id="indian-digit-grouping",
    ),
    pytest.param(
        "Trade between the two countries reached $10 bln last year",
        [
            ("two countries", D("2"), D("2"), D("2"), "exact", None, "countries"),
            ("$10 bln", D("10000000000"), D("10000000000"), D("10000000000"), "exact", "USD", None),
        ],
        id="bln-short-scale",
    ),
    pytest.param(
        "The petition gathered 2.5 k signatures in a single day",
        [
            ("2.5 k signatures", D("2500"), D("2500"), D("2500"), "exact", None, "signatures"),
        ],
        id="spaced-k",
    ),
    pytest.param(
        "Some 40\u202f000 people marched through the capital",
        [
            (
                "Some 40\u202f000 people",
                D("40000"),
                D("36000"),
                D("44000"),
                "approx",
                None,
                "people",
            ),
        ],
        id="thin-space-thousands",
    ),
    pytest.param(
        "Five eighths of the county's land is forest",
        [
            ("Five eighths", D("0.625"), D("0.625"), D("0.625"), "exact", None, None),
        ],
        id="fraction-any-denominator",
    ),
    pytest.param(
        "The sprinter won by a hundredth of a second",
        [
            ("a hundredth of a second", D("0.01"), D("0.01"), D("0.01"), "exact", "second", None),
        ],
        id="hundredth-of-a-unit",
    ),
    pytest.param(
        "The storm dumped three and one-quarter inches of rain on the city",
        [
            (
                "three and one-quarter inches",
                D("3.25"),
                D("3.25"),
                D("3.25"),
                "exact",
                "inch",
                None,
            ),
        ],
        id="mixed-number-words",
    ),
    pytest.param(
        "He served two and a half terms as mayor",
        [
            ("two and a half terms", D("2.5"), D("2.5"), D("2.5"), "exact", None, "terms"),
        ],
        id="and-a-half-with-count",
    ),
    pytest.param(  # AP, 2023: "The standoff lasted about an hour and a half"
        "The standoff lasted about an hour and a half, and the trial a year and a half.",
        [
            ("about an hour and a half", D("1.5"), D("1.35"), D("1.65"), "approx", "hour", None),
            ("a year and a half", D("1.5"), D("1.5"), D("1.5"), "exact", "year", None),
        ],
        id="a-unit-and-a-half",
    ),
    pytest.param(
        "They waited an hour and a half for the bus, and a week and a half to recover.",
        [
            ("an hour and a half", D("1.5"), D("1.5"), D("1.5"), "exact", "hour", None),
            ("a week and a half", D("1.5"), D("1.5"), D("1.5"), "exact", "week", None),
        ],
        id="a-unit-and-a-half-before-more-words",
    ),
    pytest.param(  # the Trump verdict, May 2024
        "The jury deliberated for about 11 and a half hours.",
        [("about 11 and a half hours", D("11.5"), D("10.35"), D("12.65"), "approx", "hour", None)],
        id="digits-and-a-half",
    ),
    pytest.param(  # a phrasal verb's "over" bounds nothing
        "The US President announced America would hand over 31 of its mighty M1 Abrams.",
        [("31", D(31), D(31), D(31), "exact", None, None)],
        id="hand-over-is-exact",
    ),
    pytest.param(
        "Minnesota sentencing guidelines recommend 12-1/2 years for a defendant with no record.",
        [("12-1/2 years", D("12.5"), D("12.5"), D("12.5"), "exact", "year", None)],
        id="a-hyphenated-mixed-fraction",
    ),
    pytest.param(  # "over" after an arrest and its object, and a theft spread over years
        "Police arrested a man over 18 burglaries; he had stolen £240,000 from the charity over "
        "five years.",
        [
            ("18 burglaries", D(18), D(18), D(18), "exact", None, "burglaries"),
            ("£240,000", D(240000), D(240000), D(240000), "exact", "GBP", None),
            ("five years", D(5), D(5), D(5), "exact", "year", None),
        ],
        id="over-as-about-and-during",
    ),
    pytest.param(
        "Police arrested over 40 protesters after he was jailed for over five years.",
        [
            ("over 40 protesters", D(40), D(40), None, "more-than", None, "protesters"),
            ("over five years", D(5), D(5), None, "more-than", "year", None),
        ],
        id="over-as-more-than",
    ),
    pytest.param(  # ONS-style survey wording
        "One in five adults smokes, and one in four women experiences abuse.",
        [
            ("One in five adults", D("0.2"), D("0.2"), D("0.2"), "exact", None, "adults"),
            ("one in four women", D("0.25"), D("0.25"), D("0.25"), "exact", None, "women"),
        ],
        id="a-ratio-counts-the-noun-not-the-verb",
    ),
    pytest.param(  # a common police-report wording
        "A man in his 60s and a woman in her early 20s were taken to hospital.",
        [
            ("in his 60s", D(60), D(60), D(69), "range", "age", None),
            ("in her early 20s", D(20), D(20), D(23), "range", "age", None),
        ],
        id="an-age-to-the-decade",
    ),
    pytest.param(
        "Prices rose by a half, and half a dozen firms quit.",
        [
            ("a half", D("0.5"), D("0.5"), D("0.5"), "exact", None, None),
            ("half a dozen firms", D(6), D(6), D(6), "exact", None, "firms"),
        ],
        id="a-half-alone-is-a-half",
    ),
    pytest.param(
        "Tickets cost a pound and a half. He bought a pound and a half of beef.",
        [
            ("a pound and a half", D("1.5"), D("1.5"), D("1.5"), "exact", "GBP", None),
            ("a pound and a half", D("1.5"), D("1.5"), D("1.5"), "exact", "lb", None),
        ],
        id="a-pound-and-a-half-of-money-and-of-beef",
    ),
    pytest.param(
        "Between two and three people were hurt in the blast",
        [
            ("Between two and three people", D("2"), D("2"), D("3"), "range", None, "people"),
        ],
        id="word-range-is-no-sum",
    ),
    pytest.param(
        "Police arrested half a dozen protesters outside parliament",
        [
            ("half a dozen protesters", D("6"), D("6"), D("6"), "exact", None, "protesters"),
        ],
        id="half-a-dozen",
    ),
    pytest.param(
        "The florist sold 3 dozen roses before noon",
        [
            ("3 dozen roses", D("36"), D("36"), D("36"), "exact", None, "roses"),
        ],
        id="digits-dozen",
    ),
    pytest.param(
        "Nearly half million households lost power",
        [
            (
                "Nearly half million households",
                D("500000"),
                D("450000"),
                D("500000"),
                "approx",
                None,
                "households",
            ),
        ],
        id="half-million-without-a",
    ),
    pytest.param(
        "Officials expect growth of two point five percent next year",
        [
            ("two point five percent", D("2.5"), D("2.5"), D("2.5"), "exact", "percent", None),
        ],
        id="spoken-decimal",
    ),
    pytest.param(
        "A single fare now costs 3 dollars and 50 cents",
        [
            ("3 dollars and 50 cents", D("3.5"), D("3.5"), D("3.5"), "exact", "USD", None),
        ],
        id="dollars-and-cents",
    ),
    pytest.param(
        "A pint now costs four pounds and twenty pence in the capital",
        [
            ("four pounds and twenty pence", D("4.2"), D("4.2"), D("4.2"), "exact", "GBP", None),
        ],
        id="pounds-and-pence",
    ),
    pytest.param(
        "The suspect is described as 6 feet 2 inches tall",
        [
            (
                "6 feet 2 inches",
                D(37) / 6,
                D(37) / 6,
                D(37) / 6,
                "exact",
                "foot",
                None,
            ),
        ],
        id="feet-and-inches",
    ),
    pytest.param(
        "The baby girl weighed 7 pounds 4 ounces at birth",
        [("7 pounds 4 ounces", D("7.25"), D("7.25"), D("7.25"), "exact", "lb", None)],
        id="pounds-and-ounces",
    ),
    pytest.param(
        "Shares of the carmaker closed 34 cents lower",
        [
            ("34 cents", D("34"), D("34"), D("34"), "exact", "cent", None),
        ],
        id="cents-alone",
    ),
    pytest.param(
        "Turnout fell to three quarters of the usual level",
        [
            ("three quarters", D("0.75"), D("0.75"), D("0.75"), "exact", None, None),
        ],
        id="three-quarters-of",
    ),
    pytest.param("The hotline is open 24/7", [], id="24-7-is-no-fraction"),
    # Not quantities.
    pytest.param(
        "with the American leader proposing a bilateral summit meeting “in a third country,”",
        [],
        id="third-country-is-ordinal",
    ),
    pytest.param(
        "the new US President Joe Biden stated in a TV interview he believed",
        [],
        id="a-TV-is-no-number",
    ),
    pytest.param("The vote is at 2.15pm on Friday", [], id="time-pm"),
    pytest.param("the talks resume at 14:30 local time", [], id="time-24h"),
    pytest.param("Section 230 shields platforms from liability", [], id="section-number"),
    pytest.param(
        "the 22nd Amendment limits presidents to two terms",
        [("two terms", D(2), D(2), D(2), "exact", None, "terms")],
        id="ordinal-22nd",
    ),
    pytest.param(
        "It was the first time the two leaders had spoken",
        [("two leaders", D(2), D(2), D(2), "exact", None, "leaders")],
        id="ordinal-word",
    ),
    pytest.param("one of the most serious escalations", [], id="one-of-the"),
    pytest.param("F-16 jets flew over the Baltic", [], id="model-number"),
    pytest.param("Call 555-1234 for details", [], id="phone-number"),
    pytest.param("He lives at 10 Downing Street", [], id="address"),
    pytest.param(
        "Dozens of homes were destroyed by the flood",
        [],
        id="dozens-is-no-number",
    ),
    pytest.param(
        "At one point two men climbed onto the roof",
        [
            ("two men", D("2"), D("2"), D("2"), "exact", None, "men"),
        ],
        id="at-one-point-is-no-decimal",
    ),
    pytest.param(
        "The economy contracted for two quarters.",
        [],
        id="business-quarters",
    ),
    pytest.param(
        "The two millionth visitor was greeted with flowers",
        [],
        id="ordinal-millionth",
    ),
    pytest.param(
        "Nineteen ninety-five was a turning point",
        [],
        id="spoken-year-is-no-sum",
    ),
    pytest.param(
        "The attack came from 203.0.113.7, investigators said",
        [],
        id="ip-address",
    ),
]


# Scores and tallies are no quantities; ranges written alike are.
SCORE_ROWS = [
    pytest.param("Italy won 3-1 in Rome on Saturday", [], id="score-after-won"),
    pytest.param(
        "Manchester City beat Real Madrid 4-0 at the Etihad", [], id="score-after-beat-and-names"
    ),
    pytest.param("It was their first 3-1 win of the season", [], id="score-before-win"),
    pytest.param("Wales lost 1-3 to Belgium", [], id="smaller-first-after-lost"),
    pytest.param("The Lakers lost 102-99 to Boston", [], id="three-digit-score"),
    pytest.param("Scotland drew 1-1 with England", [], id="draw"),
    pytest.param("Nadal won 6-3, 6-4, 7-6 in Paris", [], id="tennis-sets"),
    pytest.param("Swiatek won 4-6, 6-3, 7-6 (7-4)", [], id="tennis-sets-lost-first"),
    pytest.param(
        "The Supreme Court ruled 6-3 on Friday",
        [("6", D(6), D(6), D(6), "exact", None, None)],
        id="ruling-keeps-its-majority",
    ),
    pytest.param(
        "The Senate voted 52–48 to confirm her",
        [("52", D(52), D(52), D(52), "exact", None, None)],
        id="vote-keeps-its-majority-with-a-dash",
    ),
    pytest.param(
        "Those aged 18-24 were the most likely to vote",
        [("18-24", D(18), D(18), D(24), "range", "age", None)],
        id="age-range",
    ),
    pytest.param(
        "Prices rose 10-15% last year",
        [("10-15%", D(10), D(10), D(15), "range", "percent", None)],
        id="dashed-range-after-rose-is-a-range",
    ),
    pytest.param(
        "Russia has massed 10,000-15,000 troops near the border",
        [("10,000-15,000 troops", D(10000), D(10000), D(15000), "range", None, "troops")],
        id="range-of-troops",
    ),
    pytest.param(
        "Forecasters expect temperatures of 30-35C this week",
        [("30-35C", D(30), D(30), D(35), "range", "celsius", None)],
        id="range-of-degrees",
    ),
    pytest.param(
        "Flats with 1-2, 3-4 bedrooms are scarce",
        [
            ("1-2", D(1), D(1), D(2), "range", None, None),
            ("3-4 bedrooms", D(3), D(3), D(4), "range", None, "bedrooms"),
        ],
        id="a-list-of-ranges-is-no-tennis",
    ),
    pytest.param(
        "The party won 20-30 seats in the north",
        [("20-30 seats", D(20), D(20), D(30), "range", None, "seats")],
        id="range-after-won-before-a-noun",
    ),
]

# Bounds news writes around durations and figures.
BOUND_ROWS = [
    pytest.param(
        "Russia has massed 80,000 plus troops on the border",
        [("80,000 plus troops", D(80000), D(80000), INF, "at-least", None, "troops")],
        id="plus-before-a-noun",
    ),
    pytest.param(
        "A ticket costs $100 plus tax",
        [("$100", D(100), D(100), D(100), "exact", "USD", None)],
        id="plus-after-money-is-a-sum",
    ),
    pytest.param(
        "Yields hit a 14-plus-year high as shifts ran to 10+ hours",
        [
            ("14-plus-year", D(14), D(14), INF, "at-least", "year", None),
            ("10+ hours", D(10), D(10), INF, "at-least", "hour", None),
        ],
        id="a-unit-after-a-plus-bound",
    ),
    pytest.param(
        "The cost will be spread over five years",
        [("five years", D(5), D(5), D(5), "exact", "year", None)],
        id="spread-over-a-period",
    ),
    pytest.param(
        "The government will invest $1bn over five years",
        [
            ("$1bn", D(10**9), D(10**9), D(10**9), "exact", "USD", None),
            ("five years", D(5), D(5), D(5), "exact", "year", None),
        ],
        id="a-figure-over-a-period",
    ),
    pytest.param(
        "He has lived in the village for over five years",
        [("over five years", D(5), D(5), INF, "more-than", "year", None)],
        id="for-over-is-more-than",
    ),
    pytest.param(
        "Prices rose 5% in over two years",
        [
            ("5%", D(5), D(5), D(5), "exact", "percent", None),
            ("over two years", D(2), D(2), INF, "more-than", "year", None),
        ],
        id="in-over-is-more-than",
    ),
    pytest.param(
        "The mine closed over five years ago",
        [("over five years", D(5), D(5), INF, "more-than", "year", None)],
        id="over-ago-is-more-than",
    ),
    pytest.param(
        "Top traders earn north of $1m a year",
        [("north of $1m", D(10**6), D(10**6), INF, "more-than", "USD", None)],
        id="north-of",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS + SCORE_ROWS + BOUND_ROWS)
def test_quantity_examples(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [
        (q.text, q.value, q.low, q.high, q.qualifier.value, q.unit, q.noun)
        for q in extract_quantities(sentence)
    ]
    assert got == expected


def test_spans_point_at_the_text() -> None:
    text = "Kiev accused Moscow of deploying more than 80,000 troops on the border."
    (q,) = extract_quantities(text)
    assert text[q.start : q.end] == q.text
    assert text[q.number_start : q.number_end] == "80,000"


def test_excluded_spans_are_skipped() -> None:
    text = "Russia annexed Crimea in 2014 and 2,000 troops stayed"
    year = text.index("2014")
    got = [q.text for q in extract_quantities(text, exclude=[(year, year + 4)])]
    assert got == ["2,000 troops"]


@pytest.mark.parametrize(
    ("phrase", "value", "qualifier"),
    [
        ("about 14,000", D(14000), Qualifier.APPROX),
        ("more than 80,000", D(80000), Qualifier.MORE_THAN),
        ("29", D(29), Qualifier.EXACT),
        ("two", D(2), Qualifier.EXACT),
    ],
)
def test_parse_amount(phrase: str, value: Decimal, qualifier: Qualifier) -> None:
    q = parse_amount(phrase)
    assert q is not None
    assert (q.value, q.qualifier) == (value, qualifier)


def test_parse_amount_refuses_words() -> None:
    assert parse_amount("lots") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("14 thousand", D(14000)),
        ("twenty-two", D(22)),
        ("two hundred and fifty thousand", D(250000)),
        ("80k", D(80000)),
        ("one and a half million", D(1500000)),
        ("a dozen and a half", D(18)),
        ("two-thirds", D(2) / 3),
        ("a thousandth", D("0.001")),
        ("two and thirty-five hundredths", D("2.35")),
        ("ninety and three quarters", D("90.75")),
        ("one hundred and sixty-two fifths", D("32.4")),
        ("four million and a half", D(4500000)),
        ("two hundred and one dozen", D(212)),
        ("three point one four", D("3.14")),
        ("three lakh crore", D(3 * 10**12)),
    ],
)
def test_number_values(text: str, value: Decimal) -> None:
    assert number_value(text) == value


@given(st.text(max_size=300))
def test_no_text_crashes_and_spans_are_exact(text: str) -> None:
    for q in extract_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.start <= q.number_start < q.number_end <= q.end


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "A 7.5 magnitude aftershock followed hours later",
            [("7.5", None)],
            id="verb-ends-phrase",
        ),
        pytest.param(
            "It said 40 newly trained soldiers had arrived",
            [("40 newly trained soldiers", "soldiers")],
            id="participle-modifier",
        ),
        pytest.param(
            "Shelling left 3 wounded civilians in Avdiivka",
            [("3 wounded civilians", "civilians")],
            id="last-plural-is-head",
        ),
        pytest.param("The quake struck at 4:17 a.m. local time (0117 GMT)", [], id="gmt-time"),
        pytest.param(
            "Russia has 40,000 Russian mechanised troops there",
            [("40,000 Russian mechanised troops", "troops")],
            id="participle-after-a-demonym",
        ),
        pytest.param(
            "The Bank raised interest rates from 5% to 5.25%",
            [("5%", None), ("5.25%", None)],
            id="a-transition-is-two-figures",
        ),
        pytest.param(
            "The prime minister secured the support of 211 Conservative MPs",
            [("211 Conservative MPs", "mps")],
            id="an-acronym-plural-after-a-name",
        ),
    ],
)
def test_counted_noun(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.noun) for q in extract_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "the Fed, which raised its rate to a range of 5.25% to 5.5% last week",
            [("5.25% to 5.5%", D("5.25"), D("5.5"), "range")],
            id="unit-written-twice",
        ),
        pytest.param(
            "a target range of 5.25%-5.5%",
            [("5.25%-5.5%", D("5.25"), D("5.5"), "range")],
            id="hyphen-is-no-minus-sign",
        ),
        pytest.param(
            "debt fell to between 60% and 65% of GDP",
            [("between 60% and 65%", D(60), D(65), "range")],
            id="between-with-units",
        ),
    ],
)
def test_ranges_with_units(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(q.text, q.low, q.high, q.qualifier.value) for q in extract_quantities(sentence)]
    assert got == expected
