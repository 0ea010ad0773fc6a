"""The handlers of dates told by their distance from the dateline or by a name: "yesterday", "next
week on Tuesday", "on the 13th", "at Christmas", "last Easter". Each takes a match of its
alternative of `datepatterns.DATE` and the `Context`, and returns a `DateClaim` or None; `dates`
dispatches to them from its table of handlers.
"""

from __future__ import annotations

import datetime as dt
import re

from consistency.extract import datecontext as dc
from consistency.extract import datecues as cues
from consistency.extract import datewords as words
from consistency.extract.dateweekdays import week_day
from consistency.model import DateClaim, PartialDate


def relative(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "yesterday", "last week", "this morning", "next week on Tuesday"."""
    scan, anchor, word = ctx.scan, ctx.anchor, (m["rel_d"] or "").lower()
    following = dc.next_words(scan, m.end())
    if m["rel_d"] == "Today" and (
        dc.prev_word(scan, m.start()) in ("USA", "Russia")
        or following[:1] in (["show"], ["programme"])
    ):
        return None  # "USA Today", "Russia Today", "the Today programme"
    unit, which = m["rel_u"] or "day", (m["rel_m"] or "this").lower()
    if which == "previous":
        if dc.prev_word(scan, m.start()).lower() == "the":
            return None  # "the previous week" counts from a day in the story
        which = "last"
    if unit in ("morning", "afternoon", "evening"):
        if which != "this":
            return None
        unit = "day"
    value, until = None, None
    weekday = words.weekday_name(m["rel_wd"]) if m["rel_wd"] else None
    if weekday:  # "next week on Tuesday"
        value = week_day(ctx, which, weekday)
    elif anchor and unit == "day":
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        value = PartialDate.of(anchor + dt.timedelta(days=shift))
    elif anchor:
        value, until = dc.period(anchor, which, unit)
    return dc.claim(ctx, m.span(), value, weekday=weekday, until=until, relative=True, noun=False)


def _holiday_on(rule: tuple[int, int] | tuple[str, int], year: int) -> dt.date | None:
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
    if base == "eid":
        found = words.EID_AL_FITR.get(year)
        return dt.date(year, *found) if found else None
    if base == "thanksgiving":  # the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21 + shift)
    last = dt.date(year, 5, 31)  # Memorial Day, the last Monday of May
    return last - dt.timedelta(days=last.weekday())


def holiday(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """A named holiday with a year, a modifier ("last Easter"), or placed against the dateline
    after a cue ("before Christmas")."""
    key = words.holiday_key(m["hol_n"])
    rule = words.HOLIDAYS[key]
    if m["hol_y"]:
        day = _holiday_on(rule, int(m["hol_y"]))
        return None if day is None else dc.claim(ctx, m.span(), PartialDate.of(day))
    if not (m["hol_m"] or m["hol_rel"] or _cued(ctx.scan, m, key)):
        return None  # "every Christmas", "at Christmas markets", "St Patrick brought ..."
    anchor = ctx.anchor
    if anchor is None:
        return dc.claim(ctx, m.span(), None, relative=True, noun=False)
    try:
        day = _placed(ctx, m, rule, anchor)
    except (ValueError, OverflowError):
        day = None  # the holiday falls after year 9999 or before year 1: no date to give it
    if day is None:
        return None
    return dc.claim(ctx, m.span(), PartialDate.of(day), relative=True, noun=False)


def _cued(scan: str, m: re.Match[str], key: str) -> bool:
    """Whether a holiday named without a year is a date here."""
    cue, following = dc.prev_word(scan, m.start()).lower(), dc.next_words(scan, m.end())
    if key in words.NEEDS_YEAR or (following and following[0].lower() in cues.HOLIDAY_THINGS):
        return False
    if key in words.DAY_NAMES:  # "Juneteenth, which ...", not "a Christmas Day shooting"
        return cue not in cues.HOLIDAY_MODIFIED
    return cue in cues.HOLIDAY_CUES


def _placed(
    ctx: dc.Context, m: re.Match[str], rule: tuple[int, int] | tuple[str, int], anchor: dt.date
) -> dt.date | None:
    """The occurrence the modifier, or else the tense, picks around the dateline."""
    if m["hol_rel"]:  # "Christmas of last year"
        return _holiday_on(rule, dc.shift_year(anchor, m["hol_rel"]))
    modifier, this = (m["hol_m"] or "").lower(), _holiday_on(rule, anchor.year)
    if modifier in ("last", "previous"):
        return this if this and this < anchor else _holiday_on(rule, anchor.year - 1)
    if modifier in ("next", "following"):
        return this if this and this > anchor else _holiday_on(rule, anchor.year + 1)
    if modifier == "this" or this is None:
        return this
    if dc.is_future(ctx.scan, *m.span()):
        return this if this >= anchor else _holiday_on(rule, anchor.year + 1)
    cue = dc.prev_word(ctx.scan, m.start()).lower()
    if (this - anchor).days > (0 if cue == "since" else 183):
        return _holiday_on(rule, anchor.year - 1)
    return this


def nth(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "on the 13th": of the dateline's month, or the month before (after) if still to come;
    "the 15th of next month" of the month named."""
    if cues.NTH_THINGS.search(ctx.scan, max(0, m.start() - 80), m.start()):
        return None  # "a birdie on the 18th"
    day, anchor, value = int(m["nth_d"]), ctx.anchor, None
    if anchor:
        if m["nth_rel"]:
            step = {"last": -1, "this": 0, "next": 1}[m["nth_rel"]]
        else:
            future = dc.is_future(ctx.scan, *m.span())
            step = int(day < anchor.day) if future else -int(day > anchor.day)
        index = anchor.year * 12 + anchor.month - 1 + step
        value = dc.day(index // 12, index % 12 + 1, day)
        if value is None:
            return None
    return dc.claim(ctx, m.span(), value, relative=True, noun=False)
