"""CI outputs (issue 5): SARIF 2.1.0 for code scanning, and GitHub Actions annotations with the
step summary, from inner pytest runs over the seeds and from `consistency check`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from consistency.cli import main
from consistency.model import Finding, Location, Severity
from consistency.render.github import annotation, escape_data, escape_property
from consistency.render.sarif import end_of, sarif_report

REPO = Path(__file__).resolve().parents[1]
PSAKI = "seeds/001_7a628b8513b4a8f9.txt"
CIVILIANS = "seeds/002_36496306b8a4a1a3.txt"
PRICE = "seeds/003_370413d1aa06dcb7.txt"
AGREES = "seeds/000_b86d9a29ff56b71d.txt"
SHEET = "rules/biden-putin-call.yaml"
SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project like ours: the seeds, the fact sheet, and the ini that names it."""
    shutil.copytree(REPO / "seeds", pytester.path / "seeds")
    shutil.copytree(REPO / "rules", pytester.path / "rules")
    pytester.makeini("[pytest]\nconsistency_rules = rules\n")
    return pytester


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def check_essentials(log: dict[str, Any]) -> None:
    """The properties the SARIF 2.1.0 schema requires, and the links our results rely on."""
    assert log["version"] == "2.1.0"
    assert log["$schema"] == SCHEMA
    assert isinstance(log["runs"], list)
    assert len(log["runs"]) == 1
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "consistency"
    assert isinstance(driver["version"], str)
    rules = driver["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    assert all(r["shortDescription"]["text"] for r in rules)
    for result in run["results"]:
        assert isinstance(result["message"]["text"], str)
        assert result["message"]["text"]
        assert result["level"] in ("error", "warning")
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"]
        for loc in result["locations"]:
            check_region(loc["physicalLocation"])
        related = result.get("relatedLocations", [])
        ids = [r["id"] for r in related]
        assert ids == list(range(1, len(related) + 1))
        # Every embedded link `[text](n)` of the message names a related location.
        links = [int(n) for n in re.findall(r"\]\((\d+)\)", result["message"]["text"])]
        assert links == ids
        assert all(isinstance(v, str) for v in result["partialFingerprints"].values())
    for invocation in run["invocations"]:
        assert isinstance(invocation["executionSuccessful"], bool)


def check_region(where: dict[str, Any]) -> None:
    region = where["region"]
    assert isinstance(where["artifactLocation"]["uri"], str)
    assert region["startLine"] >= 1
    if "startColumn" in region:
        assert region["endLine"] >= region["startLine"]
        if region["endLine"] == region["startLine"]:
            assert region["endColumn"] > region["startColumn"]


def pointed(root: Path, where: dict[str, Any]) -> tuple[str, str, str]:
    """What a physical location points at in the file, by offsets and by line and column."""
    text = (root / where["artifactLocation"]["uri"]).read_bytes().decode("utf-8")
    region = where["region"]
    by_offset = text[region["charOffset"] : region["charOffset"] + region["charLength"]]
    line = text.split("\n")[region["startLine"] - 1]
    by_column = line[region["startColumn"] - 1 : region["endColumn"] - 1]
    return by_offset, by_column, region["snippet"]["text"]


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = log["runs"][0]["results"]
    return found


# --- SARIF --------------------------------------------------------------------------------------


def test_sarif_of_the_seeds(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("seeds/", "--consistency-sarif=out/scan.sarif")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(["*consistency SARIF report: out/scan.sarif*"])
    log = load(newsroom.path / "out" / "scan.sarif")
    check_essentials(log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["fact/donbas-death-toll", "fact/jen-psaki"]
    assert rules[0]["shortDescription"] == {
        "text": "An article contradicts the fact sheet on donbas-death-toll"
    }
    assert [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for r in results(log)
    ] == [("fact/jen-psaki", "error", PSAKI), ("fact/donbas-death-toll", "error", CIVILIANS)]
    toll = results(log)[1]
    assert toll["message"]["text"] == (
        'the article says "14,000 civilians"; the fact sheet says about 14,000 people, not '
        f"civilians (see [{SHEET}:15](1), [{AGREES}:41](2))"
    )
    where = toll["locations"][0]["physicalLocation"]
    assert where["region"] == {
        "startLine": 9,
        "startColumn": 221,
        "endLine": 9,
        "endColumn": 237,
        "charOffset": 860,
        "charLength": 16,
        "snippet": {"text": "14,000 civilians"},
    }
    assert pointed(newsroom.path, where) == ("14,000 civilians",) * 3
    assert where["contextRegion"]["snippet"]["text"].endswith(
        "a seven-year war that Kiev claims has killed 14,000 civilians."
    )
    sheet, agrees = toll["relatedLocations"]
    # The fact sheet line of the fact, and the article that states it as the sheet does.
    assert sheet["physicalLocation"]["artifactLocation"]["uri"] == SHEET
    line = sheet["physicalLocation"]["region"]["startLine"]
    sheet_text = (newsroom.path / SHEET).read_text(encoding="utf-8")
    assert sheet_text.split("\n")[line - 1] == "  - id: donbas-death-toll"
    assert sheet["message"]["text"] == (
        "The fact sheet declares donbas-death-toll: about 14,000 people, not civilians"
    )
    assert pointed(newsroom.path, agrees["physicalLocation"]) == ("some 14,000 lives",) * 3
    assert agrees["message"]["text"] == (
        f'{AGREES}:41:44 says "some 14,000 lives" (agrees with the fact sheet)'
    )
    assert toll["properties"] == {
        "expected": "about 14,000 people, not civilians",
        "found": "14,000 civilians",
    }


def test_a_source_finding_carries_both_articles(pytester: pytest.Pytester) -> None:
    # No fact sheet: 001 and 003 disagree on who the State Department spokesperson is.
    (pytester.path / "seeds").mkdir()
    for name in (PSAKI, PRICE):
        shutil.copy(REPO / name, pytester.path / name)
    pytester.makeini("[pytest]\n")
    result = pytester.runpytest("seeds/", "--consistency-sarif=scan.sarif")
    result.assert_outcomes(passed=1, failed=1)
    log = load(pytester.path / "scan.sarif")
    check_essentials(log)
    (finding,) = results(log)
    assert (finding["ruleId"], finding["level"]) == ("source", "error")
    assert log["runs"][0]["tool"]["driver"]["rules"][0]["id"] == "source"
    here = finding["locations"][0]["physicalLocation"]
    assert here["artifactLocation"] == {"uri": PRICE, "uriBaseId": "%SRCROOT%"}
    assert pointed(pytester.path, here) == ("State Department spokesman Ned Price",) * 3
    (there,) = finding["relatedLocations"]
    assert there["physicalLocation"]["artifactLocation"] == {"uri": PSAKI, "uriBaseId": "%SRCROOT%"}
    assert pointed(pytester.path, there["physicalLocation"]) == (
        ("State Department spokeswoman Jen Psaki",) * 3
    )
    assert finding["message"]["text"] == (
        'the article says "State Department spokesman Ned Price"; '
        f'{PSAKI}:4 says "State Department spokeswoman Jen Psaki" (see [{PSAKI}:4](1))'
    )


def fingerprints(log: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["ruleId"], r["partialFingerprints"]["consistency/v1"]) for r in results(log)]


def test_sarif_is_the_same_run_after_run_and_with_xdist(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest("seeds/", "--consistency-sarif=one.sarif")
    newsroom.runpytest("seeds/", "--consistency-sarif=two.sarif")
    one = (newsroom.path / "one.sarif").read_bytes()
    assert (newsroom.path / "two.sarif").read_bytes() == one
    pytest.importorskip("xdist")
    result = newsroom.runpytest("seeds/", "-p", "xdist", "-n", "2", "--consistency-sarif=x.sarif")
    result.assert_outcomes(passed=3, failed=2)
    assert (newsroom.path / "x.sarif").read_bytes() == one
    assert [rule for rule, _ in fingerprints(load(newsroom.path / "x.sarif"))] == [
        "fact/jen-psaki",
        "fact/donbas-death-toll",
    ]


def test_fingerprints_survive_a_paragraph_added_above(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest("seeds/", "--consistency-sarif=before.sarif")
    article = newsroom.path / CIVILIANS
    head, rest = article.read_text(encoding="utf-8").split("\n", 1)
    added = "\nThis story has been updated with the Kremlin's account of the call.\n"
    article.write_text(head + "\n" + added + rest, encoding="utf-8")
    newsroom.runpytest("seeds/", "--consistency-sarif=after.sarif")
    before, after = load(newsroom.path / "before.sarif"), load(newsroom.path / "after.sarif")
    assert fingerprints(after) == fingerprints(before)
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results(after)]
    assert lines == [4, 11]  # the toll moved two lines down; its fingerprint did not change


def test_the_command_line_writes_the_same_sarif(
    newsroom: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom.path / "seeds" / "900_latin1.txt").write_bytes(
        "Caf\xe9 owners said 40 people came\n".encode("latin-1")
    )
    result = newsroom.runpytest("seeds/", "--consistency-sarif=pytest.sarif")
    result.assert_outcomes(passed=3, failed=2, errors=1)
    monkeypatch.chdir(newsroom.path)
    assert main(["check", "--sarif", "cli.sarif", "seeds"]) == 1
    capsys.readouterr()
    cli = load(newsroom.path / "cli.sarif")
    assert cli == load(newsroom.path / "pytest.sarif")
    check_essentials(cli)
    # The unreadable article is not a finding about its text, but it is not dropped either.
    assert cli["runs"][0]["invocations"][0]["toolExecutionNotifications"] == [
        {
            "level": "error",
            "message": {
                "text": "seeds/900_latin1.txt: not UTF-8 text: byte 0xe9 at line 1, column 4 "
                "can't be decoded (save the article as UTF-8)"
            },
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": "seeds/900_latin1.txt",
                            "uriBaseId": "%SRCROOT%",
                        }
                    }
                }
            ],
            "descriptor": {"id": "unreadable-article"},
        }
    ]


