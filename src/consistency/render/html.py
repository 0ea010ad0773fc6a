"""Findings and fact verdicts as HTML fragments, for the pytest-html report.

Each finding quotes the article's sentence with the disputed span in a `<mark>`, and beside it
the other side: the fact sheet's value (with the sheet's file:line) or the other article's
sentence. Links jump to the other article's row or finding. A facts × articles table per story
says where each article stands on each fact. Self-contained: no scripts, no external resources,
one small style sheet (`STYLE`) that the page needs once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from consistency.checks.coverage import FactVerdict, Stance
from consistency.model import Finding, Location
from consistency.render.text import verdict

STYLE = """<style>
.cst{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;
 color:#1f2328}
.cst a{color:#0b57d0}
.cst code{font:12px ui-monospace,Menlo,Consolas,monospace;color:#57606a}
.cst mark{background:#ffd8d3;color:#82071e;font-weight:600;padding:0 .1em;border-radius:2px}
.cst mark.cst-ok{background:#d6f0dc;color:#0f5323}
.cst mark.cst-other{background:#fff0b3;color:#4d3800}
.cst-finding{border-left:4px solid #cf222e;background:#fff;margin:.6em 0;padding:.5em .8em;
 max-width:1250px}
.cst-finding.warning{border-left-color:#bf8700}
.cst-head{color:#57606a;font-size:13px}
.cst-head b{color:#1f2328}
.cst-sev{display:inline-block;padding:0 .45em;border-radius:3px;background:#cf222e;color:#fff;
 font-size:11px;text-transform:uppercase;letter-spacing:.03em}
.warning .cst-sev{background:#bf8700}
.cst-msg{margin:.25em 0 .4em}
.cst-sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:.6em}
.cst-side{background:#f6f8fa;border-radius:4px;padding:.4em .7em}
.cst-label{font-size:12px;color:#57606a;margin-bottom:.15em}
.cst-side blockquote{margin:0}
.cst-value{font-weight:600}
.cst-sources{margin:.4em 0 0;padding-left:1.2em;font-size:13px}
.cst-verdict{color:#57606a}
.cst-summary{margin:.8em 0 1.2em}
.cst-summary h2{margin:.2em 0}
.cst-summary summary{font-weight:600;margin:.6em 0 .3em;cursor:pointer}
.cst-scroll{overflow-x:auto;max-width:100%}
.cst-facts{border-collapse:collapse;font-size:13px}
.cst-facts th,.cst-facts td{border:1px solid #d0d7de;padding:.2em .5em;text-align:left;
 vertical-align:top}
.cst-facts tbody th{font-weight:400;min-width:8em}
.cst-facts td.cst-sheet{min-width:9em;max-width:14em}
.cst-facts thead th{background:#f6f8fa;white-space:nowrap;font-size:12px;font-weight:600}
.cst-facts td.cst-agrees{background:#eaf6ec;color:#116329}
.cst-facts td.cst-contradicts{background:#ffebe9;color:#a40e26;font-weight:600}
.cst-facts td.cst-not-mentioned,.cst-facts td.cst-none{color:#8c959f}
.cst-facts small{display:block;max-width:13em;overflow:hidden;text-overflow:ellipsis;
 white-space:nowrap;font-weight:400}
.cst-legend{font-size:12px;color:#57606a;margin:.3em 0}
</style>"""

_SYMBOL = {Stance.AGREES: "✓", Stance.CONTRADICTS: "✗", Stance.NOT_MENTIONED: "–"}
_CLASS = {
    Stance.AGREES: "cst-agrees",
    Stance.CONTRADICTS: "cst-contradicts",
    Stance.NOT_MENTIONED: "cst-not-mentioned",
}


@dataclass(frozen=True)
class ArticleColumn:
    """One article of a story in the facts × articles table."""

    path: str
    verdicts: tuple[FactVerdict, ...] = ()
    # The article could not be read: it states nothing.
    unreadable: bool = False
    # Where its findings start: a contradiction with none there was set aside (suppressed or
    # baselined), and has no finding to link to.
    findings: frozenset[int] = frozenset()


def _safe(text: str) -> str:
    """`text` as an id that is also its own URL fragment: percent-encoded but for `/`, so that
    `href="#…"` finds it unchanged and no two paths share one."""
    return quote(text, safe="/")


def article_anchor(path: str) -> str:
    """The id of an article's row in the report."""
    return f"cst-a-{_safe(path)}"


def finding_anchor(where: Location) -> str:
    """The id of the finding whose disputed span is `where`."""
    return f"cst-f-{_safe(where.article)}-{where.start}"


def highlight(where: Location, mark: str = "") -> str:
    """The sentence, escaped, with the span in a <mark> (of class `mark`, when given)."""
    sentence = where.sentence or where.text
    start = max(0, where.start - where.sentence_start)
    end = start + len(where.text)
    opening = f'<mark class="{mark}">' if mark else "<mark>"
    return (
        escape(sentence[:start])
        + opening
        + escape(sentence[start:end])
        + "</mark>"
        + escape(sentence[end:])
    )


def _place(where: Location) -> str:
    return f"{escape(where.article)}:{where.line}:{where.column}"


def _link(where: Location, to_finding: bool) -> str:
    """A link to `where`: its finding when it has one, else its article's row."""
    target = finding_anchor(where) if to_finding else article_anchor(where.article)
    return f'<a href="#{target}">{_place(where)}</a>'


def _other_side(f: Finding) -> str:
    """What the article is measured against: the fact sheet, the calendar, another article."""
    if f.other is not None:
        # The other article of a source finding: the pair's finding is on this side only.
        return (
            f'<div class="cst-side cst-there"><div class="cst-label">The other article, '
            f"{_link(f.other, to_finding=False)}</div>"
            f"<blockquote>{highlight(f.other, 'cst-other')}</blockquote></div>"
        )
    if f.expected is None:
        return ""
    if f.fact is None:
        label, value = "On the calendar", escape(f.expected)
    else:
        sheet = f" <code>{escape(f.declared_at)}</code>" if f.declared_at else ""
        label, value = f"The fact sheet{sheet}", escape(f.expected)
    return (
        f'<div class="cst-side cst-there"><div class="cst-label">{label}</div>'
        f'<div class="cst-value">{value}</div></div>'
    )


def _sources(f: Finding) -> str:
    """The other articles of the story that state the same fact, and how they stand."""
    if not f.sources:
        return ""
    items = []
    for s in f.sources:
        said = verdict(s).strip()  # "(agrees with the fact sheet)", as the terminal says it
        mark = "cst-ok" if s.agrees else ""
        # A statement that contradicts the sheet too is a finding of that article: link to it.
        items.append(
            f"<li>{_link(s, to_finding=s.agrees is False)}: <q>{highlight(s, mark)}</q>"
            + (f' <span class="cst-verdict">{escape(said)}</span>' if said else "")
            + "</li>"
        )
    return (
        '<div class="cst-label">The other articles</div>'
        f'<ul class="cst-sources">{"".join(items)}</ul>'
    )


def finding_html(f: Finding) -> str:
    """One finding: where, what, the sentence marked, and the other side beside it."""
    w = f.where
    label = escape(f.fact or f.kind)
    return (
        f'<div class="cst cst-finding {f.severity.value}" id="{finding_anchor(w)}">'
        f'<div class="cst-head"><span class="cst-sev">{f.severity.value}</span> '
        f"<b>{label}</b> · <code>{_place(w)}</code></div>"
        f'<div class="cst-msg">{escape(f.message)}</div>'
        f'<div class="cst-sides"><div class="cst-side cst-here">'
        f'<div class="cst-label">This article</div><blockquote>{highlight(w)}</blockquote></div>'
        f"{_other_side(f)}</div>{_sources(f)}</div>"
    )


def findings_html(findings: Sequence[Finding]) -> str:
    """All findings of an article (the page carries `STYLE` once, in its summary)."""
    return "".join(finding_html(f) for f in findings)


def _headers(columns: Sequence[ArticleColumn]) -> str:
    names = [c.path.rsplit("/", 1)[-1] for c in columns]
    cells = []
    for column, name in zip(columns, names, strict=True):
        # A file name alone, unless two articles of the story share it.
        shown = name if names.count(name) == 1 else column.path
        note = " (unreadable)" if column.unreadable else ""
        cells.append(
            f'<th title="{escape(column.path)}"><a href="#{article_anchor(column.path)}">'
            f"{escape(shown)}</a>{note}</th>"
        )
    return f"<thead><tr><th>Fact</th><th>Fact sheet</th>{''.join(cells)}</tr></thead>"


def _cell(verdict: FactVerdict | None, column: ArticleColumn) -> str:
    if verdict is None:
        why = "the article could not be read" if column.unreadable else "not in its fact sheets"
        return f'<td class="cst-none" title="{why}">—</td>'
    word = f"{_SYMBOL[verdict.stance]} {verdict.stance.value}"
    where = verdict.where
    if where is None:
        return f'<td class="{_CLASS[verdict.stance]}">{word}</td>'
    title = f'"{where.text}" ({where.article}:{where.line}:{where.column})'
    if verdict.statements > 1:
        title += f", {verdict.statements} statements"
    if verdict.stance is Stance.CONTRADICTS and where.start in column.findings:
        word = f'<a href="#{finding_anchor(where)}">{word}</a>'
    elif verdict.stance is Stance.CONTRADICTS:
        word += " (set aside)"
    return (
        f'<td class="{_CLASS[verdict.stance]}" title="{escape(title)}">{word}'
        f" <small>{escape(where.text)}</small></td>"
    )


def facts_table(story: str, columns: Sequence[ArticleColumn]) -> str:
    """The facts × articles table of one story; empty when no fact sheet applies to it."""
    facts: dict[str, FactVerdict] = {}
    for column in columns:
        for v in column.verdicts:
            facts.setdefault(v.fact, v)
    if not facts:
        return ""
    by_article = [({v.fact: v for v in c.verdicts}, c) for c in columns]
    rows = []
    for fact, first in facts.items():
        cells = "".join(_cell(verdicts.get(fact), c) for verdicts, c in by_article)
        rows.append(
            f'<tr><th scope="row"><code>{escape(fact)}</code></th>'
            f'<td class="cst-sheet" title="{escape(first.declared_at)}">'
            f"{escape(first.expected)}</td>{cells}</tr>"
        )
    return (
        f"<details open><summary>Story <code>{escape(story)}</code>: {len(facts)} facts, "
        f"{len(columns)} articles</summary>"
        f'<div class="cst-scroll"><table class="cst-facts" data-story="{escape(story)}">'
        f"{_headers(columns)}<tbody>{''.join(rows)}</tbody></table></div></details>"
    )


_LEGEND = (
    '<p class="cst-legend">✓ agrees: the article states the fact as the sheet does · '
    "✗ contradicts: it states it otherwise (the link goes to the finding; set aside: "
    "suppressed or baselined) · "
    "– not mentioned · — no fact sheet of the article declares it</p>"
)


def summary_html(stories: Mapping[str, Sequence[ArticleColumn]]) -> str:
    """The style sheet and, per story, its facts × articles table."""
    tables = "".join(facts_table(s, stories[s]) for s in sorted(stories))
    if not tables:
        return STYLE
    return (
        f'{STYLE}<section class="cst cst-summary"><h2>Facts × articles</h2>{_LEGEND}'
        f"{tables}</section>"
    )
