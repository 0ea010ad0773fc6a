"""The values every layer shares: claims found in articles, facts declared by editors, findings.

Everything here is a frozen dataclass or an enum, so values can be hashed, compared and passed
between processes (pytest-xdist workers) without surprises. Numbers are `Decimal`, dates are
`datetime.date` or a `PartialDate`, and every span is a pair of offsets into the original text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class ConsistencyWarning(UserWarning):
    """A warning-severity finding, reported through Python's (and so pytest's) warnings."""


class Qualifier(str, Enum):
    """How a stated number bounds the true one ("about 14,000", "more than 80,000")."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    LESS_THAN = "less-than"
    UP_TO = "up-to"
    RANGE = "range"


class Severity(str, Enum):
    """`error` fails the article; `warning` is reported and lets it pass."""

    ERROR = "error"
    WARNING = "warning"


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year ("2014", "April 2021")."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        """The full date `day`."""
        return cls(day.year, day.month, day.day)

    def iso(self) -> str:
        """`2021-04-13`, `2021-04` or `2021`."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first(self) -> dt.date:
        """The first day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last(self) -> dt.date:
        """The last day this date can mean."""
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    def as_date(self) -> dt.date | None:
        """The full date, when the day is known."""
        return self.first() if self.day is not None else None

    def weekday(self) -> str | None:
        """The weekday name of a full date ("Tuesday"), None for a month or a year."""
        full = self.as_date()
        return WEEKDAYS[full.weekday()] if full else None

    def __str__(self) -> str:
        return self.iso()


# --- claims: what an article states -------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A number as stated, with the interval its wording denotes.

    >>> Quantity("more than 80,000 troops", 0, 23, Decimal(80000), Decimal(80000), None,
    ...          Qualifier.MORE_THAN, None, "troops").high is None
    True
    """

    text: str
    start: int
    end: int
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    unit: str | None = None
    noun: str | None = None
    # Where the number itself sits inside the claim (for "killed 14,000 civilians" style quoting).
    number_start: int = -1
    number_end: int = -1

    type = "quantity"


@dataclass(frozen=True)
class DateClaim:
    """A date or weekday an article names; `value` resolved against the dateline when relative."""

    text: str
    start: int
    end: int
    value: PartialDate | None
    weekday: str | None = None
    # The last day of a stated range ("February – March 2014"); None for a single date.
    until: PartialDate | None = None
    # The noun the date modifies when written as an adjective: "the 2016 election" -> "election".
    noun: str | None = None
    # True when the text gives no year or day and the value was worked out from the dateline.
    relative: bool = False
    # Days either side of the value that the wording leaves open: "two months ago" is the day
    # two months back give or take a fortnight, "three weeks ago" give or take three days.
    slack: int = 0
    # A day its month does not have ("February 30", "June 31"): a slip, with no value.
    impossible: bool = False

    type = "date"


class EntityKind(str, Enum):
    """What a name denotes."""

    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Entity:
    """A name in an article, with the role stated next to it ("State Department spokeswoman")."""

    text: str
    start: int
    end: int
    value: str
    kind: EntityKind = EntityKind.UNKNOWN
    role: str | None = None
    role_start: int = -1
    role_end: int = -1
    # The country stated with the role ("US", "Russia"): "Russia's defence minister, Sergei Shoigu".
    country: str | None = None
    # "then US Vice President Joe Biden", "former president": a past office, not a current claim.
    historical: bool = False
    # Matched to a known name only by a spelling variant ("Zelenskiy" for "Zelensky").
    fuzzy: bool = False

    type = "entity"


Claim = Quantity | DateClaim | Entity


# --- findings: what the checks conclude ---------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """A span in an article, with what a reader needs to find it."""

    article: str
    start: int
    end: int
    line: int
    column: int
    text: str
    # The sentence around the span and where it starts, for quoting.
    sentence: str = ""
    sentence_start: int = 0
    # For another article's statement quoted beside a finding: does it agree with the sheet?
    agrees: bool | None = None


@dataclass(frozen=True)
class Finding:
    """One contradiction, on one article."""

    kind: str  # "fact" or "source"
    severity: Severity
    where: Location
    message: str
    fact: str | None = None
    expected: str | None = None
    found: str | None = None
    # For a fact finding: the fact sheet line that declares the fact ("rules/story.yaml:12").
    declared_at: str | None = None
    # For a source finding: the other article's side.
    other: Location | None = None
    # Other articles of the story that state the same fact, to quote both sides.
    sources: tuple[Location, ...] = field(default=())
