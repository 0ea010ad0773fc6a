"""What editors declare in a fact sheet (`rules/*.yaml`), as loaded and validated values.

The loader (`consistency.factsheet`) builds these from YAML; the checks only read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from consistency.model import PartialDate, Qualifier, Severity


@dataclass(frozen=True)
class Origin:
    """Where in a fact sheet a value was declared, for messages: `rules/story.yaml:12`."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class QuantityFact:
    """An established figure: "about 14,000 people killed", "more than 80,000 troops"."""

    id: str
    origin: Origin
    severity: Severity
    # As the editor wrote it ("about 14,000"), and as parsed.
    stated: str
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    # Extra slack around the figure: a fraction of it (0.05 for "5%") or an absolute amount.
    tolerance: Decimal | None
    tolerance_is_relative: bool
    unit: str | None
    # What is counted ("people"), with the words that mean the same ("lives", "dead").
    counts: tuple[str, ...]
    # What the figure must not be called ("civilians": the toll counts all people killed).
    not_counts: tuple[str, ...]
    # Words near a number that tie it to this fact ("killed", "death toll", "war").
    cues: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class DateFact:
    """The day (or month, or year) of an event: "the call was on Tuesday, April 13, 2021"."""

    id: str
    origin: Origin
    severity: Severity
    date: PartialDate
    # Words that tie a date in an article to this event ("phone call", "telephone").
    cues: tuple[str, ...]
    note: str | None = None

    @property
    def weekday(self) -> str | None:
        """The weekday of the event, when its day is known."""
        day = self.date.as_date()
        return day.strftime("%A") if day else None


@dataclass(frozen=True)
class PersonFact:
    """A person and the office they hold in this story."""

    id: str
    origin: Origin
    severity: Severity
    name: str
    aliases: tuple[str, ...]
    # The office, the other ways of saying it, and offices wrongly given to this person.
    role: str | None
    role_aliases: tuple[str, ...]
    not_roles: tuple[str, ...]
    note: str | None = None


@dataclass(frozen=True)
class NameFact:
    """A place or organisation and its other spellings (Kyiv/Kiev, Donbas/Donbass)."""

    id: str
    origin: Origin
    severity: Severity
    kind: str  # "place" or "organisation"
    name: str
    aliases: tuple[str, ...]
    note: str | None = None


Fact = QuantityFact | DateFact | PersonFact | NameFact


@dataclass(frozen=True)
class Story:
    """The story a fact sheet is about and where its articles are."""

    id: str
    title: str | None
    # The day of the story: anchors "on Tuesday" in articles with no `published` date.
    date: dt.date | None
    # Globs of article paths, relative to the project root; empty means every article checked.
    articles: tuple[str, ...]


@dataclass(frozen=True)
class FactSheet:
    """One loaded `rules/*.yaml` file."""

    path: str
    story: Story
    facts: tuple[Fact, ...] = field(default=())
