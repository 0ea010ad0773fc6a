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
from dataclasses import dataclass

from consistency.extract import datepatterns as pat
from consistency.model import WEEKDAYS, DateClaim, PartialDate


@dataclass(frozen=True)
class _Context:
    scan: str
    anchor: dt.date | None
    day_first: bool


_Handler = Callable[[re.Match[str], _Context], "DateClaim | None"]


def extract_dates(
    scan: str, anchor: dt.date | None, *, day_first: bool = False, start: int = 0
) -> list[DateClaim]:
    """Every date expression in `scan[start:]`, in text order, resolved against `anchor`."""
    ctx = _Context(scan, anchor, day_first)
    found = (_HANDLERS[m.lastgroup or ""](m, ctx) for m in pat.DATE.finditer(scan, start))
    return [claim for claim in found if claim is not None]


# --- building a claim ---------------------------------------------------------------------------


def _claim(
    ctx: _Context,
    span: tuple[int, int],
    value: PartialDate | None,
    *,
    weekday: str | None = None,
    until: PartialDate | None = None,
    relative: bool = False,
    noun: bool = True,
) -> DateClaim:
    start, end = span
    text = ctx.scan[start:end]
    modified = _noun(ctx.scan, start, end) if noun else None
    return DateClaim(text, start, end, value, weekday, until, modified, relative)


def _noun(scan: str, start: int, end: int) -> str | None:
    """The lowercase noun a date modifies: "the 2016 election" -> "election"."""
    first_word = scan[start:end].split(maxsplit=1)[0].lower()
    if _prev_word(scan, start).lower() in pat.TEMPORAL or first_word in pat.TEMPORAL:
        return None
    for word in _next_words(scan, end):
        if not word.islower() or word in pat.STOP:
            return None
        # "the 2008-09 global financial crisis" (Bruegel) -> "crisis".
        if not word.endswith(pat.ADJECTIVE_ENDINGS):
            return word
    return None


def _prev_word(scan: str, start: int) -> str:
    m = pat.PREV_WORD.search(scan, max(0, start - 30), start)
    return m.group(1) if m else ""


def _next_words(scan: str, end: int) -> list[str]:
    m = pat.NEXT_WORDS.match(scan, end)
    return re.findall(r"[A-Za-z][\w-]*", m.group()) if m else []


def _is_future(scan: str, start: int, end: int) -> bool:
    """Whether the clause around `scan[start:end]` speaks of what is still to come."""
    cut = max(0, start - 160)
    for b in pat.CLAUSE_BREAK.finditer(scan, cut, min(len(scan), start + 2)):
        if b.end() <= start:
            cut = b.end()
    before = scan[cut:start]
    if pat.FUTURE.search(before):
        return True
    if not pat.CLAUSE_OPENER.match(before):
        return False  # "said on Tuesday that the ambassador ... would" (seed 004): past
    # The date opens its clause: "On Friday, the leaders will meet".
    lead = pat.LEAD.match(scan, end)
    begin = lead.end() if lead else end
    stop = pat.CLAUSE_STOP.search(scan, begin, begin + 80)
    return pat.FUTURE.search(scan, begin, stop.start() if stop else begin + 80) is not None


def _tense(ctx: _Context, span: tuple[int, int]) -> str:
    return "future" if _is_future(ctx.scan, *span) else "past"


def _month(name: str) -> int:
    return pat.MONTH_NUMBER[name.rstrip(".").lower()]


def _number(text: str) -> int:
    return int(text.rstrip("stndrh"))  # "22nd" -> 22


def _full_year(first: int, text: str) -> int:
    """The year `text` ends a range from `first` with: "14" after 2013 is 2014."""
    return int(text) if len(text) == 4 else first // 100 * 100 + int(text)


def _day(year: int | None, month: int, day: int) -> PartialDate | None:
    """The date, when that day exists (Feb 29 only in leap years; any year when `year` is None)."""
    try:
        return PartialDate.of(dt.date(2000 if year is None else year, month, day))
    except ValueError:
        return None


def _shift_year(anchor: dt.date, word: str) -> int:
    return anchor.year + {"last": -1, "next": 1}.get(word.lower(), 0)


# --- resolving against the dateline -------------------------------------------------------------


