"""Findings from verdicts: the message an editor reads, with both sides quoted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from consistency.articles import Article
from consistency.checks.facts import Tie
from consistency.facts import DateFact, Fact, NameFact, PersonFact, QuantityFact
from consistency.model import (
    Claim,
    DateClaim,
    Entity,
    Finding,
    Location,
    PartialDate,
    Quantity,
    Severity,
)

CALENDAR = "calendar"
# The kind of a finding where two articles of a story disagree (INTERFACE.md).
SOURCE = "source"
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def format_date(day: PartialDate) -> str:
    """ "Tuesday, April 13, 2021", "April 2021" or "2014"."""
    full = day.as_date()
    if full is not None:
        return f"{full:%A}, {_MONTHS[full.month - 1]} {full.day}, {full.year}"
    if day.month is not None:
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return str(day.year)


def describe(fact: Fact) -> str:
    """What the fact sheet says, in words: "about 14,000 people", "Jen Psaki is …"."""
    if isinstance(fact, QuantityFact):
        return f"{fact.stated} {fact.counts[0]}" if fact.counts else fact.stated
    if isinstance(fact, DateFact):
        return format_date(fact.date)
    if isinstance(fact, PersonFact):
        return f"{fact.name} is {fact.role}" if fact.role else fact.name
    assert isinstance(fact, NameFact)
    return fact.name


def claim_span(claim: Claim) -> tuple[int, int]:
    """The span to quote: a name with the role stated next to it, else the claim itself."""
    if isinstance(claim, Entity) and claim.role_start >= 0:
        return min(claim.start, claim.role_start), max(claim.end, claim.role_end)
    return claim.start, claim.end


def tie_finding(article: Article, tie: Tie, sources: Sequence[Location] = ()) -> Finding:
    """The finding for a claim that contradicts its fact."""
    fact, claim = tie.fact, tie.claim
    where = article.location(*claim_span(claim))
    found = _found(claim)
    expected = describe(fact)
    if tie.problem == "noun" and isinstance(fact, QuantityFact) and isinstance(claim, Quantity):
        expected = f"{expected}, not {claim.noun}"
    return Finding(
        kind="fact",
        severity=fact.severity,
        where=where,
        message=f'the article says "{where.text}"; the fact sheet says {expected}',
        fact=fact.id,
        expected=expected,
        found=found,
        declared_at=str(fact.origin),
        sources=tuple(sources),
    )


def calendar_finding(article: Article, claim: DateClaim, actual: str | None) -> Finding:
    """A weekday stated with a date it does not fall on (`actual`), or a day that doesn't exist
    (no `actual`)."""
    where = article.location(claim.start, claim.end)
    if actual is None or claim.value is None:
        return Finding(
            kind=CALENDAR,
            severity=Severity.ERROR,
            where=where,
            message=f'the article says "{where.text}"; there is no such day on the calendar',
            found=where.text,
        )
    expected = format_date(claim.value)
    return Finding(
        kind=CALENDAR,
        severity=Severity.ERROR,
        where=where,
        message=f'the article says "{where.text}"; on the calendar that day is a {actual}'
        f" ({expected})",
        fact=None,
        expected=expected,
        found=where.text,
    )


def sources_for(
    tie: Tie, statements: Mapping[str, Sequence[tuple[Article, Tie]]], article: Article
) -> list[Location]:
    """Where the other articles of the story state the same fact, to quote both sides; those
    that agree with the fact sheet first."""
    found = [
        replace(other.location(*claim_span(t.claim)), agrees=t.agrees)
        for other, t in statements.get(tie.fact.id, ())
        if other.path != article.path
    ]
    return sorted(found, key=lambda loc: not loc.agrees)


def _found(claim: Claim) -> str:
    if isinstance(claim, Entity):
        return claim.role or claim.text
    return claim.text
