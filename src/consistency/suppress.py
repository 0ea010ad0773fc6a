"""Suppressions: findings an editor has looked at and accepted, written beside the text.

- In a `.md` or `.html` article, an HTML comment `<!-- consistency: ignore FACT-ID REASON -->`
  in a paragraph, or on the line directly before it, covers that paragraph.
- Beside any article, a sidecar file `ARTICLE.consistency.yaml` (`002.txt.consistency.yaml`)
  lists suppressions, each with the fact, the quoted `text` (or the `line`) of the paragraph it
  covers, and the reason; `.txt` articles have no comments, so this is their way.

FACT-ID is a fact sheet's fact id, a finding kind (`source`, `calendar`, `fact`) or `*` for any.
A suppression without a reason still applies and is a warning; one that covers no finding is a
warning too (it went stale, or its paragraph or id is wrong). A sidecar that can't be read is an
error finding naming file:line, and then every finding of the article is reported.
`settle` applies suppressions, then the baseline (`baseline.py`), to an article's findings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.articles import Article
from consistency.baseline import Baseline, expired_finding
from consistency.model import Finding, Location, Severity
from consistency.sidecar import (
    SIDECAR_SUFFIX,
    TARGET,
    SidecarEntry,
    SuppressionError,
    read_sidecar,
    sidecar_path,
)

SUPPRESSION = "suppression"
INLINE_SUFFIXES = (".md", ".markdown", ".html", ".htm")

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_DIRECTIVE = re.compile(r"\s*consistency\s*:(.*)", re.S | re.I)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
# Comments are marked with a character that is neither space nor text, so a line holding only a
# comment still belongs to its paragraph but a paragraph of comments alone holds no text.
_MARK = "\x00"

Span = tuple[int, int]


@dataclass(frozen=True)
class Suppression:
    """One `ignore`: what it covers, where it is written (`origin`, file:line) and why."""

    target: str
    reason: str
    origin: str
    how: str  # "inline" or "sidecar"
    scopes: tuple[Span, ...]
    at: Location  # where its own problems are reported

    def covers(self, finding: Finding) -> bool:
        """Whether the suppression sets `finding` aside."""
        if self.target not in ("*", finding.fact, finding.kind):
            return False
        return any(start <= finding.where.start < end for start, end in self.scopes)


@dataclass(frozen=True)
class SetAside:
    """A finding not counted against its article: suppressed or baselined, and why."""

    finding: Finding
    how: str  # "inline", "sidecar" or "baseline"
    origin: str  # file:line of the suppression or baseline entry
    reason: str
    by: str | None = None
    expires: str | None = None

    @property
    def label(self) -> str:
        """`BASELINED` or `SUPPRESSED`, as listings show it."""
        return "BASELINED" if self.how == "baseline" else "SUPPRESSED"

    def note(self) -> str:
        """Why the finding is set aside, in one line."""
        if self.how == "baseline":
            return (
                f"baselined at {self.origin} (accepted by {self.by} until {self.expires}): "
                f"{self.reason}"
            )
        return f"suppressed at {self.origin}: {self.reason or '(no reason given)'}"

    def describe(self) -> str:
        """The finding's first line, then why it is set aside."""
        f = self.finding
        head = f"{f.where.article}:{f.where.line}:{f.where.column}: {f.fact or f.kind}: {f.message}"
        return f"{head}\n    {self.note()}"


def set_aside_counts(aside: Sequence[SetAside]) -> str:
    """`2 findings set aside (1 baselined, 1 suppressed)`."""
    baselined = sum(s.how == "baseline" for s in aside)
    parts = [
        f"{n} {word}"
        for n, word in ((baselined, "baselined"), (len(aside) - baselined, "suppressed"))
        if n
    ]
    noun = "finding" if len(aside) == 1 else "findings"
    return f"{len(aside)} {noun} set aside ({', '.join(parts)})"


def settle(
    article: Article,
    findings: Sequence[Finding],
    path: Path,
    baseline: Baseline | None = None,
    today: dt.date | None = None,
) -> tuple[list[Finding], list[SetAside]]:
    """An article's findings split into those that count and those set aside; the first list
    also holds the findings about the suppressions and the baseline entries themselves."""
    suppressions, notes = read_suppressions(article, path)
    kept: list[Finding] = []
    aside: list[SetAside] = []
    used: set[int] = set()
    for finding in findings:
        hits = [n for n, s in enumerate(suppressions) if s.covers(finding)]
        if not hits:
            kept.append(finding)
            continue
        used.update(hits)
        first = suppressions[hits[0]]
        aside.append(SetAside(finding, first.how, first.origin, first.reason))
    notes += [_unused(s) for n, s in enumerate(suppressions) if n not in used and s.scopes]
    if baseline is not None:
        kept, baselined, expired = _baselined(article, kept, baseline, today or dt.date.today())
        aside += baselined
        notes += expired
    return sorted(kept + notes, key=lambda f: f.where.start), aside


