"""Where each article stands on each fact of its sheets: agrees, contradicts, or not mentioned.

The facts × articles table of the HTML report is built from these. Only facts an article can
state are listed: figures, dates and offices. A place or organisation (Kyiv/Kiev) is a spelling,
never stated or contradicted, and a person without a declared role has no office to check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from consistency.articles import Article
from consistency.checks.facts import Tie
from consistency.checks.findings import claim_span, describe
from consistency.facts import DateFact, Fact, PersonFact, QuantityFact
from consistency.model import Location


class Stance(str, Enum):
    """An article's stance on one fact."""

    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    NOT_MENTIONED = "not mentioned"


@dataclass(frozen=True)
class FactVerdict:
    """One article on one fact: its stance, and the statement that decides it."""

    fact: str
    stance: Stance
    # What the fact sheet says ("about 14,000 people") and where ("rules/story.yaml:15").
    expected: str
    declared_at: str
    # The first contradicting statement, else the first agreeing one; None when not mentioned.
    where: Location | None = None
    # How many of the article's statements tie to the fact.
    statements: int = 0


def stated_facts(facts: Sequence[Fact]) -> list[Fact]:
    """The facts an article can state or contradict, in the order the sheets declare them."""
    return [
        f
        for f in facts
        if isinstance(f, QuantityFact | DateFact) or (isinstance(f, PersonFact) and f.role)
    ]


def fact_verdicts(
    article: Article, facts: Sequence[Fact], ties: Sequence[Tie]
) -> tuple[FactVerdict, ...]:
    """The article's stance on every fact it could state, from its ties."""
    by_fact: dict[str, list[Tie]] = {}
    for tie in ties:
        by_fact.setdefault(tie.fact.id, []).append(tie)
    verdicts = []
    for fact in stated_facts(facts):
        tied = by_fact.get(fact.id, [])
        base = FactVerdict(fact.id, Stance.NOT_MENTIONED, describe(fact), str(fact.origin))
        if tied:
            # One contradicting statement is enough to contradict, whatever else agrees.
            first = next((t for t in tied if not t.agrees), tied[0])
            stance = Stance.AGREES if first.agrees else Stance.CONTRADICTS
            where = replace(article.location(*claim_span(first.claim)), agrees=first.agrees)
            base = replace(base, stance=stance, where=where, statements=len(tied))
        verdicts.append(base)
    return tuple(verdicts)
