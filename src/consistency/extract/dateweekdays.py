"""The handlers of dates named by their weekday: "on Tuesday", "next Friday", "Tuesday of last
week", "Tuesday, April 13", "Friday 7/6", "Friday the 13th". Each takes a match of its alternative
of `datepatterns.DATE` and the `Context`; `dates` dispatches to them from its table of handlers.
"""

from __future__ import annotations

import datetime as dt
import re

from consistency.extract import datecontext as dc
from consistency.extract import datecues as cues
from consistency.extract import datepatterns as pat
from consistency.extract import datewords as words
from consistency.model import WEEKDAYS, DateClaim, PartialDate

# The modifier before a weekday, as a mode of `datecontext.resolve_weekday`. "Following" and
# "previous" go a week on or back like "next"; with "the" they count from a day in the story.
_MODES = {
    "last": "last", "past": "last", "this past": "last", "next": "next", "following": "next",
    "previous": "previous", "coming": "coming", "upcoming": "coming", "this coming": "coming",
    "this upcoming": "coming",
}  # fmt: skip


def weekday(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "Tuesday", "next Tuesday", "this coming Tuesday", "Tuesday of last week"."""
    scan, name = ctx.scan, words.weekday_name(m["wd_w"])
    following = dc.next_words(scan, m.end())
    named = dc.prev_word(scan, m.start("wd_w")) in cues.WEEKDAY_NAMES  # "Super Tuesday"
    if (
        named
        or (following and following[0] in cues.WEEKDAY_TITLES)
        or scan.endswith("Mail on ", 0, m.start())
    ):
        return None  # "the Sunday Times", "the Mail on Sunday"
    if m["wd_wk"]:  # "Tuesday of next week"
        day = week_day(ctx, m["wd_wk"], name)
        return dc.claim(ctx, m.span(), day, weekday=name, relative=True, noun=False)
    modifier = " ".join((m["wd_m"] or "").lower().split())
    if modifier in ("following", "previous") and dc.prev_word(scan, m.start()).lower() == "the":
        # "charged the following Friday": a week from a day in the story, not from the dateline.
        return dc.claim(ctx, m.span(), None, weekday=name, relative=True, noun=False)
    return named_day(ctx, m.span(), name, modifier)


def listed(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "next week Mon or Tue": an abbreviated weekday, a date only after another weekday."""
    if not pat.WEEKDAY_LIST.search(ctx.scan, max(0, m.start() - 24), m.start()):
        return None  # "Sun" and "Sat" alone are words
    return named_day(ctx, m.span(), words.weekday_name(m["wab_w"]), "")


def named_day(ctx: dc.Context, span: tuple[int, int], name: str, modifier: str) -> DateClaim:
    """The claim for a weekday named alone, placed by its modifier or else by the tense."""
    mode = _MODES.get(modifier) or dc.tense(ctx, span)
    anchor = ctx.anchor
    value = dc.resolve_weekday(anchor, WEEKDAYS.index(name), mode) if anchor else None
    return dc.claim(ctx, span, value, weekday=name, relative=True, noun=False)


def week_day(ctx: dc.Context, which: str, name: str) -> PartialDate | None:
    """ "Tuesday of next week", "next week on Tuesday", resolved when there is a dateline."""
    return dc.week_day(ctx.anchor, which, name) if ctx.anchor else None


def with_number(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "Friday 7/6", "this Friday 7.6": the reading of the digits that falls on the weekday."""
    name = words.weekday_name(m["wnum_wd"])
    a, b, sep = int(m["wnum_a"]), int(m["wnum_b"]), m["wnum_s"]
    # Dots are the European day-first style, slashes the US month-first one, unless the
    # article says otherwise; a reading that lands on the stated weekday beats either.
    orders = [(b, a), (a, b)] if ctx.day_first or sep == "." else [(a, b), (b, a)]
    readings = [r for r in (_reading(ctx, m, month, mday) for month, mday in orders) if r]
    fitting = [r for r in readings if r.first().weekday() == WEEKDAYS.index(name)]
    if not (fitting or (readings and sep == "/")):
        # "on Saturday 2.5 million": no date, but the weekday still is one.
        modifier = (m["wnum_m"] or "").lower()
        return named_day(ctx, (m.start(), m.end("wnum_wd")), name, modifier)
    value = (fitting or readings)[0]
    return dc.claim(ctx, m.span(), value, weekday=name, relative=not m["wnum_y"])


def _reading(ctx: dc.Context, m: re.Match[str], month: int, mday: int) -> PartialDate | None:
    """The date of one order of the digits, its year stated or taken from the dateline."""
    year_text = m["wnum_y"]
    if not 1 <= month <= 12:
        return None
    if year_text:
        year = int(year_text) if len(year_text) == 4 else dc.two_digit_year(year_text, ctx.anchor)
        return dc.day(year, month, mday)
    if ctx.anchor is None or dc.day(None, month, mday) is None:
        return None
    return dc.resolve_day(ctx, month, mday, m.span())


def with_day(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "Friday the 13th", "Mon 13th", "Sunday 31!": the nearest month whose day falls on it."""
    name = words.weekday_name(m["wdn_wd"] or m["wdn_ab"])
    mday = dc.number(m["wdn_t"] or m["wdn_o"] or m["wdn_p"] or m["wdn_d"])
    value = None
    if ctx.anchor:
        step = 1 if dc.is_future(ctx.scan, *m.span()) else -1
        value = _month_with(ctx.anchor, mday, WEEKDAYS.index(name), step)
    return dc.claim(ctx, m.span(), value, weekday=name, relative=True, noun=False)


def _month_with(anchor: dt.date, mday: int, weekday: int, step: int) -> PartialDate | None:
    """The day `mday` falling on `weekday` in the dateline's month or the nearest month in the
    direction `step` (such a day comes back within 14 months)."""
    index = anchor.year * 12 + anchor.month - 1
    for shift in range(15):
        value = dc.day((index + shift * step) // 12, (index + shift * step) % 12 + 1, mday)
        if value is not None and value.first().weekday() == weekday:
            return value
    return None
