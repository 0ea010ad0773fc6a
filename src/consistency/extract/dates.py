"""Dates as news writes them: "Tuesday, April 13", "mid-March 2021", "since 2014", "on Wednesday".

One compiled pattern (`datepatterns`) finds every candidate in a single `finditer` pass; a handler
per kind (here, and in `dateweekdays`, `datedigits`, `daterelative` and `dateoffsets`) turns the
match into a `DateClaim`, resolving what the text leaves out (the year, the week) against the
article's dateline. The extractor reports what is written and does not judge it: a weekday that
doesn't fall on its date is the checks' business.

>>> [(c.text, str(c.value)) for c in extract_dates("It rang on Tuesday, April 13, 2021.", None)]
[('Tuesday, April 13, 2021', '2021-04-13')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from consistency.extract import datecontext as dc
from consistency.extract import datecues as cues
from consistency.extract import datedigits, dateoffsets, daterelative, dateweekdays
from consistency.extract import datepatterns as pat
from consistency.extract import datewords as words
from consistency.model import DateClaim, PartialDate

_Handler = Callable[[re.Match[str], dc.Context], "DateClaim | None"]


def extract_dates(
    scan: str, anchor: dt.date | None, *, day_first: bool = False, start: int = 0
) -> list[DateClaim]:
    """Every date expression in `scan[start:]`, in text order, resolved against `anchor`."""
    ctx = dc.Context(scan, anchor, day_first)
    claims: list[DateClaim] = []
    end = searched = start
    for at in _candidates(scan, start):
        # A counted offset reads the date it counts from ("3 days after January 12th"), which
        # the search then meets again on its own: it is part of the claim already made.
        if at < searched or at < end:
            continue
        m = pat.DATE.match(scan, at)
        if m is None:
            continue
        searched = m.end()
        claim = _handle(m, ctx)
        if claim is not None:
            claims.append(claim)
            end = claim.end
    return claims


def _candidates(scan: str, start: int) -> Iterator[int]:
    """The positions where `pat.DATE` may match, in order, as its own search would try them."""
    yield start
    for m in pat.CANDIDATE.finditer(scan, max(0, start - 1)):
        if m.end() > start:
            yield m.end()


def _handle(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    try:
        return _HANDLERS[m.lastgroup or ""](m, ctx)
    except OverflowError:
        return None  # counted past the ends of the calendar from a dateline in year 1 or 9999


def _claim_at(ctx: dc.Context, at: int) -> DateClaim | None:
    """The date claim that starts at `at`, if one does."""
    m = pat.DATE.match(ctx.scan, at)
    return _handle(m, ctx) if m else None


# --- one handler per alternative ----------------------------------------------------------------


def _dated(
    m: re.Match[str],
    ctx: dc.Context,
    prefix: str,
    weekday: str | None = None,
    *,
    tail: str | None = None,
) -> DateClaim | None:
    """A day and a month, the year from the tail after them or from the dateline."""
    month, day = dc.month(m[prefix + "mon"]), dc.number(m[prefix + "day"])
    if _GLUED_COUNT.match(ctx.scan, m.end()) and ctx.scan[m.end() - 1].isdigit():
        return None  # "In February 29,000 jobs were added", "In March 29-year-old Jones"
    tail = tail or ("wdt_" if prefix.startswith("wd") else prefix)
    found = dc.day_value(m, ctx, month, day, tail)
    if found is None:
        if not _no_such_day(ctx, m, m[prefix + "day"], tail, weekday):
            return None
        return dc.claim(ctx, m.span(), None, weekday=weekday, impossible=True)
    value, relative = found
    if weekday and relative and value is not None and ctx.anchor is not None:
        value = _weekday_year(value, weekday, ctx.anchor)
    return dc.claim(ctx, m.span(), value, weekday=weekday, relative=relative)


# A count the day's digits begin: "29,000 jobs", "a 30-year fixed rate", "31-year-old".
_GLUED_COUNT = re.compile(r",\d{3}(?!\d)|-[a-z]")
# What a count has after it: "By June 31 people had died", "In September 31% of voters".
_COUNTED = re.compile(
    r"[ \t]*(?:[%$£€\d]|(?!(?:and|or|but|in|at|to|as|when|while|after|before|is|was|will|"
    r"would|the|a|an)\b)\w)",
    re.I,
)


def _no_such_day(
    ctx: dc.Context, m: re.Match[str], day: str, tail: str, weekday: str | None
) -> bool:
    """Whether a month and a day it lacks are a date all the same: a slip ("on June 31", "June
    31st", "Tuesday, February 30, 2024", "until June 31."), not a month and a count ("By June
    31 people had died", "In September 31% of voters", "the 31 June graduates")."""
    if weekday or not day.isdigit() or dc.stated_year(m, ctx, tail):
        return True
    if ctx.scan[max(0, m.start() - 3) : m.start()].lower() == "on ":
        return True
    noun = (
        dc.EVENT_NOUN.match(ctx.scan, m.end() + 1)
        if ctx.scan[m.end() : m.end() + 1] == " "
        else None
    )
    if noun and not noun.group().lower().endswith("s"):
        return True  # "the June 31 deadline", "the February 30 vote"; not "June 31 votes"
    return _COUNTED.match(ctx.scan, m.end()) is None


def _weekday_year(value: PartialDate, weekday: str, anchor: dt.date) -> PartialDate:
    """The dateline's year for a day the tense moved to another, when the weekday stated with it
    falls there: "declared Tuesday, December 20, a national holiday" in a paper of Monday,
    December 19, 2022 is that Tuesday, not December 20, 2021 (a Monday)."""
    if value.year == anchor.year or value.month is None or value.day is None:
        return value
    mine = dc.day(anchor.year, value.month, value.day)
    if mine is None or value.weekday() == weekday or mine.weekday() != weekday:
        return value
    return mine


def _weekday_date(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    prefix = "wdm_" if m["wdm_mon"] else "wdd_" if m["wdd_mon"] else "wdh_"
    return _dated(m, ctx, prefix, weekday=words.weekday_name(m["wdate_wd"]))


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
    found = dc.day_value(m, ctx, month, a, prefix[:2] + "t_") if a < b else None
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


def _year_range(m: re.Match[str], ctx: dc.Context) -> DateClaim | None:
    first = int(m["yr_a"])
    last = dc.full_year(first, m["yr_b"])
    if last <= first:  # "2021-04" is no range; keep the year
        return _year_claim(ctx, m.span("yr_a"), first)
    return dc.claim(ctx, m.span(), PartialDate(first), until=PartialDate(last))


def _year_claim(ctx: dc.Context, span: tuple[int, int], year: int) -> DateClaim | None:
    start, end = span
    following, prev = dc.next_words(ctx.scan, end), dc.prev_word(ctx.scan, start)
    if prev in cues.DESIGNATORS or (following and following[0] in cues.CLOCK_AFTER):
        return None
    if _counts(ctx.scan, start, following, prev.lower()):
        return None
    if year < 1900 and _counts_old(ctx.scan, start, following):
        return None
    return dc.claim(ctx, span, PartialDate(year))


def _counts_old(scan: str, start: int, following: list[str]) -> bool:
    """Whether "1500" after a preposition counts things: "in 1500 cases", "a total of 1800"
    ("founded in 1884 as a", "the famine of 1845 killed" are years)."""
    first = following[0] if following else ""
    if first in cues.COUNTED:
        return True
    if first.islower() and first.endswith("s") and not first.endswith(("ss", "us", "is")):
        return first not in cues.STOP
    return cues.COUNT_OF.search(scan, max(0, start - 24), start) is not None


def _counts(scan: str, start: int, following: list[str], prev: str) -> bool:
    """Whether a number like a year counts things: "the movement of the 2000 personnel"."""
    if prev in cues.TEMPORAL:
        return False  # "In 2014 Russian troops seized Crimea"
    if any(w in cues.COUNTED for w in following[:2]):
        return True
    first = following[0] if following else ""
    # A hedge before it counts capitalised people too: "Some 2000 Russians died".
    plural = first.endswith("s") and not first.endswith(("ss", "us", "is"))
    counted = cues.QUANTITY_BEFORE.search(scan, max(0, start - 24), start) is not None
    return plural and counted and prev not in cues.DETERMINERS


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
    before = [w.lstrip("(\"“‘'").lower() for w in scan[max(0, start - 30) : start].split()[-2:]]
    if not before or not scan[start - 1 : start].isspace():
        return False
    if before[-1] == "of":
        return len(before) == 2 and before[0] in cues.MONTH_OF_CUES
    return before[-1] in (cues.MAY_CUES if name == "May" else cues.MONTH_CUES)


_HANDLERS: dict[str, _Handler] = {
    "cmp": datedigits.compact,
    "c8": lambda m, ctx: datedigits.digits(m, ctx, "c8"),
    "hol": daterelative.holiday,
    "nth": daterelative.nth,
    "wdate": _weekday_date,
    "wnum": dateweekdays.with_number,
    "wdn": dateweekdays.with_day,
    "mr": _month_range,
    "dr": lambda m, ctx: _day_range(m, ctx, "dr_"),
    "dd": lambda m, ctx: _day_range(m, ctx, "dd_"),
    "dl": lambda m, ctx: _dated(m, ctx, "dl_", tail="dlt_"),  # "18 and 19 June"
    "md": lambda m, ctx: _dated(m, ctx, "md_"),
    "mdw": lambda m, ctx: _dated(m, ctx, "mdw_"),
    "dm": lambda m, ctx: _dated(m, ctx, "dm_"),
    "dw": lambda m, ctx: _dated(m, ctx, "dw_"),
    "dmw": lambda m, ctx: _dated(m, ctx, "dmw_"),
    "cw": datedigits.compact,
    "my": lambda m, ctx: dc.claim(
        ctx, m.span(), PartialDate(int(m["my_y"]), dc.month(m["my_mon"]))
    ),
    "se": _season,
    "off": lambda m, ctx: dateoffsets.offset(m, ctx, _claim_at),
    "dec": lambda m, ctx: dc.claim(
        ctx, m.span(), PartialDate(int(m["dec_y"])), until=PartialDate(int(m["dec_y"]) + 9)
    ),
    "iso": datedigits.iso,
    "sp": lambda m, ctx: datedigits.digits(m, ctx, "sp"),
    "yr": _year_range,
    "num": datedigits.numeric,
    "nd": datedigits.month_day,
    "yy": lambda m, ctx: _year_claim(ctx, m.span(), int(m["yy_y"])),
    "wd": dateweekdays.weekday,
    "wab": dateweekdays.listed,
    "mo": _month_alone,
    "rel": daterelative.relative,
}
