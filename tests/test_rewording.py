"""Harmless rewordings are no disagreement (issue 4): each seed checked against itself reworded
the ways editors reword copy, with the original as the reference and the other way round.

The rewordings are the issue's own ("14,000" -> "14 thousand", "5 percent" -> "5%", "March 3"
-> "3 March") and others news desks make every day: "about" for "some", "2" for "two", "US"
for "U.S.", "Kyiv" for "Kiev", "$1.2 billion" for "$1.2bn".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from consistency.engine import Engine
from consistency.model import Finding

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DIGITS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7"}
_REWORDINGS: list[tuple[str, object]] = [
    (r"\bmore than (\d[\d,]*)(?= [a-z])", r"\1-plus"),
    (r"\b(\d{1,3}),000\b(?! ?(?:million|billion)|-plus)", r"\1 thousand"),
    (r"(\d(?:\.\d+)?) ?(?:per ?cent|percent)\b", r"\1%"),
    (rf"\b({_MONTHS}) (\d{{1,2}})\b(?!,? \d{{4}}|:)", r"\2 \1"),
    (r"\bsome (?=\d)", "about "),
    (r"\$(\d+(?:\.\d+)?) ?bn\b", r"$\1 billion"),
    (r"\bU\.S\.(?= )", "US"),
    (r"\bKiev\b", "Kyiv"),
    (
        r"\b(two|three|four|five|six|seven) (?=countries|weeks|days|years|people|men)",
        lambda m: _DIGITS[m.group(1)] + " ",
    ),
]


def reword(text: str) -> str:
    for pattern, replacement in _REWORDINGS:
        text = re.sub(pattern, replacement, text)  # type: ignore[call-overload]
    return text


def sources(folder: Path) -> list[Finding]:
    results = Engine([], folder, display=lambda p: p.name).check([folder])
    return [f for r in results for f in r.findings]


@pytest.mark.parametrize(
    "reference_reworded", [False, True], ids=["wire-original", "wire-reworded"]
)
@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem[:3] for p in SEEDS])
def test_a_seed_reworded_agrees_with_itself(
    tmp_path: Path, seed: Path, reference_reworded: bool
) -> None:
    original = seed.read_text(encoding="utf-8")
    reworded = reword(original)
    assert reworded != original  # every seed has something to reword
    wire, paper = (reworded, original) if reference_reworded else (original, reworded)
    (tmp_path / "wire.txt").write_text("---\nreference: true\n---\n" + wire, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(paper, encoding="utf-8")
    assert [f"{f.where.line}: {f.message}" for f in sources(tmp_path)] == []


def test_the_rewordings_reword_what_the_issue_names() -> None:
    text = "Some 14,000 died; 5 percent fled on March 3, a U.S. official said in Kiev."
    assert reword(text) == "Some 14 thousand died; 5% fled on 3 March, a US official said in Kyiv."


STORM_WIRE = """---
reference: true
---
Storm

The storm killed a dozen people and destroyed half of the homes in the town on March 3. The
government pledged $1.2 billion in aid two weeks ago. Winds reached 100 mph, and the flood
spread 1.5 miles inland. Some 2.5 million people lost power, about a third of the region.
Inflation rose to five percent.
"""

STORM_PAPER = """Storm

The storm killed 12 people and destroyed 50% of the homes in the town on the 3rd of March. The
government pledged $1,200 million in aid 14 days ago. Winds reached 160 km/h, and the flood
spread 2.4 km inland. Some 2,500,000 people lost power, about 33% of the region.
Inflation rose to 5 per cent.
"""


def test_units_converted_and_shares_written_as_percentages_agree(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(STORM_WIRE, encoding="utf-8")
    (tmp_path / "paper.txt").write_text(STORM_PAPER, encoding="utf-8")
    assert [f"{f.where.line}: {f.message}" for f in sources(tmp_path)] == []


def test_a_conversion_that_does_not_hold_is_a_disagreement(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(STORM_WIRE, encoding="utf-8")
    paper = STORM_PAPER.replace("160 km/h", "120 km/h")
    (tmp_path / "paper.txt").write_text(paper, encoding="utf-8")
    assert [(f.where.text, f.other and f.other.text) for f in sources(tmp_path)] == [
        ("120 km/h", "100 mph")
    ]
