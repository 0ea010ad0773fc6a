"""Checking a few articles (the staged ones, the changed ones) against their whole stories.

A pre-commit hook is given the staged files only, but a staged article contradicts or agrees with
the other articles of its story, which sit unchanged on disk: so the story is gathered from disk
(the article's folder, and the articles its fact sheets' globs name), checked as a whole, and only
the given articles' results are reported. Pure core: no pytest; git is asked through gitchanges.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from consistency.engine import ArticleResult, Engine, focused, is_article, iter_articles
from consistency.facts import FactSheet
from consistency.factsheet import glob_matches
from consistency.gitchanges import changed_articles


def check_only(
    engine: Engine, targets: Iterable[Path], universe: Iterable[Path]
) -> list[ArticleResult]:
    """The results of `targets`, each checked with the articles of `universe` in its story."""
    wanted = {p.resolve() for p in targets}
    everything = sorted(wanted | {p.resolve() for p in universe})
    results: list[ArticleResult] = []
    for members in engine.stories(everything).values():
        mine = {engine.display(p) for p in members if p in wanted}
        if mine:
            story = focused(engine.check_story(members), mine)
            results += [r for key, r in story.items() if key in mine]
    return sorted(results, key=lambda r: r.path)


def changed_results(engine: Engine, paths: Sequence[Path], ref: str) -> list[ArticleResult]:
    """The results of the articles under `paths` changed since `ref` (or untracked), each checked
    with the articles under `paths` in its story, as `consistency check PATH...` would."""
    universe = list(iter_articles(paths))
    folders = {(p if p.is_dir() else p.parent).resolve() for p in paths}
    top = Path(os.path.commonpath(sorted(folders)))
    sheets = [Path(s.path) for s in engine.sheets]
    changed = set(changed_articles(top, ref, sheets, universe))
    return check_only(engine, [p for p in universe if p.resolve() in changed], universe)


def story_universe(engine: Engine, targets: Sequence[Path]) -> list[Path]:
    """The articles on disk that may share a story with `targets`: the articles of their folders
    (a story's default grouping) and those named by the globs of the fact sheets that claim them."""
    found: set[Path] = set()
    for folder in {p.resolve().parent for p in targets}:
        found.update(p.resolve() for p in folder.iterdir() if p.is_file() and is_article(p))
    for sheet in _claiming(engine, targets):
        for pattern in sheet.story.articles:
            found.update(_glob_articles(engine, pattern))
    return sorted(found)


def _claiming(engine: Engine, targets: Sequence[Path]) -> list[FactSheet]:
    """The fact sheets whose story holds one of `targets` (by its globs or by front matter)."""
    stories = {engine.story_of(p) for p in targets}
    return [
        s
        for s in engine.sheets
        if s.story.articles
        and (
            s.story.id in stories
            or any(glob_matches(g, engine.relative(p)) for g in s.story.articles for p in targets)
        )
    ]


def _glob_articles(engine: Engine, pattern: str) -> list[Path]:
    """The articles under the project root matching a fact sheet glob; only the folder before
    its first wildcard is walked, so `seeds/*.txt` never walks the whole repository."""
    fixed = re.split(r"[*?\[]", pattern.removeprefix("./"), maxsplit=1)[0]
    if fixed == pattern.removeprefix("./") and not pattern.endswith("/"):  # one file, no wildcard
        path = engine.root / fixed
        return [path.resolve()] if path.is_file() and is_article(path) else []
    start = engine.root / fixed.rpartition("/")[0]
    if not start.is_dir():
        return []
    paths = (p.resolve() for p in iter_articles([start]))
    return [p for p in paths if glob_matches(pattern, engine.relative(p))]


__all__ = ["changed_results", "check_only", "story_universe"]


def articles_of_sheets(engine: Engine, files: Iterable[Path]) -> list[Path]:
    """The articles of the stories whose fact sheet is among `files` (a staged fact sheet):
    an edited fact can fail an article nobody touched. A sheet naming no articles applies to
    every article under the project root."""
    given = {p.resolve() for p in files}
    found: set[Path] = set()
    for sheet in engine.sheets:
        if Path(sheet.path).resolve() not in given:
            continue
        if not sheet.story.articles:
            found.update(p.resolve() for p in iter_articles([engine.root]))
        for pattern in sheet.story.articles:
            found.update(_glob_articles(engine, pattern))
    return sorted(found)
