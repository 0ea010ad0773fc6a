"""`--consistency-changed-only[=REF]`: only the articles changed since REF run as items.

Every article is still collected, so each story is still analysed over all its articles; the
unchanged ones are deselected (as `-k` would), which keeps them out of the outcomes and reports
while the changed ones are compared with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.gitchanges import GitError, changed_articles
from consistency.items import ArticleItem

OPTION = "--consistency-changed-only"


class ChangedOnly:
    """Deselects the article items whose file has not changed since `ref`."""

    def __init__(self, ref: str, changed: list[Path]) -> None:
        self.ref = ref
        self.changed = frozenset(changed)
        self.deselected = 0

    @classmethod
    def from_config(cls, config: pytest.Config, ref: str) -> ChangedOnly:
        """Ask git in the run's root folder (a usage error when git can't answer)."""
        try:
            return cls(ref, changed_articles(config.rootpath, ref))
        except GitError as exc:
            raise pytest.UsageError(f"{OPTION}: {exc}") from None

    def pytest_report_header(self) -> str:
        """Say what the run is limited to."""
        count = len(self.changed)
        return f"consistency: {count} article{'' if count == 1 else 's'} changed since {self.ref}"

    def pytest_collection_modifyitems(
        self, config: pytest.Config, items: list[pytest.Item]
    ) -> None:
        """Keep the tests and the changed articles; deselect the other articles."""
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
