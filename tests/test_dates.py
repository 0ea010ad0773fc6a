"""The spec of `extract_dates`: real sentences from news and what each must yield.

Every sentence is quoted as published: from the seed articles (the Biden–Putin call of Tuesday,
April 13, 2021) or from the news page named in the comment, with that page's dateline as anchor.
Known gaps are strict xfails, so fixing one turns the suite red until the row is promoted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.articles import parse_article, read_article
from consistency.extract import datepatterns, dates
from consistency.extract.dates import extract_dates
from consistency.model import DateClaim

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CALL = dt.date(2021, 4, 13)  # a Tuesday: the dateline of every seed


class Found(NamedTuple):
    """A claim as the table states it: dates as ISO strings."""

    text: str
    value: str | None
    weekday: str | None = None
    until: str | None = None
    noun: str | None = None
    relative: bool = False


def found(claim: DateClaim) -> Found:
    value, until = claim.value, claim.until
    return Found(
        claim.text,
        value.iso() if value else None,
        claim.weekday,
        until.iso() if until else None,
        claim.noun,
        claim.relative,
    )


def rel(text: str, value: str | None, **kw: str) -> Found:
    """A claim whose year (or day) came from the dateline."""
    return Found(text, value, relative=True, **kw)


def example(
    name: str,
    sentence: str,
    anchor: dt.date | None,
    *expected: Found,
    day_first: bool = False,
    gap: str | None = None,
) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(sentence, anchor, day_first, list(expected), id=name, marks=marks)


EXAMPLES = [
    # --- weekday with a date ------------------------------------------------------------------
    example(
        "weekday-date-seed001",
        "Biden came up with this proposal during a telephone conversation with Putin on Tuesday, "
        "April 13, the White House said.",
        CALL,
        rel("Tuesday, April 13", "2021-04-13", weekday="Tuesday"),
    ),
    example(  # english.pravda.ru: the wrong weekday is reported as written; the checks judge it
        "weekday-date-mismatch-pravda",
        "US President Joseph Biden held a telephone conversation with his Russian counterpart "
        "Vladimir Putin on Tuesday, April 12.",
        CALL,
        rel("Tuesday, April 12", "2021-04-12", weekday="Tuesday"),
    ),
    example(  # The Guardian byline, quoted by librabunda.blogspot.com
        "weekday-date-year-guardian",
        "Heather Stewart, Political editor | Tuesday, March 12, 2019",
        None,
        Found("Tuesday, March 12, 2019", "2019-03-12", "Tuesday"),
    ),
    example(  # McGill MJPS, 5 March 2020
        "weekday-date-ordinal-mjps",
        "On Tuesday, March 3rd, 14 states and one US territory voted in their respective "
        "Democratic primaries, and in caucuses for American Samoa.",
        dt.date(2020, 3, 5),
        rel("Tuesday, March 3rd", "2020-03-03", weekday="Tuesday"),
    ),
    example(  # BBC via Londra Gazete, 2 April 2019
        "weekday-parenthesised-date-bbc",
        "In the latest round of indicative votes on Monday (1 April), MPs voted on four "
        "alternatives to the PM’s withdrawal deal, but none gained a majority.",
        dt.date(2019, 4, 2),
        rel("Monday (1 April)", "2019-04-01", weekday="Monday"),
    ),
    example(  # Explica, 16 June 2021
        "this-weekday-date-explica",
        "The president of the United States, Joe Biden, and his counterpart, Vladimir Putin, "
        "greeted each other with a handshake this Wednesday, June 16, just before starting the "
        "first and long-awaited summit between the two in Geneva.",
        dt.date(2021, 6, 16),
        rel("this Wednesday, June 16", "2021-06-16", weekday="Wednesday"),
    ),
    # --- a weekday alone ---------------------------------------------------------------------
    example(
        "weekday-past-seed002",
        "On Tuesday, US President Joe Biden urged Russian President Vladimir Putin to ease "
        "tensions sparked by Russia’s military buildup along Ukraine’s border, and he suggested a "
        "summit of the two estranged leaders to address a slew of issues.",
        CALL,
        rel("Tuesday", "2021-04-13", weekday="Tuesday"),
    ),
    example(
        "weekday-future-would-seed002",
        "Separately, two diplomats said Stoltenberg would host a video conference on Wednesday "
        "with allied military and foreign ministers.",
        CALL,
        rel("Wednesday", "2021-04-14", weekday="Wednesday"),
    ),
    example(
        "weekday-no-anchor-seed002",
        "Separately, two diplomats said Stoltenberg would host a video conference on Wednesday "
        "with allied military and foreign ministers.",
        None,
        rel("Wednesday", None, weekday="Wednesday"),
    ),
    example(  # the "would" belongs to the forecast, not to Monday
        "weekday-past-later-would-seed000",
        "On Monday, a Russian analyst forecast that the United States would not intervene "
        "militarily in a flare-up of the Donbass War in Ukraine but would likely stage "
        "“provocations” against Russia’s ownership of the Crimean Peninsula.",
        CALL,
        rel("Monday", "2021-04-12", weekday="Monday"),
    ),
    example(
        "weekday-said-on-that-would-seed004",
        "Russia’s deputy foreign minister said on Tuesday that the ambassador, Anatoly Antonov, "
        "would only return when Moscow had “figured out what line the [Biden] administration was "
        "going to pursue towards Russia”.",
        CALL,
        rel("Tuesday", "2021-04-13", weekday="Tuesday"),
    ),
    example(
        "earlier-on-weekday-seed004",
        "Russia’s defence minister, Sergei Shoigu, earlier on Tuesday accused the US of moving "
        "troops to eastern Europe and the Black Sea regions bordering Russia, as well as "
        "“building up maritime and land forces in the Arctic”.",
        CALL,
        rel("Tuesday", "2021-04-13", weekday="Tuesday"),
    ),
    example(
        "later-weekday-seed003",
        "The Kremlin said in its own transcript of the call, released later Tuesday, that Biden "
        "“expressed interest in normalising bilateral relations,”",
        CALL,
        rel("Tuesday", "2021-04-13", weekday="Tuesday"),
    ),
    example(  # Sputnik via defenddemocracy.press, 14 April 2021
        "weekday-possessive-sputnik",
        "Tuesday’s phone call between Russian President Vladimir Putin and his US counterpart Joe "
        "Biden was described as “businesslike” by Kremlin spokesman Dmitry Peskov, with a summit "
        "meeting proposed, raising speculation over the possible venue.",
        dt.date(2021, 4, 14),
        rel("Tuesday", "2021-04-13", weekday="Tuesday"),
    ),
    example(  # CNS News, 7 April 2021: "said Tuesday ... would" is past; the month is this one
        "weekday-said-and-month-cnsnews",
        "Russian Defense Minister Sergei Shoigu said Tuesday armed forces would conduct more "
        "than 4,000 exercises in April aimed at testing their “combat readiness.”",
        dt.date(2021, 4, 7),
        rel("Tuesday", "2021-04-06", weekday="Tuesday"),
        rel("April", "2021-04"),
    ),
    example(  # The Guardian live blog, 15 April 2014
        "weekday-future-scheduled-guardian",
        "The four-party talks among the EU, US, Russia and Ukraine are scheduled for Thursday in "
        "Geneva.",
        dt.date(2014, 4, 15),
        rel("Thursday", "2014-04-17", weekday="Thursday"),
    ),
    example(  # Al Arabiya, 22 April 2021
        "weekday-future-will-alarabiya",
        "Russia will begin returning troops from military drills near Ukraine that have "
        "exacerbated tensions with the West from Friday, Defense Minister Sergei Shoigu said.",
        dt.date(2021, 4, 22),
        rel("Friday", "2021-04-23", weekday="Friday"),
    ),
    example(  # Somalia Now, Friday 11 February 2022
        "weekday-future-and-past-kremlin",
        "US President Joe Biden will phone Russian President Vladimir Putin on Saturday evening "
        "Moscow time, the Kremlin said on Friday.",
        dt.date(2022, 2, 11),
        rel("Saturday", "2022-02-12", weekday="Saturday"),
        rel("Friday", "2022-02-11", weekday="Friday"),
    ),
    example(  # Daily Mail, Monday 1 April 2019
        "weekday-future-daily-mail",
        "The Cabinet will meet to discuss a response on Tuesday amid resignation fears",
        dt.date(2019, 4, 1),
        rel("Tuesday", "2019-04-02", weekday="Tuesday"),
    ),
    example(  # AP via World News, Saturday 8 March 2014
        "last-weekday-ap",
        "Russian troops took control of Ukraine's Crimea peninsula last Saturday.",
        dt.date(2014, 3, 8),
        rel("last Saturday", "2014-03-01", weekday="Saturday"),
    ),
    example(  # News Groove, Thursday 7 March 2019: the vote was on Tuesday, March 12
        "next-weekday-newsgroove",
        "MPs will vote on Theresa May‘s Brexit deal next Tuesday, the leader of the House of "
        "Commons Andrea Leadsom confirmed today.",
        dt.date(2019, 3, 7),
        rel("next Tuesday", "2019-03-12", weekday="Tuesday"),
        rel("today", "2019-03-07"),
    ),
    example(  # World (wng.org), 3 March 2020: "Super Tuesday" is a name
        "super-tuesday-wng",
        "Former Vice President Joe Biden is having a strong showing on Super Tuesday, winning the "
        "Democratic primaries in Virginia, North Carolina, Alabama, Oklahoma, Tennessee, "
        "Minnesota, Arkansas, and Massachusetts, where he defeated Sen. Elizabeth Warren in her "
        "home state.",
        dt.date(2020, 3, 3),
    ),
    # --- yesterday, today, tomorrow, this week ------------------------------------------------
    example(
        "today-seed000",
        "“President Joseph R. Biden, Jr. spoke today with President Vladimir Putin of Russia.",
        CALL,
        rel("today", "2021-04-13"),
    ),
    example(  # Pledge Times, 14 April 2021
        "yesterday-pledgetimes",
        "Yesterday, US President Joe Biden proposed to his Russian counterpart, Vladimir Putin, to "
        "hold a summit in a “third country” during the “coming months” in order to “build a "
        "stable relationship” with Russia, according to the White House.",
        dt.date(2021, 4, 14),
        rel("Yesterday", "2021-04-13"),
    ),
    example(  # AP, 28 June 2022
        "tonight-tomorrow-ap",
        "Erdogan told a press conference in Ankara ahead of his departure to Spain that Biden "
        "“expressed his desire to get together again tonight or tomorrow and we said ‘possible.’”",
        dt.date(2022, 6, 28),
        rel("tonight", "2022-06-28"),
        rel("tomorrow", "2022-06-29"),
    ),
    example(  # The Sun via nworeport, 12 March 2019
        "tomorrow-sun",
        "Tomorrow MPs will vote on whether Britain should quit the EU without a deal in 17 days’ "
        "time.",
        dt.date(2019, 3, 12),
        rel("Tomorrow", "2019-03-13"),
        rel("in 17 days’ time", "2019-03-29"),  # Brexit day as it then stood
    ),
    example(  # a week is given to its month(s): a sound value the checks compare as a range
        "this-week-seed002",
        "Two US warships are scheduled to arrive in the Black Sea this week in reaction to what US "
        "and NATO officials believe is the highest concentration of Russian forces – including "
        "thousands of combat-ready soldiers – since Moscow took Crimea from Ukraine.",
        CALL,
        rel("this week", "2021-04"),
    ),
    example(  # CNS News, 7 April 2021: the week of March 29 to April 4
        "last-week-across-months-cnsnews",
        "Last week, Russia’s southern military district, which includes Crimea and several "
        "Russian regions bordering the Black Sea, announced that 15,000 of its troops would "
        "practice countering enemy drones with electronic warfare and air-defense systems.",
        dt.date(2021, 4, 7),
        rel("Last week", "2021-03", until="2021-04"),
    ),
    example(  # Anadolu, 25 May 2021
        "next-month-and-weekday-anadolu",
        "US President Joe Biden and Russian President Vladimir Putin will hold their first "
        "face-to-face meeting next month, the White House announced on Tuesday.",
        dt.date(2021, 5, 25),
        rel("next month", "2021-06"),
        rel("Tuesday", "2021-05-25", weekday="Tuesday"),
    ),
    example(  # DW, 13 April 2021
        "this-year-dw",
        "Russia has moved thousands of combat-ready troops to its border with Ukraine this year, "
        "in the largest such movement since Russia seized Crimea from Ukraine in 2014.",
        CALL,
        rel("this year", "2021"),
        Found("2014", "2014"),
    ),
    # --- day and month ------------------------------------------------------------------------
    example(  # Sputnik via defenddemocracy.press, 14 April 2021
        "day-month-no-year-sputnik",
        "Putin and Biden spoke on the phone on 13 April at the initiative of the latter, with "
        "Peskov describing it as “businesslike” and lengthy.",
        dt.date(2021, 4, 14),
        rel("13 April", "2021-04-13"),
    ),
    example(  # dekoder's Crimea timeline: no dateline, no year
        "day-month-no-anchor-dekoder",
        "The Maidan demonstrations grow larger after 30th November when police officers use "
        "excessive force to clear a protest camp occupied largely by students.",
        None,
        rel("30th November", None),
    ),
    example(  # EUvsDisinfo
        "day-month-year-euvsdisinfo",
        "This international armed conflict began at the latest on 26 February 2014 when the "
        "Russian Federation deployed members of its armed forces to gain control over parts of the "
        "Ukrainian territory without the consent of the Ukrainian Government.",
        None,
        Found("26 February 2014", "2014-02-26"),
    ),
    example(  # Metro, 13 March 2019
        "month-day-year-metro",
        "Britain's Prime Minister Theresa May reacts in Parliament following the vote on Brexit in "
        "London, Britain, March 13, 2019.",
        None,
        Found("March 13, 2019", "2019-03-13"),
    ),
    example(  # defenddemocracy.press dateline
        "abbreviated-month-dot",
        "Apr. 14, 2021",
        None,
        Found("Apr. 14, 2021", "2021-04-14"),
    ),
    example(  # Reuters via National Post
        "abbreviated-month-zero-day-reuters",
        "Nov 09, 2020  •   •  < 1 minute read",
        None,
        Found("Nov 09, 2020", "2020-11-09"),
    ),
    example(  # SouthFront, 25 May 2021
        "month-ordinal-southfront",
        "Previously, on May 19th, US Secretary of State Anthony Blinken held talks with Russian "
        "Foreign Minister Sergei Lavrov in Reykjavik at the end of the main program of the "
        "ministerial session of the Arctic Council (AC).",
        dt.date(2021, 5, 25),
        rel("May 19th", "2021-05-19"),
    ),
    example(  # a Commons motion quoted by the Halesowen News; "10.59pm" is a time
        "month-ordinal-year-no-comma-halesowen",
        "“2. To allow businesses to prepare for the operation of those tariffs, that the "
        "Government should seek an extension of the Article 50 process to 10.59pm on May 22nd "
        "2019, at which point the UK would leave the EU;",
        None,
        Found("May 22nd 2019", "2019-05-22"),
    ),
    example(
        "ordinal-month-year-halesowen",
        "for an agreed period ending no later than 30th December 2021, during which period the UK "
        "would pay an agreed sum equivalent to its net EU contributions",
        None,
        Found("30th December 2021", "2021-12-30"),
    ),
    example(  # Future Female Leader, 2020: a leap day; "Super Tuesday" is a name
        "ordinal-of-month-leap-day",
        "Between the South Carolina primary on the 29th of February and Super Tuesday on the 3rd "
        "several candidates dropped out of the race including Tom Steyer, Pete Buttigieg, and Amy "
        "Klobuchar.",
        dt.date(2020, 3, 5),
        rel("29th of February", "2020-02-29"),
    ),
    example(  # written for the purpose: a slip for a day the month lacks
        "impossible-day-no-value",
        "The vote was held on Tuesday, February 30, 2024, and counted on June 31.",
        dt.date(2024, 3, 5),
        Found("Tuesday, February 30, 2024", None, weekday="Tuesday"),
        Found("June 31", None),
    ),
    example(
        "leap-day-of-a-common-year-is-no-day",
        "The contract was signed on February 29, 2023.",
        None,
        Found("February 29, 2023", None),
    ),
    example(  # AFP via digitaljournal, 10 October 2018
        "month-day-noun-afp",
        "European leaders have invited British Prime Minister Theresa May to address them before "
        "they discuss Brexit at a working dinner on the eve of their October 18 summit.",
        dt.date(2018, 10, 10),
        rel("October 18", "2018-10-18", noun="summit"),
    ),
    # --- ranges -------------------------------------------------------------------------------
    example(  # the Kremlin readout, via The Duran
        "day-range-kremlin",
        "Joseph Biden confirmed the previously transmitted invitation to the President of Russia "
        "to take part in the virtual Leaders Summit on Climate, which will be held on April 22-23.",
        CALL,
        rel("April 22-23", "2021-04-22", until="2021-04-23"),
    ),
    example(  # Anadolu, 25 May 2021
        "day-range-to-anadolu",
        "The meeting is going to be tacked on to the tail end of Biden's first international trip "
        "in which he is set to visit Europe for meetings with allies, including a G7 summit in "
        "Britain from June 11 to 13, and meetings with NATO and EU partners in Brussels on June 14.",
        dt.date(2021, 5, 25),
        rel("June 11 to 13", "2021-06-11", until="2021-06-13"),
        rel("June 14", "2021-06-14"),
    ),
    example(  # BBC timetable, 2 April 2019
        "day-range-before-month-bbc",
        "- 23-26 May: European Parliamentary elections",
        dt.date(2019, 4, 2),
        rel("23-26 May", "2019-05-23", until="2019-05-26"),
    ),
    example(  # UWCSEA Political Review
        "day-range-year-uwcsea",
        "On February 18-20 2014, riot police fired at crowds",
        None,
        Found("February 18-20 2014", "2014-02-18", until="2014-02-20"),
    ),
    example(
        "month-range-en-dash-seed000",
        "In response, led by President Vladimir Putin, in February – March 2014, Russia occupied "
        "Ukraine’s Crimean Peninsula in the Black Sea, and then declared itself part of its "
        "territory after holding a referendum.",
        CALL,
        Found("February – March 2014", "2014-02", until="2014-03"),
    ),
    example(  # Arthur Bondar
        "month-range-and-bondar",
        "In February and March 2014, Russia invaded and subsequently annexed the Crimean "
        "Peninsula, which is part of Ukraine.",
        None,
        Found("February and March 2014", "2014-02", until="2014-03"),
    ),
    example(  # Business Standard, 5 September 2024
        "month-range-between-business-standard",
        "Between March and April of this year, as many as 60 to 80 terrorists are believed to have "
        "infiltrated the Jammu region.",
        dt.date(2024, 9, 5),
        rel("Between March and April", "2024-03", until="2024-04"),
        rel("this year", "2024"),
    ),
    example(  # AP via KSL, no dateline kept
        "month-range-from-through-no-anchor-ap",
        "Drowning, electrocution or injuries from collapsed houses have killed at least 175 "
        "people, mainly in West Bengal, Assam, Uttar Pradesh and Bihar states, during the current "
        "monsoon season, which runs from June through September.",
        None,
        rel("from June through September", None),
    ),
    example(
        "season-year-range-seed000",
        "In the winter of 2013-2014, the Euromaidan Revolution in Kiev ousted Ukraine’s "
        "pro-Russian President Viktor Yanukovych, and promised to bring Ukraine closer to the "
        "West, including through EU and N ATO membership.",
        CALL,
        Found("winter of 2013-2014", "2013", until="2014"),
    ),
    example(  # Bruegel, October 2015
        "year-ranges-bruegel",
        "The Russian economy grew rapidly between 2000 and 2007, but growth decelerated after the "
        "2008-09 global financial crisis, and since mid-2014 Russia has moved into recession.",
        None,
        Found("between 2000 and 2007", "2000", until="2007"),
        Found("2008-09", "2008", until="2009", noun="crisis"),
        Found("mid-2014", "2014"),
    ),
    example(  # Global Interests, 2017
        "decade-globalinterests",
        "The dispute between Russia and the West over NATO enlargement into the post-Communist "
        "countries of Central and Eastern Europe in the 1990s is one of the crucial reasons for "
        "this outcome.",
        None,
        Found("1990s", "1990", until="1999"),
    ),
    # --- month and year, month alone ---------------------------------------------------------
    example(
        "month-year-qualified-seed000",
        "Relations between the United States and Russia on the highest level have been especially "
        "tense since in mid-March 2021, the new US President Joe Biden stated in a TV interview "
        "he believed Russian leader Putin was a “killer”.",
        CALL,
        Found("mid-March 2021", "2021-03"),
    ),
    example(  # SouthFront, 25 May 2021
        "month-year-southfront",
        "Putin will leave Russia for the first time since January 2020.",
        None,
        Found("January 2020", "2020-01"),
    ),
    example(  # CNN via exbulletin, 25 May 2021
        "month-year-noun-cnn",
        "Officials said the meeting with Biden would look very different from that July 2018 "
        "summit, during which Trump sided with Putin and openly tossed out US revelations about "
        "Russian interference in the 2016 election.",
        None,
        Found("July 2018", "2018-07", noun="summit"),
        Found("2016", "2016", noun="election"),
    ),
    example(
        "month-alone-in-seed002",
        "The White House and the Kremlin announced only the second communication between the two "
        "since Biden took office in January, after Western officials urged Moscow to stop the "
        "buildup and Russia, in Cold War-style language, said its “adversary” should keep US "
        "warships far away from the Crimea zone.",
        CALL,
        rel("January", "2021-01"),
    ),
    example(
        "month-alone-qualified-and-adjective-year-seed004",
        "In mid-March, US intelligence released an unclassified report concluding that Putin "
        "authorised “influence operations” intended to support Trump’s bid for re-election in "
        "the 2020 presidential campaign and damage Biden.",
        CALL,
        rel("mid-March", "2021-03"),
        Found("2020", "2020", noun="campaign"),
    ),
    example(  # Metro, 13 March 2019
        "month-alone-future-metro",
        "This means Britain would have to take part in the European Parliament elections in May.",
        dt.date(2019, 3, 13),
        rel("May", "2019-05"),
    ),
    example(  # Perth Now, 28 March 2019: the month is last year's; "May" is the prime minister
        "month-alone-last-year-perthnow",
        "May survived a leadership challenge in December, meaning she was safe from any attempted "
        "party coup for a year, but appears to have decided she could not continue as prime "
        "minister.",
        dt.date(2019, 3, 28),
        rel("December", "2018-12"),
    ),
    example(  # Daily Mail, 1 April 2019: "before May" is Theresa May
        "may-the-name-daily-mail",
        "Timetable for four days of Westminster turmoil: MPs will decide on soft Brexit tonight "
        "before May puts her deal to a fourth vote later this week",
        dt.date(2019, 4, 1),
        rel("tonight", "2019-04-01"),
        rel("this week", "2019-04"),
    ),
    example(  # Metro, 13 March 2019
        "may-the-verb-metro",
        "And come what may please don’t do it – go back to the EU and say “it won’t pass”.",
        dt.date(2019, 3, 13),
    ),
    example(  # Televisor, January 2019
        "may-possessive-televisor",
        "MPs have emphatically rejected Theresa May’s Brexit deal – the biggest loss suffered by a "
        "government in 94 years.",
        dt.date(2019, 1, 15),
    ),
    # --- years --------------------------------------------------------------------------------
    example(
        "since-year-seed001",
        "US State Department spokeswoman Jen Psaki claimed the current concentration of Russian "
        "troops in the region is more than at any time since 2014.",
        CALL,
        Found("2014", "2014"),
    ),
    example(  # "14,000 civilians" is a count
        "in-year-seed002",
        "Russia annexed Crimea from Ukraine in 2014, and violence has flared up in recent weeks in "
        "eastern Ukraine, where government troops have been fighting Russian-backed rebels in a "
        "seven-year war that Kiev claims has killed 14,000 civilians.",
        CALL,
        Found("2014", "2014"),
    ),
    example(
        "year-noun-photo-seed000",
        "This 2011 photo shows then US Vice President Joe Biden and then Russian Prime Minister "
        "Vladimir Putin meeting in Moscow.",
        CALL,
        Found("2011", "2011", noun="photo"),
    ),
    example(
        "year-nouns-seed004",
        "Any summit would be the first between Putin and a US president since a 2018 meeting with "
        "Donald Trump in Helsinki, where the American leader said he believed his Russian "
        "counterpart instead of his own intelligence services on the topic of Moscow’s alleged "
        "attempts to meddle in the 2016 election.",
        CALL,
        Found("2018", "2018", noun="meeting"),
        Found("2016", "2016", noun="election"),
    ),
    example(  # DW photo caption, 13 April 2021: no article before the year
        "year-noun-caption-dw",
        "Joe Biden (l) and Russian President Vladimir Putin (r) shake hands at 2011 meeting",
        None,
        Found("2011", "2011", noun="meeting"),
    ),
    example(
        "year-before-a-name-seed000",
        "The Russian Federation, alongside the United States and Britain, was supposed to be a "
        "guarantor of Ukraine’s territorial integrity under the 1994 Budapest Memorandum in "
        "exchange for Ukraine’s giving up of the nuclear weapon stockpile it had inherited from "
        "the former Soviet Union.",
        CALL,
        Found("1994", "1994"),
    ),
    example(
        "year-ends-sentence-seed003",
        "If the meeting happens, it will be the first of its kind since Putin and Biden’s "
        "predecessor, Donald Trump, met in Helsinki in 2018.",
        CALL,
        Found("2018", "2018"),
    ),
    example(  # The National Interest, 2016; "8–10 percent" is no range of years
        "year-qualified-national-interest",
        "In early 2015, many experts predicted an inevitable 8–10 percent decline",
        None,
        Found("early 2015", "2015"),
    ),
    # --- numeric dates ------------------------------------------------------------------------
    example(  # CNN page metadata
        "iso-timestamp-cnn",
        'data-publish-date="2019-03-27T22:04:06Z"',
        None,
        Found("2019-03-27", "2019-03-27"),
    ),
    example(  # GlobalPost live blog, 7 March 2014; "5:00 PM" is a time
        "numeric-month-first-globalpost",
        "UPDATE: 3/7/14 5:00 PM ET",
        None,
        Found("3/7/14", "2014-03-07"),
    ),
    example(
        "numeric-day-first-option",
        "UPDATE: 3/7/14 5:00 PM ET",
        None,
        Found("3/7/14", "2014-07-03"),
        day_first=True,
    ),
    example(  # Devdiscourse: 22 can't be a month, so the order is day first
        "numeric-impossible-month-first-devdiscourse",
        "Updated: 22-04-2021 14:03 IST | Created: 22-04-2021 13:49 IST",
        None,
        Found("22-04-2021", "2021-04-22"),
        Found("22-04-2021", "2021-04-22"),
    ),
    example(  # Anadolu, 2022: dotted dates are day first
        "numeric-dots-anadolu",
        "Burak Bir  | 18.03.2022 - Update : 22.03.2022",
        None,
        Found("18.03.2022", "2022-03-18"),
        Found("22.03.2022", "2022-03-22"),
    ),
    example(  # Metropolitan Police press page
        "day-abbreviated-month-year-with-dashes",
        "This page was last updated on 19-Jul-2014 18:31",
        None,
        Found("19-Jul-2014", "2014-07-19"),
    ),
    # --- holidays, days ago, days of the month --------------------------------------------------
    example(  # Simple Politics, 1 April 2019
        "holiday-with-year",
        "So this would be leaving with the PM's deal and starting a transition period until "
        "Christmas 2020",
        dt.date(2019, 4, 1),
        Found("Christmas 2020", "2020-12-25"),
    ),
    example(  # PoliticsHome, Thursday 13 December 2018: a cued holiday is this year's, or the next
        "holiday-after-cue",
        "MPs will not be able to cast their verdict on Theresa May's Brexit deal before Christmas, "
        "the Government revealed today.",
        dt.date(2018, 12, 13),
        rel("Christmas", "2018-12-25"),
        rel("today", "2018-12-13"),
    ),
    example(  # The Times, 8 April 2020: Easter computed (12 April 2020); a "... Monday" names a day
        "holiday-easter",
        "“Most of our shops in England, Wales and the Channel Islands will be closed on Easter "
        "Sunday, and open for shorter hours on Good Friday and Easter Monday.",
        dt.date(2020, 4, 8),
        rel("Easter Sunday", "2020-04-12"),
        rel("Good Friday", "2020-04-10"),
        rel("Easter Monday", "2020-04-13"),
    ),
    example(  # Metro, 4 April 2021
        "holiday-easter-with-date",
        "This means that all major supermarkets will not be open on Easter Sunday (April 4).",
        dt.date(2021, 4, 4),
        rel("Easter Sunday", "2021-04-04"),
        rel("April 4", "2021-04-04"),
    ),
    example(  # The Independent, 26 December 2011: a holiday naming a thing is no date
        "not-holiday-as-modifier",
        "The suspect in a Christmas Day shooting – in which he and six members of his extended "
        "family were killed – was dressed as Santa Claus, Texas police said.",
        dt.date(2011, 12, 26),
    ),
    example(  # Middlesboro Daily News, Tuesday 2 July 2019: an ordinal word as the day
        "day-ordinal-word-of-month",
        "Fourth of July celebrations weren’t much different than how we celebrate today.",
        dt.date(2019, 7, 2),
        rel("Fourth of July", "2019-07-04", noun="celebrations"),
        rel("today", "2019-07-02"),
    ),
    example(  # written for these tests: the day the count gives (the claim's slack is a year)
        "years-ago",
        "A court heard on Thursday that the sailor vanished off the coast 35 years ago.",
        dt.date(2023, 2, 23),
        rel("Thursday", "2023-02-23", weekday="Thursday"),
        rel("35 years ago", "1988-02-23"),
    ),
    example(  # The Washington Post's Daily 202, 22 April 2020: days ago to the day
        "days-ago",
        "The medical examiner in California’s Santa Clara County didn’t learn until Tuesday that "
        "the novel coronavirus killed a resident there on Feb. 6 – 76 days ago.",
        dt.date(2020, 4, 22),
        rel("Tuesday", "2020-04-21", weekday="Tuesday"),
        rel("Feb. 6", "2020-02-06"),
        rel("76 days ago", "2020-02-06"),
    ),
    example(  # written for these tests: a unit and a half ago, to the half
        "unit-and-a-half-ago",
        "The deal collapsed a year and a half ago; talks began a month and a half ago, and "
        "nothing came of an offer a day and a half ago.",
        dt.date(2024, 5, 31),
        rel("a year and a half ago", "2022-11-30"),
        rel("a month and a half ago", "2024-04-15"),
    ),
    example(  # written for these tests: "2 1/2 years ago" is not two years ago
        "not-ago-after-fraction",
        "The carmaker has struggled since it went public nearly 2 1/2  years ago.",
        dt.date(2023, 3, 1),
    ),
    # Written for these tests, in news style.
    example(
        "constructed-count-word-ago-weeks",
        "The ceasefire collapsed two days ago, three weeks ago the talks had looked close.",
        CALL,
        rel("two days ago", "2021-04-11"),
        rel("three weeks ago", "2021-03-23"),
    ),
    example(
        "constructed-weekday-of-week",
        "The talks will resume on Tuesday next week and end on Thursday of next week; they began "
        "last week on Monday.",
        CALL,
        rel("Tuesday next week", "2021-04-20", weekday="Tuesday"),
        rel("Thursday of next week", "2021-04-22", weekday="Thursday"),
        rel("last week on Monday", "2021-04-05", weekday="Monday"),
    ),
    example(
        "constructed-day-of-the-month",
        "The deadline passed on the 9th. The ministry will publish the list by the 20th.",
        CALL,
        rel("9th", "2021-04-09"),
        rel("20th", "2021-04-20"),
    ),
    example(  # a golf report's ordinal is a hole, not a day
        "constructed-not-day-of-the-month-hole",
        "He made a bogey on the 18th.",
        CALL,
    ),
    example(
        "constructed-day-abbreviated-month-year",
        "The files are dated 23/Sep/2020 and 2019/aug/01.",
        None,
        Found("23/Sep/2020", "2020-09-23"),
        Found("2019/aug/01", "2019-08-01"),
    ),
    example(  # "40" ten years past the dateline's year is last century
        "constructed-two-digit-year-pivot",
        "The photograph, stamped 03/18/40, was found in 2016.",
        dt.date(2016, 11, 7),
        Found("03/18/40", "1940-03-18"),
        Found("2016", "2016"),
    ),
    example(  # Today China, 13 April 2021
        "weekday-with-day-number-today-china",
        "The White House announced Tuesday (13) that President Joe Biden spoke by phone with "
        "Russian President Vladimir Putin on the same day as the U.S. and Russia went head-to-head "
        "over the situation on the Ukrainian border.",
        CALL,
        rel("Tuesday (13)", "2021-04-13", weekday="Tuesday"),
    ),
    # --- not dates ----------------------------------------------------------------------------
    example(
        "count-with-thousands-separator-seed001",
        "Kiev accused Moscow of deploying more than 80,000 troops on the Ukrainian border and in "
        "the annexed Crimea.",
        CALL,
    ),
    example(  # Reuters via National Post, 10 November 2020
        "count-near-a-year-reuters",
        "The Russian defense ministry said on Tuesday it has started deploying 1,960 servicemen in "
        "the Nagorno-Karabakh region.",
        dt.date(2020, 11, 10),
        rel("Tuesday", "2020-11-10", weekday="Tuesday"),
    ),
    example(  # Hindustan Times, 28 July 2024: a bare count that reads like a year
        "count-bare-hindustan-times",
        "Officials aware of the matter on Saturday said that the movement of the 2000 personnel, "
        "who are currently stationed in Odisha, is one of the largest deployments in J&K in the "
        "recent months.",
        dt.date(2024, 7, 28),
        rel("Saturday", "2024-07-27", weekday="Saturday"),
    ),
    example(  # Workers World, 2021: a decree number; "may have been" is a verb
        "decree-number-and-may",
        "It is for this reason that the signing of presidential decree number 117/2021 by "
        "Ukraine's President Volodymyr Zelensky on March 24, 2021, which proclaims the official "
        "policy of Ukraine is to take back Crimea from Russia, led to a dramatic increase in "
        "tensions, which may have been the intention of this provocation.",
        None,
        Found("March 24, 2021", "2021-03-24"),
    ),
    example(  # Hyetert, 10 November 2020
        "clock-am-hyetert",
        "The deployment of peacekeepers started at 7am local time (6am Moscow time).",
        dt.date(2020, 11, 10),
    ),
    example(  # Indymedia, 16 February 2003
        "clock-pm-indymedia",
        "After 3pm there were scuffles near the American embassy as a crowd of around 100 people "
        "were forcefully pushed back by police (one arrest was reported).",
        dt.date(2003, 2, 16),
    ),
    example(  # BBC, 2 April 2019
        "clock-24h-bbc",
        "The cabinet has been meeting in Downing Street since 09:00 BST",
        dt.date(2019, 4, 2),
    ),
    example(  # Westmonster, 28 March 2019
        "clock-24h-westmonster",
        "The vote is due in Parliament at 14:30.",
        dt.date(2019, 3, 28),
    ),
    example(  # The Interpreter live blog, 14 March 2014: a four-digit clock time
        "clock-gmt-interpreter",
        "1944 GMT: Vice News has been filming a must-watch series on events in Ukraine.",
        dt.date(2014, 3, 14),
    ),
    # --- known gaps ---------------------------------------------------------------------------
    example(  # News Groove, Thursday 7 March 2019: the votes were on March 13 and 14
        "gap-could-is-not-future",
        "There had been speculation that Mrs May could pull a vote on no deal on Wednesday and to "
        "extend Brexit on Thursday if her deal fails.",
        dt.date(2019, 3, 7),
        rel("Wednesday", "2019-03-13", weekday="Wednesday"),
        rel("Thursday", "2019-03-14", weekday="Thursday"),
        gap="'could' is no future cue (it is as often past), so the weekdays resolve backwards",
    ),
    example(  # World (wng.org), 3 March 2020
        "gap-possessive-month",
        "The 14 Super Tuesday states have 1,357 delegates up for grabs, about two-thirds of the "
        "total needed to secure the party’s nomination to face President Donald Trump in "
        "November’s general election.",
        dt.date(2020, 3, 3),
        rel("November", "2020-11"),
        gap="a month in the possessive is skipped, to keep Theresa May’s name out",
    ),
    example(  # AFP via Manila Bulletin, 16 April 2021
        "gap-season-without-year",
        "Biden's proposed summit with Putin, which he said could take place \"this summer in "
        'Europe," would be a chance to "launch a strategic stability dialogue."',
        dt.date(2021, 4, 16),
        rel("this summer", "2021"),
        gap="seasons are read only with a year",
    ),
    example(  # WBUR On Point, 2022
        "gap-apostrophe-decade",
        "How NATO expansion happened in the '90s",
        None,
        Found("'90s", "1990", until="1999"),
        gap="two-digit decades are not read",
    ),
    example(  # The Interpreter live blog, 14 March 2014
        "gap-last-night",
        "And there is renewed violence as pro-Ukraine protesters were attacked last night in "
        "Donetsk by pro-Russian gangs.",
        dt.date(2014, 3, 14),
        rel("last night", "2014-03-13"),
        gap="'last night' is not read (it is the night before, or this one in an evening story)",
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "day_first", "expected"), EXAMPLES)
def test_example(
    sentence: str, anchor: dt.date | None, day_first: bool, expected: list[Found]
) -> None:
    claims = extract_dates(sentence, anchor, day_first=day_first)
    assert [found(c) for c in claims] == expected
    assert all(sentence[c.start : c.end] == c.text for c in claims)


SEED_DATES = {
    "000": [
        ("2011", "2011"),
        ("Tuesday", "2021-04-13"),
        ("today", "2021-04-13"),
        ("2014", "2014"),
        ("mid-March 2021", "2021-03"),
        ("Monday", "2021-04-12"),
        ("winter of 2013-2014", "2013"),
        ("February – March 2014", "2014-02"),
        ("1994", "1994"),
    ],
    "001": [("Tuesday, April 13", "2021-04-13"), ("2014", "2014")],
    "002": [
        ("Tuesday", "2021-04-13"),
        ("January", "2021-01"),
        ("2014", "2014"),
        ("Tuesday", "2021-04-13"),
        ("this week", "2021-04"),
        ("Wednesday", "2021-04-14"),
    ],
    "003": [
        ("Tuesday", "2021-04-13"),
        ("Tuesday", "2021-04-13"),
        ("2018", "2018"),
        ("2016", "2016"),
    ],
    "004": [
        ("2018", "2018"),
        ("2016", "2016"),
        ("Tuesday", "2021-04-13"),
        ("Tuesday", "2021-04-13"),
        ("Tuesday", "2021-04-13"),
        ("mid-March", "2021-03"),
        ("2020", "2020"),
        ("Tuesday", "2021-04-13"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_DATES))
def test_seed_articles(seed: str) -> None:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    article = read_article(path)
    claims = extract_dates(article.scan, CALL, start=article.body_start)
    assert [(c.text, c.value.iso() if c.value else None) for c in claims] == SEED_DATES[seed]
    assert all(article.text[c.start : c.end] == c.text for c in claims)


def test_front_matter_is_skipped_and_offsets_point_into_the_file() -> None:
    (path,) = SEEDS.glob("001_*.txt")
    body = path.read_text(encoding="utf-8")
    article = parse_article("---\npublished: 2021-04-13\nstory: biden-putin\n---\n" + body)
    claims = extract_dates(article.scan, article.published, start=article.body_start)
    assert [(c.text, c.start - article.body_start) for c in claims] == [
        (c.text, c.start) for c in extract_dates(body, CALL)
    ]
    assert all(article.text[c.start : c.end] == c.text for c in claims)


# Text made of the pieces dates are made of, so that the property test reaches the handlers.
_PIECES = st.sampled_from(
    [
        "Tuesday", "April", "May", "13", "2021", "2013-14", "mid-", "early ", "last ", "next ",
        "between ", " and ", " – ", "-", "/", ".", ",", " ", "\n", "(", ")", "th", "of ", "winter",
        "1990s", "today", "week", "will ", "said ", "Super ", "$", "GMT", "%", "Feb. ", "31", "29",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(), st.lists(_PIECES | st.text(max_size=3)).map("".join))


@settings(max_examples=400, deadline=None)
@given(
    text=_TEXTS,
    anchor=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    day_first=st.booleans(),
    start=st.integers(0, 40),
)
def test_no_text_crashes_and_spans_are_exact(
    text: str, anchor: dt.date | None, day_first: bool, start: int
) -> None:
    claims = extract_dates(text, anchor, day_first=day_first, start=start)
    assert all(text[c.start : c.end] == c.text for c in claims)
    assert all(start <= c.start < c.end for c in claims)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert all(
        c.until is None or c.value is None or c.value.first() < c.until.last() for c in claims
    )


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("The summit will be held at Christmas.", dt.date(9999, 12, 31)),
        ("On Easter, they will meet.", dt.date(9999, 12, 31)),
        ("It happened on Christmas.", dt.date(1, 1, 1)),
    ],
)
def test_a_holiday_beyond_the_calendar_is_skipped(sentence: str, anchor: dt.date) -> None:
    # The next (last) Christmas of a dateline in 9999 (year 1) is in no year `datetime` has.
    assert extract_dates(sentence, anchor) == []


def test_every_alternative_of_the_pattern_has_a_handler() -> None:
    # The alternatives are named in datepatterns.py and handled in dates.py: keep them in step.
    assert set(datepatterns.DATE.groupindex) >= set(dates._HANDLERS)
    named = {name for name in datepatterns.DATE.groupindex if "_" not in name}
    assert named == set(dates._HANDLERS)
