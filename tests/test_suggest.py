"""`consistency suggest`: a draft fact sheet from what a story's articles agree on (issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.cli import main
from consistency.engine import Engine
from consistency.facts import DateFact, PersonFact, QuantityFact
from consistency.factsheet import load_sheets

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HEAD = "Russia masses troops near Ukraine\n\n"
A = HEAD + (
    "Russia has massed more than 80,000 troops on the border with Ukraine, Kiev said. "
    "Presidents Joe Biden and Vladimir Putin spoke by phone on Tuesday, April 13, 2021.\n"
)
B = HEAD + (
    "Russia has massed 80,000 troops on the border with Ukraine, Kiev said on Wednesday. "
    "The two presidents spoke by phone on Tuesday, April 13, 2021.\n"
)
C = HEAD + (
    "Russia has massed 40,000 troops on the border with Ukraine. "
    "The leaders spoke by phone on Tuesday, April 13, 2021.\n"
)


def draft(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["suggest", str(folder)]) == 0
    return capsys.readouterr().out


def test_the_draft_holds_what_two_articles_agree_on_and_lists_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in {"a": A, "b": B, "c": C}.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = draft(Path("."), capsys)
    (tmp_path / "draft.yaml").write_text(text, encoding="utf-8")
    (sheet,) = load_sheets([tmp_path / "draft.yaml"])
    troops = [f for f in sheet.facts if isinstance(f, QuantityFact)]
    assert [(f.stated, f.counts) for f in troops] == [("more than 80,000", ("troops",))]
    assert [f.date.iso() for f in sheet.facts if isinstance(f, DateFact)] == ["2021-04-13"]
    assert '  # a.txt:3 "more than 80,000 troops"' in text
    assert '  # b.txt:3 "80,000 troops"' in text
    assert '# - c.txt:3: the article says "40,000 troops"' in text
    # The draft, used as the fact sheet, fails the article that halves the figure.
    results = Engine([sheet], tmp_path, display=lambda p: p.name).check([tmp_path])
    failed = {r.path: [f.fact for f in r.findings if f.kind == "fact"] for r in results}
    assert failed == {"a.txt": [], "b.txt": [], "c.txt": [troops[0].id]}


def test_the_seeds_draft_loads_and_leaves_the_spokesperson_to_the_editor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for seed in SEEDS.glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    text = draft(Path("."), capsys)
    (tmp_path / "draft.yaml").write_text(text, encoding="utf-8")
    (sheet,) = load_sheets([tmp_path / "draft.yaml"])
    people = {f.name: f.role for f in sheet.facts if isinstance(f, PersonFact)}
    assert people["Joe Biden"] == "United States President"
    assert "Jen Psaki" not in people
    assert "Ned Price" not in people
    assert (
        '# - 003_370413d1aa06dcb7.txt:18: the article says "State Department spokesman Ned '
        'Price"; 001_7a628b8513b4a8f9.txt:4 says "State Department spokeswoman Jen Psaki"'
    ) in text


def test_a_missing_path_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["suggest", str(tmp_path / "nowhere")]) == 2
    assert "nowhere: no such file or directory" in capsys.readouterr().err
