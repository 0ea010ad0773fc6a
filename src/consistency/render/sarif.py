"""Findings as SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) read.

One run of one tool. Rule ids name what is checked, one rule per fact:

- `fact/<fact-id>`: the article contradicts the fact sheet's fact (`fact/donbas-death-toll`);
- `source`: two articles of one story disagree (or one states what no other supports);
- `calendar`: a weekday named with a date it does not fall on, or a day that doesn't exist;
- any later finding kind: its kind.

A source finding's other article, a fact finding's fact sheet line and the other articles that
state the same fact are `relatedLocations`, linked from the message text as SARIF's embedded links
(`[seeds/000.txt:4:10](1)`), which is how viewers show them. `partialFingerprints` carry
`consistency.fingerprint`, so a finding keeps its identity when lines above it move.

Pure: no pytest, no file system. Unreadable articles are tool execution notifications, not
results: they are no finding about the text, but they are not dropped either.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from consistency import __version__
from consistency.fingerprint import fingerprint
from consistency.model import Finding, Location, Severity

VERSION = "2.1.0"
SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
# Versioned, so that a change of what the fingerprint covers is a new key, not a silent change.
FINGERPRINT = "consistency/v1"
# Relative paths are relative to where the run started, as pytest shows them.
SRCROOT = "%SRCROOT%"

# (article path, message): an article that could not be read at all.
Problem = tuple[str, str]

_DESCRIPTIONS = {
    "source": "Two articles of one story disagree on a figure, a date or a name (or one article "
    "states what no other supports)",
    "calendar": "A weekday is named with a date it does not fall on, or a day does not exist",
}


def rule_id(finding: Finding) -> str:
    """`fact/<fact-id>` for a fact finding, else the finding's kind (`source`, `calendar`)."""
    if finding.kind == "fact" and finding.fact:
        return f"fact/{finding.fact}"
    return finding.kind


def end_of(loc: Location) -> tuple[int, int]:
    """The line and the column just after the span's last character (SARIF's `endColumn`)."""
    newlines = loc.text.count("\n")
    if newlines == 0:
        return loc.line, loc.column + len(loc.text)
    return loc.line + newlines, len(loc.text) - loc.text.rfind("\n")


def uri(path: str) -> str:
    """A path as shown (relative posix, or absolute when outside the working directory) as a
    URI reference: `seeds/my%20story.txt`, `file:///srv/news/a.txt`."""
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return "file://" + quote(posix.as_posix(), safe="/")
    return quote(posix.as_posix(), safe="/")


def artifact(path: str) -> dict[str, Any]:
    """A SARIF artifactLocation for a path as shown."""
    if PurePosixPath(path).is_absolute():
        return {"uri": uri(path)}
    return {"uri": uri(path), "uriBaseId": SRCROOT}


def region(loc: Location) -> dict[str, Any]:
    """The span as a SARIF region: line and column (in code points) and character offsets."""
    end_line, end_column = end_of(loc)
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": loc.start,
        "charLength": loc.end - loc.start,
        "snippet": {"text": loc.text},
    }


def physical(loc: Location) -> dict[str, Any]:
    """Where a span is, with its sentence as the context region."""
    where: dict[str, Any] = {"artifactLocation": artifact(loc.article), "region": region(loc)}
    if loc.sentence:
        where["contextRegion"] = {
            "charOffset": loc.sentence_start,
            "charLength": len(loc.sentence),
            "snippet": {"text": loc.sentence},
        }
    return where


def _escape(text: str) -> str:
    # Plain text messages take embedded links `[text](id)`: literal brackets are escaped.
    return text.replace("[", "\\[").replace("]", "\\]")


