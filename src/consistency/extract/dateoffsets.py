"""Dates told as a count of days, weeks, months or years from another: "two weeks ago", "in two
weeks' time", "three weeks from tomorrow", "2 weeks before May 13 1999", "two months after next
Friday", "Monday two weeks from now".

The count is read here; the date it counts from, when one is written, is read by the same pattern
as every other date (`Base`, passed in by `dates`), so "after Christmas" and "after January 12th"
need nothing of their own. The value is the day the arithmetic gives, with the `slack` the unit
leaves open: "two months ago" is not to the day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from consistency.extract import datecontext as dc
from consistency.extract import datepatterns as pat
from consistency.extract import datewords as words
from consistency.model import WEEKDAYS, DateClaim, PartialDate

Base = Callable[[dc.Context, int], "DateClaim | None"]
"""The date claim that starts at an offset in the text, if one does."""

_Count = tuple[int, str]
_SPACE = re.compile(r"[^\S\n]+(?:\n[^\S\n]*)?")
# A figure right before "in three years": "earn $10,000 in three years", "grew 5% in two years".
_MEASURED = re.compile(r"(?:\d[\d,.]*[^\S\n]*(?:%|[A-Za-z]+)?|\d%)(?:[^\S\n]+[a-z]+)?[^\S\n]+\Z")
# A record within a few words before "in two years": "the highest level in 30 years".
_RECORD = re.compile(
    r"\b(?:first|last|time|times|ever|record|best|worst|(?:high|low|bigg|larg|small|fast|slow|"
    r"strong|weak|deep|sharp|steep|long|short|great|hott|cold|wett|dri|heavi|busi|poor|rich|"
    r"cheap)est)"
    r"(?:[^\S\n]+[\w'’-]+){0,3}[^\S\n]+\Z",
    re.I,
)


def offset(m: re.Match[str], ctx: dc.Context, base_at: Base) -> DateClaim | None:
    """A counted offset from the dateline ("ago", "in") or from the date that follows it."""
    counts = [(_count(m["off_n"]), m["off_u"].lower())]
    if m["off_n2"]:
        counts.append((_count(m["off_n2"]), m["off_u2"].lower()))
    if m["off_half"]:  # "a year and a half ago": six months more
        half = _HALF.get(counts[0][1])
        if half is None:
            return None  # "a day and a half ago" is no day
        counts.append(half)
    direction = (m["off_dir"] or "in").lower()
    if direction == "in" and not m["off_time"] and _lasting(ctx, m):
        return None  # "the highest in two years", "killed 20 people in three days": a duration
    end, base = m.end(), None
    if direction not in ("in", "ago"):
        space = _SPACE.match(ctx.scan, m.end())
        found = _base(ctx, space.end() if space else m.end(), direction, base_at)
        if found is None:
            return None  # "two days after the vote"
        base, end = found
    elif ctx.anchor:
        base = PartialDate.of(ctx.anchor)
    sign = -1 if direction in ("ago", "before") else 1
    value = _shifted(base, counts, sign) if base else None
    weekday = m["off_wd"]
    on = pat.ON_WEEKDAY.match(ctx.scan, end)
    if on and not weekday:  # "3 weeks after Christmas on Friday"
        weekday, end = on["wd"], on.end()
    if weekday:
        weekday = words.weekday_name(weekday)
        value = _in_week(value, weekday) if value and value.day else None
    slack = 0 if weekday else min(words.UNIT_SLACK[unit] for _, unit in counts)
    span = (m.start(), end)
    return dc.claim(ctx, span, value, weekday=weekday, relative=True, noun=False, slack=slack)


_HALF: dict[str, _Count] = {
    "year": (6, "month"),
    "month": (15, "day"),
    "fortnight": (7, "day"),
    "week": (4, "day"),
}


def _lasting(ctx: dc.Context, m: re.Match[str]) -> bool:
    """Whether "in two weeks" is a span of time rather than the day it ends: only a future
    clause counts forward ("the talks will resume in two weeks"), and not after a record ("it
    will be the first time in two years", "the highest in a decade")."""
    start = m.start("off_in")
    if _RECORD.search(ctx.scan, max(0, start - 40), start):
        return True
    if _MEASURED.search(ctx.scan, max(0, start - 40), start):
        return True  # "will cut 500 jobs in three years": the time the figure takes
    return not dc.is_future(ctx.scan, *m.span())


def _count(text: str) -> int:
    return words.COUNT_WORDS.get(text.lower()) or int(text)


def _base(
    ctx: dc.Context, at: int, direction: str, base_at: Base
) -> tuple[PartialDate | None, int] | None:
    """The date counted from and where it ends: "now", "tomorrow", or a date written there."""
    word = pat.BASE_WORD.match(ctx.scan, at)
    if word:
        name = word.group().lower()
        if name == "now" and direction != "from":
            return None  # "a week before now" is no news English
        shift = {"tomorrow": 1, "tmrw": 1, "yesterday": -1}.get(name, 0)
        day = ctx.anchor + dt.timedelta(days=shift) if ctx.anchor else None
        return (PartialDate.of(day) if day else None), word.end()
    claim = base_at(ctx, at)
    if claim is None or claim.until is not None or (claim.value and claim.value.day is None):
        # "two weeks after April 22-23" counts from no one day; "served 10 years from 2010" and
        # "jailed for ten years after 2014" are spans of time, not dates.
        return None
    return claim.value, claim.end


def _shifted(base: PartialDate, counts: list[_Count], sign: int) -> PartialDate | None:
    """The day `base` moved by the counts."""
    day = base.first()
    try:
        for n, unit in counts:
            day = _add(day, sign * n, unit)
    except (ValueError, OverflowError):
        return None  # past the ends of the calendar
    return PartialDate.of(day)


def _add(day: dt.date, n: int, unit: str) -> dt.date:
    if unit in words.UNIT_DAYS:
        return day + dt.timedelta(days=n * words.UNIT_DAYS[unit])
    index = day.year * 12 + day.month - 1 + n * (12 if unit == "year" else 1)
    year, month = index // 12, index % 12 + 1
    # "a month after January 31" is the end of February.
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _in_week(value: PartialDate, weekday: str) -> PartialDate | None:
    """ "Monday two weeks from now": that weekday in the week (Monday to Sunday) of the count."""
    day = value.first()
    shift = WEEKDAYS.index(weekday) - day.weekday()
    try:
        return PartialDate.of(day + dt.timedelta(days=shift))
    except OverflowError:
        return None  # the week runs off the calendar