def _baselined(
    article: Article, findings: list[Finding], baseline: Baseline, today: dt.date
) -> tuple[list[Finding], list[SetAside], list[Finding]]:
    """Findings the baseline accepts are set aside; an expired entry accepts nothing and is an
    error, reported on its finding when that still occurs."""
    kept: list[Finding] = []
    aside: list[SetAside] = []
    located: dict[int, Location] = {}
    for finding in findings:
        entry = baseline.entry_for(finding)
        if entry is None or entry.expires < today:
            kept.append(finding)
            if entry is not None:
                located[id(entry)] = finding.where
            continue
        expires = entry.expires.isoformat()
        origin = baseline.origin(entry)
        aside.append(SetAside(finding, "baseline", origin, entry.reason, entry.by, expires))
    expired = [
        expired_finding(baseline, e, located.get(id(e)) or _headline(article))
        for e in baseline.of_article(article.path)
        if e.expires < today
    ]
    return kept, aside, expired


def read_suppressions(article: Article, path: Path) -> tuple[list[Suppression], list[Finding]]:
    """The suppressions of an article, inline and in its sidecar, and the findings about them."""
    shown = article.path + SIDECAR_SUFFIX
    broken: list[Finding] = []
    try:
        entries = read_sidecar(sidecar_path(path), shown)
    except SuppressionError as exc:
        entries, broken = [], [_note(_headline(article), str(exc), Severity.ERROR)]
    inline = article.path.lower().endswith(INLINE_SUFFIXES) and "<!--" in article.text
    if not entries and not inline:
        return [], broken  # the common case: nothing to lay out in paragraphs
    layout = _layout(article)
    paragraphs = _paragraphs(layout, article.body_start)
    suppressions: list[Suppression] = []
    notes: list[Finding] = broken
    if inline:
        suppressions, about_inline = _inline(article, layout, paragraphs)
        notes += about_inline
    for entry in entries:
        found, problem = _sidecar_suppression(article, layout, paragraphs, entry)
        suppressions.append(found)
        if problem:
            notes.append(_note(found.at, problem))
        if not entry.reason:
            notes.append(_note(found.at, _no_reason(found, "(add reason: why it is accepted)")))
    return suppressions, notes


# --- paragraphs ---------------------------------------------------------------------------------


def _layout(article: Article) -> str:
    """The article's scan text (markup blanked) with HTML comments marked, same length."""
    if not article.path.lower().endswith(INLINE_SUFFIXES):
        return article.scan
    parts, last = [], 0
    for m in _COMMENT.finditer(article.text, article.body_start):
        parts += [article.scan[last : m.start()], re.sub(r"[^\n]", _MARK, m.group())]
        last = m.end()
    return "".join([*parts, article.scan[last:]])


def _paragraphs(layout: str, start: int) -> list[Span]:
    """Runs of non-blank lines, trimmed of surrounding space."""
    spans: list[Span] = []
    begin = end = -1
    pos = start
    for line in layout[start:].split("\n"):
        if line.strip():
            if begin < 0:
                begin = pos + len(line) - len(line.lstrip())
            end = pos + len(line.rstrip())
        elif begin >= 0:
            spans.append((begin, end))
            begin = -1
        pos += len(line) + 1
    if begin >= 0:
        spans.append((begin, end))
    return spans


def _has_text(layout: str, span: Span) -> bool:
    return bool(layout[span[0] : span[1]].replace(_MARK, "").strip())


def _paragraph_at(paragraphs: list[Span], offset: int) -> int | None:
    """The index of the paragraph holding `offset`."""
    n = bisect.bisect_right([s for s, _ in paragraphs], offset) - 1
    return n if n >= 0 and offset <= paragraphs[n][1] else None


def _comment_scope(text: str, layout: str, paragraphs: list[Span], comment: Span) -> Span | None:
    """The paragraph a comment covers: the one it is in, else the one starting on the next line
    (in HTML, markup may stand between), else none."""
    n = _paragraph_at(paragraphs, comment[0])
    if n is None:
        return None
    if _has_text(layout, paragraphs[n]):
        return paragraphs[n]
    if n + 1 < len(paragraphs):
        following = paragraphs[n + 1]
        if _has_text(layout, following) and not _BLANK_LINE.search(text, comment[1], following[0]):
            return following
    return None