def _related(finding: Finding) -> list[tuple[dict[str, Any], str]]:
    """The other places a finding points to, each with the label of its link in the message:
    the fact sheet line, the other side of a source finding, other articles stating the fact."""
    found: list[tuple[dict[str, Any], str]] = []
    if finding.declared_at:
        file, _, line = finding.declared_at.rpartition(":")
        sheet: dict[str, Any] = {"artifactLocation": artifact(file or finding.declared_at)}
        if line.isdigit():
            sheet["region"] = {"startLine": int(line)}
        text = f"The fact sheet declares {finding.fact}: {finding.expected}"
        place = {"physicalLocation": sheet, "message": {"text": text}}
        found.append((place, finding.declared_at))
    others = [finding.other] if finding.other is not None else []
    for loc in [*others, *finding.sources]:
        text = f'{loc.article}:{loc.line}:{loc.column} says "{loc.text}"'
        if loc.agrees is not None:
            text += " (agrees with the fact sheet)" if loc.agrees else " (contradicts it too)"
        place = {"physicalLocation": physical(loc), "message": {"text": text}}
        found.append((place, f"{loc.article}:{loc.line}"))
    return found


def _message(finding: Finding, related: list[tuple[dict[str, Any], str]]) -> str:
    links = [f"[{_escape(label)}]({n})" for n, (_, label) in enumerate(related, start=1)]
    text = _escape(finding.message)
    return f"{text} (see {', '.join(links)})" if links else text


def result(finding: Finding, rule_index: int) -> dict[str, Any]:
    """One finding as a SARIF result."""
    related = _related(finding)
    out: dict[str, Any] = {
        "ruleId": rule_id(finding),
        "ruleIndex": rule_index,
        "level": "error" if finding.severity is Severity.ERROR else "warning",
        "message": {"text": _message(finding, related)},
        "locations": [{"physicalLocation": physical(finding.where)}],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding)},
    }
    if related:
        out["relatedLocations"] = [{"id": n, **place} for n, (place, _) in enumerate(related, 1)]
    facts = {"expected": finding.expected, "found": finding.found}
    out["properties"] = {k: v for k, v in facts.items() if v is not None}
    return out


def rule(finding: Finding) -> dict[str, Any]:
    """The rule a finding breaks, described from the finding (the first one seen of the rule)."""
    if finding.kind == "fact" and finding.fact:
        short = f"An article contradicts the fact sheet on {finding.fact}"
        full = f"{short}, declared at {finding.declared_at}." if finding.declared_at else short
    else:
        short = _DESCRIPTIONS.get(finding.kind, f"A {finding.kind} finding")
        full = short + "."
    # A fact's severity is the fact sheet's; source findings vary per finding (the result says).
    level = "error" if finding.severity is Severity.ERROR or finding.kind != "fact" else "warning"
    return {
        "id": rule_id(finding),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": level},
    }


def _notification(problem: Problem) -> dict[str, Any]:
    path, message = problem
    return {
        "level": "error",
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact(path)}}],
        "descriptor": {"id": "unreadable-article"},
    }


def sarif_report(findings: Sequence[Finding], problems: Sequence[Problem] = ()) -> dict[str, Any]:
    """The whole SARIF log: findings in the order given, rules sorted by id."""
    firsts: dict[str, Finding] = {}
    for f in findings:
        firsts.setdefault(rule_id(f), f)
    ids = sorted(firsts)
    index = {rid: n for n, rid in enumerate(ids)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "consistency",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [rule(firsts[rid]) for rid in ids],
            }
        },
        # Our columns count characters (code points), not UTF-16 units as SARIF's default does.
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [_notification(p) for p in problems],
            }
        ],
        "results": [result(f, index[rule_id(f)]) for f in findings],
    }
    return {"$schema": SCHEMA, "version": VERSION, "runs": [run]}


def sarif_failure(file: str, line: int, message: str) -> dict[str, Any]:
    """The SARIF log of a run stopped by its configuration (a broken fact sheet or baseline):
    no results, the run marked unsuccessful, the problem located on the file and line, so code
    scanning shows it and an upload step finds a file."""
    location: dict[str, Any] = {"artifactLocation": artifact(file)}
    if line:
        location["region"] = {"startLine": line}
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "consistency", "version": __version__, "rules": []}},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": False,
                "toolConfigurationNotifications": [
                    {
                        "level": "error",
                        "message": {"text": message},
                        "locations": [{"physicalLocation": location}],
                        "descriptor": {"id": "configuration"},
                    }
                ],
            }
        ],
        "results": [],
    }
    return {"$schema": SCHEMA, "version": VERSION, "runs": [run]}
