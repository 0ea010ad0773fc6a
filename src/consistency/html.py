"""pytest-html integration: each article's row carries its findings. Registered only when
pytest-html is installed (see `plugin.pytest_configure`)."""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

import pytest
from pytest_html import extras

from consistency.items import ArticleItem
from consistency.render.html import findings_html
from consistency.render.jsonreport import finding_from_dict


class HtmlExtras:
    """Adds the findings of an article to its pytest-html row."""

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, Any, None]:
        """Attach the findings as an HTML extra to the call-phase report."""
        outcome = yield
        report = outcome.get_result()
        if call.when != "call" or not isinstance(item, ArticleItem):
            return
        props = {k: str(v) for k, v in item.user_properties}
        findings = [
            finding_from_dict(f) for f in json.loads(props.get("consistency_findings", "[]"))
        ]
        if not findings:
            return
        report.extras = [*getattr(report, "extras", []), extras.html(findings_html(findings))]
