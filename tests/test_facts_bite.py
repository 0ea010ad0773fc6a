"""Every fact of the seeds' sheet bites: change the figure, date or office it declares in a copy
of a seed article, and that copy fails on that fact (and only on that fact)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from consistency.engine import Engine
from consistency.facts import FactSheet, PersonFact
from consistency.factsheet import load_sheets
from consistency.model import Severity

REPO = Path(__file__).resolve().parents[1]

# (fact id, seed, the text as published, the text changed)
MUTATIONS = [
    ("donbas-death-toll", "000", "some 14,000 lives", "some 24,000 lives"),
    ("russian-troops-massed", "001", "more than 80,000 troops", "more than 40,000 troops"),
    ("nato-troops-per-shoigu", "002", "stationing 40,000 soldiers", "stationing 20,000 soldiers"),
    ("nato-equipment-per-shoigu", "002", "15,000 pieces", "25,000 pieces"),
    ("allies-briefed", "002", "the other 29 allies", "the other 27 allies"),
    ("us-warships", "003", "sent two warships", "sent three warships"),
    ("call-date", "001", "on Tuesday, April 13", "on Tuesday, April 14"),
    ("call-date", "000", "telephone conversation on Tuesday", "telephone conversation on Monday"),
    ("helsinki-summit", "003", "met in Helsinki in 2018", "met in Helsinki in 2017"),
    ("crimea-annexation", "002", "annexed Crimea from Ukraine in 2014", "annexed Crimea from Ukraine in 2015"),
    ("joe-biden", "000", "US President Joe Biden and", "US Vice President Joe Biden and"),
    ("vladimir-putin", "000", "Russian President Vladimir Putin had", "Russian Prime Minister Vladimir Putin had"),
    ("jen-psaki", "001", "US State Department spokeswoman Jen Psaki", "Pentagon spokeswoman Jen Psaki"),
    ("ned-price", "003", "State Department spokesman Ned Price", "Pentagon spokesman Ned Price"),
    ("sergei-shoigu", "002", "Defense Minister Sergei Shoigu said", "Foreign Minister Sergei Shoigu said"),
    ("sergei-ryabkov", "002", "Deputy Foreign Minister Sergei Ryabkov", "Foreign Minister Sergei Ryabkov"),
    ("anatoly-antonov", "004", "the ambassador, Anatoly Antonov,", "the foreign minister, Anatoly Antonov,"),
    ("jens-stoltenberg", "002", "NATO Secretary-General Jens Stoltenberg", "NATO Deputy Secretary-General Jens Stoltenberg"),
    ("dmytro-kuleba", "002", "Ukrainian Foreign Minister Dmytro Kuleba", "Ukrainian Defence Minister Dmytro Kuleba"),
    ("antony-blinken", "002", "US Secretary of State Antony Blinken", "US Secretary of Defense Antony Blinken"),
    ("lloyd-austin", "002", "US Defense Secretary Lloyd Austin", "US Secretary of State Lloyd Austin"),
    ("volodymyr-zelensky", "004", "Ukrainian leader Volodymyr Zelensky", "Ukrainian Prime Minister Volodymyr Zelensky"),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets() -> list[FactSheet]:
    return load_sheets([REPO / "rules"])


def findings_of(root: Path, sheets: list[FactSheet]) -> dict[str, set[tuple[str | None, str]]]:
    results = Engine(sheets, root, display=lambda p: p.name[:3]).check([root / "seeds"])
    return {r.path: {(f.fact, f.found or "") for f in r.findings} for r in results}


def test_every_checkable_fact_has_a_mutation(sheets: list[FactSheet]) -> None:
    checkable = {
        f.id
        for s in sheets
        for f in s.facts
        if not isinstance(f, PersonFact) or f.role is not None
        if f.__class__.__name__ != "NameFact"
    }
    assert checkable == {m[0] for m in MUTATIONS}


@pytest.mark.parametrize(
    ("fact", "seed", "before", "after"), MUTATIONS, ids=[f"{m[0]}-{m[1]}" for m in MUTATIONS]
)
def test_changing_a_declared_value_fails_on_that_fact(
    tmp_path: Path, sheets: list[FactSheet], fact: str, seed: str, before: str, after: str
) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (path,) = (tmp_path / "seeds").glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    assert text.count(before) == 1, "the mutation must name one place in the seed"
    baseline = findings_of(tmp_path, sheets)
    path.write_text(text.replace(before, after), encoding="utf-8")
    mutated = findings_of(tmp_path, sheets)
    new = mutated[seed] - baseline[seed]
    assert new, f"changing {before!r} to {after!r} was not flagged"
    assert {f for f, _ in new} == {fact}
    results = Engine(sheets, tmp_path).check([tmp_path / "seeds"])
    (result,) = [r for r in results if Path(r.path).name == path.name]
    assert result.outcome == "failed"
    assert any(f.fact == fact and f.severity is Severity.ERROR for f in result.findings)
    # Only the changed article gains findings: the others still agree with the sheet.
    assert {k: v for k, v in mutated.items() if k != seed} == {
        k: v for k, v in baseline.items() if k != seed
    }
