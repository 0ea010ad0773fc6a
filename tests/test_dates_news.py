"""Dates the way news also writes them: counted from the dateline or from another date ("three days
after Christmas"), weekdays with a modifier ("next Friday", "the following Friday"), days and years
in words, compact and file-name forms, holidays, and the look-alikes that are no dates at all.

Rows quote the page named in the comment with that page's dateline as anchor, or are written for
these tests in news style ("constructed"). Each row states every date claim of its sentence as
(text, ISO value, weekday): what is not listed must not be found.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract import datepatterns as pat
from consistency.extract.dates import _candidates, extract_dates
from consistency.model import DateClaim

MON, TUE, WED, THU, FRI, SAT, SUN = (dt.date(2021, 4, 12) + dt.timedelta(days=n) for n in range(7))

Row = tuple[str, str | None] | tuple[str, str | None, str]


def seen(claim: DateClaim) -> Row:
    value = claim.value.iso() if claim.value else None
    return (claim.text, value, claim.weekday) if claim.weekday else (claim.text, value)


def example(
    name: str, sentence: str, anchor: dt.date | None, *expected: Row, gap: str | None = None
) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(sentence, anchor, list(expected), id=name, marks=marks)


OFFSETS = [
    example(
        "in-weeks-future-constructed",
        "NATO defence ministers will meet in two weeks to review the deployment.",
        TUE,
        ("in two weeks", "2021-04-27"),
    ),
    example(
        "in-years-after-a-record-is-a-span-constructed",
        "Consumer prices will rise at the fastest pace in 40 years, the central bank warned.",
        TUE,
    ),
    example(
        "in-days-past-is-a-span-constructed",
        "The army advanced 20 km in three days before the offensive stalled.",
        TUE,
    ),
    example(
        "days-after-holiday-constructed",
        "The ceasefire collapsed two days after Christmas, officials said.",
        dt.date(2021, 1, 4),
        ("two days after Christmas", "2020-12-27"),
    ),
    example(
        "weeks-before-dated-day-constructed",
        "The tanker ran aground two weeks before March 3, 1999.",
        None,
        ("two weeks before March 3, 1999", "1999-02-17"),
    ),
    example(
        "weeks-from-tomorrow-constructed",
        "The ministry said the new rules would apply four weeks from tomorrow.",
        TUE,
        ("four weeks from tomorrow", "2021-05-12"),
    ),
    example(
        "days-from-weekday-constructed",
        "The talks will resume ten days from Monday.",
        TUE,
        ("ten days from Monday", "2021-04-29"),
    ),
    example(
        "weeks-and-days-ago-constructed",
        "The shelter was hit two weeks and three days ago, residents said.",
        TUE,
        ("two weeks and three days ago", "2021-03-27"),
    ),
    example(
        "months-ago-to-the-day-constructed",
        "The typhoon struck the coast two months ago, and a second one a month ago.",
        TUE,
        ("two months ago", "2021-02-13"),
        ("a month ago", "2021-03-13"),
    ),
    example(
        "weekday-in-the-week-of-the-count-constructed",
        "The minister said she would visit Kyiv on Thursday three weeks from now.",
        TUE,
        ("Thursday three weeks from now", "2021-05-06", "Thursday"),
    ),
    example(
        "count-then-on-weekday-constructed",
        "Schools will reopen three weeks after Easter on Wednesday.",
        dt.date(2021, 3, 1),
        ("three weeks after Easter on Wednesday", "2021-04-21", "Wednesday"),
    ),
    example(
        "fortnight-constructed",
        "The inquiry will report in a fortnight.",
        TUE,
        ("in a fortnight", "2021-04-27"),
    ),
    example(  # "for three days from Monday" is how long, and from when
        "span-from-weekday-constructed",
        "The strike will run for three days from Monday.",
        TUE,
        ("Monday", "2021-04-19", "Monday"),
    ),
    example(
        "span-from-year-constructed",
        "He served ten years from 2010 and was released after the 2020 amnesty.",
        TUE,
        ("2010", "2010"),
        ("2020", "2020"),
    ),
    example(
        "span-over-the-past-months-constructed",
        "Prices have risen over the past three months and two days ago hit a record.",
        TUE,
        ("two days ago", "2021-04-11"),
    ),
    example(
        "count-from-no-date-constructed",
        "Three days after the vote, the results are still not known.",
        TUE,
    ),
]

WEEKDAYS = [
    example(  # the weekday keeps a day the past tense would move to last year in its own year
        "a-weekday-keeps-a-day-in-the-datelines-year-constructed",
        "The government declared Tuesday, December 20, a national holiday.",
        dt.date(2022, 12, 19),
        ("Tuesday, December 20", "2022-12-20", "Tuesday"),
    ),
    example(  # without a weekday, the past tense of "declared" dates it last year
        "a-past-day-after-the-dateline-is-last-years-constructed",
        "The government declared December 20 a national holiday.",
        dt.date(2022, 12, 19),
        ("December 20", "2021-12-20"),
    ),
    example(  # AP style names the days of this week bare, so "next" points into next week
        "next-weekday-later-this-week-constructed",
        "The committee will publish its report next Friday.",
        MON,
        ("next Friday", "2021-04-23", "Friday"),
    ),
    example(  # news reading: the latest Wednesday before the dateline
        "last-weekday-is-the-latest-constructed",
        "Police arrested the suspect last Wednesday.",
        THU,
        ("last Wednesday", "2021-04-14", "Wednesday"),
    ),
    example(
        "this-past-weekday-constructed",
        "The museum reopened this past Sunday after a year of repairs.",
        TUE,
        ("this past Sunday", "2021-04-11", "Sunday"),
    ),
    example(
        "previous-weekday-is-last-weeks-constructed",
        "The strike began on previous Monday, the union said.",
        THU,
        ("previous Monday", "2021-04-05", "Monday"),
    ),
    example(  # a week from a day the story tells, not from the dateline: no value
        "the-following-weekday-counts-from-the-story-constructed",
        "She was detained on March 3 and charged the following Friday.",
        TUE,
        ("March 3", "2021-03-03"),
        ("following Friday", None, "Friday"),
    ),
    example(
        "coming-weekday-constructed",
        "Shops reopen coming Thursday, the mayor said.",
        THU,
        ("coming Thursday", "2021-04-22", "Thursday"),
    ),
    example(
        "weekday-of-last-week-lowercase-constructed",
        "talks ended tuesday of last week, the envoys said",
        THU,
        ("tuesday of last week", "2021-04-06", "Tuesday"),
    ),
    example(
        "next-week-abbreviated-weekday-constructed",
        "Talks resume next week Thu, officials said.",
        TUE,
        ("next week Thu", "2021-04-22", "Thursday"),
    ),
    example(  # listings abbreviate; "Sat" and "Sun" alone stay words
        "abbreviated-weekday-in-a-list-constructed",
        "Polling stations opened Monday, Tue and Wed, but the Sun and Sat editions ignored it.",
        SUN,
        ("Monday", "2021-04-12", "Monday"),
        ("Tue", "2021-04-13", "Tuesday"),
        ("Wed", "2021-04-14", "Wednesday"),
    ),
    example(
        "abbreviated-weekday-ordinal-constructed",
        "Polls open Mon 19th at 7am.",
        TUE,
        ("Mon 19th", "2021-04-19", "Monday"),
    ),
    example(
        "weekday-the-ordinal-constructed",
        "The result will be announced on Friday the sixteenth.",
        TUE,
        ("Friday the sixteenth", "2021-04-16", "Friday"),
    ),
    example(
        "weekday-bare-day-at-clause-end-constructed",
        "The vote was held on Sunday 28, a week after the first round.",
        TUE,
        ("Sunday 28", "2021-03-28", "Sunday"),
    ),
    example(  # a count after the weekday, not its day
        "weekday-before-a-count-constructed",
        "On Friday 31 people were killed in the blast.",
        TUE,
        ("Friday", "2021-04-09", "Friday"),
    ),
    example(  # "6.7" read as June 7 against the dotted day-first habit: that is the Friday
        "weekday-numeric-date-read-by-the-weekday-constructed",
        "The ministers will meet this Friday 6.7 in Luxembourg.",
        dt.date(2019, 5, 20),
        ("this Friday 6.7", "2019-06-07", "Friday"),
    ),
    example(
        "weekday-then-decimal-count-constructed",
        "On Saturday 2.5 million people voted.",
        TUE,
        ("Saturday", "2021-04-10", "Saturday"),
    ),
    example(  # a score after the teams, the day after the score
        "score-is-no-date-constructed",
        "Chelsea beat Arsenal 3-1 on Saturday and lost 2-0 on Wednesday.",
        TUE,
        ("Saturday", "2021-04-10", "Saturday"),
        ("Wednesday", "2021-04-07", "Wednesday"),
    ),
    example(
        "lowercase-weekday-constructed",
        "the council met on monday",
        TUE,
        ("monday", "2021-04-12", "Monday"),
    ),
    example(
        "a-present-tense-schedules-constructed",
        "The Fed meets on Wednesday, and parliament votes on the bill on Thursday.",
        TUE,
        ("Wednesday", "2021-04-14", "Wednesday"),
        ("Thursday", "2021-04-15", "Thursday"),
    ),
    example(
        "a-progressive-schedules-constructed",
        "Biden is travelling to Poland on Friday.",
        TUE,
        ("Friday", "2021-04-16", "Friday"),
    ),
    example(
        "a-title-case-headline-present-tells-the-past-constructed",
        "Biden Meets Putin On Monday",
        TUE,
        ("Monday", "2021-04-12", "Monday"),
    ),
]

WRITTEN = [
    example(
        "month-slash-day-constructed",
        "Filing opens Oct/4 and closes Nov/15.",
        dt.date(2021, 9, 1),
        ("Oct/4", "2021-10-04"),
        ("Nov/15", "2021-11-15"),
    ),
    example(  # 22 can't be a month, so the order is day first
        "numeric-day-month-after-cue-constructed",
        "The ban was lifted on 23/05, officials said.",
        dt.date(2021, 6, 1),
        ("23/05", "2021-05-23"),
    ),
    example(
        "numeric-month-day-list-constructed",
        "Hearings are set for 3/14, 3/16 or 3/18.",
        dt.date(2021, 3, 2),
        ("3/14", "2021-03-14"),
        ("3/16", "2021-03-16"),
        ("3/18", "2021-03-18"),
    ),
    example(  # a slip before the event it dates, and a count of votes
        "impossible-day-before-its-event-constructed",
        "The June 31 deadline passed, and in June 31 votes were cast.",
        TUE,
        ("June 31", None),
    ),
    example(  # a month, then a count: no day the month lacks
        "month-then-a-count-constructed",
        "By June 31 people had died, in September 31% of voters backed him and in April 31 "
        "lawmakers voted against the bill.",
        TUE,
    ),
    example(  # a month, then a count glued to its digits (a final review's stories)
        "month-then-a-glued-count-constructed",
        "In February 29,000 jobs were added, in April 31-year-old Wilson returned and in "
        "November 31,000 officers were on duty.",
        TUE,
    ),
    example(  # a ratio, the attacks of 2001, and "always" are no month and day
        "numeric-look-alikes-constructed",
        "About 11/20 of those polled since 9/11 want the helpline open 24/7.",
        TUE,
    ),
    example(  # the nearest leap year, backwards in a past clause
        "leap-day-without-year-constructed",
        "The contract was signed on Feb. 29.",
        dt.date(2019, 3, 22),
        ("Feb. 29", "2016-02-29"),
    ),
    example(
        # A day the month lacks in words is a slip the calendar check reports; in digits it
        # may be no date at all.
        "impossible-day-is-a-date-without-value-constructed",
        "The memo was dated Feb 31 and 2/29/2021.",
        TUE,
        ("Feb 31", None),
    ),
    example(
        "token-orders-constructed",
        "Archive copies: Oct-14-2019, 2019/14/Oct and 14-2019-October.",
        None,
        ("Oct-14-2019", "2019-10-14"),
        ("2019/14/Oct", "2019-10-14"),
        ("14-2019-October", "2019-10-14"),
    ),
    example(
        "eight-digits-and-file-names-constructed",
        "The leak (20180611) matched budget_draft-2003-04-17.xlsx and memo-20191105.pdf.",
        None,
        ("20180611", "2018-06-11"),
        ("2003-04-17", "2003-04-17"),
        ("20191105", "2019-11-05"),
    ),
    example(
        "year-month-day-with-spaces-constructed",
        "The files, dated 2018 03 27, were leaked. In 2018 10 people died.",
        None,
        ("2018 03 27", "2018-03-27"),
        ("2018", "2018"),
    ),
    example(
        "year-after-of-and-in-constructed",
        "She was born on 5 July in 1990 and he on 9 November of 85.",
        dt.date(2021, 1, 1),
        ("5 July in 1990", "1990-07-05"),
        ("9 November of 85", "1985-11-09"),
    ),
    example(
        "ordinal-of-month-of-year-constructed",
        "The fort fell on the fourth of July, 1863, and the town on July 4th of 1864.",
        None,
        ("fourth of July, 1863", "1863-07-04"),
        ("July 4th of 1864", "1864-07-04"),
    ),
    example(
        "day-in-words-after-month-constructed",
        "The treaty will take effect on January first and the vote on April twenty third.",
        dt.date(2021, 12, 1),
        ("January first", "2022-01-01"),
        ("April twenty third", "2022-04-23"),
    ),
    example(  # a count after a month is no day
        "count-after-month-constructed",
        "In March two people died, and in May one of the suspects fled.",
        TUE,
        ("March", "2021-03"),
        ("May", "2021-05"),
    ),
    example(
        "ordinal-day-of-month-constructed",
        "The census ends on the eleventh day of September and restarts on the 20th day of next "
        "month.",
        dt.date(2021, 9, 1),
        ("eleventh day of September", "2021-09-11"),
        ("20th day of next month", "2021-10-20"),
    ),
    example(  # an ordinal after the comma is a day; a count is not, and the month is unsure
        "month-comma-ordinal-constructed",
        "The deadline is November, 2nd. In October, 12 people were hurt.",
        dt.date(2021, 9, 1),
        ("November, 2nd", "2021-11-02"),
    ),
    example(
        "first-day-of-a-list-constructed",
        "Storms hit on 21 and 22 June. Between 18 and 19 people were hurt in July.",
        dt.date(2021, 7, 30),
        ("21", "2021-06-21"),
        ("22 June", "2021-06-22"),
        ("July", "2021-07"),
    ),
    example(
        "years-in-words-constructed",
        "The ship sailed on 9 May seventeen hundred forty one and sank on January twenty seven "
        "nineteen seventy nine.",
        None,
        ("9 May seventeen hundred forty one", "1741-05-09"),
        ("January twenty seven nineteen seventy nine", "1979-01-27"),
    ),
    example(  # "two thousand" counts the marchers
        "count-in-words-after-a-date-constructed",
        "On June 5 two thousand people marched.",
        TUE,
        ("June 5", "2021-06-05"),
    ),
    example(
        "attached-abbreviation-constructed",
        "The fund sold its stake on Jun30 , 1996.",
        None,
        ("Jun30 , 1996", "1996-06-30"),
    ),
    example(  # the "12" belongs to the price
        "price-before-a-date-constructed",
        "The shares were bought for $ 15 November 28.",
        dt.date(2021, 12, 30),
        ("November 28", "2021-11-28"),
    ),
    example(
        "lowercase-month-abbreviation-constructed",
        "polls close 21 nov 2024",
        None,
        ("21 nov 2024", "2024-11-21"),
    ),
]

HOLIDAYS = [
    example(
        "holiday-lowercase-with-year-constructed",
        "Retailers still talk about black friday 2012 and easter 2016.",
        None,
        ("black friday 2012", "2012-11-23"),
        ("easter 2016", "2016-03-27"),
    ),
    example(
        "holiday-thing-constructed",
        "Black Friday sales were weak, and St Patrick brought Christianity to Ireland.",
        TUE,
    ),
    example(  # after the signing of 17 June 2021
        "day-name-without-cue-constructed",
        "Juneteenth, which commemorates the end of slavery, is now a federal holiday.",
        dt.date(2021, 6, 17),
        ("Juneteenth", "2021-06-19"),
    ),
    example(
        "workers-day-constructed",
        "Unions marched on International Workers’ Day in Paris.",
        dt.date(2021, 5, 3),
        ("International Workers’ Day", "2021-05-01"),
    ),
    example(
        "last-and-next-holiday-constructed",
        "Churches were closed last Easter and will reopen by next Easter.",
        dt.date(2021, 2, 12),
        ("last Easter", "2020-04-12"),
        ("next Easter", "2021-04-04"),
    ),
    example(
        "new-year-after-cue-constructed",
        "Prices will rise three days before New Year, while the new year brings tax cuts.",
        dt.date(2021, 11, 7),
        ("three days before New Year", "2021-12-29"),
    ),
    example(  # a lunar feast, looked up by year
        "eid-al-fitr-constructed",
        "Markets were closed on Eid al-Fitr last year.",
        dt.date(2023, 6, 1),
        ("Eid al-Fitr last year", "2022-05-02"),
    ),
    example(
        "christmas-eve-lowercase-constructed",
        "the shops shut early on christmas eve",
        dt.date(2021, 12, 1),
        ("christmas eve", "2021-12-24"),
    ),
]

PRECISION = [
    example(
        "amendment-ordinal-constructed",
        "Trump cannot seek a third term under the 22nd Amendment, ratified in 1951.",
        TUE,
        ("1951", "1951"),
    ),
    example(
        "first-time-in-years-constructed",
        "It was the first time in two years that the index fell.",
        TUE,
    ),
    example(
        "clock-and-count-constructed",
        "The meeting starts at 2.15pm, and 2,021 people have registered.",
        TUE,
    ),
    example(  # after the announcement of 18 April 2017
        "may-the-name-and-the-month-constructed",
        "Theresa May called for an early election on June 8, saying it may end division in "
        "Westminster.",
        dt.date(2017, 4, 18),
        ("June 8", "2017-06-08"),
    ),
    example(
        "a-month-after-the-dateline-in-the-past-tense-constructed",
        "Sales fell in June, and the factory closed on July 3.",
        dt.date(2024, 5, 14),
        ("June", "2023-06"),
        ("July 3", "2023-07-03"),
    ),
    example(
        "future-across-a-clock-time-and-set-for-constructed",
        "A hosepipe ban will begin at 00:01 on Friday, and the ceremony is set for Sunday.",
        dt.date(2024, 5, 14),
        ("Friday", "2024-05-17", "Friday"),
        ("Sunday", "2024-05-19", "Sunday"),
    ),
    example(
        "a-month-after-the-dateline-in-the-present-constructed",
        "The festival takes place in June, and the meeting is scheduled for July 3.",
        dt.date(2024, 5, 14),
        ("June", "2024-06"),
        ("July 3", "2024-07-03"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"), OFFSETS + WEEKDAYS + WRITTEN + HOLIDAYS + PRECISION
)
def test_example(sentence: str, anchor: dt.date | None, expected: list[Row]) -> None:
    claims = extract_dates(sentence, anchor)
    assert [seen(c) for c in claims] == expected
    assert all(sentence[c.start : c.end] == c.text for c in claims)


@pytest.mark.parametrize(
    ("sentence", "slack"),
    [
        pytest.param("The plant closed three days ago.", 0, id="days-exact"),
        pytest.param("The plant closed three weeks ago.", 3, id="weeks"),
        pytest.param("The plant closed three months ago.", 15, id="months"),
        pytest.param("The plant closed three years ago.", 366, id="years"),
        pytest.param("The plant closed two months and a day ago.", 0, id="finest-unit"),
    ],
)
def test_a_counted_offset_leaves_its_unit_open(sentence: str, slack: int) -> None:
    # "Three months ago" is the day three months back give or take a fortnight: the checks
    # compare it with that slack, while its value stays the day the count gives.
    (claim,) = extract_dates(sentence, TUE)
    assert claim.slack == slack


# Text made of the pieces these dates are made of, so that the property test reaches their handlers.
_PIECES = st.sampled_from(
    [
        "two ", "weeks", "days", "a ", "fortnight", " ago", " after ", " before ", " from ", "in ",
        "’s time", "Christmas", "easter", "Eid al-Fitr", "New Year", "next ", "following ",
        "previous ", "the ", "Friday", "Mon", "13th", "31", "/", "7.6", "Feb 29", " nineteen eighty six",
        "2016 10 16", "20161016", "Oct/2", "Sep-23-2020", " of ", "87", " and ", " on ", "June",
        "first", "twenty five", "tomorrow", "now", "(", ")", ", ", " ", "\n", "9999", "0001", "1800",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES | st.text(max_size=3)).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_TEXTS, anchor=st.none() | st.dates(), day_first=st.booleans())
def test_no_text_crashes_and_spans_are_exact(
    text: str, anchor: dt.date | None, day_first: bool
) -> None:
    claims = extract_dates(text, anchor, day_first=day_first)
    assert all(text[c.start : c.end] == c.text for c in claims)
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
def test_the_candidate_scan_finds_what_the_full_search_finds(text: str) -> None:
    """`extract_dates` tries the date pattern only after a non-word character; it must try
    every position where `DATE.finditer` (the search it replaced for speed) finds a date."""
    tried = set(_candidates(text, 0))
    assert all(m.start() in tried for m in pat.DATE.finditer(text))
