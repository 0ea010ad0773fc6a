"""What must not be flagged: ordinary news sentences near the seeds' facts that state other
things. Each was a false alarm once; an editor ignores a checker that cries wolf."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from consistency.engine import Engine
from consistency.facts import FactSheet
from consistency.factsheet import load_sheets

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sheets() -> list[FactSheet]:
    # The seeds' sheet, applied to any article (its globs name only seeds/).
    return [
        dataclasses.replace(s, story=dataclasses.replace(s.story, articles=()))
        for s in load_sheets([REPO / "rules"])
    ]


def findings(tmp_path: Path, sheets: list[FactSheet], body: str, head: str = "") -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(f"{head}Headline\n\n{body}\n", encoding="utf-8")
    (result,) = Engine(sheets, tmp_path).check([path])
    return [f"{f.fact}: {f.where.text}" for f in result.findings]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Zelensky said Russia had massed 41,000 troops on the eastern border and 42,000 in "
            "Crimea.",
            id="parts-of-the-total",
        ),
        pytest.param(
            "Russia moved 15 warships from the Caspian Sea to the Black Sea.",
            id="someone-elses-warships",
        ),
        pytest.param(
            "This photo was taken in 2011 during a meeting in Moscow.",
            id="old-photo-of-a-meeting",
        ),
        pytest.param(
            "NATO, according to Shoigu, is stationing 40,000 soldiers and 15,000 pieces of "
            "military equipment along Russia’s borders.",
            id="nato-soldiers-are-not-russian-troops",
        ),
        pytest.param(
            "Moscow had transferred two armies and three paratrooper units to its western border.",
            id="armies-and-units",
        ),
        pytest.param(
            "Biden proposed a summit meeting “in a third country” during the phone call.",
            id="third-country",
        ),
        pytest.param(
            "Separately, two diplomats said Stoltenberg would host a video conference on "
            "Wednesday with allied military and foreign ministers.",
            id="wednesday-conference",
        ),
        pytest.param(
            "It would be the first summit since Trump met Putin in Helsinki, where he was asked "
            "about meddling in the 2016 election.",
            id="election-year-beside-the-summit",
        ),
        pytest.param(
            "The Kremlin said in its own transcript of the call, released later Tuesday, that "
            "Biden “expressed interest in normalising bilateral relations.”",
            id="later-tuesday-is-the-call-day",
        ),
    ],
)
def test_not_flagged(tmp_path: Path, sheets: list[FactSheet], body: str) -> None:
    assert findings(tmp_path, sheets, body) == []


def test_an_article_of_another_story_takes_that_storys_sheets(
    tmp_path: Path, sheets: list[FactSheet]
) -> None:
    body = "Kiev says Russia has massed more than 40,000 troops on its border."
    assert findings(tmp_path, sheets, body) == ["russian-troops-massed: more than 40,000 troops"]
    assert findings(tmp_path, sheets, body, "---\nstory: another-story\n---\n") == []


def test_a_wrong_year_with_the_events_cues_is_flagged(
    tmp_path: Path, sheets: list[FactSheet]
) -> None:
    body = "Russia annexed Crimea from Ukraine in 2015."
    assert findings(tmp_path, sheets, body) == ["crimea-annexation: 2015"]


CENTRAL_BANK = """\
story: {id: rates, date: 2023-08-03}
facts:
  - id: bank-rate
    quantity: 5.25%
    cues: [Bank Rate, interest rate, interest rates, raised, lifted]
  - id: cpi-inflation
    quantity: 7.9%
    cues: [inflation, consumer prices]
  - id: seats
    quantity: 37
    counts: seats
    cues: [PVV, Wilders]
  - id: vvd-seats
    quantity: 24
    counts: seats
    cues: [VVD, Rutte]
  - id: quake-toll
    quantity: more than 2,000
    counts: people
    also: [dead, deaths]
    cues: [quake, earthquake, killed, died]
  - id: quake-magnitude
    quantity: 6.8
    counts: magnitude
    cues: [magnitude, quake, struck]
