"""The handlers of dates written in digits or as one token: "2021-04-13", "3/7/14", "18.03.2022",
"on 11/20", "20161016", "19-Jul-2014", "Sep-23-2020", "Dec31, 1994". Each takes a match of its
alternative of `datepatterns.DATE` and the `Context`; `dates` dispatches to them.
"""

from __future__ import annotations

import re

from consistency.extract import datecontext as dc
from consistency.extract import datecues as cues
from consistency.extract import datepatterns as pat
from consistency.model import DateClaim


def iso(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "2021-04-13", "2018-7-6", "sales_report-2002-10-09.xlsx"."""
    value = dc.day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return None if value is None else dc.claim(ctx, m.span(), value)


def numeric(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "3/7/14" (month first unless the article says otherwise), "18.03.2022" (day first)."""
    a, b, year_text, sep = int(m["num_a"]), int(m["num_b"]), m["num_y"], m["num_s"]
    if len(year_text) == 2 and sep != "/":
        return None  # "1.2.21" is a version, "13-14-15" a score
    year = int(year_text) if len(year_text) == 4 else dc.two_digit_year(year_text, ctx.anchor)
    # Dots are the European day-first style ("18.03.2022", Anadolu); US style never uses them.
    month, day = (b, a) if ctx.day_first or sep == "." else (a, b)
    # An impossible reading can only be the other order: "22-04-2021" (Devdiscourse).
    value = dc.day(year, month, day) or dc.day(year, day, month)
    return None if value is None else dc.claim(ctx, m.span(), value)


def month_day(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """ "on 11/20", "by 22/04", "11/20, 11/22 or 11/25": a month and a day in digits, read only
    after a cue or in a list of them; alone, "11/20" is as often a ratio or a score."""
    a, b, start = int(m["nd_a"]), int(m["nd_b"]), m.start()
    if (a, b) in ((9, 11), (24, 7)):
        return None  # "since 9/11" is 2001, "24/7" is always
    cued = dc.prev_word(ctx.scan, start) in cues.NUMERIC_CUES
    if not (cued or pat.NUMERIC_LIST.search(ctx.scan, max(0, start - 12), start)):
        return None
    for month, day in [(b, a), (a, b)] if ctx.day_first else [(a, b), (b, a)]:
        if 1 <= month <= 12 and dc.day(None, month, day):
            value = dc.resolve_day(ctx, month, day, m.span())
            return dc.claim(ctx, m.span(), value, relative=True)
    return None


def digits(m: re.Match[str], ctx: dc.Context, kind: str) -> DateClaim | None:
    """ "20161016", "2016 10 16": a year, a month and a day in digits without separators."""
    value = dc.day(*(int(m[f"{kind}_{part}"]) for part in ("y", "m", "d")))
    return None if value is None else dc.claim(ctx, m.span(), value)


def compact(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    """A date written as one token: "19-Jul-2014", "2020/23/Sep", "Sep-23-2020", "Dec31"."""
    day, month, year = (_first(m, name) for name in ("d", "m", "y"))
    if year is None:  # "Oct/2", "Dec31, 1994": the year, if any, comes after
        found = dc.day_value(m, ctx, dc.month(m["cw_m"]), int(m["cw_d3"]), "cwt_")
        return None if found is None else dc.claim(ctx, m.span(), found[0], relative=found[1])
    value = dc.day(int(year), dc.month(month or m["cw_m"]), int(day or 0))
    return None if value is None else dc.claim(ctx, m.span(), value)


# The groups of `cmp` and `cw` that hold the day, the month and the year, in every order.
_PARTS = {
    "d": ("cmp_d", "cmp_d2", "cmp_d4", "cw_d", "cw_d2"),
    "m": ("cmp_m", "cmp_m2", "cmp_m3", "cmp_m4", "cw_m"),
    "y": ("cmp_y", "cmp_y2", "cmp_y3", "cw_y", "cw_y2"),
}


def _first(m: re.Match[str], kind: str) -> str | None:
    """The day, month or year of whichever order of `cmp` or `cw` matched."""
    return next((m[g] for g in _PARTS[kind] if m[g]), None)
