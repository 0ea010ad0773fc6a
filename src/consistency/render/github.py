"""Findings for GitHub Actions: workflow commands that annotate the article lines, and a step
summary table.

GitHub shows at most 10 error and 10 warning annotations per step and drops the rest without a
word; so the first 10 of each are printed as commands, and every finding goes into the Markdown
table appended to `$GITHUB_STEP_SUMMARY`, which says how many were not shown as annotations.

Escaping follows GitHub's runner (actions/toolkit `command.ts`): `%`, `\\r`, `\\n` in the message;
also `:` and `,` in property values (a path with a comma would otherwise end the property).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.model import Finding, Severity
from consistency.render.sarif import Problem, end_of, rule_id

# GitHub's limit per step, per level.
LIMIT = 10
_MARKDOWN = re.compile(r"([\\`*_\[\]|])")


def enabled(environ: Mapping[str, str]) -> bool:
    """Whether we run as a GitHub Actions step (the runner sets GITHUB_ACTIONS=true)."""
    return environ.get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """A workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True)
class Annotation:
    """One thing to report: a finding or an unreadable article."""

    level: str  # "error" or "warning"
    path: str
    line: int | None
    column: int | None
    end: tuple[int, int] | None
    title: str
    message: str

    def command(self) -> str:
        """The workflow command: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`."""
        props: list[tuple[str, str]] = [("file", self.path)]
        if self.line is not None:
            end_line, end_column = self.end or (self.line, None)
            # GitHub refuses columns on an annotation spanning lines.
            columns = self.column is not None and end_column is not None and end_line == self.line
            props.append(("line", str(self.line)))
            if columns:
                props.append(("col", str(self.column)))
            props.append(("endLine", str(end_line)))
            if columns:
                props.append(("endColumn", str(end_column)))
        props.append(("title", self.title))
        joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        return f"::{self.level} {joined}::{escape_data(self.message)}"

    @property
    def where(self) -> str:
        """`path:line:column`, or the path alone."""
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}" + (f":{self.column}" if self.column is not None else "")


def annotation(finding: Finding) -> Annotation:
    """A finding as an annotation on its span."""
    where = finding.where
    message = finding.message
    if finding.declared_at:
        message += f" ({finding.declared_at})"
    return Annotation(
        level="error" if finding.severity is Severity.ERROR else "warning",
        path=where.article,
        line=where.line,
        column=where.column,
        end=end_of(where),
        title=f"consistency: {rule_id(finding)}",
        message=message,
    )


def annotate(findings: Sequence[Finding], problems: Sequence[Problem] = ()) -> list[Annotation]:
    """Everything to report, by article (unreadable articles first), then in the order given."""
    unread = [Annotation("error", p, None, None, None, "consistency: unreadable article", m)
              for p, m in problems]  # fmt: skip
    found = [annotation(f) for f in findings]
    return sorted([*unread, *found], key=lambda a: a.path)


def sheet_error(file: str, line: int, message: str) -> str:
    """The workflow command for a fact sheet that can't be used (line 0: the whole file)."""
    title = "consistency: fact sheet error"
    return Annotation("error", file, line or None, None, None, title, message).command()


def _within_limit(items: Sequence[Annotation]) -> list[bool]:
    counts = {"error": 0, "warning": 0}
    flags = []
    for item in items:
        counts[item.level] += 1
        flags.append(counts[item.level] <= LIMIT)
    return flags


def commands(items: Sequence[Annotation]) -> list[str]:
    """The workflow commands to print: the first LIMIT errors and LIMIT warnings, in order."""
    return [item.command() for item, ok in zip(items, _within_limit(items), strict=True) if ok]


def _cell(text: str) -> str:
    escaped = _MARKDOWN.sub(r"\\\1", html.escape(text, quote=False))
    return escaped.replace("\r", "").replace("\n", "<br>")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def step_summary(items: Sequence[Annotation], articles: int) -> str:
    """The Markdown appended to the step summary: every finding, and what was not annotated."""
    errors = sum(a.level == "error" for a in items)
    head = (
        f"### consistency: {_plural(articles, 'article')} checked, {_plural(errors, 'error')}, "
        f"{_plural(len(items) - errors, 'warning')}\n\n"
    )
    if not items:
        return head
    rows = [
        "| level | where | rule | message | annotation |",
        "|---|---|---|---|---|",
        *(
            f"| {a.level} | {_cell(a.where)} | {_cell(a.title.removeprefix('consistency: '))} "
            f"| {_cell(a.message)} | {'shown' if ok else 'not shown'} |"
            for a, ok in zip(items, _within_limit(items), strict=True)
        ),
    ]
    hidden = {lv: max(0, sum(a.level == lv for a in items) - LIMIT) for lv in ("error", "warning")}
    note = ""
    if any(hidden.values()):
        note = (
            f"\n{_plural(hidden['error'], 'error')} and {_plural(hidden['warning'], 'warning')} "
            f"not shown as annotations (GitHub shows {LIMIT} of each per step); all are listed "
            "above.\n"
        )
    return head + "\n".join(rows) + "\n" + note + "\n"


def append_summary(path: Path, text: str) -> None:
    """Append to the step summary file (other steps' tools write to it too)."""
    with path.open("a", encoding="utf-8") as out:
        out.write(text)
