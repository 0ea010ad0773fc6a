"""Sources against each other (issue 4): the articles of one story checked with no fact sheet.

The articles here are the seeds, or short reports written for the purpose in news style; each
test writes a story folder and asserts the source findings the engine reports on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.articles import parse_article
from consistency.checks.about import statements
from consistency.checks.words import parties
from consistency.cli import main
from consistency.engine import Engine
from consistency.extract.names import NameIndex
from consistency.extract.pipeline import extract_claims
from consistency.factsheet import parse_sheet
from consistency.model import Finding, Severity

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

STORIES = Path(__file__).resolve().parent / "fixtures" / "stories"


def sources(folder: Path) -> list[Finding]:
    results = Engine([], folder, display=lambda p: p.name).check([folder])
    return [f for r in results for f in r.findings if f.kind == "source"]


def story(tmp_path: Path, **articles: str) -> Path:
    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def said(findings: list[Finding]) -> list[tuple[str, str, str | None, str]]:
    return sorted(
        (f.where.article, f.where.text, f.other.text if f.other else None, f.severity.value)
        for f in findings
    )


def test_the_seeds_disagree_on_the_spokesperson_and_the_toll_without_a_fact_sheet(
    tmp_path: Path,
) -> None:
    for seed in SEEDS.glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    assert said(sources(tmp_path)) == [
        ("002_36496306b8a4a1a3.txt", "14,000 civilians", "some 14,000 lives", "warning"),
        (
            "003_370413d1aa06dcb7.txt",
            "State Department spokesman Ned Price",
            "State Department spokeswoman Jen Psaki",
            "error",
        ),
    ]


HEAD = "Troops mass near the border\n\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Kiev said Moscow had deployed more than 80,000 troops on the border.",
            "Moscow has deployed about 85,000 troops on the border, Kiev said.",
            id="more-than-80000-and-about-85000-agree",
        ),
        pytest.param(
            "The war has killed 14,000 people since 2014.",
            "The war has killed 14 thousand people since 2014.",
            id="14000-reworded-14-thousand",
        ),
        pytest.param(
            "Unemployment rose to 5 percent in March, the ministry said.",
            "Unemployment rose to 5% in March, the ministry said.",
            id="5-percent-reworded-5%",
        ),
        pytest.param(
            "The summit will open on March 3, 2021, in Geneva.",
            "The summit will open on 3 March 2021 in Geneva.",
            id="march-3-reworded-3-march",
        ),
        pytest.param(
            "Kiev says Russia has massed 80,000 troops on the border.",
            "Moscow says Russia has massed 20,000 troops on the border.",
            id="kiev-and-moscow-may-count-differently",
        ),
        pytest.param(
            "Russia has massed 80,000 troops on the border with Ukraine.",
            "NATO has stationed 40,000 troops on the border with Russia.",
            id="russian-troops-are-not-nato-troops",
        ),
        pytest.param(
            "Six of the nine members of the committee voted for the rise.",
            "Seven members of the committee voted for the rise.",
            id="the-nine-of-six-of-the-nine-is-a-total",
        ),
        pytest.param(
            "Gunman kills five in school shooting. The gunman killed five people.",
            "A gunman killed five people, two of them teachers.",
            id="two-of-them-is-a-part",
        ),
        pytest.param(
            "The attack killed 12 people and wounded 40.",
            "Forty people were wounded in the attack on the market.",
            id="the-wounded-are-not-the-dead",
        ),
        pytest.param(
            "Kylian Mbappe scored three goals in the final, and Lionel Messi scored twice.",
            "Lionel Messi scored two goals in the final.",
            id="another-player-s-goals",
        ),
        pytest.param(
            "Labour won 412 of the 650 seats in the election.",
            "Labour took 412 seats in the 650-seat House of Commons in the election.",
            id="a-650-seat-chamber-is-no-count",
        ),
        pytest.param(
            "The company cut 10,000 jobs last year, its chief executive said.",
            "The company will cut 11,000 jobs, its chief executive said.",
            id="a-plan-is-no-statement-of-what-was-done",
        ),
        pytest.param(
            "Two members voted for a smaller rise, and one wanted no change.",
            "It was the eighth rise in a row; nine members sit on the committee.",
            id="one-shared-word-is-a-topic-not-a-statement",
        ),
        pytest.param(
            "Inflation fell to 6.7% in August, official figures showed.",
            "The bank forecast that inflation would fall to 4.9% by the end of the year.",
            id="a-forecast-is-no-current-value",
        ),
        pytest.param(
            "The gunman killed 14 people at the school on Monday, police said.",
            "Police said two of the 14 people killed at the school on Monday were teachers.",
            id="a-share-told-apart-is-no-count-of-the-whole",
        ),
        pytest.param(
            "Two Israeli soldiers were killed in the ambush near the border, the army said.",
            "Three Israeli soldiers were wounded by mortar fire on Sunday.",
            id="one-qualified-group-dead-and-wounded",
        ),
    ],
)
def test_no_finding_where_the_sources_do_not_disagree(
    tmp_path: Path, first: str, second: str
) -> None:
    folder = story(tmp_path, a=HEAD + first + "\n", b=HEAD + second + "\n")
    assert sources(folder) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "Russia has massed 80,000 troops on the border with Ukraine.",
            "Russia has massed 40,000 troops on the border with Ukraine.",
            ("b.txt", "40,000 troops", "80,000 troops", "error"),
            id="80000-and-40000-troops-of-one-army",
        ),
        pytest.param(
            "The two presidents spoke by phone on Tuesday, April 13, 2021.",
            "The two presidents spoke by phone on Wednesday, April 14, 2021.",
            ("b.txt", "Wednesday, April 14, 2021", "Tuesday, April 13, 2021", "error"),
            id="two-dates-for-one-call",
        ),
        pytest.param(
            "Floods have killed 112 people in the north, the UN said.",
            "Floods have killed 211 people in the north, according to the UN.",
            ("b.txt", "211 people", "112 people", "error"),
            id="one-speaker-named-two-ways",
        ),
        pytest.param(
            "Russia has massed more than 80,000 troops on the border with Ukraine.",
            "Russia has massed some 800,000 troops on the border with Ukraine.",
            ("b.txt", "some 800,000 troops", "more than 80,000 troops", "error"),
            id="a-tenfold-point-is-no-reading-of-a-bound",
        ),
        pytest.param(
            "Foreign Minister Dmytro Kuleba of Ukraine met the allies in Brussels.",
            "Ukraine's foreign minister, Andriy Yermak, met the allies in Brussels.",
            ("b.txt", "foreign minister, Andriy Yermak", "Foreign Minister Dmytro Kuleba",
             "error"),
            id="one-office-two-people",
        ),
        pytest.param(
            "The Party for Freedom won the Dutch election with 37 of the 150 seats in parliament.",
            "The Party for Freedom won the Dutch election with 35 seats in parliament.",
            ("b.txt", "35 seats", "37", "error"),
            id="a-part-of-a-stated-whole-counts-its-noun",
        ),
        pytest.param(
            "Microsoft is paying $95 per share in cash for Activision Blizzard.",
            "At $59 a share, the offer valued Activision at a 45% premium.",
            ("b.txt", "$59", "$95", "error"),
            id="paying-is-the-offer",
        ),
        pytest.param(
            "The purchase, first announced on Jan. 18, 2022, is the largest in gaming.",
            "The deal was first announced on Thursday, January 20, 2022, and is the largest.",
            ("b.txt", "Thursday, January 20, 2022", "Jan. 18, 2022", "error"),
            id="the-day-a-deal-was-announced-is-an-event",
        ),
        pytest.param(
            "Temperatures hit 40C in London on Tuesday, the highest ever recorded in Britain.",
            "Temperatures hit 41.5C in London on Tuesday, the highest ever recorded in Britain.",
            ("b.txt", "41.5C", "40C", "error"),
            id="a-measure-beyond-its-rounding",
        ),
    ],
)  # fmt: skip
def test_a_disagreement_is_reported_with_both_sides(
    tmp_path: Path, first: str, second: str, expected: tuple[str, str, str, str]
) -> None:
    folder = story(tmp_path, a=HEAD + first + "\n", b=HEAD + second + "\n")
    assert said(sources(folder)) == [expected]


WIRE = """---
reference: true
---
Earthquake toll rises

