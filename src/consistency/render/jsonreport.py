"""The JSON of `INTERFACE.md`: `consistency extract --json` and the findings report.

`finding_to_dict` and `finding_from_dict` are exact inverses, so findings cross process
boundaries (pytest-xdist workers) as JSON and come back as the same values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from consistency.articles import Article
from consistency.checks.coverage import FactVerdict, Stance
from consistency.engine import ArticleResult
from consistency.model import Claim, DateClaim, Entity, Finding, Location, Quantity, Severity
from consistency.suppress import SetAside

SCHEMA_VERSION = 1


def number(value: Decimal | None) -> int | float | None:
    """A Decimal as a JSON number: an int when whole."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def claim_to_dict(article: Article, claim: Claim) -> dict[str, Any]:
    """One claim as `consistency extract --json` prints it."""
    line, column = article.line_col(claim.start)
    base: dict[str, Any] = {
        "type": claim.type,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "line": line,
        "column": column,
    }
    if isinstance(claim, Quantity):
        base.update(
            value=number(claim.value),
            low=number(claim.low),
            high=number(claim.high),
            qualifier=claim.qualifier.value,
            unit=claim.unit,
            noun=claim.noun,
        )
    elif isinstance(claim, DateClaim):
        base.update(
            value=claim.value.iso() if claim.value else None,
            weekday=claim.weekday,
            until=claim.until.iso() if claim.until else None,
            noun=claim.noun,
        )
    elif isinstance(claim, Entity):
        base.update(
            value=claim.value,
            role=claim.role,
            kind=claim.kind.value,
            country=claim.country,
            historical=claim.historical,
        )
    return base


def extract_report(articles: Iterable[tuple[Article, Sequence[Claim]]]) -> dict[str, Any]:
    """The whole `consistency extract --json` document."""
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [
            {"path": a.path, "claims": [claim_to_dict(a, c) for c in claims]}
            for a, claims in articles
        ],
    }


def _location_to_dict(loc: Location) -> dict[str, Any]:
    d: dict[str, Any] = {
        "article": loc.article,
        "start": loc.start,
        "end": loc.end,
        "line": loc.line,
        "column": loc.column,
        "text": loc.text,
        "sentence": loc.sentence,
        "sentence_start": loc.sentence_start,
    }
    if loc.agrees is not None:
        d["agrees"] = loc.agrees
    return d


def _location_from_dict(d: Mapping[str, Any]) -> Location:
    return Location(
        article=d["article"],
        start=d["start"],
        end=d["end"],
        line=d["line"],
        column=d["column"],
        text=d["text"],
        sentence=d.get("sentence", ""),
        sentence_start=d.get("sentence_start", d["start"]),
        agrees=d.get("agrees"),
    )


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """One finding as the report holds it."""
    where = _location_to_dict(f.where)
    article = where.pop("article")
    return {
        "kind": f.kind,
        "severity": f.severity.value,
        "article": article,
        **where,
        "fact": f.fact,
        "expected": f.expected,
        "found": f.found,
        "message": f.message,
        "declared_at": f.declared_at,
        "other": _location_to_dict(f.other) if f.other else None,
        "sources": [_location_to_dict(s) for s in f.sources],
    }


def finding_from_dict(d: Mapping[str, Any]) -> Finding:
    """The inverse of `finding_to_dict`."""
    return Finding(
        kind=d["kind"],
        severity=Severity(d["severity"]),
        where=_location_from_dict(d),
        message=d["message"],
        fact=d.get("fact"),
        expected=d.get("expected"),
        found=d.get("found"),
        declared_at=d.get("declared_at"),
        other=_location_from_dict(d["other"]) if d.get("other") else None,
        sources=tuple(_location_from_dict(s) for s in d.get("sources", ())),
    )


def check_report(
    articles: Iterable[tuple[str, str, str]],
    findings: Iterable[Finding],
    suppressed: Iterable[SetAside] = (),
) -> dict[str, Any]:
    """The findings report: `articles` are (path, story, outcome) triples; `suppressed` the
    findings set aside (not in `findings`, not counted), each with why."""
    found = list(findings)
    counts: dict[str, int] = {}
    for f in found:
        counts[f.where.article] = counts.get(f.where.article, 0) + 1
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [
            {"path": path, "story": story, "outcome": outcome, "findings": counts.get(path, 0)}
            for path, story, outcome in articles
        ],
        "findings": [finding_to_dict(f) for f in found],
        "suppressed": [set_aside_to_dict(s) for s in suppressed],
    }


def set_aside_to_dict(s: SetAside) -> dict[str, Any]:
    """A finding set aside: the finding's fields, and `suppression` saying how and why."""
    how = {"how": s.how, "at": s.origin, "reason": s.reason, "by": s.by, "expires": s.expires}
    return {**finding_to_dict(s.finding), "suppression": how}


def set_aside_from_dict(d: Mapping[str, Any]) -> SetAside:
    """The inverse of `set_aside_to_dict`."""
    how = d["suppression"]
    return SetAside(
        finding_from_dict(d), how["how"], how["at"], how["reason"], how["by"], how["expires"]
    )


def result_to_dict(result: ArticleResult) -> dict[str, Any]:
    """An article's result, for sharing between pytest-xdist workers."""
    return {
        "path": result.path,
        "story": result.story,
        "error": result.error,
        "findings": [finding_to_dict(f) for f in result.findings],
        "verdicts": [verdict_to_dict(v) for v in result.verdicts],
        "set_aside": [set_aside_to_dict(s) for s in result.set_aside],
    }


def result_from_dict(d: Mapping[str, Any]) -> ArticleResult:
    """The inverse of `result_to_dict` (claims are not carried)."""
    return ArticleResult(
        path=d["path"],
        story=d["story"],
        findings=tuple(finding_from_dict(f) for f in d["findings"]),
        error=d.get("error"),
        verdicts=tuple(verdict_from_dict(v) for v in d.get("verdicts", ())),
        set_aside=tuple(set_aside_from_dict(s) for s in d.get("set_aside", ())),
    )


def verdict_to_dict(v: FactVerdict) -> dict[str, Any]:
    """An article's stance on one fact, as it travels to the pytest-xdist controller."""
    return {
        "fact": v.fact,
        "stance": v.stance.value,
        "expected": v.expected,
        "declared_at": v.declared_at,
        "where": _location_to_dict(v.where) if v.where else None,
        "statements": v.statements,
    }


def verdict_from_dict(d: Mapping[str, Any]) -> FactVerdict:
    """The inverse of `verdict_to_dict`."""
    return FactVerdict(
        fact=d["fact"],
        stance=Stance(d["stance"]),
        expected=d["expected"],
        declared_at=d["declared_at"],
        where=_location_from_dict(d["where"]) if d.get("where") else None,
        statements=d.get("statements", 0),
    )


def failure_report(message: str) -> dict[str, Any]:
    """The JSON report of a run stopped by its configuration: no article checked, and why."""
    return {"schema_version": SCHEMA_VERSION, "articles": [], "findings": [], "error": message}
