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
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, NoReturn

import pytest

from consistency.baseline import Baseline, BaselineError, load_baseline
from consistency.changedonly import OPTION as CHANGED_ONLY
from consistency.changedonly import ChangedOnly
from consistency.engine import is_article, shown_path
from consistency.errors import FactSheetError
from consistency.factsheet import load_sheets
from consistency.gitchanges import ref_argument
from consistency.items import ArticleFile, ArticleItem
from consistency.model import Finding
from consistency.render import github
from consistency.render.failure import write_failure_reports
from consistency.render.jsonreport import check_report, finding_from_dict, set_aside_from_dict
from consistency.render.sarif import sarif_report
from consistency.session import STATE, State
from consistency.suppress import SetAside, set_aside_counts

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
        "--consistency-sarif",
        metavar="FILE",
        default=None,
        help="write all findings as SARIF 2.1.0 to FILE (for code scanning)",
    )
    group.addoption(
        CHANGED_ONLY,
        nargs="?",
        const="HEAD",
        default=None,
        type=ref_argument(CHANGED_ONLY),
        metavar="REF",
        help="run only the articles changed since REF (default HEAD: uncommitted or untracked), "
        "still compared with their whole stories",
    )
    group.addoption(
        "--consistency-day-first",
        action="store_true",
        default=False,
        help="read numeric dates as day/month/year (13/4/2021)",
    )
    group.addoption(
        "--consistency-baseline",
        metavar="FILE",
        default=None,
        help="findings accepted in FILE (written by `consistency baseline`) don't fail; expired "
        "entries do (overrides ini consistency_baseline)",
    )
    parser.addini(
        "consistency_baseline",
        type="string",
        default="",
        help="baseline file of accepted findings, relative to the ini file",
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
        if github.enabled(os.environ) and not hasattr(config, "workerinput"):
            print(github.sheet_error(exc.file, exc.line, str(exc)), flush=True)
        _stopped(config, str(exc))
    if paths and not sheets:
        named = ", ".join(shown_path(p) for p in paths)
        raise pytest.UsageError(f"{named}: no fact sheet here (allowed: *.yaml, *.yml files)")
    shared = _shared_dir(config)
    config.stash[STATE] = State(config, sheets, shared, _baseline(config))
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(SetAsideSummary(), "consistency-set-aside")
    ref = config.getoption("consistency_changed_only")
    if ref is not None:
        config.pluginmanager.register(ChangedOnly.from_config(config, ref), "consistency-changed")
    json_path = config.getoption("consistency_json")
    if json_path and not hasattr(config, "workerinput"):
        config.pluginmanager.register(JsonReport(Path(json_path)), "consistency-json")
    sarif_path = config.getoption("consistency_sarif")
    on_github = github.enabled(os.environ)
    if (sarif_path or on_github) and not hasattr(config, "workerinput"):
        summary = os.environ.get("GITHUB_STEP_SUMMARY") if on_github else None
        ci = CiReport(Path(sarif_path) if sarif_path else None, on_github, summary)
        config.pluginmanager.register(ci, "consistency-ci")
    if config.pluginmanager.hasplugin("html"):
        # Imported only here: the module needs pytest-html, an optional extra.
        from consistency.html import HtmlExtras  # noqa: PLC0415

        config.pluginmanager.register(HtmlExtras(), "consistency-html")


def _baseline(config: pytest.Config) -> Baseline | None:
    """The baseline of `--consistency-baseline` or ini `consistency_baseline`; a bad one stops
    the run with file:line."""
    given = config.getoption("consistency_baseline")
    ini = str(config.getini("consistency_baseline") or "")
    if given:
        path = Path(given)
    elif ini:
        path = (config.inipath.parent if config.inipath else config.rootpath) / ini
    else:
        return None
    try:
        return load_baseline(path, shown_path(path.resolve()))
    except BaselineError as exc:
        _stopped(config, str(exc))


def _stopped(config: pytest.Config, problem: str) -> NoReturn:
    """Stop the run on a configuration error, still writing the reports asked for."""
    if not hasattr(config, "workerinput"):
        json_path, sarif_path = (
            config.getoption("consistency_json"),
            config.getoption("consistency_sarif"),
        )
        write_failure_reports(
            Path(json_path) if json_path else None,
            Path(sarif_path) if sarif_path else None,
            problem,
        )
    raise pytest.UsageError(problem) from None


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
        self.suppressed: dict[str, list[dict[str, Any]]] = {}

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
        if "consistency_suppressed" in props and report.when == "call":
            self.suppressed[article["path"]] = json.loads(props["consistency_suppressed"])

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the report, whatever the outcome of the run."""
        # Sorted, so that a run with xdist writes the same file as one without.
        paths = sorted(self.articles)
        findings = [finding_from_dict(f) for path in paths for f in self.findings.get(path, [])]
        rows = [(p, self.articles[p]["story"], self.articles[p]["outcome"]) for p in paths]
        aside = [set_aside_from_dict(s) for p in paths for s in self.suppressed.get(p, [])]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            json.dumps(check_report(rows, findings, aside), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Say where the report went."""
        terminalreporter.write_sep("-", f"consistency JSON report: {self.path}")


class SetAsideSummary:
    """Lists the suppressed and baselined findings at the end of the run, on the controller:
    shown, so nothing is hidden, but not failing their articles."""

    def __init__(self) -> None:
        self.aside: dict[str, list[SetAside]] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Collect what each article set aside (it travels on `user_properties`)."""
        props = {k: str(v) for k, v in report.user_properties}
        if report.when == "call" and "consistency_suppressed" in props:
            path = json.loads(props["consistency_article"])["path"]
            found = json.loads(props["consistency_suppressed"])
            self.aside[path] = [set_aside_from_dict(s) for s in found]

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """One entry per finding set aside, sorted as the articles are."""
        aside = [s for path in sorted(self.aside) for s in self.aside[path]]
        if not aside:
            return
        terminalreporter.write_sep("=", f"consistency: {set_aside_counts(aside)}")
        for entry in aside:
            terminalreporter.write_line(f"{entry.label} {entry.describe()}")


class CiReport:
    """`--consistency-sarif` and, under GitHub Actions, annotations and the step summary; on the
    controller, from what the items' reports carry (as `JsonReport`)."""

    def __init__(self, sarif: Path | None, on_github: bool, summary: str | None) -> None:
        self.sarif = sarif
        self.on_github = on_github
        self.summary = Path(summary) if summary else None
        self.findings: dict[str, list[Finding]] = {}
        self.problems: dict[str, str] = {}
        self.commands: list[str] = []
        self.failures: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Collect each article's findings, or why it could not be read."""
        props = {k: str(v) for k, v in report.user_properties}
        if "consistency_article" not in props:
            return
        path = json.loads(props["consistency_article"])["path"]
        self.findings.setdefault(path, [])
        if report.when == "setup" and report.failed:
            self.problems[path] = report.longreprtext
        if report.when == "call" and "consistency_findings" in props:
            found = json.loads(props["consistency_findings"])
            self.findings[path] = [finding_from_dict(f) for f in found]

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the SARIF file and the step summary, whatever the outcome of the run."""
        # Sorted, so that a run with xdist writes the same file as one without.
        paths = sorted(self.findings)
        findings = [f for p in paths for f in self.findings[p]]
        problems = [(p, self.problems[p]) for p in paths if p in self.problems]
        if self.sarif is not None:
            text = json.dumps(sarif_report(findings, problems), indent=2, ensure_ascii=False)
            self._write(self.sarif, text + "\n", append=False)
        if self.on_github and paths:
            items = github.annotate(findings, problems)
            self.commands = github.commands(items)
            if self.summary is not None:
                self._write(self.summary, github.step_summary(items, len(paths)), append=True)
        if self.failures:
            session.exitstatus = pytest.ExitCode.USAGE_ERROR

    def _write(self, path: Path, text: str, append: bool) -> None:
        try:
            if append:
                github.append_summary(path, text)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        except OSError as exc:  # named, not a traceback; the run's exit status says it failed
            self.failures.append(f"{shown_path(path)}: cannot write: {exc.strerror or exc}")

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Print the annotations (GitHub reads them from the log) and say where SARIF went."""
        for command in self.commands:
            terminalreporter.write_line(command)
        if self.sarif is not None and not self.failures:
            terminalreporter.write_sep("-", f"consistency SARIF report: {self.sarif}")
        for failure in self.failures:
            terminalreporter.write_line(f"consistency: error: {failure}", red=True)


__all__ = ["ArticleFile", "ArticleItem", "pytest_addoption", "pytest_configure"]