The earthquake killed at least 2,012 people, the interior ministry said on Saturday.
Rescuers from Spain and Britain joined the search in the village of Tafeghaghte.
"""


def test_a_reference_contradicted_is_an_error_and_unsupported_is_a_warning(
    tmp_path: Path,
) -> None:
    folder = story(
        tmp_path,
        wire=WIRE,
        paper=(
            "Earthquake toll rises\n\nThe earthquake killed at least 3,012 people, the interior "
            "ministry said. Rescuers from Qatar joined the search on the fourth day.\n"
        ),
    )
    assert said(sources(folder)) == [
        ("paper.txt", "Qatar", None, "warning"),
        ("paper.txt", "at least 3,012 people", "at least 2,012 people", "error"),
        ("paper.txt", "fourth", None, "warning"),
    ]


def test_the_json_report_carries_the_other_side(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = story(
        tmp_path,
        a=HEAD + "Russia has massed 80,000 troops on the border with Ukraine.\n",
        b=HEAD + "Russia has massed 40,000 troops on the border with Ukraine.\n",
    )
    monkeypatch.chdir(folder)
    assert main(["check", "--json", "report.json", "."]) == 1
    capsys.readouterr()
    (finding,) = json.loads((folder / "report.json").read_text(encoding="utf-8"))["findings"]
    assert finding["kind"] == "source"
    assert finding["article"] == "b.txt"
    assert finding["fact"] is None
    other = {k: v for k, v in finding["other"].items() if k in ("article", "line", "text")}
    assert other == {"article": "a.txt", "line": 3, "text": "80,000 troops"}


def test_a_declared_fact_settles_the_disagreement(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a=HEAD + "Russia has massed 80,000 troops on the border with Ukraine.\n",
        b=HEAD + "Russia has massed 40,000 troops on the border with Ukraine.\n",
    )
    sheet = parse_sheet(
        b"facts:\n  - id: troops\n    quantity: 80,000\n    counts: troops\n"
        b"    cues: [Russia, border]\n",
        "rules.yaml",
        "troops",
    )
    results = Engine([sheet], folder, display=lambda p: p.name).check([folder])
    kinds = sorted((f.where.article, f.kind, f.fact) for r in results for f in r.findings)
    assert kinds == [("b.txt", "fact", "troops")]
    assert all(f.severity is Severity.ERROR for r in results for f in r.findings)


def test_counted_offsets_from_different_datelines_are_one_day_give_or_take(
    tmp_path: Path,
) -> None:
    folder = story(
        tmp_path,
        a="---\npublished: 2021-04-14\n---\n" + HEAD
        + "The exercise began three weeks ago near the border with Ukraine.\n",
        b="---\npublished: 2021-04-16\n---\n" + HEAD
        + "The exercise began three weeks ago near the border with Ukraine.\n",
    )  # fmt: skip
    assert sources(folder) == []


def test_one_name_spelled_two_ways_is_a_warning_on_the_rarer_spelling(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Talks in Kyiv\n\nUkrainian President Volodymyr Zelensky met the envoys in Kyiv.\n",
        b="Talks in Kyiv\n\nUkrainian President Volodymyr Zelensky thanked the allies.\n",
        c="Talks in Kyiv\n\nUkrainian President Volodymyr Zelenskiy met the envoys.\n",
    )
    (finding,) = sources(folder)
    assert finding.severity is Severity.WARNING
    assert finding.where.article == "c.txt"
    assert finding.message == (
        'the article spells the name "Volodymyr Zelenskiy"; a.txt:3 spells it "Volodymyr '
        'Zelensky" (add the spelling you use to the fact sheet as an alias)'
    )


def test_two_people_with_like_surnames_are_two_people(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Cabinet\n\nBritish Prime Minister Boris Johnson met the envoys.\n",
        b="Cabinet\n\nBritish Transport Secretary Anne Johnston met the envoys.\n",
    )
    assert sources(folder) == []


@pytest.mark.parametrize(
    ("reference", "flagged"), [(True, True), (False, False)], ids=["against-wire", "two-papers"]
)
def test_the_day_something_was_said_is_compared_only_with_a_reference(
    tmp_path: Path, reference: bool, flagged: bool
) -> None:
    head = "---\nreference: true\n---\n" if reference else ""
    folder = story(
        tmp_path,
        wire=head + "Bond buying\n\nThe Bank of Japan said on Wednesday it would buy bonds.\n",
        paper="Bond buying\n\nThe Bank of Japan said on Tuesday it would buy bonds.\n",
    )
    expected = [("paper.txt", "Tuesday", "Wednesday", "error")] if flagged else []
    assert said(sources(folder)) == expected


def test_a_rate_a_month_apart_is_a_warning_not_an_error(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="---\npublished: 2024-04-17\n---\nPrices\n\nUK inflation fell to 3.2%, the ONS said.\n",
        b="---\npublished: 2024-05-22\n---\nPrices\n\nUK inflation fell to 2.3%, the ONS said.\n",
    )
    assert [f.severity for f in sources(folder)] == [Severity.WARNING]


def test_the_day_said_in_a_later_paper_is_a_later_statement(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        wire="---\nreference: true\npublished: 2024-05-11\n---\nRafah\n\nIsraeli troops entered "
        "eastern Rafah, the military said on Saturday.\n",
        paper="---\npublished: 2024-05-13\n---\nRafah\n\nIsraeli troops are fighting in eastern "
        "Rafah, the military said on Monday.\n",
    )
    assert [f for f in sources(folder) if f.severity is Severity.ERROR] == []


def test_a_weekday_is_compared_with_a_date_of_another_form(tmp_path: Path) -> None:
    dateline = "---\npublished: 2021-04-14\n---\n" + HEAD
    folder = story(
        tmp_path,
        a=dateline + "Biden and Putin held a phone call on Tuesday.\n",
        b=dateline + "Biden and Putin held a phone call on 12 April.\n",
    )
    assert said(sources(folder)) == [("b.txt", "12 April", "Tuesday", "error")]


def test_accents_and_initials_are_no_disagreement(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        wire="---\nreference: true\n---\nSummit\n\nTurkish President Recep Tayyip Erdoğan met "
        "EU leaders in Brussels.\n",
        paper="Summit\n\nTurkish President Recep Tayyip Erdogan met leaders of the European "
        "Union in Brussels.\n",
    )
    assert sources(folder) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "Defence Minister Oleksii Reznikov said Ukraine needed more artillery.",
            "Ukraine's foreign minister, Oleksii Reznikov, appealed for more weapons.",
            [("b.txt", "foreign minister, Oleksii Reznikov", "Defence Minister Oleksii Reznikov",
              "warning")],
            id="one-person-two-offices",
        ),
        pytest.param(
            "President Joe Biden spoke to the allies on Tuesday.",
            "US President Joe Biden spoke to the allies on Tuesday.",
            [],
            id="one-office-said-two-ways",
        ),
        pytest.param(
            "Then-Vice President Joe Biden visited Kyiv in 2014.",
            "President Joe Biden spoke to the allies on Tuesday.",
            [],
            id="a-former-office-is-no-second-office",
        ),
        pytest.param(
            "Iran's first vice president Mohammad Mokhber was appointed acting president.",
            "Acting President Mohammad Mokhber chaired a cabinet meeting on Monday.",
            [],
            id="both-offices-in-one-sentence",
        ),
    ],
)  # fmt: skip
def test_one_person_two_offices(
    tmp_path: Path, first: str, second: str, expected: list[tuple[str, str, str, str]]
) -> None:
    folder = story(tmp_path, a=HEAD + first + "\n", b=HEAD + second + "\n")
    assert said(sources(folder)) == expected


REFERENCE = "---\nreference: true\n---\n"


@pytest.mark.parametrize(
    ("wire", "paper", "expected"),
    [
        pytest.param(
            "The ferry sank on 17 August, the coastguard said.",
            "The ferry sank on 17 August 2022, the coastguard said.",
            [],
            id="a-year-put-to-a-day-the-wire-gives",
        ),
        pytest.param(
            "The ferry sank on 17 August last year. Fares rose last year.",
            "The ferry sank in August 2022.",
            [],
            id="the-month-the-wire-gives-without-its-year",
        ),
        pytest.param(
            "The ferry sank on 17 August last year. Fares rose last year.",
            "The ferry sank in September 2022.",
            [("paper.txt", "September 2022", None, "warning")],
            id="a-month-the-wire-never-gives",
        ),
    ],
)  # fmt: skip
def test_a_wire_without_a_dateline_supports_the_day_and_month_it_gives(
    tmp_path: Path, wire: str, paper: str, expected: list[tuple[str, str, None, str]]
) -> None:
    folder = story(
        tmp_path, wire=REFERENCE + "Ferry\n\n" + wire + "\n", paper="Ferry\n\n" + paper + "\n"
    )
    assert said(sources(folder)) == expected


@pytest.mark.parametrize(
    ("wire", "paper", "expected"),
    [
        pytest.param(
            "The retailer opened its first shop in Portugal in 2019, to loud protests.",
            "The retailer met protests when it first opened in Portugal in 2018.",
            [("paper.txt", "2018", None, "warning")],
            id="another-year-is-unsupported-not-contradicted",
        ),
        pytest.param(
            "The retailer opened its first shop in Portugal in 2019, to loud protests.",
            "The retailer met protests when it first opened in Portugal in 2019.",
            [],
            id="the-same-year",
        ),
        pytest.param(
            "Mark Rutte became prime minister of the Netherlands in 2010.",
            "Then prime minister Mark Rutte survived a no-confidence motion in 2021.",
            [("paper.txt", "2021", None, "warning")],
            id="one-person-in-two-years-is-no-one-event",
        ),
        pytest.param(
            "Rutte has led four coalitions since 2010, and his party won again.",
            "Rutte's party won the election again in 2021, his aides said.",
            [("paper.txt", "2021", None, "warning")],
            id="a-period-s-start-dates-no-event",
        ),
        pytest.param(
            "The retailer opened its first shop in Portugal in 2019, closed it in 2020 and "
            "came back in March 2022.",
            "The retailer first opened in Portugal in 2018.",
            [("paper.txt", "2018", None, "warning")],
            id="a-wire-sentence-of-several-dates-leaves-the-year-open",
        ),
    ],
)  # fmt: skip
def test_a_year_the_wire_does_not_give_is_only_unsupported(
    tmp_path: Path, wire: str, paper: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    folder = story(
        tmp_path, wire=REFERENCE + "Retail\n\n" + wire + "\n", paper="Retail\n\n" + paper + "\n"
    )
    assert said(sources(folder)) == expected


def test_a_name_the_wire_writes_only_in_the_possessive_is_supported(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        wire=REFERENCE + "Markets\n\nFactory output had contracted.China's benchmark shed 0.68%.\n",
        paper="Markets\n\nFactory output had contracted.China's benchmark shed 0.68%.\n",
    )
    assert sources(folder) == []


@pytest.mark.parametrize(
    "paper",
    [
        pytest.param(
            "Biden Calls Putin, Proposes Summit\n\nBiden called Putin on Tuesday.",
            id="a-title-case-headline-is-no-list-of-names",
        ),
        pytest.param(
            "Call\n\nBiden called Putin on Tuesday. “We want stability,” Biden said.",
            id="a-quotation-s-first-word",
        ),
        pytest.param(
            "Call\n\nBiden called Putin on Tuesday. The two leaders spoke for an hour.",
            id="the-two-leaders-named-before",
        ),
    ],
)
def test_no_unsupported_warning_for_what_is_no_new_claim(tmp_path: Path, paper: str) -> None:
    wire = REFERENCE + "Call\n\nBiden called Putin on Tuesday and they spoke for an hour.\n"
    assert said(sources(story(tmp_path, wire=wire, paper=paper + "\n"))) == []


def test_a_figure_the_wire_never_gives_is_still_unsupported(tmp_path: Path) -> None:
    wire = REFERENCE + "Call\n\nBiden called Putin on Tuesday and they spoke for an hour.\n"
    paper = "Call\n\nBiden called Putin on Tuesday. Two aides listened in.\n"
    assert said(sources(story(tmp_path, wire=wire, paper=paper))) == [
        ("paper.txt", "Two aides", None, "warning")
    ]


def _with_headline(text: str) -> str:
    """The text under a headline, after its front matter if it has one."""
    head, body = "", text
    if text.startswith("---\n"):
        end = text.index("---\n", 4) + 4
        head, body = text[:end], text[end:]
    return head + "News\n\n" + body + "\n"


# Found by an adversarial review of this session's alignment rules (each rule was dropped).
@pytest.mark.parametrize(
    ("wire", "paper"),
    [
        pytest.param(
            REFERENCE + "Tesla opened its first factory in China in 2019, in Shanghai.",
            "In 2022 Tesla opened its first factory in Germany.",
            id="first-factory-in-another-country",
        ),
        pytest.param(
            REFERENCE + "Nvidia's market value first topped $1 trillion in May 2023.",
            "Nvidia, whose market value first topped $3 trillion in June 2024, grew again.",
            id="another-milestone",
        ),
        pytest.param(
            "Three US warships passed through the Taiwan Strait on Sunday, the Navy said.",
            "The Navy said two US warships had entered the Black Sea last week.",
            id="one-qualified-group-in-two-incidents",
        ),
        pytest.param(
            "Five Chinese nationals were charged on Tuesday with spying on a base in Virginia.",
            "Three Chinese nationals were arrested in Michigan in 2023 for photographing a drill.",
            id="one-qualified-group-in-two-cases",
        ),
        pytest.param(
            "Temperatures hit 40C in London on Tuesday, the highest ever recorded in Britain. "
            "Overnight lows stayed above 25C.",
            "Britain recorded 40.3C at Coningsby on Tuesday, beating the previous record of 38.7C "
            "set in Cambridge in 2019.",
            id="a-measure-rounded-to-the-degree",
        ),
        pytest.param(
            "The Greens secured 118 seats and the FDP won 92.",
            "The FDP, which won 80 seats in 2017, took 92 this time.",
            id="seats-of-an-earlier-election",
        ),
        pytest.param(
            "Angela Merkel became chancellor in 2005 and led Germany for 16 years. She was first "
            "elected to the Bundestag in 1990.",
            "Merkel, who entered parliament in 1990, became party leader in 2000. She became "
            "chancellor five years later.",
            id="a-time-later-is-no-duration",
        ),
        pytest.param(
            "An Israeli air strike on a house in Rafah killed two Palestinian children overnight, "
            "health officials said.",
            "Health officials said three Palestinian children were wounded in the Rafah strike. "
            "The dead included two children and their mother.",
            id="children-killed-and-wounded",
        ),
        pytest.param(
            "Police arrested a 34-year-old man on Saturday in connection with the shooting.",
            "A second man, aged 29, was arrested on Tuesday in connection with the shooting.",
            id="the-day-of-a-second-arrest",
        ),
        pytest.param(
            "Thousands marched through Tbilisi on Saturday. Police said 30,000 people took part.",
            "Protesters packed Tbilisi on Saturday. Organisers said 100,000 people took part.",
            id="police-and-organisers-count-apart",
        ),
        pytest.param(
            "UK inflation fell to 2.3% in April.",
            "UK inflation fell by 0.9% in April.",
            id="fell-to-a-level-and-fell-by-a-change",
        ),
        pytest.param(
            REFERENCE + "Analysts at Bank of America raised their price target to $1,500.",
            "Bank of America lifted its Nvidia price target to $1,500 from $1,320.",
            id="the-target-raised-from",
        ),
        pytest.param(
            "Microsoft reported quarterly revenue of $61.9 billion on Thursday.",
            "Microsoft reported quarterly profit of $21.9 billion on Thursday.",
            id="revenue-is-no-profit",
        ),
        pytest.param(
            "US consumer prices rose 3.5% in the year to March, the Labor Department said.",
            "US core consumer prices rose 3.8% in the year to March, the Labor Department said.",
            id="core-inflation-is-another-measure",
        ),
        pytest.param(
            "Shares in Burberry closed down 5% on Tuesday.",
            "Shares in Burberry fell 8% in early trading on Tuesday.",
            id="a-closing-fall-is-no-intraday-one",
        ),
        pytest.param(
            "Turnout in the first round of the election was 66.7%.",
            "Turnout in the second round of the election was 66.6%.",
            id="two-rounds-two-turnouts",
        ),
        pytest.param(
            "The European Central Bank cut interest rates to 3.75% on Thursday.",
            "The Bank of Canada cut interest rates to 4.75% on Wednesday.",
            id="two-central-banks",
        ),
        pytest.param(
            "The IMF expects the global economy to grow 3.2% this year.",
            "The World Bank expects the global economy to grow 2.6% this year.",
            id="two-lenders-forecasts",
        ),
        pytest.param(
            "Labour is on 40% in a YouGov poll published on Sunday.",
            "Labour is on 42% in a Savanta poll published on Sunday.",
            id="two-pollsters",
        ),
        pytest.param(
            "---\nreference: true\npublished: 2024-05-22\n---\n"
            "UK inflation fell to 2.3% in April from 3.2% in March, the ONS said.",
            "---\npublished: 2024-05-22\n---\n"
            "Britain's inflation slowed to 2.3% in April. Inflation was 3.2% in March.",
            id="each-figure-at-its-nearest-month",
        ),
        pytest.param(
            "The energy price cap will fall to £1,568 a year from July, Ofgem said on Tuesday.",
            "The energy price cap will fall by £122 a year from July, Ofgem said on Tuesday.",
            id="a-planned-level-and-a-planned-change",
        ),
        pytest.param(
            "Russia has lost 30,000 soldiers near Avdiivka, Ukraine's military said on Tuesday.",
            "Russia has lost 16,000 soldiers near Avdiivka, according to Russian military bloggers.",
            id="a-possessive-speaker",
        ),
        pytest.param(
            "Chevron will buy Hess for $53 billion, the companies said on Monday.",
            "Chevron will buy Hess for $60 billion including debt, the companies said on Monday.",
            id="a-value-including-debt",
        ),
        pytest.param(
            "Goldman Sachs paid chief executive David Solomon $31 million for 2023.",
            "Goldman Sachs paid chief executive David Solomon a $25.5 million bonus for 2023.",
            id="a-bonus-is-part-of-the-pay",
        ),
        pytest.param(
            "The floods in Baghlan province killed at least 50 people, a local official said.",
            "The floods in Baghlan province killed more than 300 people, according to the World "
            "Food Programme.",
            id="an-unnamed-official-and-a-named-agency",
        ),
    ],
)
def test_no_contradiction_between_two_events(tmp_path: Path, wire: str, paper: str) -> None:
    folder = story(tmp_path, wire=_with_headline(wire), paper=_with_headline(paper))
    assert [f for f in sources(folder) if f.severity is Severity.ERROR] == []


def test_a_share_s_fraction_word_is_no_ordinal(tmp_path: Path) -> None:
    wire = REFERENCE + "Jobs\n\nThe firm plans to cut 10% of its jobs worldwide.\n"
    paper = "Jobs\n\nThe firm will cut a tenth of its global workforce.\n"
    assert said(sources(story(tmp_path, wire=wire, paper=paper))) == []


def test_two_spellings_in_one_article_are_two_people(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Politics\n\nSpeaker Mike Johnson met Denver Mayor Mike Johnston on Monday.\n",
        b="Politics\n\nDenver Mayor Mike Johnston spoke about migrants.\n",
        c="Politics\n\nSpeaker Mike Johnson spoke about the budget.\n",
    )
    assert [f.message for f in sources(folder) if "spells" in f.message] == []


def test_a_rejected_bid_is_an_earlier_offer(tmp_path: Path) -> None:
    wire = (
        REFERENCE + "Bid\n\nBHP raised its offer for Anglo American on Monday, after Anglo "
        "rejected a £31 billion bid from the miner.\n"
    )
    paper = "Bid\n\nBHP raised its offer for Anglo American to £34bn on Monday, the miner said.\n"
    assert said(sources(story(tmp_path, wire=wire, paper=paper))) == [
        ("paper.txt", "£34bn", None, "warning")
    ]


def test_the_day_a_figure_was_said_bounds_its_time(tmp_path: Path) -> None:
    """ "said on Friday that the economy added 706,000 jobs" may state January's figure: the day
    of saying is no other time than January's, only a bound."""
    dateline = "---\npublished: 2024-02-02\n---\nJobs\n\n"
    folder = story(
        tmp_path,
        a=dateline + "Acting Labor Secretary Julie Su said on Friday that the economy added "
        "706,000 jobs.\n",
        b=dateline + "Labor Secretary Julie Su said on Friday that the economy added 353,000 "
        "jobs in January.\n",
    )
    # Two articles, one each way: the finding lands on the later file name.
    assert said(sources(folder)) == [("b.txt", "353,000 jobs", "706,000 jobs", "error")]