def test_a_sarif_file_that_cannot_be_written_is_named(
    newsroom: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom.path / "taken").mkdir()
    result = newsroom.runpytest("seeds/", "--consistency-sarif=taken")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["consistency: error: taken: cannot write: Is a directory"])
    monkeypatch.chdir(newsroom.path)
    assert main(["check", "--sarif", "taken", "seeds"]) == 2
    assert capsys.readouterr().err == (
        "consistency: error: taken: cannot write the report: Is a directory\n"
    )


# --- GitHub Actions -----------------------------------------------------------------------------

SEED_COMMANDS = [
    f"::error file={PSAKI},line=4,col=1848,endLine=4,endColumn=1886,"
    'title=consistency%3A fact/jen-psaki::the article says "State Department spokeswoman Jen '
    'Psaki"; the fact sheet says Jen Psaki is White House press secretary '
    f"({SHEET}:87)",
    f"::error file={CIVILIANS},line=9,col=221,endLine=9,endColumn=237,"
    'title=consistency%3A fact/donbas-death-toll::the article says "14,000 civilians"; the fact '
    f"sheet says about 14,000 people, not civilians ({SHEET}:15)",
]

SEED_SUMMARY = """\
### consistency: 5 articles checked, 2 errors, 0 warnings

| level | where | rule | message | annotation |
|---|---|---|---|---|
| error | seeds/001\\_7a628b8513b4a8f9.txt:4:1848 | fact/jen-psaki | the article says "State \
Department spokeswoman Jen Psaki"; the fact sheet says Jen Psaki is White House press secretary \
(rules/biden-putin-call.yaml:87) | shown |
| error | seeds/002\\_36496306b8a4a1a3.txt:9:221 | fact/donbas-death-toll | the article says \
"14,000 civilians"; the fact sheet says about 14,000 people, not civilians \
(rules/biden-putin-call.yaml:15) | shown |

"""


