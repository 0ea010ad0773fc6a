"""Findings as an HTML fragment: the sentence with the disputed span highlighted, the other side
(the fact sheet's value, or the other article's sentence) beside it. Self-contained: no scripts,
no external resources."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from consistency.model import Finding, Location
from consistency.render.text import verdict

STYLE = (
    "<style>.cst-finding{border-left:4px solid #c0392b;margin:.5em 0;padding:.3em .6em;"
    "font:14px/1.4 system-ui,sans-serif}.cst-finding.warning{border-color:#e67e22}"
    ".cst-finding mark{background:#f9d6d5;font-weight:600}.cst-finding .cst-where{color:#555;"
    "font-family:monospace}.cst-finding .cst-side{margin-left:1em;color:#333}</style>"
)


def highlight(where: Location) -> str:
    """The sentence, escaped, with the span in a <mark>."""
    sentence = where.sentence or where.text
    start = max(0, where.start - where.sentence_start)
    end = start + len(where.text)
    return (
        escape(sentence[:start])
        + "<mark>"
        + escape(sentence[start:end])
        + "</mark>"
        + escape(sentence[end:])
    )


def finding_html(f: Finding) -> str:
    """One finding as a block."""
    w = f.where
    label = escape(f.fact or f.kind)
    parts = [
        f'<div class="cst-finding {f.severity.value}" id="{escape(_anchor(w))}">',
        f'<div class="cst-where">{escape(w.article)}:{w.line}:{w.column} · {label} · '
        f"{f.severity.value}</div>",
        f"<div>{escape(f.message)}</div>",
        f"<blockquote>{highlight(w)}</blockquote>",
    ]
    if f.expected is not None and f.fact is not None:
        declared = f" ({escape(f.declared_at)})" if f.declared_at else ""
        parts.append(f'<div class="cst-side">Fact sheet: {escape(f.expected)}{declared}</div>')
    if f.other is not None:
        # The other side of a source finding has a finding of its own to link to.
        where = f"{escape(f.other.article)}:{f.other.line}:{f.other.column}"
        parts.append(
            f'<div class="cst-side"><a href="#{escape(_anchor(f.other))}">{where}</a>: '
            f"<q>{highlight(f.other)}</q></div>"
        )
    for other in f.sources:
        where = f"{escape(other.article)}:{other.line}:{other.column}"
        parts.append(
            f'<div class="cst-side">{where}: <q>{highlight(other)}</q>'
            f"{escape(verdict(other))}</div>"
        )
    parts.append("</div>")
    return "".join(parts)


def findings_html(findings: Sequence[Finding]) -> str:
    """All findings of an article, with the style they need."""
    return STYLE + "".join(finding_html(f) for f in findings)


def _anchor(loc: Location) -> str:
    return f"cst-{loc.article}-{loc.start}".replace("/", "-").replace(" ", "-")