def test_a_figure_said_before_a_later_day_is_no_figure_of_that_day(tmp_path: Path) -> None:
    dateline = "---\npublished: 2024-05-13\n---\nFloods\n\n"
    folder = story(
        tmp_path,
        a=dateline + "The Taliban government said on Friday that 300 people had died in the "
        "floods in Baghlan.\n",
        b=dateline + "The death toll from the floods in Baghlan rose to 315 people on Sunday, "
        "the Taliban government said.\n",
    )
    assert said(sources(folder)) == []


def test_a_figure_the_other_article_also_gives_is_another_thing(tmp_path: Path) -> None:
    """Both articles give 4.4%: the monthly 0.3% it was lined up with is another figure."""
    folder = story(
        tmp_path,
        a="Jobs\n\nAverage hourly earnings rose 0.3% in January after a 0.4% increase the month "
        "before. That lowered the annual rise in wages to 4.4% from 4.8% in December.\n",
        b="Jobs\n\nWage growth cooled, however, with average hourly earnings up 4.4 per cent "
        "year on year.\n",
    )
    assert said(sources(folder)) == []


# Found on development clusters written in the style of five outlets (not shipped): each pair
# was a false error before the rule its id names.
@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "---\npublished: 2022-11-16\n---\nInflation\n\nLONDON, Nov 16 - Inflation jumped to "
            "11.1% in October, driven by household energy bills.\n",
            "---\npublished: 2022-11-16\n---\nInflation\n\nInflation jumped after the rise in "
            "the energy price cap on October 1 drove household energy bills up.\n",
            id="a-dateline-dates-the-report",
        ),
        pytest.param(
            "---\npublished: 2023-07-31\n---\nNiger\n\nThe junta in Niamey is led by General "
            "Abdourahamane Tchiani, head of the presidential guard, who detained Mr Bazoum on "
            "Wednesday.\n",
            "---\npublished: 2023-07-31\n---\nNiger\n\nThe junta's leader, General Abdourahamane "
            "Tchiani, who commanded the presidential guard and declared himself head of state on "
            "Friday, has rejected foreign interference.\n",
            id="two-events-of-one-person",
        ),
        pytest.param(
            "---\npublished: 2023-01-03\n---\nTesla\n\nTesla will report fourth-quarter earnings "
            "on January 25.\n",
            "---\npublished: 2023-01-03\n---\nTesla\n\nTesla on Monday reported record "
            "fourth-quarter deliveries.\n",
            id="a-date-to-come-and-a-date-past",
        ),
        pytest.param(
            "---\npublished: 2021-04-20\n---\nVerdict\n\nFloyd's brother Philonise said: \"Today, "
            'we are able to breathe again."\n',
            "---\npublished: 2021-04-21\n---\nVerdict\n\nFloyd's brother Philonise said: \"Today, "
            'we are able to breathe again."\n',
            id="today-in-a-quotation",
        ),
        pytest.param(
            "Jobs\n\nAverage hourly earnings rose 0.3% from the previous month.\n",
            "Jobs\n\nAverage hourly earnings rose 4.4% from a year earlier.\n",
            id="a-month-s-change-and-a-year-s",
        ),
        pytest.param(
            "China\n\nChina's economy grew 5.5% in the first half of the year.\n",
            "China\n\nChina's economy grew 6.3% in the second quarter of the year.\n",
            id="a-half-year-and-a-quarter",
        ),
        pytest.param(
            "Nvidia\n\nThe company's non-GAAP gross margin reached 71.2%.\n",
            "Nvidia\n\nThe company's GAAP gross margin reached 70.1 per cent.\n",
            id="gaap-and-non-gaap",
        ),
        pytest.param(
            "Climate\n\nThe global average temperature in 2023 was 14.98C, Copernicus said.\n",
            "Climate\n\nThe global average temperature in 2023 was about 1.48C above "
            "pre-industrial levels, Copernicus said.\n",
            id="a-difference-from-a-baseline",
        ),
        pytest.param(
            "India\n\nThe BJP won 240 of the 543 seats in the Lok Sabha.\n",
            "India\n\nIn Uttar Pradesh the BJP won 33 of the 80 seats in the Lok Sabha.\n",
            id="shares-of-two-wholes",
        ),
        pytest.param(
            "---\npublished: 2024-07-06\n---\nVote\n\nBritain voted in a general election on "
            "Thursday.\n",
            "---\npublished: 2024-07-06\n---\nVote\n\nBritain's election results were declared "
            "on Friday, giving Labour a landslide.\n",
            id="the-vote-and-its-results",
        ),
        pytest.param(
            "---\npublished: 2024-01-05\n---\nQuake\n\nThe number of confirmed deaths from "
            "the earthquake rose to 92 on Friday, the prefecture said.\n",
            "---\npublished: 2024-01-05\n---\nQuake\n\nThe number of people confirmed dead "
            "in the earthquake rose to 64 on Wednesday.\n",
            id="a-toll-on-two-days",
        ),
        pytest.param(
            "---\npublished: 2024-03-09\n---\nBudget\n\nThe House of Representatives approved "
            "the spending package on Wednesday, sending it to the Senate.\n",
            "---\npublished: 2024-03-09\n---\nBudget\n\nSenators approved the measure on "
            "Friday, averting a partial government shutdown.\n",
            id="an-act-a-story-tells-of-twice",
        ),
        pytest.param(
            "---\npublished: 2022-10-31\n---\nBrazil\n\nLula narrowly led Bolsonaro in the "
            "first-round vote on October 2.\n",
            "---\npublished: 2022-10-31\n---\nBrazil\n\nLula was elected president on "
            "October 30, beating Bolsonaro.\n",
            id="two-rounds-of-a-vote",
        ),
        pytest.param(
            "---\npublished: 2024-03-09\n---\nRaid\n\nPolice raided the ruling party's "
            "offices on Tuesday.\n",
            "---\npublished: 2024-03-09\n---\nRaid\n\nThe new prime minister took office on "
            "Thursday.\n",
            id="offices-are-no-taking-office",
        ),
        pytest.param(
            "---\npublished: 2024-04-03\n---\nGaza\n\nTwo Israeli soldiers were killed on "
            "Tuesday near Jenin, the army said.\n",
            "---\npublished: 2024-04-03\n---\nGaza\n\nThree Israeli soldiers were wounded "
            "on Wednesday near Nablus, the army said.\n",
            id="killed-and-wounded-are-two-acts",
        ),
        pytest.param(
            "Prices\n\nFood rose 1.0% month over month and 10.4% year over year.\n",
            "Prices\n\nFood prices, which rose 10.4 percent over the year, are not expected "
            "to ease quickly.\n",
            id="a-span-right-after-a-figure-is-that-figure-s",
        ),
        pytest.param(
            "---\npublished: 2022-09-28\n---\nIan\n\nThe storm struck Florida a day after "
            "tearing across western Cuba, where it made landfall on Tuesday.\n",
            "---\npublished: 2022-09-29\n---\nIan\n\nIan made landfall at Cayo Costa "
            "shortly after 3pm local time yesterday, the National Hurricane Center said.\n",
            id="a-storm-makes-landfall-twice",
        ),
    ],
)
def test_no_contradiction_in_the_clusters(tmp_path: Path, first: str, second: str) -> None:
    assert said(sources(story(tmp_path, a=first, b=second))) == []


