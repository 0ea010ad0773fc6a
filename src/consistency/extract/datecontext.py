"""The machinery the date handlers share: the `Context` of one extraction (the text, the dateline,
the numeric order), building a `DateClaim` with the noun it modifies, reading words, month names
and day numbers around a match, telling a future clause from a past one, and resolving what the text
leaves out (the year of "April 13", the week of "on Tuesday", the span of "next week") against the
article's dateline. It knows no alternative of the pattern; `dates` and `daterelative` do.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from consistency.articles import title_case
from consistency.extract import datecues as cues
from consistency.extract import datewords as words
from consistency.model import WEEKDAYS, DateClaim, PartialDate


@dataclass(frozen=True)
class Context:
    scan: str
    anchor: dt.date | None
    day_first: bool


# --- building a claim ---------------------------------------------------------------------------


def claim(
    ctx: Context,
    span: tuple[int, int],
    value: PartialDate | None,
    *,
    weekday: str | None = None,
    until: PartialDate | None = None,
    relative: bool = False,
    noun: bool = True,
    slack: int = 0,
    impossible: bool = False,
) -> DateClaim:
    """The claim for `span`, with the noun the date modifies ("the 2016 election") if asked."""
    start, end = span
    text = ctx.scan[start:end]
    modified = _noun(ctx.scan, start, end) if noun else None
    return DateClaim(text, start, end, value, weekday, until, modified, relative, slack, impossible)


def _noun(scan: str, start: int, end: int) -> str | None:
    """The lowercase noun a date modifies: "the 2016 election" -> "election"."""
    first_word = scan[start:end].split(maxsplit=1)[0].lower()
    if prev_word(scan, start).lower() in cues.TEMPORAL or first_word in cues.TEMPORAL:
        return None
    for word in next_words(scan, end):
        if not word.islower() or word in cues.STOP:
            return None
        # "the 2008-09 global financial crisis" (Bruegel) -> "crisis".
        if not word.endswith(cues.ADJECTIVE_ENDINGS):
            return word
    return None


def prev_word(scan: str, start: int) -> str:
    """The word right before `start` ("" when none)."""
    m = cues.PREV_WORD.search(scan, max(0, start - 30), start)
    return m.group(1) if m else ""


def next_words(scan: str, end: int) -> list[str]:
    """Up to three words right after `end`."""
    m = cues.NEXT_WORDS.match(scan, end)
    return re.findall(r"[A-Za-z][\w-]*", m.group()) if m else []


def is_future(scan: str, start: int, end: int) -> bool:
    """Whether the clause around `scan[start:end]` speaks of what is still to come."""
    cut = max(0, start - 160)
    for b in cues.CLAUSE_BREAK.finditer(scan, cut, min(len(scan), start + 2)):
        if b.end() <= start:
            cut = b.end()
    before = scan[cut:start]
    if cues.FUTURE.search(before):
        return True
    if not cues.CLAUSE_OPENER.match(before):
        return False  # "said on Tuesday that the ambassador ... would" (seed 004): past
    # The date opens its clause: "On Friday, the leaders will meet".
    lead = cues.LEAD.match(scan, end)
    begin = lead.end() if lead else end
    stop = cues.CLAUSE_STOP.search(scan, begin, begin + 80)
    return cues.FUTURE.search(scan, begin, stop.start() if stop else begin + 80) is not None


def tense(ctx: Context, span: tuple[int, int]) -> str:
    """ "future" when the clause speaks of what is to come, "done" when a verb before the date
    is in the past tense ("Sales fell in June"), else "past" (present or unmarked)."""
    if to_come(ctx.scan, *span):
        return "future"
    return "done" if is_done(ctx.scan, span[0]) else "past"


def to_come(scan: str, start: int, end: int) -> bool:
    """Whether the date at `scan[start:end]` is of what is still to come: its clause speaks of
    the future, or a present tense schedules it ("The Fed meets on Wednesday"; a title-case
    headline's present, "Biden Meets Putin On Wednesday", tells of what happened)."""
    if is_future(scan, start, end):
        return True
    scheduled = cues.SCHEDULED.search(scan, max(0, start - 60), start) is not None
    return scheduled and not title_case(scan, start)


# Past-tense verbs: irregular ones news uses most, and "-ed" forms not after "is", "be", "to"
# ("is scheduled for June", "is expected in July" speak of what is to come).
_PAST = re.compile(
    r"\b(?:was|were|had|did|fell|rose|grew|took|came|went|saw|left|won|lost|began|made|"
    r"paid|sold|bought|spent|struck|met|ran|led|told|said|\w{2,}[^e\W]ed|\w{2,}ied)\b",
    re.I,
)
_NOT_PAST_BEFORE = re.compile(r"\b(?:is|are|be|been|being|to|will|would|'s)\s+$", re.I)


def is_done(scan: str, start: int) -> bool:
    """Whether a verb in the past tense governs the date at `start`: "Sales fell in June", "The
    factory closed on July 3", "opened its first store in September" (at most three words
    between), not "called for an early election on June 8" (the election's date)."""
    cut = max(0, start - 60)
    for b in cues.CLAUSE_BREAK.finditer(scan, cut, start):
        cut = b.end()
    verbs = list(_PAST.finditer(scan, cut, start))
    if not verbs:
        return False
    m = verbs[-1]  # the verb nearest the date
    between = [w for w in _WORDS_RE.findall(scan, m.end(), start) if w.lower() not in _GLUE]
    if len(between) > 3 or EVENT_NOUN.search(scan, m.end(), start):
        return False
    return _NOT_PAST_BEFORE.search(scan, max(0, m.start() - 12), m.start()) is None


_WORDS_RE = re.compile(r"[A-Za-z][\w'’-]*")
_GLUE = frozenset("in on at of the a an its his her their by".split())
# A noun between the verb and the date names the event dated: "called for an election on".
EVENT_NOUN = re.compile(
    r"\b(?:election|vote|poll|referendum|meeting|summit|talks|deadline|hearing|trial|ballot|"
    r"visit|launch|release|game|match|final|race|conference)s?\b",
    re.I,
)


def month(name: str) -> int:
    """The month number of a month name or abbreviation ("Apr." -> 4)."""
    return words.MONTH_NUMBER[name.rstrip(".").lower()]


def number(text: str) -> int:
    """A day number, in digits ("22nd") or words ("thirteenth", "twenty five")."""
    return words.day_value(text)


def full_year(first: int, text: str) -> int:
    """The year `text` ends a range from `first` with: "14" after 2013 is 2014."""
    return int(text) if len(text) == 4 else first // 100 * 100 + int(text)


def day(year: int | None, month: int, day: int) -> PartialDate | None:
    """The date, when that day exists (Feb 29 only in leap years; any year when `year` is None)."""
    try:
        return PartialDate.of(dt.date(2000 if year is None else year, month, day))
    except ValueError:
        return None


def shift_year(anchor: dt.date, word: str) -> int:
    """The year "last", "this" or "next" names from the dateline."""
    return anchor.year + {"last": -1, "next": 1}.get(word.lower(), 0)


def two_digit_year(text: str, anchor: dt.date | None) -> int:
    """The year "21" or "40" means: at most ten years past the dateline ("3/18/40" in 2016)."""
    year = int(text)
    return year + (2000 if year <= (anchor.year if anchor else 2039) - 1990 else 1900)


# --- resolving against the dateline -------------------------------------------------------------


def stated_year(m: re.Match[str], ctx: Context, tail: str) -> int | None:
    """The year written after a day and a month, in any of the tail's forms."""
    if m[tail + "year"]:
        return int(m[tail + "year"])
    if m[tail + "yy"]:  # "15 April of 87"
        return two_digit_year(m[tail + "yy"], ctx.anchor)
    if m[tail + "wyear"]:  # "January twenty five nineteen eighty six"
        return words.year_value(m[tail + "wyear"])
    return None


def day_value(
    m: re.Match[str], ctx: Context, month: int, mday: int, tail: str
) -> tuple[PartialDate | None, bool] | None:
    """The day of `month` and whether the dateline gave its year; None when there is no such day."""
    year, rel = stated_year(m, ctx, tail), m[tail + "rel"]
    if year:
        value = day(year, month, mday)
        return None if value is None else (value, False)
    if day(None, month, mday) is None:
        return None
    if rel:
        return (day(shift_year(ctx.anchor, rel), month, mday) if ctx.anchor else None), True
    return resolve_day(ctx, month, mday, m.span()), True


def resolve_day(ctx: Context, month: int, mday: int, span: tuple[int, int]) -> PartialDate | None:
    """ "April 13" in a story dated `anchor`: the anchor's year, unless that is implausible."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    year, stated, future = anchor.year, (month, mday), is_future(ctx.scan, *span)
    if future:
        year += stated < (anchor.month, anchor.day)
    elif (month - anchor.month) * 31 + mday - anchor.day > 183:
        year -= 1  # "on Dec. 30" in a story of Jan. 4 is last year's
    elif stated > (anchor.month, anchor.day) and is_done(ctx.scan, span[0]):
        year -= 1  # "The factory closed on July 3" in a story of May is last July's
    if stated == (2, 29):  # a leap day is the nearest leap year's, in the clause's direction
        step = 1 if future else -1
        while not calendar.isleap(year):
            year += step
    return day(year, month, mday)


def resolve_month(anchor: dt.date, month: int, mode: str) -> PartialDate:
    """A month named without a year, placed against the dateline by tense or last/next."""
    year = anchor.year
    if mode == "last":
        year -= month >= anchor.month
    elif mode == "next":
        year += month <= anchor.month
    elif mode == "future":
        year += month < anchor.month
    elif mode == "past" and month - anchor.month > 6:
        year -= 1  # "in December" in a story of March (2019, Theresa May) is last year's
    elif mode == "done" and month > anchor.month:
        year -= 1  # "Sales fell in June" in a story of May is last June
    return PartialDate(year, month)


def resolve_weekday(anchor: dt.date, weekday: int, mode: str) -> PartialDate:
    """A weekday named alone, placed against the dateline by tense or by its modifier."""
    if mode in ("next", "previous"):
        # Wire style names the days within a week bare ("will speak Tuesday"), so a "next"
        # points past them, into next week: "next Friday" in a Monday story is 11 days on.
        return week_day(anchor, "next" if mode == "next" else "last", WEEKDAYS[weekday])
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    # A weekday still to come may be the dateline itself: "will speak Tuesday" in a Tuesday story
    # is that day; "this coming Tuesday" never is. "Last Saturday" is the latest one before the
    # dateline (AP, 8 March 2014: Crimea taken "last Saturday", March 1).
    days = {"last": -(back or 7), "coming": ahead or 7, "future": ahead}.get(mode, -back)
    return PartialDate.of(anchor + dt.timedelta(days=days))


def week_day(anchor: dt.date, which: str, weekday: str) -> PartialDate:
    """ "Tuesday of next week": that weekday in the week (Monday to Sunday) before, of or after
    the dateline."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    step = {"last": -1, "this": 0, "next": 1}[which.lower()]
    return PartialDate.of(monday + dt.timedelta(weeks=step, days=WEEKDAYS.index(weekday)))


def period(anchor: dt.date, which: str, unit: str) -> tuple[PartialDate, PartialDate | None]:
    """ "last year", "this month", "next week" (Monday to Sunday, given to the month)."""
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return PartialDate(anchor.year + step), None
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + step
        return PartialDate(index // 12, index % 12 + 1), None
    # To the month, not the day: the checks compare a relative day-precise value as one exact day.
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
    sunday = monday + dt.timedelta(days=6)
    first, last = PartialDate(monday.year, monday.month), PartialDate(sunday.year, sunday.month)
    return first, (last if last != first else None)