def on_github(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    summary = tmp_path / "step-summary.md"
    summary.write_text("## Earlier step\n\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    return summary


def commands(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith(("::error ", "::warning "))]


@pytest.mark.parametrize("args", [[], ["-p", "xdist", "-n", "2"]], ids=["serial", "xdist"])
def test_annotations_of_the_seeds(
    newsroom: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: list[str]
) -> None:
    if args:
        pytest.importorskip("xdist")
    summary = on_github(monkeypatch, tmp_path)
    result = newsroom.runpytest("seeds/", *args)
    result.assert_outcomes(passed=3, failed=2)
    assert commands(result.stdout.lines) == SEED_COMMANDS
    assert summary.read_text(encoding="utf-8") == "## Earlier step\n\n" + SEED_SUMMARY


def test_annotations_from_the_command_line(
    newsroom: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = on_github(monkeypatch, tmp_path)
    monkeypatch.chdir(newsroom.path)
    assert main(["check", "seeds"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert commands(out) == SEED_COMMANDS
    assert out[-1].startswith("consistency: 5 articles checked")
    assert summary.read_text(encoding="utf-8") == "## Earlier step\n\n" + SEED_SUMMARY


def test_no_annotations_off_github(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("seeds/")
    result.assert_outcomes(passed=3, failed=2)
    assert commands(result.stdout.lines) == []


TOWNS = ["Leeds", "York", "Hull", "Bath", "Derby", "Luton", "Bolton", "Wigan", "Poole", "Truro",
         "Ely", "Ripon"]  # fmt: skip
AGENDA = "Council sets its spring meetings\n\n" + "".join(
    f"The council will meet on Tuesday, {day}, 2021, the clerk said.\n"
    for day in ["March 1", "March 8", "March 15", "March 22", "March 29", "April 5", "April 12",
                "April 19", "April 26", "May 3", "May 10", "May 17"]  # all Mondays
)  # fmt: skip
RALLIES = "Rallies across England\n\n" + "".join(
    f"The rally in {town} drew {5000 + 100 * n:,} people, police said.\n"
    for n, town in enumerate(TOWNS)
)
TURNOUT = """\
story:
  id: spring
  articles: ["news/*.txt"]
facts:
  - id: rally-turnout
    quantity: about 2,000
    counts: people
    cues: [rally]
    severity: warning
"""


@pytest.mark.parametrize("runner", ["pytest", "cli"])
def test_more_than_ten_are_capped_and_all_are_in_the_summary(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    runner: str,
) -> None:
    (pytester.path / "news").mkdir()
    (pytester.path / "news" / "agenda.txt").write_text(AGENDA, encoding="utf-8")
    (pytester.path / "news" / "rallies.txt").write_text(RALLIES, encoding="utf-8")
    (pytester.path / "turnout.yaml").write_text(TURNOUT, encoding="utf-8")
    pytester.makeini("[pytest]\nconsistency_rules = turnout.yaml\n")
    summary = on_github(monkeypatch, tmp_path)
    if runner == "pytest":
        lines = pytester.runpytest("news/").stdout.lines
    else:
        monkeypatch.chdir(pytester.path)
        assert main(["check", "news"]) == 1
        lines = capsys.readouterr().out.splitlines()
    shown = commands(lines)
    assert [c.split(" ", 1)[0] for c in shown] == ["::error"] * 10 + ["::warning"] * 10
    assert shown[0] == (
        "::error file=news/agenda.txt,line=3,col=26,endLine=3,endColumn=48,"
        'title=consistency%3A calendar::the article says "Tuesday, March 1, 2021"; on the '
        "calendar that day is a Monday (Monday, March 1, 2021)"
    )
    assert shown[10] == (
        "::warning file=news/rallies.txt,line=3,col=25,endLine=3,endColumn=37,"
        'title=consistency%3A fact/rally-turnout::the article says "5,000 people"; the fact '
        "sheet says about 2,000 people (turnout.yaml:5)"
    )
    table = summary.read_text(encoding="utf-8").split("\n")
    assert table[2] == "### consistency: 2 articles checked, 12 errors, 12 warnings"
    rows = [row for row in table if row.startswith(("| error ", "| warning "))]
    assert len(rows) == 24
    marks = [row.rsplit(" | ", 1)[1] for row in rows]
    assert marks == ["shown |"] * 10 + ["not shown |"] * 2 + ["shown |"] * 10 + ["not shown |"] * 2
    assert rows[11] == (
        '| error | news/agenda.txt:14:26 | calendar | the article says "Tuesday, May 17, 2021"; '
        "on the calendar that day is a Monday (Monday, May 17, 2021) | not shown |"
    )
    assert rows[23].startswith("| warning | news/rallies.txt:14:")
    assert (
        "2 errors and 2 warnings not shown as annotations (GitHub shows 10 of each per step); "
        "all are listed above."
    ) in table


def test_a_fact_sheet_error_is_annotated_on_its_line(
    newsroom: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    on_github(monkeypatch, tmp_path)
    (newsroom.path / "rules" / "bad.yaml").write_text(
        "facts:\n  - id: toll\n    quantity: about 14,000\n    severity: fatal\n", encoding="utf-8"
    )
    result = newsroom.runpytest("seeds/")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert commands(result.stdout.lines) == [
        "::error file=rules/bad.yaml,line=4,endLine=4,title=consistency%3A fact sheet error::"
        "rules/bad.yaml:4: facts[0].severity: 'fatal' is not a severity (allowed: error, warning)"
    ]


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        pytest.param("plain words", "plain words", "plain words", id="plain"),
        pytest.param("turnout rose 5%", "turnout rose 5%25", "turnout rose 5%25", id="percent"),
        pytest.param("one\ntwo\r\n", "one%0Atwo%0D%0A", "one%0Atwo%0D%0A", id="newlines"),
        pytest.param(
            "news/Kyiv, Kharkiv: day 2.txt",
            "news/Kyiv, Kharkiv: day 2.txt",
            "news/Kyiv%2C Kharkiv%3A day 2.txt",
            id="comma-and-colon-only-in-properties",
        ),
    ],
)
def test_workflow_command_escaping(text: str, data: str, prop: str) -> None:
    assert (escape_data(text), escape_property(text)) == (data, prop)


def test_a_span_over_two_lines_is_annotated_without_columns() -> None:
    where = Location("news/a.txt", 100, 117, 5, 30, "14,000\ncivilians")
    finding = Finding("fact", Severity.WARNING, where, 'the article says "14,000 civilians"',
                      fact="toll", declared_at="rules/a.yaml:3")  # fmt: skip
    assert end_of(where) == (6, 10)
    assert annotation(finding).command() == (
        "::warning file=news/a.txt,line=5,endLine=6,title=consistency%3A fact/toll::"
        'the article says "14,000 civilians" (rules/a.yaml:3)'
    )


def test_the_readme_shows_a_real_annotation_and_a_workflow_that_parses() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## CI: SARIF and GitHub Actions", 1)[1].split("\n## ", 1)[0]
    assert SEED_COMMANDS[1] in section.split("\n")
    workflow = yaml.safe_load(section.split("```yaml\n", 1)[1].split("```", 1)[0])
    steps = workflow["jobs"]["check"]["steps"]
    assert steps[3]["run"].startswith("pytest seeds/ --consistency-sarif=consistency.sarif")
    assert steps[4]["with"]["sarif_file"] == "consistency.sarif"


def test_brackets_quoted_from_an_article_are_not_taken_for_links() -> None:
    where = Location("news/a.txt", 40, 52, 3, 12, "1,400 people", "He said 1,400 [sic] people.")
    other = Location("news/b.txt", 8, 20, 3, 9, "1,200 people")
    finding = Finding("source", Severity.ERROR, where, 'the article says "1,400 [sic] people"',
                      other=other)  # fmt: skip
    log = sarif_report([finding])
    check_essentials(log)
    assert results(log)[0]["message"]["text"] == (
        'the article says "1,400 \\[sic\\] people" (see [news/b.txt:3](1))'
    )