def test_a_headline_at_odds_with_its_body_and_the_others_is_reported(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="UK inflation hits 41-year high of 22.2%\n\nInflation jumped to 11.1% in October, "
        "driven by a surge in household energy bills.\n",
        b="Inflation hits 11.1%\n\nUK inflation jumped to 11.1% in October, as household energy "
        "bills rose.\n",
        c="Prices\n\nInflation hits 11.1% as food bills soar.\n",
    )
    assert said(sources(folder)) == [("a.txt", "22.2%", "11.1%", "error")]


def test_a_rise_is_rounded_as_freely_as_a_measure(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Tesla\n\nTesla's annual deliveries rose 40.3% to 1.31 million vehicles.\n",
        b="Tesla\n\nTesla's annual deliveries rose 40 per cent to about 1.31mn vehicles.\n",
    )
    assert said(sources(folder)) == []


def test_a_rate_s_level_is_not_rounded(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Rates\n\nThe Bank of England raised its main interest rate to 5.25% on Thursday.\n",
        b="Rates\n\nThe Bank of England raised its main interest rate to 5% on Thursday.\n",
    )
    assert said(sources(folder)) == [("b.txt", "5%", "5.25%", "error")]


def test_an_office_changes_hands_between_datelines_months_apart(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="---\npublished: 2023-01-07\n---\nFDA\n\nThe drug was approved, said Billy Dunn, director "
        "of the FDA's Office of Neuroscience.\n",
        b="---\npublished: 2023-07-07\n---\nFDA\n\nThe drug won full approval, said Teresa "
        "Buracchio, director of the FDA's Office of Neuroscience.\n",
    )
    assert said(sources(folder)) == []


