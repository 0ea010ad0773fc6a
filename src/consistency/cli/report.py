"""What the command line prints and writes: findings, the summary line, report files, GitHub."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from consistency.engine import ArticleResult, shown_path
from consistency.model import Finding, Severity
from consistency.render import github
from consistency.render.text import format_finding
from consistency.suppress import set_aside_counts


def write_report(path: Path, text: str) -> bool:
    """Write a report; a failure is a usage error (exit 2) named with the file, no traceback."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        problem = f"{shown_path(path)}: cannot write the report: {exc.strerror or exc}"
        print(f"consistency: error: {problem}", file=sys.stderr)
        return False
    return True


def github_outputs(findings: list[Finding], problems: list[tuple[str, str]], articles: int) -> bool:
    """Annotations for GitHub Actions (capped at its limits) and the whole step summary."""
    items = github.annotate(findings, problems)
    for command in github.commands(items):
        print(command)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return True
    try:
        github.append_summary(Path(summary), github.step_summary(items, articles))
    except OSError as exc:
        print(f"consistency: error: {summary}: cannot write: {exc.strerror}", file=sys.stderr)
        return False
    return True


def print_result(result: ArticleResult) -> None:
    if result.error:
        print(f"ERROR {result.error}\n")
    for finding in result.findings:
        label = "FAIL" if finding.severity is Severity.ERROR else "WARN"
        print(f"{label} {format_finding(finding)}\n")
    for entry in result.set_aside:
        print(f"{entry.label} {entry.describe()}\n")


def summary(results: list[ArticleResult]) -> str:
    outcomes = [r.outcome for r in results]
    findings = [f for r in results for f in r.findings]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    aside = [s for r in results for s in r.set_aside]
    return (
        f"consistency: {plural(len(results), 'article')} checked: "
        f"{outcomes.count('passed')} passed, "
        f"{outcomes.count('failed')} failed, {outcomes.count('error')} unreadable; "
        f"{plural(errors, 'error')}, {plural(len(findings) - errors, 'warning')}"
        + (f"; {set_aside_counts(aside)}" if aside else "")
    )


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
