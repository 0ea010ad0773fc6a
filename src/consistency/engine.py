"""The engine: articles grouped into stories, each story extracted once and checked as a whole.

Pure core: no pytest here. The pytest plugin and the command line both drive this.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from consistency.articles import ARTICLE_SUFFIXES, Article, peek_story, read_article
from consistency.baseline import Baseline
from consistency.checks.coverage import FactVerdict, fact_verdicts
from consistency.checks.facts import FactIndex, Tie, calendar_conflicts, tie_claims
from consistency.checks.findings import calendar_finding, sources_for, tie_finding
from consistency.checks.sources import StoryArticle, mirrored, source_findings
from consistency.errors import ArticleError
from consistency.extract.names import NameIndex
from consistency.extract.pipeline import extract_claims
from consistency.facts import Fact, FactSheet
from consistency.factsheet import glob_matches
from consistency.model import Claim, Finding, Severity
from consistency.suppress import SetAside, settle

# Files that sit beside articles but are not articles, and folders of tools' output.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "requirements", "contributing")
_NOT_ARTICLE_FOLDERS = ("site-packages", "htmlcov", "node_modules", "__pycache__")


@dataclass(frozen=True)
class ArticleResult:
    """What the checks concluded about one article."""

    path: str
    story: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    claims: tuple[Claim, ...] = field(default=(), compare=False, repr=False)
    # Its stance on each fact of its sheets, for the report's facts × articles table.
    verdicts: tuple[FactVerdict, ...] = ()
    # Findings suppressed (inline, sidecar) or baselined: shown, not counted (`suppress.py`).
    set_aside: tuple[SetAside, ...] = ()

    @property
    def outcome(self) -> str:
        """`error` (unreadable), `failed` (an error-severity finding) or `passed`."""
        if self.error is not None:
            return "error"
        failed = any(f.severity is Severity.ERROR for f in self.findings)
        return "failed" if failed else "passed"


def shown_path(path: Path) -> str:
    """A path as pytest shows it: relative to the working directory when under it."""
    cwd = Path.cwd()
    full = path if path.is_absolute() else cwd / path
    try:
        return Path(os.path.normpath(full)).relative_to(cwd).as_posix()
    except ValueError:  # not under the working directory
        return Path(os.path.normpath(full)).as_posix()


def is_article(path: Path) -> bool:
    """Whether a file is one we read as an article."""
    name = path.name.lower()
    if path.suffix.lower() not in ARTICLE_SUFFIXES or name.startswith(_NOT_ARTICLES):
        return False
    folders = path.parts[:-1]
    return not any(f in _NOT_ARTICLE_FOLDERS or f.endswith(".egg-info") for f in folders)


def iter_articles(paths: Iterable[Path]) -> Iterator[Path]:
    """The article files at or under `paths`, sorted per directory, hidden folders skipped."""
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for name in sorted(files):
                    if is_article(Path(folder, name)):
                        yield Path(folder, name)
        else:
            yield path


class Engine:
    """Checks articles against fact sheets and each other."""

    def __init__(
        self,
        sheets: Sequence[FactSheet] = (),
        root: Path | None = None,
        *,
        day_first: bool = False,
        display: Callable[[Path], str] = shown_path,
        baseline: Baseline | None = None,
    ) -> None:
        self.sheets = tuple(sheets)
        self.baseline = baseline
        self.root = (root or Path.cwd()).resolve()
        self.day_first = day_first
        self.display = display
        self.names = NameIndex.from_facts(f for s in self.sheets for f in s.facts)
        self._indexes: dict[tuple[int, ...], FactIndex] = {}

    def read(self, path: Path) -> Article:
        """The article at `path` (raises ArticleError)."""
        return read_article(path, self.display(path))

    def sheets_for(self, path: Path, article: Article | None) -> list[FactSheet]:
        """The fact sheets that apply to an article.

        An article that names its story (front matter `story:`) takes that story's sheets only;
        any other takes the sheets whose globs match it and the sheets that name no articles.
        """
        if article is not None and article.story:
            return [s for s in self.sheets if s.story.id == article.story]
        rel = self.relative(path)
        return [
            s
            for s in self.sheets
            if not s.story.articles or any(glob_matches(g, rel) for g in s.story.articles)
        ]

    def story_of(self, path: Path, article: Article | None = None) -> str:
        """The story an article belongs to: front matter, a fact sheet's globs, or its folder."""
        story = article.story if article is not None else peek_story(path)
        if story:
            return story
        rel = self.relative(path)
        for sheet in self.sheets:
            if any(glob_matches(g, rel) for g in sheet.story.articles):
                return sheet.story.id
        return self.display(path.parent) if path.parent != Path() else "."

    def stories(self, paths: Iterable[Path]) -> dict[str, list[Path]]:
        """Article paths grouped by story (only front matter is read: articles are parsed once,
        story by story, so memory stays flat in the size of the corpus)."""
        groups: dict[str, list[Path]] = {}
        for path in paths:
            groups.setdefault(self.story_of(path), []).append(path)
        return groups

    def check(self, paths: Iterable[Path]) -> list[ArticleResult]:
        """Every article under `paths`, each story checked as a whole."""
        results: list[ArticleResult] = []
        for members in self.stories(iter_articles(paths)).values():
            results.extend(self.check_story(members).values())
        return results

    def check_story(self, paths: Sequence[Path]) -> dict[str, ArticleResult]:
        """The results for the articles of one story, keyed by shown path."""
        results: dict[str, ArticleResult] = {}
        checked: list[tuple[Article, str, list[Claim], list[Tie]]] = []
        facts: dict[str, list[Fact]] = {}
        files: dict[str, Path] = {}
        for path in paths:
            try:
                article = self.read(path)
            except ArticleError as exc:
                shown = self.display(path)
                results[shown] = ArticleResult(shown, self.story_of(path), error=str(exc))
                continue
            story = self.story_of(path, article)
            claims, ties = self._analyse(path, article)
            checked.append((article, story, claims, ties))
            files[article.path] = path
            facts[article.path] = [f for s in self.sheets_for(path, article) for f in s.facts]
        statements: dict[str, list[tuple[Article, Tie]]] = {}
        for article, _, _, ties in checked:
            for tie in ties:
                statements.setdefault(tie.fact.id, []).append((article, tie))
        across = source_findings([_settled(a, c, t) for a, _, c, t in checked])
        for article, story, claims, ties in checked:
            findings = [
                tie_finding(article, t, sources_for(t, statements, article))
                for t in ties
                if not t.agrees
            ]
            # A date already contradicting its fact is reported once, as that fact.
            tied = {id(t.claim) for t in ties if not t.agrees}
            findings += [
                calendar_finding(article, c, day)
                for c, day in calendar_conflicts(claims)
                if id(c) not in tied
            ]
            findings += across.get(article.path, [])
            findings, aside = settle(article, findings, files[article.path], self.baseline)
            verdicts = fact_verdicts(article, facts[article.path], ties)
            results[article.path] = ArticleResult(
                article.path, story, tuple(findings), None, tuple(claims), verdicts, tuple(aside)
            )
        return results

    def extract(self, path: Path) -> tuple[Article, list[Claim]]:
        """An article and its claims (raises ArticleError)."""
        article = self.read(path)
        anchor = _anchor(article, self.sheets_for(path, article))
        return article, extract_claims(article, self.names, anchor, day_first=self.day_first)

    def _analyse(self, path: Path, article: Article) -> tuple[list[Claim], list[Tie]]:
        sheets = self.sheets_for(path, article)
        key = tuple(id(s) for s in sheets)
        if key not in self._indexes:
            self._indexes[key] = FactIndex(f for s in sheets for f in s.facts)
        anchor = _anchor(article, sheets)
        claims = extract_claims(article, self.names, anchor, day_first=self.day_first)
        return claims, tie_claims(article, claims, self._indexes[key], anchor)

    def relative(self, path: Path) -> str:
        """The path relative to the project root (posix), for matching fact sheet globs."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.resolve().as_posix()


def _settled(article: Article, claims: Sequence[Claim], ties: Sequence[Tie]) -> StoryArticle:
    """An article for the cross-source checks; claims a declared fact settles are left to it."""
    tied = {id(t.claim) for t in ties}
    settled = frozenset(n for n, c in enumerate(claims) if id(c) in tied)
    return StoryArticle(article, claims, settled)


def _anchor(article: Article, sheets: Sequence[FactSheet]) -> dt.date | None:
    """The day relative dates resolve against: the article's dateline, else its story's day."""
    return article.published or next((s.story.date for s in sheets if s.story.date), None)


def focused(results: dict[str, ArticleResult], focus: Iterable[str]) -> dict[str, ArticleResult]:
    """Results for a run that reports only the articles `focus` (shown paths): a source finding
    that landed on an article outside it, against one inside it, is told on the inside one too."""
    wanted = set(focus)
    extra: dict[str, list[Finding]] = {}
    for path, result in results.items():
        if path in wanted:
            continue
        for finding in result.findings:
            if finding.other is not None and finding.other.article in wanted:
                turned = mirrored(finding)
                if turned is not None:
                    extra.setdefault(turned.where.article, []).append(turned)
    return {
        path: replace(r, findings=tuple(sorted((*r.findings, *extra[path]), key=_start)))
        if path in extra
        else r
        for path, r in results.items()
    }


def _start(finding: Finding) -> int:
    return finding.where.start
