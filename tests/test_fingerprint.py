"""Fingerprints of findings survive edits elsewhere in the article and change with the finding."""

from __future__ import annotations

from pathlib import Path

from consistency.engine import Engine
from consistency.factsheet import load_sheets
from consistency.fingerprint import fingerprint

REPO = Path(__file__).resolve().parents[1]
CIVILIANS = "002_36496306b8a4a1a3.txt"


def prints(folder: Path) -> list[str]:
    sheets = load_sheets([REPO / "rules" / "biden-putin-call.yaml"])
    results = Engine(sheets, REPO, display=lambda p: p.name).check([folder])
    return sorted(fingerprint(f) for r in results for f in r.findings)


def test_an_edit_elsewhere_keeps_the_fingerprint_a_changed_figure_does_not(tmp_path: Path) -> None:
    # Outside seeds/ the sheet's globs don't reach it: the front matter names the story.
    text = "---\nstory: biden-putin-call\n---\n" + (REPO / "seeds" / CIVILIANS).read_text("utf-8")
    story = tmp_path / "seeds"
    story.mkdir()
    (story / CIVILIANS).write_text(text, encoding="utf-8")
    before = prints(story)
    assert len(before) == 1
    (story / CIVILIANS).write_text(text.replace("\n\n", "\n\nA new paragraph.\n\n", 1), "utf-8")
    assert prints(story) == before
    (story / CIVILIANS).write_text(text.replace("14,000 civilians", "13,000 civilians"), "utf-8")
    assert prints(story) != before
