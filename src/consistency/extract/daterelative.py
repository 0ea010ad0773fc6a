"""The handlers of dates told by their distance from the dateline or by a name: "yesterday", "next
week on Tuesday", "three weeks ago", "on the 13th", "at Christmas", and the compact "13APR21". Each
takes a match of its alternative of `datepatterns.DATE` and the `Context`, and returns a `DateClaim`
or None; `dates` dispatches to them from its table of handlers.
"""

from __future__ import annotations

import datetime as dt
import re

from consistency.extract import datecontext as dc
from consistency.extract import datepatterns as pat
from consistency.model import WEEKDAYS, DateClaim, PartialDate


def relative(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "yesterday", "last week", "3 days ago": a day or period counted from the dateline."""
    scan, anchor, word = ctx.scan, ctx.anchor, (m["rel_d"] or "").lower()
    if m["rel_n"]:
        return ago(m, ctx, m["rel_n"], m["rel_nu"])
    words = dc.next_words(scan, m.end())
    if m["rel_d"] == "Today" and (
        dc.prev_word(scan, m.start()) in ("USA", "Russia") or words[:1] in (["show"], ["programme"])
    ):
        return None  # "USA Today", "Russia Today", "the Today programme"
    unit, which = m["rel_u"] or "day", (m["rel_m"] or "this").lower()
    if unit in ("morning", "afternoon", "evening"):
        if which != "this":
            return None
        unit = "day"
    value, until = None, None
    if anchor and m["rel_wd"]:  # "next week on Tuesday"
        value = week_day(anchor, which, m["rel_wd"])
    elif anchor and unit == "day":
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        value = PartialDate.of(anchor + dt.timedelta(days=shift))
    elif anchor:
        value, until = dc.period(anchor, which, unit)
    weekday = m["rel_wd"]
    return dc.claim(ctx, m.span(), value, weekday=weekday, until=until, relative=True, noun=False)


def week_day(anchor: dt.date, which: str, weekday: str) -> PartialDate:
    """ "Tuesday of next week": that weekday in the week before, of or after the dateline."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    step = {"last": -1, "this": 0, "next": 1}[which.lower()]
    return PartialDate.of(monday + dt.timedelta(weeks=step, days=WEEKDAYS.index(weekday)))


def compact(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """A date written as one token: "19-Jul-2014", "23/Sep/2020", "2019/aug/01"."""
    day, month, year = (m[g] or m[g + "2"] for g in ("cmp_d", "cmp_m", "cmp_y"))
    value = dc.day(int(year), dc.month(month), int(day))
    return None if value is None else dc.claim(ctx, m.span(), value)


def _holiday_on(rule: tuple[int, int] | tuple[str, int], year: int) -> dt.date:
    base, shift = rule
    if isinstance(base, int):
        return dt.date(year, base, shift)
    if base == "easter":  # the Anonymous Gregorian algorithm
        a, b, c = year % 19, year // 100, year % 100
        g = (b - (b + 8) // 25 + 1) // 3
        h = (19 * a + b - b // 4 - g + 15) % 30
        w = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
        month, day = divmod(h + w - 7 * ((a + 11 * h + 22 * w) // 451) + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=shift)
    if base == "thanksgiving":  # the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21 + shift)
    last = dt.date(year, 5, 31)  # Memorial Day, the last Monday of May
    return last - dt.timedelta(days=last.weekday())


def holiday(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """A named holiday with a year, or placed against the dateline ("before Christmas")."""
    rule = pat.HOLIDAYS[m["hol_n"].replace("’", "'").lower()]
    if m["hol_y"]:
        return dc.claim(ctx, m.span(), PartialDate.of(_holiday_on(rule, int(m["hol_y"]))))
    cue, words = dc.prev_word(ctx.scan, m.start()).lower(), dc.next_words(ctx.scan, m.end())
    if cue not in pat.HOLIDAY_CUES or (words and words[0] in pat.HOLIDAY_THINGS):
        return None  # "every Christmas", "at Christmas markets"
    anchor = ctx.anchor
    if anchor is None:
        return dc.claim(ctx, m.span(), None, relative=True, noun=False)
    try:
        day = _holiday_on(rule, anchor.year)
        if dc.is_future(ctx.scan, *m.span()):
            day = day if day >= anchor else _holiday_on(rule, anchor.year + 1)
        elif (day - anchor).days > (0 if cue == "since" else 183):
            day = _holiday_on(rule, anchor.year - 1)
    except (ValueError, OverflowError):
        return None  # the holiday falls after year 9999 or before year 1: no date to give it
    return dc.claim(ctx, m.span(), PartialDate.of(day), relative=True, noun=False)


def ago(m: re.Match[str], ctx: dc.Context, count: str, unit: str) -> DateClaim | None:
    """ "two days ago" to the day; weeks to the month(s), months to the month, years to the year."""
    n, anchor = pat.COUNT_WORDS.get(count.lower()) or int(count), ctx.anchor
    value, until = None, None
    if anchor and unit == "year":
        value = PartialDate(anchor.year - n) if n < anchor.year else None
    elif anchor and unit == "month":
        index = anchor.year * 12 + anchor.month - 1 - n
        value = PartialDate(index // 12, index % 12 + 1) if index >= 12 else None
    elif anchor and n < 36500 and anchor.toordinal() > 7 * n + 366:
        back = anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
        value = PartialDate.of(back)
        if unit == "week":  # "three weeks ago" is around that day
            around = (back - dt.timedelta(days=3), back + dt.timedelta(days=3))
            value, last = (PartialDate(d.year, d.month) for d in around)
            until = last if last != value else None
    return dc.claim(ctx, m.span(), value, until=until, relative=True, noun=False)


def nth(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "on the 13th": of the dateline's month, or the month before (after) if still to come."""
    if pat.NTH_THINGS.search(ctx.scan, max(0, m.start() - 80), m.start()):
        return None  # "a birdie on the 18th"
    day, anchor, value = int(m["nth_d"]), ctx.anchor, None
    if anchor:
        future = dc.is_future(ctx.scan, *m.span())
        step = int(day < anchor.day) if future else -int(day > anchor.day)
        index = anchor.year * 12 + anchor.month - 1 + step
        value = dc.day(index // 12, index % 12 + 1, day)
        if value is None:
            return None
    return dc.claim(ctx, m.span(), value, relative=True, noun=False)
