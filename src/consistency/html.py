"""pytest-html integration: each article's row carries its findings, each row an anchor to link
to, and the summary a facts × articles table per story. Registered only when pytest-html is
installed (see `plugin.pytest_configure`).

Everything the report needs travels on the reports' `user_properties` (as the JSON report's
does), so the controller of a pytest-xdist run builds the same page as a serial run.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

import pytest
from pytest_html import extras

from consistency.items import ArticleItem
from consistency.render.html import (
    ArticleColumn,
    article_anchor,
    findings_html,
    summary_html,
)
from consistency.render.jsonreport import finding_from_dict, verdict_from_dict

_TEST_ID_CELL = '<td class="col-testId"'


def _props(report: pytest.TestReport | pytest.Item) -> dict[str, str]:
    return {k: str(v) for k, v in report.user_properties}


class HtmlExtras:
    """Adds the findings of an article to its pytest-html row, and the facts table to the top."""

    def __init__(self) -> None:
        self.columns: dict[str, ArticleColumn] = {}
        self.story_of: dict[str, str] = {}

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, Any, None]:
        """Attach the findings as an HTML extra to the call-phase report."""
        outcome = yield
        report = outcome.get_result()
        if call.when != "call" or not isinstance(item, ArticleItem):
            return
        raw = json.loads(_props(item).get("consistency_findings", "[]"))
        findings = [finding_from_dict(f) for f in raw]
        if not findings:
            return
        report.extras = [*getattr(report, "extras", []), extras.html(findings_html(findings))]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Note each article's story and stance on each fact (on the controller, too)."""
        props = _props(report)
        if "consistency_article" not in props:
            return
        article = json.loads(props["consistency_article"])
        path = article["path"]
        self.story_of[path] = article["story"]
        verdicts = [verdict_from_dict(v) for v in json.loads(props.get("consistency_facts", "[]"))]
        shown = [f["start"] for f in json.loads(props.get("consistency_findings", "[]"))]
        unreadable = self.columns.get(path, ArticleColumn(path)).unreadable or (
            report.when == "setup" and report.failed
        )
        self.columns[path] = ArticleColumn(path, tuple(verdicts), unreadable, frozenset(shown))

    def pytest_html_results_table_row(self, report: pytest.TestReport, cells: list[str]) -> None:
        """Give an article's row an id, so findings and the summary can link to it."""
        if "consistency_article" not in _props(report):
            return
        # The row shown is the call's, or the setup's when the article could not be read.
        if report.when != "call" and not (report.when == "setup" and report.failed):
            return
        path = json.loads(_props(report)["consistency_article"])["path"]
        for n, cell in enumerate(cells):
            if cell.startswith(_TEST_ID_CELL):
                cells[n] = cell.replace(
                    _TEST_ID_CELL, f'{_TEST_ID_CELL} id="{article_anchor(path)}"', 1
                )

    def pytest_html_results_summary(self, prefix: list[str]) -> None:
        """The page's style, and a facts × articles table per story, above the results."""
        stories: dict[str, list[ArticleColumn]] = {}
        for path in sorted(self.columns):
            stories.setdefault(self.story_of[path], []).append(self.columns[path])
        prefix.append(summary_html(stories))
