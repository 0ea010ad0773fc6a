"""Repository-level pytest configuration: the plugin's own tests drive inner runs with pytester."""

import pytest

pytest_plugins = ("pytester",)


@pytest.fixture(autouse=True)
def _not_on_github(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner runs must not annotate this repository's own CI log or append to its step summary
    when the suite itself runs on GitHub Actions; tests that want that set the variables."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
