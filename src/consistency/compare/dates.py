"""When a stated date agrees with a declared one, at the coarser of the two precisions.

"In 2014" agrees with March 18, 2014; "February – March 2014" too; "on Tuesday" agrees with
Tuesday, April 13, 2021 by its weekday, whatever the dateline it was resolved against.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from consistency.model import DateClaim, PartialDate

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def weekday_of(day: PartialDate) -> str | None:
    """The weekday name of a full date."""
    return day.weekday()


def date_agrees(claim: DateClaim, fact: PartialDate) -> bool:
    """Whether the stated date (or weekday) can be the declared one."""
    fact_weekday = weekday_of(fact)
    if claim.weekday and fact_weekday and claim.weekday != fact_weekday:
        return False
    value = claim.value
    if value is None:
        return True
    if weekday_only(claim):
        # "On Tuesday" was resolved against a dateline; only the weekday was stated.
        return True
    last = claim.until or value
    if claim.relative and value.day is not None and not _YEAR.search(claim.text):
        # "April 13" and "April 22-23" took their year from the dateline, which may be another
        # year's: compare them within the fact's year.
        shift = fact.year - value.year
        value = replace(value, year=value.year + shift)
        last = replace(last, year=last.year + shift)
    slack = dt.timedelta(days=claim.slack)
    try:
        return value.first() - slack <= fact.last() and fact.first() <= last.last() + slack
    except (ValueError, OverflowError):  # February 29 moved into a year without one
        return True


def weekday_only(claim: DateClaim) -> bool:
    """True for "on Tuesday": a weekday with no day of the month stated."""
    return claim.weekday is not None and not any(ch.isdigit() for ch in claim.text)


def weekday_conflict(claim: DateClaim) -> str | None:
    """The true weekday when a claim names a weekday its own full date does not fall on."""
    if claim.weekday is None or claim.value is None or weekday_only(claim):
        return None
    actual = weekday_of(claim.value)
    return actual if actual and actual != claim.weekday else None


def days_apart(claim: DateClaim, other: PartialDate | dt.date) -> int:
    """Days between a stated date (or range) and another date; 0 when they overlap."""
    if claim.value is None:
        return 0
    if isinstance(other, dt.date):
        first = last = other
    else:
        first, last = other.first(), other.last()
    try:
        apart = max(
            (claim.value.first() - last).days,
            (first - (claim.until or claim.value).last()).days,
        )
    except ValueError:  # an impossible day such as February 30
        return 0
    return max(apart - claim.slack, 0)
