"""The pytest plugin: every article a test item, every story checked once per run.

Registered through the `pytest11` entry point. `pytest seeds/` collects the article files under
`seeds/` (and any file a fact sheet's `articles:` globs name); plain `pytest` runs the Python tests
only, because article files are collected only when a path given on the command line holds them or
a fact sheet claims them.

With pytest-xdist, every worker collects every article but each story is analysed once: the first
worker to need a story analyses it under a file lock and leaves the result in a folder the
controller made; the others read it (the pytest-mypy approach).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from consistency.engine import is_article, shown_path
from consistency.errors import FactSheetError
from consistency.factsheet import load_sheets
from consistency.items import ArticleFile, ArticleItem
from consistency.render.jsonreport import check_report, finding_from_dict
from consistency.session import STATE, State

_SHARED = "consistency_shared_dir"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Options, all under one prefix."""
    group = parser.getgroup("consistency", "fact-consistency checks of news articles")
    group.addoption(
        "--consistency-rules",
        action="append",
        default=[],
        metavar="PATH",
        help="fact sheet file or folder of *.yaml (repeatable; overrides ini consistency_rules)",
    )
    group.addoption(
        "--consistency-json",
        metavar="FILE",
        default=None,
        help="write the articles' outcomes and all findings as JSON to FILE",
    )
    group.addoption(
        "--consistency-day-first",
        action="store_true",
        default=False,
        help="read numeric dates as day/month/year (13/4/2021)",
    )
    parser.addini(
        "consistency_rules",
        type="paths",
        default=[],
        help="fact sheet files or folders, relative to the ini file",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Load the fact sheets (a bad one stops the run with file:line) and set up the run."""
    given = config.getoption("consistency_rules")
    paths = [Path(p) for p in given] if given else list(config.getini("consistency_rules"))
    try:
        # Shown relative to the working directory, as pytest shows paths: rules/story.yaml:12.
        sheets = load_sheets([Path(shown_path(p.resolve())) for p in paths])
    except FactSheetError as exc:
        raise pytest.UsageError(str(exc)) from None
    if paths and not sheets:
        named = ", ".join(shown_path(p) for p in paths)
        raise pytest.UsageError(f"{named}: no fact sheet here (allowed: *.yaml, *.yml files)")
    shared = _shared_dir(config)
    config.stash[STATE] = State(config, sheets, shared)
    json_path = config.getoption("consistency_json")
    if json_path and not hasattr(config, "workerinput"):
        config.pluginmanager.register(JsonReport(Path(json_path)), "consistency-json")
    if config.pluginmanager.hasplugin("html"):
        # Imported only here: the module needs pytest-html, an optional extra.
        from consistency.html import HtmlExtras  # noqa: PLC0415

        config.pluginmanager.register(HtmlExtras(), "consistency-html")


def _shared_dir(config: pytest.Config) -> Path | None:
    workerinput: dict[str, Any] | None = getattr(config, "workerinput", None)
    if workerinput is not None:
        shared = workerinput.get(_SHARED)
        return Path(shared) if shared else None
    if config.pluginmanager.hasplugin("xdist") and config.getoption("numprocesses", None):
        return Path(tempfile.mkdtemp(prefix="consistency-"))
    return None


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """Hand the workers the folder where stories analysed once are shared."""
    shared = node.config.stash[STATE].shared
    if shared is not None:
        node.workerinput[_SHARED] = str(shared)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the shared folder, on the controller only."""
    state = config.stash.get(STATE, None)
    if state is not None and state.shared is not None and not hasattr(config, "workerinput"):
        shutil.rmtree(state.shared, ignore_errors=True)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ArticleFile | None:
    """An article file becomes an `ArticleFile` when the run asks for it."""
    if not is_article(file_path):
        return None
    state = parent.config.stash[STATE]
    if not state.wants(file_path):
        return None
    state.collected(file_path)
    return ArticleFile.from_parent(parent, path=file_path)


class JsonReport:
    """Writes `--consistency-json` on the controller, from what the items' reports carry."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.articles: dict[str, dict[str, Any]] = {}
        self.findings: dict[str, list[dict[str, Any]]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Collect each article's outcome and findings (they travel on `user_properties`)."""
        props = {k: str(v) for k, v in report.user_properties}
        if "consistency_article" not in props:
            return
        article = json.loads(props["consistency_article"])
        entry = self.articles.setdefault(article["path"], {**article, "outcome": "passed"})
        if report.failed:
            entry["outcome"] = "error" if report.when != "call" else "failed"
        if "consistency_findings" in props and report.when == "call":
            self.findings[article["path"]] = json.loads(props["consistency_findings"])

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the report, whatever the outcome of the run."""
        # Sorted, so that a run with xdist writes the same file as one without.
        paths = sorted(self.articles)
        findings = [finding_from_dict(f) for path in paths for f in self.findings.get(path, [])]
        rows = [(p, self.articles[p]["story"], self.articles[p]["outcome"]) for p in paths]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            json.dumps(check_report(rows, findings), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Say where the report went."""
        terminalreporter.write_sep("-", f"consistency JSON report: {self.path}")


__all__ = ["ArticleFile", "ArticleItem", "pytest_addoption", "pytest_configure"]
