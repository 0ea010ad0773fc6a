"""One person, two offices: "Defence Minister Oleksii Reznikov" in one article of a story,
"foreign minister Oleksii Reznikov" in another. Only offices one person holds at a time count,
and one office said two ways ("President", "US President") or a former one is no conflict.
"""

from __future__ import annotations

from collections.abc import Sequence

from consistency.articles import Article
from consistency.checks.about import office_key
from consistency.checks.findings import SOURCE, claim_span
from consistency.checks.spelling import plain, same_person
from consistency.compare.roles import role_matches
from consistency.extract.roles import lookup_form
from consistency.model import Claim, Entity, Finding, Severity


def two_offices(
    story: Sequence[tuple[Article, Sequence[Claim], frozenset[int]]],
) -> list[Finding]:
    """One person given two offices that can't both be theirs ("Defence Minister Oleksii
    Reznikov" in one article, "foreign minister Oleksii Reznikov" in another): a warning on the
    later article (a reference's office is the one trusted)."""
    held = [
        (article, claim)
        for article, claims, settled in sorted(story, key=lambda e: (not e[0].reference, e[0].path))
        for n, claim in enumerate(claims)
        if isinstance(claim, Entity) and claim.role and not claim.historical
        and n not in settled
    ]  # fmt: skip
    findings: list[Finding] = []
    # By surname, each office said once: a story of 500 articles naming one minister 500 times
    # compares each mention with that person's few distinct offices, not with every mention.
    offices: dict[str, dict[tuple[str, str | None], tuple[Article, Entity]]] = {}
    for article, claim in held:
        if claim.role is None:
            continue
        known = offices.setdefault(plain(claim.value.rsplit(maxsplit=1)[-1].lower()), {})
        key = (lookup_form(claim.role), claim.country)
        if not article.reference:
            clash = next(
                (
                    (a, c)
                    for a, c in known.values()
                    if a.path != article.path
                    and _other_office(claim, c)
                    and not _also_said(a, c, claim.role)
                    and not _also_said(article, claim, c.role)
                ),
                None,
            )
            if clash is not None:
                findings.append(_office_finding(article, claim, *clash))
        known.setdefault(key, (article, claim))
    return findings


def _also_said(article: Article, entity: Entity, role: str | None) -> bool:
    """Whether the sentence naming `entity` gives them `role` too: "first vice president
    Mohammad Mokhber was appointed acting president" holds both offices it names."""
    if role is None:
        return False
    start, end = article.sentence_at(entity.start)
    return lookup_form(role) in lookup_form(article.scan[start:end])


def _other_office(x: Entity, y: Entity) -> bool:
    if x.role is None or y.role is None:
        return False
    if not same_person(x.value, y.value) or (x.country and y.country and x.country != y.country):
        return False
    # Only offices held by one person at a time can't be shared ("minister", not "official").
    if office_key(x.role, x.country or y.country) is None:
        return False
    if office_key(y.role, y.country or x.country) is None:
        return False
    return not role_matches(x.role, x.country, y.role) and not role_matches(
        y.role, y.country, x.role
    )


def _office_finding(article: Article, claim: Entity, other: Article, their: Entity) -> Finding:
    where = article.location(*claim_span(claim))
    there = other.location(*claim_span(their))
    # A warning: titles have many right names ("Chancellor of the Exchequer", "British finance
    # minister"; "White House" and "National Security Council" spokesman), and people change
    # jobs between one report and the next.
    return Finding(
        kind=SOURCE,
        severity=Severity.WARNING,
        where=where,
        message=f'the article says "{where.text}"; {other.path}:{there.line} says '
        f'"{there.text}": one person, two offices',
        found=where.text,
        expected=there.text if other.reference else None,
        other=there,
    )