def test_a_rate_with_decimals_is_a_rounding_of_a_finer_one(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Taiwan\n\nKo Wen-je of the Taiwan People's Party won 26.5% of the vote.\n",
        b="Taiwan\n\nKo Wen-je of the Taiwan People's Party won 26.46 per cent of the vote.\n",
    )
    assert said(sources(folder)) == []


def test_a_yield_a_hair_over_its_cap_is_no_rounding(tmp_path: Path) -> None:
    wire = REFERENCE + "Yields\n\nThe 10-year yield touched 0.505% on Wednesday.\n"
    paper = "Yields\n\nThe 10-year yield touched 0.5% on Wednesday.\n"
    assert said(sources(story(tmp_path, wire=wire, paper=paper))) == [
        ("paper.txt", "0.5%", "0.505%", "error")
    ]


def test_one_shared_word_that_names_the_measure_lines_two_figures_up(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Election\n\nLabour won 33.7% of the vote and the Conservatives 23.7%. Turnout was "
        "59.7%, among the lowest since the Second World War.\n",
        b="Election\n\nLabour took 33.7 per cent of votes cast. Turnout fell to 69.7 per cent, "
        "down from 67.3 per cent in 2019.\n",
    )
    assert said(sources(folder)) == [("b.txt", "69.7 per cent", "59.7%", "error")]


def test_one_shared_verb_is_a_topic_not_a_statement(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Tesla\n\nDeliveries rose 40.3% from 936,222 in 2021.\n",
        b="Tesla\n\nProduction for 2022 rose 47 per cent to 1.37mn.\n",
    )
    assert said(sources(folder)) == []


def test_a_share_of_the_vote_is_the_share_another_paper_gives(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Argentina\n\nMilei had 55.7% of the vote, official results showed.\n",
        b="Argentina\n\nMilei won with 65.7 percent, official results showed.\n",
    )
    assert said(sources(folder)) == [("b.txt", "65.7 percent", "55.7%", "error")]


def test_two_days_for_one_event_to_come(tmp_path: Path) -> None:
    dateline = "---\npublished: 2023-11-20\n---\nArgentina\n\n"
    folder = story(
        tmp_path,
        a=dateline + "Milei, 53, has pledged to shut the central bank. He will take office on "
        "Dec. 12.\n",
        b=dateline + "Analysts expect a sharp devaluation after Milei takes office on December "
        "10.\n",
    )
    assert said(sources(folder)) == [("b.txt", "December 10", "Dec. 12", "error")]


# Dates of one act in each paper's words (development clusters, not shipped): the second
# article's day is moved, and the two must be lined up although their clauses share no word.
@pytest.mark.parametrize(
    ("published", "first", "second", "found"),
    [
        pytest.param(
            "2022-10-31",
            "He will take office on Jan. 1.",
            "Lula, who turned 77 last week, will be sworn in on 3 January.",
            "3 January",
            id="take-office-and-sworn-in",
        ),
        pytest.param(
            "2024-05-30",
            "Justice Juan Merchan set sentencing for July 11, four days before the convention.",
            "Trump faces up to four years behind bars when he is sentenced on July 13.",
            "July 13",
            id="set-sentencing-and-sentenced",
        ),
        pytest.param(
            "2022-10-11",
            "The impact on Sept. 26 shortened the moonlet's orbit by 32 minutes.",
            "The probe slammed into the 160-metre moonlet at about 22,000km/h on 28 September.",
            "28 September",
            id="the-impact-and-slammed-into",
        ),
        pytest.param(
            "2022-10-31",
            "Lula, who governed Brazil from 2003 to 2010, will take office on Jan. 1.",
            "Lula is due to be inaugurated on January 3.",
            "January 3",
            id="a-date-is-its-own-time",
        ),
    ],
)
def test_one_act_in_other_words_is_one_event(
    tmp_path: Path, published: str, first: str, second: str, found: str
) -> None:
    dateline = f"---\npublished: {published}\n---\nStory\n\n"
    folder = story(tmp_path, a=dateline + first + "\n", b=dateline + second + "\n")
    assert [(where, text) for where, text, _, _ in said(sources(folder))] == [("b.txt", found)]


def test_a_day_just_after_the_dateline_is_a_slip_not_a_plan(tmp_path: Path) -> None:
    dateline = "---\npublished: 2021-04-13\n---\nCall\n\n"
    folder = story(
        tmp_path,
        a=dateline + "Biden spoke with Putin by phone on April 13, the White House said.\n",
        b=dateline + "Biden spoke with Putin by phone on April 15, the White House said.\n",
    )
    assert [(where, text) for where, text, _, _ in said(sources(folder))] == [("b.txt", "April 15")]


def _dated(day: str, body: str) -> str:
    return f"---\npublished: {day}\n---\nStory\n\n{body}\n"


def test_a_figure_stated_nowhere_else_is_paired_by_elimination(tmp_path: Path) -> None:
    # The golden Activision story's deliberate 35% against the 26% jump: too few shared words
    # to cluster, but once the rest is set aside the two stand out (a warning, not an error).
    folder = story(
        tmp_path,
        a=_dated("2022-01-19", "Activision's shares rose 35% on the day the deal was announced."),
        b=_dated(
            "2022-01-19",
            "The price was agreed on Tuesday. Activision's shares jumped 26% that day, while "
            "Microsoft's fell 2.4%.",
        ),
    )
    findings = sources(folder)
    assert said(findings) == [("b.txt", "26%", "35%", "warning")]
    assert "only loosely alike" in findings[0].message


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            _dated("2022-01-19", "Activision's shares rose 35% on the day the deal was announced."),
            _dated(
                "2022-01-21",
                "The price was agreed on Tuesday. Activision's shares jumped 26% that day, while "
                "Microsoft's fell 2.4%.",
            ),
            id="papers-days-apart",
        ),
        pytest.param(
            _dated("2022-01-19", "Activision's shares rose 35% on the day the deal was announced."),
            _dated(
                "2022-01-19",
                "The price was agreed on Tuesday. Activision's shares jumped 10% that day, while "
                "Microsoft's fell 2.4%.",
            ),
            id="a-figure-three-times-another",
        ),
        pytest.param(
            _dated(
                "2024-02-20", "Berkshire Hathaway cut its stake in HP to 4.9%, a filing showed."
            ),
            _dated(
                "2024-02-20",
                "Berkshire Hathaway owned 5.2% of HP before selling shares, a filing showed.",
            ),
            id="a-stake-before-selling",
        ),
    ],
)
def test_no_pair_by_elimination(tmp_path: Path, first: str, second: str) -> None:
    assert said(sources(story(tmp_path, a=first, b=second))) == []


def test_a_change_from_a_year_earlier_to_a_level_states_the_level(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Nvidia\n\nRevenue for the quarter rose 101% from a year earlier to $13.51 billion.\n",
        b="Nvidia\n\nRevenue for the quarter rose to $27 billion, Nvidia said.\n",
    )
    assert said(sources(folder)) == [("b.txt", "$27 billion", "$13.51 billion", "error")]