# --- inline comments ----------------------------------------------------------------------------


def _inline(
    article: Article, layout: str, paragraphs: list[Span]
) -> tuple[list[Suppression], list[Finding]]:
    suppressions: list[Suppression] = []
    notes: list[Finding] = []
    for m in _COMMENT.finditer(article.text, article.body_start):
        directive = _DIRECTIVE.match(m.group(1))
        if directive is None:
            continue  # an ordinary comment
        at = _comment_location(article, m.start(), m.end())
        words = directive.group(1).split(None, 2)
        if len(words) < 2 or words[0].lower() != "ignore" or not TARGET.fullmatch(words[1]):
            shown = " ".join(m.group(1).split())
            problem = (
                f"{json.dumps(shown, ensure_ascii=False)} is not a suppression (write: "
                "<!-- consistency: ignore FACT-ID REASON -->)"
            )
            notes.append(_note(at, problem))
            continue
        scope = _comment_scope(article.text, layout, paragraphs, (m.start(), m.end()))
        reason = " ".join(words[2].split()) if len(words) > 2 else ""
        origin = f"{article.path}:{at.line}"
        found = Suppression(words[1], reason, origin, "inline", (scope,) if scope else (), at)
        suppressions.append(found)
        if scope is None:
            where = "put it in the paragraph, or on the line directly before it"
            notes.append(_note(at, f"{_name(found)} is on no paragraph ({where})"))
        if not reason:
            example = f"<!-- consistency: ignore {found.target} REASON -->"
            notes.append(_note(at, _no_reason(found, f"(write why after the fact id: {example})")))
    return suppressions, notes


def _comment_location(article: Article, start: int, end: int) -> Location:
    """A comment's location, quoted with the line(s) it is written on."""
    line, column = article.line_col(start)
    first = article.text.rfind("\n", 0, start) + 1
    last = article.text.find("\n", end)
    last = len(article.text) if last < 0 else last
    text = article.text[start:end]
    return Location(article.path, start, end, line, column, text, article.text[first:last], first)


# --- sidecar files ------------------------------------------------------------------------------


def _sidecar_suppression(
    article: Article, layout: str, paragraphs: list[Span], entry: SidecarEntry
) -> tuple[Suppression, str | None]:
    """A sidecar entry's suppression, and what is wrong with where it points, if anything."""
    at, problem = _headline(article), None
    scopes: list[Span] = []
    if entry.text is not None:
        words = r"\s+".join(re.escape(w) for w in entry.text.split())
        for m in re.finditer(words, article.text[article.body_start :]):
            n = _paragraph_at(paragraphs, article.body_start + m.start())
            if n is not None and paragraphs[n] not in scopes:
                scopes.append(paragraphs[n])
                at = article.location(article.body_start + m.start(), article.body_start + m.end())
        if not scopes:
            quoted = json.dumps(entry.text, ensure_ascii=False)
            problem = f"{entry.origin}: {entry.key}.text: {quoted} is not in the article"
    elif entry.line is not None:
        n = None
        if entry.line <= len(article.line_starts):
            start = article.line_starts[entry.line - 1]
            n = _paragraph_at(paragraphs, start)
        if n is None or not _has_text(layout, paragraphs[n]):
            problem = f"{entry.origin}: {entry.key}.line: line {entry.line} is in no paragraph"
        else:
            scopes.append(paragraphs[n])
            at = article.location(*paragraphs[n])
    suppression = Suppression(
        entry.target, entry.reason, entry.origin, "sidecar", tuple(scopes), at
    )
    return suppression, problem


# --- findings about suppressions ----------------------------------------------------------------


def _headline(article: Article) -> Location:
    """The article's first line, where findings about the article as a whole are shown."""
    start = len(article.scan) - len(article.scan[article.body_start :].lstrip())
    end = article.text.find("\n", start)
    return article.location(start, len(article.text) if end < 0 else end)


def _name(suppression: Suppression) -> str:
    where = "" if suppression.how == "inline" else f"{suppression.origin}: "
    return f"{where}the suppression of {suppression.target}"


def _no_reason(suppression: Suppression, how: str) -> str:
    return f"{_name(suppression)} gives no reason {how}"


def _unused(suppression: Suppression) -> Finding:
    what = "its paragraph" if suppression.how == "inline" else "the paragraph it names"
    problem = f"{_name(suppression)} matches no finding in {what} (remove it, or check the fact id)"
    return _note(suppression.at, problem)


def _note(at: Location, message: str, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(kind=SUPPRESSION, severity=severity, where=at, message=message)