"""


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("The Bank's 2% target remains out of reach.", id="target"),
        pytest.param(
            "The Bank raised interest rates to 5.25% and forecast inflation would fall to around "
            "4.9% by the end of the year.",
            id="forecast",
        ),
        pytest.param(
            "The Federal Reserve raised its rate to a range of 5.25% to 5.5% last week.",
            id="range-overlapping-the-figure",
        ),
        pytest.param(
            "The PVV won 37 of the 150 seats, and a majority requires 76 seats.",
            id="total-and-threshold",
        ),
        pytest.param(
            "The VVD of outgoing Prime Minister Mark Rutte fell to 24 from 34.",
            id="earlier-level",
        ),
        pytest.param("In 2004, a quake near Al Hoceima killed 628.", id="another-years-quake"),
        pytest.param(
            "Most of the deaths were in Al Haouz province, where 1,293 people were killed, and in "
            "Taroudant, which counted 452 dead.",
            id="partial-breakdown",
        ),
        pytest.param("A magnitude 4.9 aftershock hit about 19 minutes later.", id="aftershock"),
        pytest.param(
            "The Bank raised Bank Rate to 5.25% to bring down inflation that reached 7.9% in June.",
            id="each-figure-to-its-nearest-cue",
        ),
    ],
)
def test_other_figures_are_not_the_facts(tmp_path: Path, body: str) -> None:
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(CENTRAL_BANK, encoding="utf-8")
    assert findings(tmp_path, load_sheets([sheet]), body) == []


def test_a_wrong_rate_is_still_flagged(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(CENTRAL_BANK, encoding="utf-8")
    body = "The Bank of England raised interest rates to 5.5% on Thursday."
    assert findings(tmp_path, load_sheets([sheet]), body) == ["bank-rate: 5.5%"]


RECALL = """\
story: {id: troops, date: 2021-04-13}
facts:
  - id: troops
    quantity: more than 80,000
    counts: troops
    cues: [Russia, Russian, border, massing, massed, build-up]
  - id: toll
    quantity: about 14,000
    counts: people
    cues: [war, killed, dead]
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Russia has built up 40,000 troops on Ukraine's border, Kyiv says.",
                     "troops: 40,000 troops", id="built-up-is-no-change"),
        pytest.param("Ukraine says it is now surrounded by 40,000 Russian troops on its border.",
                     "troops: 40,000 Russian troops", id="by-without-a-change-verb"),
        pytest.param("Biden said Russia would pay a price for massing 40,000 troops on the border.",
                     "troops: 40,000 troops", id="would-governs-another-verb"),
        pytest.param("Biden promised support to Ukraine, where Russia has massed 40,000 troops.",
                     "troops: 40,000 troops", id="where-clause-keeps-its-own-verb"),
        pytest.param("Since 2014, the war in eastern Ukraine has killed 30,000 people.",
                     "toll: 30,000 people", id="since-starts-the-period"),
        pytest.param("The war that began in 2014 has killed 30,000 people.",
                     "toll: 30,000 people", id="began-in-starts-the-period"),
        pytest.param("Russia has massed in the vicinity of 40,000 troops on the border.",
                     "troops: 40,000 troops", id="vicinity-is-no-total"),
        pytest.param("One of the 30,000 people killed in the war was her brother.",
                     "toll: 30,000 people", id="one-of-the-toll"),
        pytest.param("Russia has massed 40,000 troops on the border, up from 30,000 in March.",
                     "troops: 40,000 troops", id="new-level-checked-earlier-not"),
    ],
)  # fmt: skip
def test_wrong_figures_are_still_caught(tmp_path: Path, body: str, expected: str) -> None:
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(RECALL, encoding="utf-8")
    assert findings(tmp_path, load_sheets([sheet]), body) == [expected]


def test_an_earlier_level_of_a_change_fact_is_no_statement(tmp_path: Path) -> None:
    # bank-rate's cues (raised, lifted) make it look like a change; "from 5%" is still the
    # level before the decision.
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(CENTRAL_BANK, encoding="utf-8")
    for body in (
        "The Bank raised interest rates to 5.25% from 5%.",
        "The Bank raised interest rates from 5% to 5.25%.",
    ):
        assert findings(tmp_path, load_sheets([sheet]), body) == []
