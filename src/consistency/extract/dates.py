"""Dates as news writes them: "Tuesday, April 13", "mid-March 2021", "since 2014", "on Wednesday".

One compiled pattern finds every candidate in a single `finditer` pass; a handler per kind turns the
match into a `DateClaim`, resolving what the text leaves out (the year, the week) against the
article's dateline. The extractor reports what is written and does not judge it: a weekday that
doesn't fall on its date is the checks' business.

>>> [(c.text, str(c.value)) for c in extract_dates("It rang on Tuesday, April 13, 2021.", None)]
[('Tuesday, April 13, 2021', '2021-04-13')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from consistency.extract import datecontext as dc
from consistency.extract import datepatterns as pat
from consistency.extract import daterelative
from consistency.model import WEEKDAYS, DateClaim, PartialDate

_Handler = Callable[[re.Match[str], dc.Context], "DateClaim | None"]


def extract_dates(
    scan: str, anchor: dt.date | None, *, day_first: bool = False, start: int = 0
) -> list[DateClaim]:
    """Every date expression in `scan[start:]`, in text order, resolved against `anchor`."""
    ctx = dc.Context(scan, anchor, day_first)
    found = (_HANDLERS[m.lastgroup or ""](m, ctx) for m in pat.DATE.finditer(scan, start))
    return [claim for claim in found if claim is not None]


# --- one handler per alternative ----------------------------------------------------------------


def _day_value(
    m: re.Match[str], ctx: dc.Context, month: int, day: int, tail: str
) -> tuple[PartialDate | None, bool] | None:
    """The day of `month` and whether the dateline gave its year; None when there is no such day."""
    year, rel = m[tail + "year"], m[tail + "rel"]
    if year:
        value = dc.day(int(year), month, day)
        return None if value is None else (value, False)
    if dc.day(None, month, day) is None:
        return None
    if rel:
        return (dc.day(dc.shift_year(ctx.anchor, rel), month, day) if ctx.anchor else None), True
    return dc.resolve_day(ctx, month, day, m.span()), True


def _dated(
    m: re.Match[str], ctx: dc.Context, prefix: str, weekday: str | None = None
) -> DateClaim | None:
    month, day = dc.month(m[prefix + "mon"]), dc.number(m[prefix + "day"])
    tail = "wdt_" if prefix.startswith("wd") else prefix
    found = _day_value(m, ctx, month, day, tail)
    if found is None:
        return None
    return dc.claim(ctx, m.span(), found[0], weekday=weekday, relative=found[1])


def _weekday_date(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    return _dated(m, ctx, "wdm_" if m["wdm_mon"] else "wdd_", weekday=m["wdate_wd"])


def _month_range(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    a, b = dc.month(m["mr_a"]), dc.month(m["mr_b"])
    wraps = b < a  # "December – February 2014" starts in 2013
    stated = m["mr_y"] or m["mr_ya"]
    if stated:
        last = int(m["mr_y"]) if m["mr_y"] else int(m["mr_ya"]) + wraps
        first = int(m["mr_ya"]) if m["mr_ya"] else last - wraps
    elif ctx.anchor:
        first = dc.resolve_month(ctx.anchor, a, dc.tense(ctx, m.span())).year
        last = first + wraps
    else:
        return dc.claim(ctx, m.span(), None, relative=True)
    if (first, a) >= (last, b):
        return None
    return dc.claim(
        ctx, m.span(), PartialDate(first, a), until=PartialDate(last, b), relative=not stated
    )


def _day_range(m: re.Match[str], ctx: dc.Context, prefix: str) -> DateClaim | None:
    month = dc.month(m[prefix + "mon"])
    a, b = (dc.number(m[prefix + g]) for g in ("a", "b"))
    found = _day_value(m, ctx, month, a, prefix[:2] + "t_") if a < b else None
    if found is None:
        return None
    value, relative = found
    until = dc.day(value.year, month, b) if value else None
    if value and until is None:
        return None
    return dc.claim(ctx, m.span(), value, until=until, relative=relative)


def _season(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    # Kept to the year: "winter 2014" may be its January or its December.
    first = int(m["se_a"])
    last = dc.full_year(first, m["se_b"]) if m["se_b"] else None
    if last is not None and last <= first:
        return None
    return dc.claim(ctx, m.span(), PartialDate(first), until=PartialDate(last) if last else None)


def _iso(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    value = dc.day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return None if value is None else dc.claim(ctx, m.span(), value)


def _numeric(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    a, b, year_text, sep = int(m["num_a"]), int(m["num_b"]), m["num_y"], m["num_s"]
    if len(year_text) == 2 and sep != "/":
        return None  # "1.2.21" is a version, "13-14-15" a score
    year = int(year_text)
    if len(year_text) == 2:  # at most ten years ahead of the dateline: "3/18/40" in 2016 is 1940
        year += 2000 if year <= (ctx.anchor.year if ctx.anchor else 2039) - 1990 else 1900
    # Dots are the European day-first style ("18.03.2022", Anadolu); US style never uses them.
    month, day = (b, a) if ctx.day_first or sep == "." else (a, b)
    # An impossible reading can only be the other order: "22-04-2021" (Devdiscourse).
    value = dc.day(year, month, day) or dc.day(year, day, month)
    return None if value is None else dc.claim(ctx, m.span(), value)


def _year_range(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    first = int(m["yr_a"])
    last = dc.full_year(first, m["yr_b"])
    if last <= first:  # "2021-04" is no range; keep the year
        return _year_claim(ctx, m.span("yr_a"), first)
    return dc.claim(ctx, m.span(), PartialDate(first), until=PartialDate(last))


def _year_claim(ctx: dc.Context, span: tuple[int, int], year: int) -> DateClaim | None:
    start, end = span
    words, prev = dc.next_words(ctx.scan, end), dc.prev_word(ctx.scan, start)
    if prev in pat.DESIGNATORS or (words and words[0] in pat.CLOCK_AFTER):
        return None
    if _counts(ctx.scan, start, words, prev.lower()):
        return None
    return dc.claim(ctx, span, PartialDate(year))


def _counts(scan: str, start: int, words: list[str], prev: str) -> bool:
    """Whether a number like a year counts things: "the movement of the 2000 personnel"."""
    if prev in pat.TEMPORAL:
        return False  # "In 2014 Russian troops seized Crimea"
    if any(w in pat.COUNTED for w in words[:2]):
        return True
    first = words[0] if words else ""
    plural = first.islower() and first.endswith("s") and not first.endswith(("ss", "us", "is"))
    counted = pat.QUANTITY_BEFORE.search(scan, max(0, start - 24), start) is not None
    return plural and counted and prev not in pat.DETERMINERS


def _weekday(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    scan, name = ctx.scan, m["wd_w"]
    words = dc.next_words(scan, m.end())
    named = dc.prev_word(scan, m.start("wd_w")) in pat.WEEKDAY_NAMES  # "Super Tuesday"
    if (
        named
        or (words and words[0] in pat.WEEKDAY_TITLES)
        or scan.endswith("Mail on ", 0, m.start())
    ):
        return None  # "the Sunday Times", "the Mail on Sunday"
    mod = (m["wd_m"] or "").lower().split()
    if m["wd_wk"] and ctx.anchor:  # "Tuesday of next week"
        day = daterelative.week_day(ctx.anchor, m["wd_wk"], name)
        return dc.claim(ctx, m.span(), day, weekday=name, relative=True, noun=False)
    if mod and mod[0] in ("last", "next"):
        mode = mod[0]
    else:  # "this coming Tuesday" is the next one
        mode = "next" if len(mod) == 2 else dc.tense(ctx, m.span())
    anchor = ctx.anchor
    value = dc.resolve_weekday(anchor, WEEKDAYS.index(name), mode) if anchor else None
    return dc.claim(ctx, m.span(), value, weekday=name, relative=True, noun=False)


def _month_alone(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    name, mod, anchor = m["mo_mon"], (m["mo_m"] or "").lower(), ctx.anchor
    if not (mod or m["mo_q"] or _month_cued(ctx.scan, m.start(), name)):
        return None
    month = dc.month(name)
    if anchor is None:
        value = None
    elif m["mo_rel"]:
        value = PartialDate(dc.shift_year(anchor, m["mo_rel"]), month)
    else:
        value = dc.resolve_month(anchor, month, mod or dc.tense(ctx, m.span()))
    return dc.claim(ctx, m.span(), value, relative=True, noun=False)


def _month_cued(scan: str, start: int, name: str) -> bool:
    """Whether a bare month name is a date: "in May", "since March", "the end of June"."""
    words = [w.lstrip("(\"“‘'").lower() for w in scan[max(0, start - 30) : start].split()[-2:]]
    if not words or not scan[start - 1 : start].isspace():
        return False
    if words[-1] == "of":
        return len(words) == 2 and words[0] in pat.MONTH_OF_CUES
    return words[-1] in (pat.MAY_CUES if name == "May" else pat.MONTH_CUES)


_HANDLERS: dict[str, _Handler] = {
    "cmp": daterelative.compact,
    "hol": daterelative.holiday,
    "ago": lambda m, ctx: daterelative.ago(m, ctx, m["ago_n"], m["ago_u"]),
    "nth": daterelative.nth,
    "wdate": _weekday_date,
    "mr": _month_range,
    "dr": lambda m, ctx: _day_range(m, ctx, "dr_"),
    "dd": lambda m, ctx: _day_range(m, ctx, "dd_"),
    "md": lambda m, ctx: _dated(m, ctx, "md_"),
    "dm": lambda m, ctx: _dated(m, ctx, "dm_"),
    "dw": lambda m, ctx: _dated(m, ctx, "dw_"),
    "my": lambda m, ctx: dc.claim(
        ctx, m.span(), PartialDate(int(m["my_y"]), dc.month(m["my_mon"]))
    ),
    "se": _season,
    "dec": lambda m, ctx: dc.claim(
        ctx, m.span(), PartialDate(int(m["dec_y"])), until=PartialDate(int(m["dec_y"]) + 9)
    ),
    "iso": _iso,
    "yr": _year_range,
    "num": _numeric,
    "yy": lambda m, ctx: _year_claim(ctx, m.span(), int(m["yy_y"])),
    "wd": _weekday,
    "mo": _month_alone,
    "rel": daterelative.relative,
}
