"""Findings as an editor reads them in a terminal: `path:line:col: fact-id: message (sheet:line)`.

Under it, the sentence quoted with the disputed span marked, then what the other articles of the
story say about the same fact.
"""

from __future__ import annotations

import re

from consistency.model import Finding, Location

WIDTH = 100
_SPACE = re.compile(r"\s")


def format_finding(finding: Finding) -> str:
    """The full text of one finding."""
    where = finding.where
    label = finding.fact or finding.kind
    head = f"{where.article}:{where.line}:{where.column}: {label}: {finding.message}"
    if finding.declared_at:
        head += f" ({finding.declared_at})"
    lines = [head, *quote(where)]
    if finding.other is not None:
        other = finding.other
        lines.append(f"  {other.article}:{other.line}:{other.column} says:")
        lines.extend(quote(other))
    for source in finding.sources:
        lines.append(
            f'  {source.article}:{source.line}:{source.column} says "{source.text}"'
            + verdict(source)
        )
    return "\n".join(lines)


def verdict(statement: Location) -> str:
    """How another article's statement of the fact stands against the fact sheet."""
    if statement.agrees is None:
        return ""
    return " (agrees with the fact sheet)" if statement.agrees else " (contradicts it too)"


def format_findings(findings: list[Finding]) -> str:
    """Several findings, a blank line between them."""
    return "\n\n".join(format_finding(f) for f in findings)


def quote(where: Location, width: int = WIDTH) -> list[str]:
    """The sentence around a span, trimmed to `width`, with the span marked by carets."""
    sentence = _SPACE.sub(" ", where.sentence or where.text)
    start = max(0, where.start - where.sentence_start)
    end = min(len(sentence), start + len(where.text))
    begin, stop = 0, len(sentence)
    if stop > width:
        room = max(0, width - (end - start)) // 2
        begin = max(0, min(start - room, stop - width))
        stop = min(stop, begin + width)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if stop < len(sentence) else ""
    text = prefix + sentence[begin:stop] + suffix
    marks = " " * (len(prefix) + start - begin) + "^" * max(1, min(end, stop) - start)
    return [f"    {text}", f"    {marks}"]