@pytest.mark.parametrize(
    ("text", "figure", "use"),
    [
        pytest.param(
            "Berkshire Hathaway owned 5.2% of HP before selling shares, a filing showed.",
            "5.2%",
            "an earlier level",
            id="before-selling",
        ),
        pytest.param(
            "Microsoft's quarterly revenue was $52.9 billion a year ago, and rose 17%.",
            "$52.9 billion",
            "an earlier level",
            id="a-year-ago",
        ),
        pytest.param(
            "The patient spent 10 days in intensive care before being discharged.",
            "10 days",
            "",
            id="before-being-discharged-is-no-earlier-level",
        ),
        pytest.param(
            "Revenue rose 101% compared with a year earlier to $13.51 billion.",
            "$13.51 billion",
            "",
            id="compared-with-a-year-earlier-to",
        ),
        pytest.param(
            "Revenue rose 101% from a year earlier to $13.51 billion.",
            "$13.51 billion",
            "",
            id="from-a-year-earlier-to",
        ),
    ],
)
def test_what_a_figure_states(text: str, figure: str, use: str) -> None:
    article = parse_article(f"Story\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [st.use for st in found if st.claim.text == figure] == [use]


@pytest.mark.parametrize(
    ("text", "figure", "times"),
    [
        pytest.param(
            "Consumer price inflation fell to 7.9 per cent in June from 8.7 per cent in May, "
            "still almost four times the Bank's 2% target.",
            "2%",
            set(),
            id="a-month-after-another-figure-is-its-own",
        ),
        pytest.param(
            "Consumer price inflation fell to 7.9 per cent in June from 8.7 per cent in May.",
            "8.7 per cent",
            {"2023-05"},
            id="the-figure-before-the-month",
        ),
        pytest.param(
            "Inflation, which stood at 7.9% in June, remains well above the 2% target.",
            "2%",
            set(),
            id="a-clause-between",
        ),
        pytest.param(
            "In June, inflation fell to 7.9%.",
            "7.9%",
            {"2023-06"},
            id="a-month-before-the-figure",
        ),
    ],
)
def test_the_time_a_figure_holds_at(text: str, figure: str, times: set[str]) -> None:
    article = parse_article(f"---\npublished: 2023-08-04\n---\nStory\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [set(st.times) for st in found if st.claim.text == figure] == [times]


def test_one_noun_right_after_two_rates_lines_them_up(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Rates\n\nConsumer price inflation fell to 7.9 per cent in June from 8.7 per cent in "
        "May, still almost four times the Bank's 2% target.\n",
        b="Rates\n\nInflation, at 7.9% in June, remains well above the 4% target, and wage "
        "growth of 7.3% has worried policymakers.\n",
        c="Rates\n\nThe Bank of England raised interest rates to 5.25% on Thursday, the highest "
        "since 2008. Two members wanted a bigger increase to 5.5%.\n",
    )
    assert said(sources(folder)) == [("b.txt", "4%", "2%", "warning")]


def test_a_figure_joined_to_its_noun_is_that_noun_s(tmp_path: Path) -> None:
    # A story written for development: the company's age is no engineer's years there.
    folder = story(
        tmp_path,
        wire="Meta to cut more than 11,000 jobs in first mass layoff\n\nFacebook parent Meta "
        "Platforms Inc said on Wednesday it would lay off more than 11,000 employees, about 13% of "
        "its workforce, in the first broad round of job cuts in the company's 18-year history.\n",
        tabloid="ZUCK'S AXE: Facebook boss fires 11k workers - and says sorry\n\nFACEBOOK boss "
        "Mark Zuckerberg has swung the axe on 11,000 workers - and admitted the whole mess is his "
        'fault.\n\nOne laid-off engineer posted online: "Woke up at 5am to an email saying my '
        'access had been cut off. Four years at this company, gone in a paragraph."\n',
    )
    assert said(sources(folder)) == []


def test_a_figure_beside_the_others_figure_in_its_sentence_is_another_thing(
    tmp_path: Path,
) -> None:
    # A story written for development: the wire gives the national count and Paris's in one
    # sentence; the broadsheet gives Paris's.
    folder = story(
        tmp_path,
        wire="---\npublished: 2023-03-07\n---\nStrikes\n\nThe ministry counted 1.28 million "
        "demonstrators nationwide, including 81,000 in Paris. The hard-left CGT union said more "
        "than 3.5 million people took part across the country, 700,000 of them in the capital.\n",
        broadsheet="---\npublished: 2023-03-08\n---\nStrikes\n\nThe interior ministry counted "
        "1.28 million marchers across the country, edging past the 1.27 million it recorded on 31 "
        "January. The CGT, the most militant of the big unions, put the figure at 3.5 million, up "
        "from the 2.8 million it claimed in January. In Paris, police counted 81,000 "
        "demonstrators; the CGT said 700,000.\n",
        regional="Marseille\n\nThe Bouches-du-Rhône prefecture counted 30,000 marchers in the "
        "city. Unions claimed 245,000.\n\nNationally, the interior ministry counted 1.28 million "
        "protesters, while the CGT claimed more than 3.5 million.\n",
    )
    assert said(sources(folder)) == []


@pytest.mark.parametrize(
    ("text", "figure", "facets"),
    [
        pytest.param(
            "Food rose 1.0% month over month and 10.4% year over year.",
            "1.0%",
            {"span:month"},
            id="the-span-right-after-the-first",
        ),
        pytest.param(
            "Food rose 1.0% month over month and 10.4% year over year.",
            "10.4%",
            {"span:year"},
            id="the-span-right-after-the-second",
        ),
        pytest.param(
            "Food prices rose 10.4 percent over the year.",
            "10.4 percent",
            {"span:year"},
            id="over-the-year",
        ),
        pytest.param(
            "Prices rose 1.3% from the previous month and food 10.4%.",
            "10.4%",
            set(),
            id="the-span-of-the-figure-before",
        ),
    ],
)
def test_the_span_a_change_is_measured_over(text: str, figure: str, facets: set[str]) -> None:
    article = parse_article(f"Story\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [set(st.facets) for st in found if st.claim.text == figure] == [facets]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "The 72-hour mark passed in the early hours of Thursday.",
            {"mark", "pass"},
            id="the-early-hours-of",
        ),
        pytest.param(
            "The storm made landfall late on Tuesday evening.",
            {"storm", "landfall", "made"},
            id="late-and-evening",
        ),
    ],
)
def test_a_time_of_day_is_no_word_of_the_event(text: str, event: set[str]) -> None:
    # "The first quake, in the early hours of Monday" dates another event than the 72-hour
    # mark "in the early hours of Thursday" (a development cluster of the 2023 earthquake).
    article = parse_article(f"---\npublished: 2023-02-09\n---\nStory\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [set(st.event) for st in found if st.measure == "date"] == [event]


def test_a_bound_in_the_sentence_is_not_the_others_figure(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Election\n\nLabour won 822 of the 650 seats in the House of Commons, giving it a "
        "majority of more than 170, according to final results.\n",
        b="Election\n\nLabour won 411 seats on 33.7 per cent of the vote.\n",
        c="Election\n\nLabour won 411 seats in a landslide, according to final results.\n",
    )
    assert said(sources(folder)) == [("a.txt", "822", "411 seats", "error")]


def test_a_range_that_admits_a_figure_does_not_give_it(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Nvidia\n\nChina typically accounts for between 20 and 25 per cent of data centre "
        "revenue. Its gaming business, once its core, rose 44 per cent to $2.49bn.\n",
        b="Nvidia\n\nGaming revenue rose 22% to $2.49 billion, as demand for graphics cards "
        "recovered.\n",
    )
    assert [(w, t) for w, t, _, _ in said(sources(folder))] == [("b.txt", "22%")]


def test_a_weekday_alone_gives_no_date_that_falls_on_it(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="WHO\n\nWhen the World Health Organization declared the new coronavirus a public "
        "health emergency of international concern on 28 January 2020, fewer than 100 cases had "
        "been confirmed outside China. Its emergency committee met on Thursday.\n",
        b="WHO\n\nThe WHO first declared the public health emergency of international concern "
        "on January 30, 2020.\n",
    )
    assert [(w, t) for w, t, _, _ in said(sources(folder))] == [("b.txt", "January 30, 2020")]


def test_tolls_by_two_weekdays_no_dateline_puts_a_date_to(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Quake\n\nBy Wednesday evening officials had confirmed 8,574 dead in Turkey.\n",
        b="Quake\n\nBy Friday evening, Turkish officials had confirmed 18,991 deaths in Turkey.\n",
    )
    assert said(sources(folder)) == []


@pytest.mark.parametrize(
    ("tabloid", "expected"),
    [
        pytest.param(
            "The 300mph monster ripped roofs off homes as terrified Floridians fled.",
            [("tabloid.txt", "300mph", "about 150 miles per hour", "warning")],
            id="the-one-figure-of-its-kind-given-otherwise",
        ),
        pytest.param(
            "The 150mph monster ripped roofs off homes as terrified Floridians fled.",
            [],
            id="the-same-figure",
        ),
        pytest.param(
            "The 150mph monster ripped roofs off homes, and gusts reached 180mph.",
            [],
            id="an-article-that-gives-two-figures-of-the-kind",
        ),
    ],
)
def test_a_lone_figure_the_other_articles_all_give_otherwise(
    tmp_path: Path, tabloid: str, expected: list[tuple[str, str, str, str]]
) -> None:
    folder = story(
        tmp_path,
        wire="Ian\n\nHurricane Ian came ashore in south-west Florida on Wednesday with maximum "
        "sustained winds of 150 mph.\n",
        broadsheet="Ian\n\nThe storm struck the coast packing winds of about 150 miles per "
        "hour, the National Hurricane Center said.\n",
        tabloid=f"Ian\n\n{tabloid}\n",
    )
    assert said(sources(folder)) == expected


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        pytest.param("2023-02-09", [], id="a-paper-of-thursday"),
        pytest.param("2023-02-10", ["b.txt"], id="a-paper-of-friday"),
    ],
)
def test_a_toll_by_a_weekday_against_a_dated_paper_s(
    tmp_path: Path, dateline: str, expected: list[str]
) -> None:
    folder = story(
        tmp_path,
        a="Quake\n\nBy Friday evening, Turkish officials had confirmed 18,991 deaths in Turkey.\n",
        b=f"---\npublished: {dateline}\n---\nQuake\n\nTurkish officials had confirmed 14,014 "
        "deaths in Turkey.\n",
    )
    assert [w for w, _, _, _ in said(sources(folder))] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        pytest.param("Maui fires: death toll climbs to 96", [], id="a-toll-still-rising"),
        pytest.param("Maui fires: death toll stands at 96", ["b.txt"], id="a-toll-that-stands"),
        pytest.param("Maui fires: death toll climbs to 198", ["b.txt"], id="a-doubled-toll"),
    ],
)
def test_a_toll_of_an_undated_report(tmp_path: Path, headline: str, expected: list[str]) -> None:
    # A development cluster of the 2023 Maui fire: the toll was a bare number until it was
    # read as a count of people.
    folder = story(
        tmp_path,
        a="---\npublished: 2023-08-15\n---\nMaui\n\nThe death toll from the Maui wildfire has "
        "climbed to 99, and officials fear it could double.\n",
        b=f"{headline}\n\nFederal disaster teams are arriving on Maui.\n",
    )
    assert [w for w, _, _, _ in said(sources(folder))] == expected


