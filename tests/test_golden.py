"""Golden story folders: articles written for the purpose and a fact sheet, with every finding
the checker must make listed in `expected.findings`, compared exactly.

The stories (an earthquake toll, a central bank decision, an election, an acquisition) phrase
figures, dates and offices in the ordinary ways news does; one article in each carries
deliberate errors. Findings on correct text are listed too, as `false`: they are the known
false alarms, so fixing one shows up here and the list shrinks with it; `unsupported` lists the
warnings for what a story's reference article never states. `troops` has no fact sheet: three
reports of one call checked against each other, with attribution, subject and rewording cases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.engine import Engine
from consistency.factsheet import load_sheets
from consistency.model import Finding

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
STORIES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())


def found(folder: Path) -> list[str]:
    # A story with no facts.yaml is checked on the sources alone (issue 4).
    sheets = load_sheets([folder / "facts.yaml"]) if (folder / "facts.yaml").exists() else []
    results = Engine(sheets, folder, display=lambda p: p.name).check([folder])
    return sorted(
        f"{f.where.article}:{f.where.line}:{f.where.column}: {_kind(f)}: {f.where.text}"
        for r in results
        for f in r.findings
    )


def _kind(f: Finding) -> str:
    """The fact's id, "calendar", or for another source "source-error"/"source-warning"."""
    return f"source-{f.severity.value}" if f.kind == "source" else f.fact or f.kind


def expected(folder: Path) -> dict[str, list[str]]:
    lines = (folder / "expected.findings").read_text(encoding="utf-8").splitlines()
    tagged: dict[str, list[str]] = {"error": [], "false": [], "unsupported": []}
    for line in lines:
        if line.strip() and not line.startswith("#"):
            tag, finding = line.split(" ", 1)
            tagged[tag].append(finding)
    return tagged


@pytest.mark.parametrize("story", STORIES)
def test_findings_are_exactly_the_expected_ones(story: str) -> None:
    want = expected(GOLDEN / story)
    assert found(GOLDEN / story) == sorted(want["error"] + want["false"] + want["unsupported"])
