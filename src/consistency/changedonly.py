"""`--consistency-changed-only[=REF]`: only the articles changed since REF run as items.

Every article is still collected, so each story is still analysed over all its articles; the
unchanged ones are deselected (as `-k` would), which keeps them out of the outcomes and reports
while the changed ones are compared with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.engine import is_article
from consistency.gitchanges import GitError, changed_files
from consistency.items import ArticleItem
from consistency.session import STATE

OPTION = "--consistency-changed-only"


class ChangedOnly:
    """Deselects the article items whose file has not changed since `ref`."""

    def __init__(self, ref: str, changed: list[Path], *, sheets_changed: bool = False) -> None:
        self.ref = ref
        self.changed = frozenset(changed)
        # An edited fact sheet can fail any article of its stories: then none is deselected.
        self.sheets_changed = sheets_changed
        self.deselected = 0

    @classmethod
    def from_config(cls, config: pytest.Config, ref: str) -> ChangedOnly:
        """Ask git in the run's root folder (a usage error when git can't answer)."""
        state = config.stash[STATE]
        sheets = {Path(s.path).resolve() for s in state.engine.sheets}
        try:
            files = changed_files(config.rootpath, ref)
        except GitError as exc:
            raise pytest.UsageError(f"{OPTION}: {exc}") from None
        changed = [p for p in files if is_article(p)]
        if sheets & set(files):
            return cls(ref, changed, sheets_changed=True)
        # Source findings a changed article takes part in are told on it, wherever they landed.
        state.focus = frozenset(changed)
        return cls(ref, changed)

    def pytest_report_header(self) -> str:
        """Say what the run is limited to."""
        if self.sheets_changed:
            return f"consistency: a fact sheet changed since {self.ref}: every article is checked"
        count = len(self.changed)
        return f"consistency: {count} article{'' if count == 1 else 's'} changed since {self.ref}"

    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        """Keep the tests and the changed articles; deselect the other articles."""
        if self.sheets_changed:
            return
        keep: list[pytest.Item] = []
        drop: list[pytest.Item] = []
        for item in items:
            unchanged = isinstance(item, ArticleItem) and item.path.resolve() not in self.changed
            (drop if unchanged else keep).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
            self.deselected += len(drop)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """No article changed is a pass, not pytest's "no tests ran" (exit 5)."""
        # Under xdist the workers deselect, and the controller only learns that nothing is
        # left: there, any empty run passes.
        distributed = session.config.pluginmanager.hasplugin("dsession")
        if session.exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and (
            self.deselected or distributed
        ):
            session.exitstatus = pytest.ExitCode.OK


__all__ = ["OPTION", "ChangedOnly"]