def test_seats_and_mps_count_one_thing(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Election\n\nThe Conservatives were left with 121 MPs, their worst result.\n",
        b="Election\n\nThe Conservatives were left with 212 seats, their worst result.\n",
    )
    assert said(sources(folder)) == [("b.txt", "212 seats", "121 MPs", "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Mortgage rates tend to track the 10-year Treasury yield, which fell on Thursday.",
        "The 10-year yield fell to 4.1%.",
        "The average 30-year fixed rate climbed to 6.7%.",
    ],
)
def test_a_bond_s_maturity_is_its_name_not_a_figure(text: str) -> None:
    article = parse_article(f"Story\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [st.claim.text for st in found if "-year" in st.claim.text] == []


def test_a_source_named_in_the_sentence_before_is_the_speaker(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="March\n\nThousands marched in Tbilisi on Saturday. The interior ministry gave a lower "
        "figure. It said 30,000 people took part in the march.\n",
        b="March\n\nThousands marched in Tbilisi on Saturday. According to organisers, 100,000 "
        "people took part in the march.\n",
    )
    assert said(sources(folder)) == []


def test_a_source_named_by_a_common_noun_may_be_a_named_one(tmp_path: Path) -> None:
    folder = story(
        tmp_path,
        a="Beirut\n\nThe explosion killed at least 100 people, according to the health ministry.\n",
        b="Beirut\n\nThe explosion killed at least 200 people, Lebanon's health ministry said.\n",
    )
    assert [(w, t) for w, t, _, _ in said(sources(folder))] == [("b.txt", "at least 200 people")]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "China accounts for 60% of global electric vehicle sales.",
            "Electric vehicles account for 18% of global car sales.",
            [],
            id="shares-of-two-wholes-are-two-things",
        ),
        pytest.param(
            "The governor said about 80 per cent of the city's hotels had been damaged.",
            "The governor said around 40 per cent of hotels in the city were damaged.",
            [("b.txt", "around 40 per cent")],
            id="one-whole-in-fewer-words-is-one-whole",
        ),
    ],
)
def test_what_a_percentage_is_a_share_of(
    tmp_path: Path, first: str, second: str, expected: list[tuple[str, str]]
) -> None:
    folder = story(tmp_path, a=f"Story\n\n{first}\n", b=f"Story\n\n{second}\n")
    assert [(w, t) for w, t, _, _ in said(sources(folder))] == expected


def test_a_toll_said_in_the_morning_and_in_the_evening_is_two_statements(tmp_path: Path) -> None:
    dateline = "---\npublished: 2024-04-03\n---\nQuake\n\n"
    folder = story(
        tmp_path,
        a=dateline + "The earthquake in Taiwan killed nine people, the fire agency said on "
        "Wednesday evening.\n",
        b=dateline + "The earthquake in Taiwan killed four people, the fire agency said on "
        "Wednesday morning.\n",
    )
    assert said(sources(folder)) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "The Liberal Democrats took 72 seats, their best result in a century.",
            "The Liberal Democrats won six seats in Scotland, their best result in a century.",
            [],
            id="a-count-in-a-place-the-other-never-names-is-a-part",
        ),
        pytest.param(
            "The Liberal Democrats took 12 seats, their best result in a century. In Scotland "
            "they won back Edinburgh West.",
            "The Liberal Democrats won six seats in Scotland, their best result in a century.",
            [("b.txt", "six seats")],
            id="a-place-both-name-is-compared",
        ),
        pytest.param(
            "The Liberal Democrats took 72 seats, their best result in a century. In Scotland "
            "they won back Edinburgh West.",
            "The Liberal Democrats won six seats north of the border, their best result in a "
            "century.",
            [],
            id="a-part-far-from-the-whole",
        ),
        pytest.param(
            "Labour won 33.7 per cent of the vote, the smallest share to win a majority.",
            "Labour took 35.3 per cent of the vote in Scotland, the smallest share to win a "
            "majority.",
            [],
            id="a-share-of-the-vote-in-a-place",
        ),
        pytest.param(
            "The Conservatives won five seats, their worst result.",
            "The Conservatives won two Welsh seats, their worst result.",
            [],
            id="a-place-between-a-count-and-its-noun",
        ),
        pytest.param(
            "Ford is recalling 240,000 vehicles over a faulty part.",
            "Ford is recalling 24,000 vehicles over a faulty part.",
            [("b.txt", "24,000 vehicles")],
            id="a-slipped-zero-is-no-part",
        ),
        pytest.param(
            "Israeli strikes killed 20 people in the Gaza Strip on Tuesday, officials said.",
            "Israeli strikes killed 35 people in Gaza on Tuesday, officials said.",
            [("b.txt", "35 people")],
            id="a-place-named-in-fewer-words",
        ),
        pytest.param(
            "Ford is recalling 240,000 vehicles in the United States over a faulty part.",
            "Ford is recalling 310,000 vehicles in the U.S. over a faulty part.",
            [("b.txt", "310,000 vehicles")],
            id="a-country-written-two-ways",
        ),
        pytest.param(
            "The assisted dying bill won 330 votes in Parliament on Friday.",
            "The assisted dying bill won 314 votes on Friday.",
            [("b.txt", "314 votes")],
            id="a-vote-in-parliament-is-no-place",
        ),
        pytest.param(
            "Russian shelling killed 12 people in Kharkiv on Tuesday, officials said.",
            "Russian shelling killed 19 people in Kharkov on Tuesday, officials said.",
            [("b.txt", "19 people")],
            id="a-place-spelled-two-ways",
        ),
        pytest.param(
            "Israeli strikes killed 20 people in Gaza Monday, officials said.",
            "Israeli strikes killed 35 people in Gaza overnight, officials said.",
            [("b.txt", "35 people")],
            id="a-weekday-after-the-place",
        ),
        pytest.param(
            "The earthquake in Morocco killed 2,012 people, the ministry said.",
            "The earthquake killed 2,946 people in Morocco, the ministry said.",
            [("b.txt", "2,946 people")],
            id="the-story-s-own-place",
        ),
    ],
)
def test_a_count_in_a_place(
    tmp_path: Path, first: str, second: str, expected: list[tuple[str, str]]
) -> None:
    folder = story(tmp_path, a=f"Story\n\n{first}\n", b=f"Story\n\n{second}\n")
    assert [(w, t) for w, t, _, _ in said(sources(folder))] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "In Portugal, a temperature of 47 degrees Celsius was recorded in the town of Pinhão.",
            {"portugal"},
            id="a-sentence-that-opens-with-its-place",
        ),
        pytest.param(
            "In Portugal, fires burned. A temperature of 47 degrees Celsius was recorded.",
            set(),
            id="the-place-of-the-sentence-before",
        ),
        pytest.param(
            "In 2019, a temperature of 38.7 degrees Celsius was recorded.",
            set(),
            id="a-year-is-no-place",
        ),
    ],
)
def test_the_place_a_figure_was_counted_in(text: str, place: set[str]) -> None:
    article = parse_article(f"Story\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [set(st.place) for st in found if st.measure == "temperature"] == [place]


def test_a_figure_lined_up_through_its_own_article_must_fit_the_other() -> None:
    # A development cluster of the 2022 heatwave: the broadcaster's 47C in Portugal sat in one
    # cluster with its own 40.3C, and was reported against the wire's British 40C.
    assert said(sources(STORIES / "heatwave")) == []


def test_a_pace_per_kilometre_is_no_pace_per_mile() -> None:
    # A development cluster of the 2018 Berlin marathon: "about 2 minutes 53 seconds per
    # kilometer" against "about 4min 38sec per mile" was an error and a warning.
    assert said(sources(STORIES / "marathon")) == []


def test_two_age_bands_of_workers_are_no_one_s_age() -> None:
    # A development cluster of the 2024 UK budget: "workers aged 21 and over" against "young
    # workers aged 18 to 20" was a warning.
    assert said(sources(STORIES / "budget")) == []


def test_initials_name_a_country_and_a_pronoun_does_not() -> None:
    text = "The U.S. and the UK told us they would help."
    assert parties(text, (0, len(text))) == ["United States", "United Kingdom"]


@pytest.mark.parametrize(
    ("text", "day", "event"),
    [
        pytest.param(
            "The U.S. Food and Drug Administration on Friday granted accelerated approval to "
            "Leqembi.",
            "Friday",
            {"grant", "accelerat", "approval"},
            id="the-words-after-a-date-that-opens-its-clause",
        ),
        pytest.param(
            "Thursday's general election was called in May.",
            "Thursday",
            {"general", "election", "call"},
            id="what-a-possessive-date-is-of",
        ),
        pytest.param(
            "Sentencing is set for July 11.",
            "July 11",
            {"sentenc", "set"},
            id="a-common-word-opening-the-sentence",
        ),
        pytest.param(
            "Inauguration organisers closed the National Mall on Jan. 18.",
            "Jan. 18",
            {"organiser", "clos"},
            id="an-act-word-before-a-noun-is-a-modifier",
        ),
        pytest.param(
            "Merchan set the hearing for July 11.",
            "July 11",
            {"set", "hear"},
            id="a-name-opening-the-sentence-is-left-out",
        ),
    ],
)
def test_what_a_date_dates(text: str, day: str, event: set[str]) -> None:
    article = parse_article(f"---\npublished: 2024-05-31\n---\nStory\n\n{text}\n", "a.txt")
    found = statements(article, extract_claims(article, NameIndex.empty()))
    assert [set(st.event) for st in found if st.claim.text == day] == [event]


def test_a_day_to_the_day_anchors_before_one_give_or_take(tmp_path: Path) -> None:
    # NASA's DART impact, in papers of 11 and 12 October 2022: "two weeks ago" fits both days.
    folder = story(
        tmp_path,
        a="---\npublished: 2022-10-11\n---\nDART\n\nThe impact on Sept. 26 shortened the "
        "moonlet's orbit by 32 minutes.\n",
        b="---\npublished: 2022-10-11\n---\nDART\n\nThe probe slammed into the moonlet at "
        "about 22,000km/h on 28 September, shortening its orbit.\n",
        c="---\npublished: 2022-10-12\n---\nDART\n\nThe probe was deliberately crashed into "
        "the moonlet two weeks ago, shortening its orbit.\n",
    )
    assert said(sources(folder)) == [("b.txt", "28 September", "Sept. 26", "error")]


def test_one_sentencing_in_other_words_is_one_event(tmp_path: Path) -> None:
    dateline = "---\npublished: 2024-05-31\n---\nVerdict\n\n"
    folder = story(
        tmp_path,
        a=dateline + "The judge set sentencing for July 11.\n",
        b=dateline + "Sentencing is scheduled for 13 July.\n",
        c=dateline + "Trump will return to court on July 11 for sentencing.\n",
    )
    assert said(sources(folder)) == [("b.txt", "13 July", "July 11", "error")]


@pytest.mark.parametrize(("age", "expected"), [("64-year-old", []), ("45-year-old", ["b.txt"])])
def test_an_age_to_the_decade_against_an_age_in_years(
    tmp_path: Path, age: str, expected: list[str]
) -> None:
    dateline = "---\npublished: 2024-05-31\n---\nArrest\n\n"
    folder = story(
        tmp_path,
        a=dateline + "Police arrested a man in his 60s over the fire on Tuesday.\n",
        b=dateline + f"Police arrested a {age} man over the fire on Tuesday.\n",
    )
    assert [w for w, _, _, _ in said(sources(folder))] == expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        pytest.param("Di María, 34, who also scored in the final, doubled the lead.", [], id="two"),
        pytest.param(
            "Messi, 37, who also scored in the final, opened the scoring.", ["b.txt"], id="one"
        ),
    ],
)
def test_an_age_is_the_age_of_the_name_it_follows(
    tmp_path: Path, other: str, expected: list[str]
) -> None:
    # A development cluster of the 2022 World Cup final.
    folder = story(
        tmp_path,
        a="Final\n\nMessi, 35, opened the scoring from the penalty spot in the 23rd minute.\n",
        b=f"Final\n\nIt is worth remembering how this began. {other}\n",
    )
    assert [w for w, _, _, _ in said(sources(folder))] == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "Election\n\nA tearful-looking Rishi Sunak, 44, told the nation outside No10 that he "
            "was sorry.\n",
            "Election\n\nSunak, 46, conceded defeat in the early hours and later apologised to "
            "voters.\n",
            ["b.txt"],
            id="one-person-two-ages",
        ),
        pytest.param(
            "Tate\n\nAndrew Tate, 36, was detained with his brother in December.\n",
            "Tate\n\nTristan Tate, 34, was detained with his brother in December.\n",
            [],
            id="two-brothers",
        ),
        pytest.param(
            "---\npublished: 2019-03-17\n---\nAttack\n\nTarrant, 28, was charged with murder.\n",
            "---\npublished: 2020-08-27\n---\nSentence\n\nTarrant, 29, was sentenced to life "
            "in prison.\n",
            [],
            id="a-year-and-a-half-later",
        ),
        pytest.param(
            "---\npublished: 2023-04-05\n---\nChicago\n\nJohnson, 46, called for investments "
            "in mental health.\n",
            "Chicago\n\nJohnson, 47, lives on the West Side with his wife and three children.\n",
            [],
            id="a-birthday-between-the-reports",
        ),
        pytest.param(
            "---\npublished: 2023-04-05\n---\nChicago\n\nJohnson, 46, called for investments "
            "in mental health.\n",
            "---\npublished: 2023-04-06\n---\nChicago\n\nJohnson, 47, called for investments "
            "in mental health.\n",
            ["b.txt"],
            id="two-ages-a-day-apart",
        ),
        pytest.param(
            "Budget\n\nMrs Reeves, 45, delivered the first budget by a woman.\n",
            "Budget\n\nRachel Reeves, 47, delivered the first budget by a woman.\n",
            ["b.txt"],
            id="a-title-is-no-given-name",
        ),
    ],
)
def test_one_person_s_age(tmp_path: Path, first: str, second: str, expected: list[str]) -> None:
    folder = story(tmp_path, a=first, b=second)
    assert [w for w, _, _, _ in said(sources(folder))] == expected