def _resolve_day(ctx: _Context, month: int, day: int, span: tuple[int, int]) -> PartialDate | None:
    """ "April 13" in a story dated `anchor`: the anchor's year, unless that is implausible."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    year, stated = anchor.year, (month, day)
    if _is_future(ctx.scan, *span):
        year += stated < (anchor.month, anchor.day)
    elif (month - anchor.month) * 31 + day - anchor.day > 183:
        year -= 1  # "on Dec. 30" in a story of Jan. 4 is last year's
    return _day(year, month, day)


def _resolve_month(anchor: dt.date, month: int, mode: str) -> PartialDate:
    year = anchor.year
    if mode == "last":
        year -= month >= anchor.month
    elif mode == "next":
        year += month <= anchor.month
    elif mode == "future":
        year += month < anchor.month
    elif mode == "past" and month - anchor.month > 6:
        year -= 1  # "in December" in a story of March (2019, Theresa May) is last year's
    return PartialDate(year, month)


def _resolve_weekday(anchor: dt.date, weekday: int, mode: str) -> PartialDate:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    # A weekday still to come may be the dateline itself: wire style names days within a week,
    # so "will speak Tuesday" in a Tuesday story is that day; "next Tuesday" never is.
    days = {"last": -(back or 7), "next": ahead or 7, "future": ahead}.get(mode, -back)
    return PartialDate.of(anchor + dt.timedelta(days=days))


def _period(anchor: dt.date, which: str, unit: str) -> tuple[PartialDate, PartialDate | None]:
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


# --- one handler per alternative ----------------------------------------------------------------


def _day_value(
    m: re.Match[str], ctx: _Context, month: int, day: int, tail: str
) -> tuple[PartialDate | None, bool] | None:
    """The day of `month` and whether the dateline gave its year; None when there is no such day."""
    year, rel = m[tail + "year"], m[tail + "rel"]
    if year:
        value = _day(int(year), month, day)
        return None if value is None else (value, False)
    if _day(None, month, day) is None:
        return None
    if rel:
        return (_day(_shift_year(ctx.anchor, rel), month, day) if ctx.anchor else None), True
    return _resolve_day(ctx, month, day, m.span()), True


def _dated(
    m: re.Match[str], ctx: _Context, prefix: str, weekday: str | None = None
) -> DateClaim | None:
    month, day = _month(m[prefix + "mon"]), _number(m[prefix + "day"])
    tail = "wdt_" if prefix.startswith("wd") else prefix
    found = _day_value(m, ctx, month, day, tail)
    if found is None:
        return None
    return _claim(ctx, m.span(), found[0], weekday=weekday, relative=found[1])


def _weekday_date(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    return _dated(m, ctx, "wdm_" if m["wdm_mon"] else "wdd_", weekday=m["wdate_wd"])


def _month_range(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    a, b = _month(m["mr_a"]), _month(m["mr_b"])
    wraps = b < a  # "December – February 2014" starts in 2013
    stated = m["mr_y"] or m["mr_ya"]
    if stated:
        last = int(m["mr_y"]) if m["mr_y"] else int(m["mr_ya"]) + wraps
        first = int(m["mr_ya"]) if m["mr_ya"] else last - wraps
    elif ctx.anchor:
        first = _resolve_month(ctx.anchor, a, _tense(ctx, m.span())).year
        last = first + wraps
    else:
        return _claim(ctx, m.span(), None, relative=True)
    if (first, a) >= (last, b):
        return None
    return _claim(
        ctx, m.span(), PartialDate(first, a), until=PartialDate(last, b), relative=not stated
    )


def _day_range(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    month = _month(m["dr_mon"] or m["dr_mon2"])
    a, b = (_number(m[g] or m[g + "2"]) for g in ("dr_a", "dr_b"))
    found = _day_value(m, ctx, month, a, "drt_") if a < b else None
    if found is None:
        return None
    value, relative = found
    until = _day(value.year, month, b) if value else None
    if value and until is None:
        return None
    return _claim(ctx, m.span(), value, until=until, relative=relative)


def _season(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    # Kept to the year: "winter 2014" may be its January or its December.
    first = int(m["se_a"])
    last = _full_year(first, m["se_b"]) if m["se_b"] else None
    if last is not None and last <= first:
        return None
    return _claim(ctx, m.span(), PartialDate(first), until=PartialDate(last) if last else None)


def _iso(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    value = _day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return None if value is None else _claim(ctx, m.span(), value)


def _numeric(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    a, b, year_text, sep = int(m["num_a"]), int(m["num_b"]), m["num_y"], m["num_s"]
    if len(year_text) == 2 and sep != "/":
        return None  # "1.2.21" is a version, "13-14-15" a score
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year >= 50 else 2000
    # Dots are the European day-first style ("18.03.2022", Anadolu); US style never uses them.
    month, day = (b, a) if ctx.day_first or sep == "." else (a, b)
    # An impossible reading can only be the other order: "22-04-2021" (Devdiscourse).
    value = _day(year, month, day) or _day(year, day, month)
    return None if value is None else _claim(ctx, m.span(), value)


def _year_range(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    first = int(m["yr_a"])
    last = _full_year(first, m["yr_b"])
    if last <= first:  # "2021-04" is no range; keep the year
        return _year_claim(ctx, m.span("yr_a"), first)
    return _claim(ctx, m.span(), PartialDate(first), until=PartialDate(last))


def _year_claim(ctx: _Context, span: tuple[int, int], year: int) -> DateClaim | None:
    start, end = span
    words, prev = _next_words(ctx.scan, end), _prev_word(ctx.scan, start)
    if prev in pat.DESIGNATORS or (words and words[0] in pat.CLOCK_AFTER):
        return None
    if _counts(ctx.scan, start, words, prev.lower()):
        return None
    return _claim(ctx, span, PartialDate(year))


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


def _weekday(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    scan, name = ctx.scan, m["wd_w"]
    words = _next_words(scan, m.end())
    named = _prev_word(scan, m.start("wd_w")) in pat.WEEKDAY_NAMES  # "Super Tuesday"
    if (
        named
        or (words and words[0] in pat.WEEKDAY_TITLES)
        or scan.endswith("Mail on ", 0, m.start())
    ):
        return None  # "the Sunday Times", "the Mail on Sunday"
    mod = (m["wd_m"] or "").lower().split()
    if mod and mod[0] in ("last", "next"):
        mode = mod[0]
    else:  # "this coming Tuesday" is the next one
        mode = "next" if len(mod) == 2 else _tense(ctx, m.span())
    anchor = ctx.anchor
    value = _resolve_weekday(anchor, WEEKDAYS.index(name), mode) if anchor else None
    return _claim(ctx, m.span(), value, weekday=name, relative=True, noun=False)


def _month_alone(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    name, mod, anchor = m["mo_mon"], (m["mo_m"] or "").lower(), ctx.anchor
    if not (mod or m["mo_q"] or _month_cued(ctx.scan, m.start(), name)):
        return None
    month = _month(name)
    if anchor is None:
        value = None
    elif m["mo_rel"]:
        value = PartialDate(_shift_year(anchor, m["mo_rel"]), month)
    else:
        value = _resolve_month(anchor, month, mod or _tense(ctx, m.span()))
    return _claim(ctx, m.span(), value, relative=True, noun=False)


def _month_cued(scan: str, start: int, name: str) -> bool:
    """Whether a bare month name is a date: "in May", "since March", "the end of June"."""
    words = [w.lstrip("(\"“‘'").lower() for w in scan[max(0, start - 30) : start].split()[-2:]]
    if not words or not scan[start - 1 : start].isspace():
        return False
    if words[-1] == "of":
        return len(words) == 2 and words[0] in pat.MONTH_OF_CUES
    return words[-1] in (pat.MAY_CUES if name == "May" else pat.MONTH_CUES)


def _relative(m: re.Match[str], ctx: _Context) -> DateClaim | None:
    scan, anchor, word = ctx.scan, ctx.anchor, (m["rel_d"] or "").lower()
    words = _next_words(scan, m.end())
    if m["rel_d"] == "Today" and (
        _prev_word(scan, m.start()) in ("USA", "Russia") or words[:1] in (["show"], ["programme"])
    ):
        return None  # "USA Today", "Russia Today", "the Today programme"
    unit, which = m["rel_u"] or "day", (m["rel_m"] or "this").lower()
    if unit in ("morning", "afternoon", "evening"):
        if which != "this":
            return None
        unit = "day"
    value, until = None, None
    if anchor and unit == "day":
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        value = PartialDate.of(anchor + dt.timedelta(days=shift))
    elif anchor:
        value, until = _period(anchor, which, unit)
    return _claim(ctx, m.span(), value, until=until, relative=True, noun=False)


_HANDLERS: dict[str, _Handler] = {
    "wdate": _weekday_date,
    "mr": _month_range,
    "dr": _day_range,
    "md": lambda m, ctx: _dated(m, ctx, "md_"),
    "dm": lambda m, ctx: _dated(m, ctx, "dm_"),
    "my": lambda m, ctx: _claim(ctx, m.span(), PartialDate(int(m["my_y"]), _month(m["my_mon"]))),
    "se": _season,
    "dec": lambda m, ctx: _claim(
        ctx, m.span(), PartialDate(int(m["dec_y"])), until=PartialDate(int(m["dec_y"]) + 9)
    ),
    "iso": _iso,
    "yr": _year_range,
    "num": _numeric,
    "yy": lambda m, ctx: _year_claim(ctx, m.span(), int(m["yy_y"])),
    "wd": _weekday,
    "mo": _month_alone,
    "rel": _relative,
}
