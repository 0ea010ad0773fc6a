"""Pytest collection nodes: one `ArticleFile` per article, holding one `ArticleItem`."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from consistency.engine import ArticleResult
from consistency.model import ConsistencyWarning, Finding, Severity
from consistency.render.jsonreport import finding_to_dict, set_aside_to_dict, verdict_to_dict
from consistency.render.text import format_finding, format_findings
from consistency.session import STATE


class ArticleContradicted(Exception):
    """Raised by an article item whose article contradicts its facts or sources."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(format_findings(findings))
        self.findings = findings


class ArticleFile(pytest.File):
    """An article file."""

    def collect(self) -> Iterator[ArticleItem]:
        """One item per article: the article is the unit an editor passes or fails."""
        yield ArticleItem.from_parent(self, name="consistency")


class ArticleItem(pytest.Item):
    """Checks one article against the fact sheets and the other articles of its story."""

    result: ArticleResult | None = None

    def setup(self) -> None:
        """Analyse the story (once per run) and fail as an error if the article is unreadable."""
        result = self.config.stash[STATE].result_for(self.path)
        self.result = result
        meta = {"path": result.path, "story": result.story}
        self.user_properties.append(("consistency_article", json.dumps(meta)))
        # The article's stance on each fact, for the HTML report's facts × articles table.
        verdicts = [verdict_to_dict(v) for v in result.verdicts]
        self.user_properties.append(("consistency_facts", json.dumps(verdicts)))
        if result.error is not None:
            pytest.fail(result.error, pytrace=False)

    def runtest(self) -> None:
        """Fail on error-severity findings; report warnings through Python's warnings."""
        assert self.result is not None
        findings = list(self.result.findings)
        self.user_properties.append(
            ("consistency_findings", json.dumps([finding_to_dict(f) for f in findings]))
        )
        # Suppressed and baselined findings: listed by the controller, never failing the item.
        aside = [set_aside_to_dict(s) for s in self.result.set_aside]
        self.user_properties.append(("consistency_suppressed", json.dumps(aside)))
        errors = [f for f in findings if f.severity is Severity.ERROR]
        warned = [f for f in findings if f.severity is Severity.WARNING]
        raised = False
        for finding in warned:
            try:
                # Pointed at the article's line, so the warnings summary names the article.
                warnings.warn_explicit(
                    ConsistencyWarning(format_finding(finding)),
                    ConsistencyWarning,
                    finding.where.article,
                    finding.where.line,
                )
            except ConsistencyWarning:
                raised = True  # `-W error`: warnings fail the article, and all are shown
        if errors or raised:
            raise ArticleContradicted(errors + (warned if raised else []))

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        """Our own text for contradictions: no Python traceback for an editor to wade through."""
        if isinstance(excinfo.value, ArticleContradicted):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        """Where the item points: the article file."""
        return self.path, None, f"{self.name}: {self.path.name}"