def test_an_explosion_and_the_rig_that_exploded_are_one_event(tmp_path: Path) -> None:
    dateline = "---\npublished: 2010-07-16\n---\nSpill\n\n"
    folder = story(
        tmp_path,
        a=dateline + "BP said it had stopped the oil for the first time since the Deepwater "
        "Horizon rig exploded on 22 April, killing 11 men.\n",
        b=dateline
        + "The April 20, 2010, explosion on the Deepwater Horizon rig killed 11 workers.\n",
    )
    assert [w for w, _, _, _ in said(sources(folder))] == ["b.txt"]


# Found by an adversarial review of the date rules (each was a false error once).
@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "The judge adjourned the case on May 30 for sentencing.",
            "He was sentenced on July 11 to four years in prison.",
            id="a-step-towards-an-act-is-not-the-act",
        ),
        pytest.param(
            "Inauguration organisers closed the National Mall on Jan. 18.",
            "Biden was sworn in on Jan. 20 at the Capitol.",
            id="an-act-word-as-a-modifier",
        ),
        pytest.param(
            "The House on May 29 approved the bill by 311 votes to 112.",
            "The Senate approved the bill on May 31 by 79 votes to 18.",
            id="two-chambers-two-votes",
        ),
        pytest.param(
            "By Wednesday evening officials had confirmed 8,574 dead in Turkey.",
            "By Friday evening, Turkish officials had confirmed 18,991 deaths in Turkey.",
            id="the-days-two-tallies-hold-at",
        ),
        pytest.param(
            "Rail workers on May 20 walked out for 24 hours over pay.",
            "Rail workers walked out again on May 28 over pay.",
            id="again-is-one-more-time",
        ),
    ],
)
def test_no_contradiction_between_two_days(tmp_path: Path, first: str, second: str) -> None:
    dateline = "---\npublished: 2024-06-01\n---\nStory\n\n"
    folder = story(tmp_path, a=dateline + first + "\n", b=dateline + second + "\n")
    assert said(sources(folder)) == []


def test_a_lone_day_against_two_papers_vaguer_is_the_odd_one(tmp_path: Path) -> None:
    dateline = "---\npublished: 2022-10-12\n---\nDART\n\n"
    folder = story(
        tmp_path,
        a=dateline + "The probe slammed into the moonlet two weeks ago, shortening its orbit.\n",
        b=dateline + "The probe slammed into the moonlet two weeks ago, changing its orbit.\n",
        c=dateline + "The probe slammed into the moonlet on Sept. 12, shortening its orbit.\n",
    )
    assert [(w, t) for w, t, _, _ in said(sources(folder))] == [("c.txt", "Sept. 12")]


def test_a_period_s_end_is_no_event(tmp_path: Path) -> None:
    # Nvidia's results, 21 February 2024 (a final review's story).
    dateline = "---\npublished: 2024-02-22\n---\n"
    folder = story(
        tmp_path,
        a=dateline + "Nvidia revenue triples on AI demand\n\nNvidia reported fourth-quarter "
        "revenue of $22.1 billion on Wednesday, up 265% from a year earlier. Data center revenue "
        "rose to $18.4 billion. Shares rose 9% in after-hours trading.\n",
        b=dateline + "Nvidia beats forecasts again as AI boom continues\n\nNvidia said revenue "
        "for the quarter ended January 28 reached $22.1bn, more than triple the figure a year "
        "ago. Its data centre unit brought in $18.4bn. The stock jumped 9 per cent after the "
        "bell on February 21.\n",
    )
    assert said(sources(folder)) == []
