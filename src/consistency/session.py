"""A run's state, kept in `config.stash`: which articles to collect, and each story's results.

A story is analysed the first time one of its articles runs, over all its articles (those
collected and those beside them on disk), so `-k` selecting one article still compares it with
the rest. Under pytest-xdist the result is shared through a folder and a file lock, so no
article is extracted twice in a run.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from filelock import FileLock

from consistency.baseline import Baseline
from consistency.engine import ArticleResult, Engine, focused, is_article, shown_path
from consistency.facts import FactSheet
from consistency.factsheet import glob_matches
from consistency.render.jsonreport import result_from_dict, result_to_dict


class State:
    """What the plugin knows during one run."""

    def __init__(
        self,
        config: pytest.Config,
        sheets: list[FactSheet],
        shared: Path | None,
        baseline: Baseline | None = None,
    ) -> None:
        self.engine = Engine(
            sheets,
            config.rootpath,
            day_first=bool(config.getoption("consistency_day_first")),
            baseline=baseline,
        )
        self.shared = shared
        self._explicit = _explicit_paths(config)
        self._collected: set[Path] = set()
        self._story_of: dict[Path, str] | None = None
        self._results: dict[str, dict[str, ArticleResult]] = {}
        # With --consistency-changed-only: the changed articles, which are told every source
        # finding they take part in (see engine.focused).
        self.focus: frozenset[Path] = frozenset()

    def wants(self, path: Path) -> bool:
        """Collect a file under a path given on the command line, or one a fact sheet claims."""
        resolved = path.resolve()
        if any(resolved == p or p in resolved.parents for p in self._explicit):
            return True
        rel = self.engine.relative(resolved)
        return any(glob_matches(g, rel) for s in self.engine.sheets for g in s.story.articles)

    def collected(self, path: Path) -> None:
        """Note an article collected (before any `-k` deselection)."""
        self._collected.add(path.resolve())

    def result_for(self, path: Path) -> ArticleResult:
        """The result for one article, analysing its story the first time."""
        resolved = path.resolve()
        if self._story_of is None or resolved not in self._story_of:
            self._story_of = self._group()
        story = self._story_of[resolved]
        if story not in self._results:
            members = sorted(p for p, s in self._story_of.items() if s == story)
            results = self._analyse(story, members)
            if self.focus:
                results = focused(results, {self.engine.display(p) for p in self.focus})
            self._results[story] = results
        return self._results[story][self.engine.display(resolved)]

    def _group(self) -> dict[Path, str]:
        universe = set(self._collected)
        for folder in {p.parent for p in self._collected}:
            with os.scandir(folder) as entries:
                universe.update(
                    Path(e.path).resolve()
                    for e in entries
                    if e.is_file() and is_article(Path(e.path))
                )
        groups = self.engine.stories(sorted(universe))
        return {p: story for story, paths in groups.items() for p in paths}

    def _analyse(self, story: str, members: list[Path]) -> dict[str, ArticleResult]:
        if self.shared is None:
            return self.engine.check_story(members)
        key = hashlib.sha256(("\0".join([story, *map(str, members)])).encode()).hexdigest()[:24]
        target = self.shared / f"{key}.json"
        with FileLock(str(target) + ".lock"):
            if target.exists():
                data = json.loads(target.read_text(encoding="utf-8"))
                return {d["path"]: result_from_dict(d) for d in data}
            results = self.engine.check_story(members)
            target.write_text(
                json.dumps([result_to_dict(r) for r in results.values()]), encoding="utf-8"
            )
            return results


def _explicit_paths(config: pytest.Config) -> list[Path]:
    """The paths given on the command line (not those from `testpaths`)."""
    if config.args_source is not pytest.Config.ArgsSource.ARGS:
        return []
    base = config.invocation_params.dir
    return [(base / arg.split("::")[0]).resolve() for arg in config.args if not arg.startswith("-")]


STATE = pytest.StashKey[State]()

__all__ = ["STATE", "State", "shown_path"]
