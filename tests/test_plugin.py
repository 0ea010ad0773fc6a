"""The plugin as a newsroom runs it: inner pytest runs over the seed articles and bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from consistency.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
PSAKI = "seeds/001_7a628b8513b4a8f9.txt"
CIVILIANS = "seeds/002_36496306b8a4a1a3.txt"


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project like ours: the seeds, the fact sheet, and the ini that names it."""
    shutil.copytree(REPO / "seeds", pytester.path / "seeds")
    shutil.copytree(REPO / "rules", pytester.path / "rules")
    pytester.makeini("[pytest]\nconsistency_rules = rules\n")
    return pytester


def report(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def summary(data: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    return sorted((f["article"], f["fact"], f["found"]) for f in data["findings"])


def test_seeds_fail_for_the_two_real_errors(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("seeds/", "--consistency-json=out.json", "-rA")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(
        [
            f'{PSAKI}:*: jen-psaki: the article says "State Department spokeswoman Jen Psaki"; '
            "the fact sheet says Jen Psaki is White House press secretary "
            "(rules/biden-putin-call.yaml:*)",
            "*US State Department spokeswoman Jen Psaki claimed*",
            "*^^^^^^^^*",
            f'{CIVILIANS}:*: donbas-death-toll: the article says "14,000 civilians"; the fact '
            "sheet says about 14,000 people, not civilians (rules/biden-putin-call.yaml:*)",
            '*seeds/000_b86d9a29ff56b71d.txt:*:* says "some 14,000 lives" (agrees with the fact sheet)',
        ]
    )
    data = report(newsroom.path / "out.json")
    assert data["schema_version"] == 1
    outcomes = {a["path"]: a["outcome"] for a in data["articles"]}
    assert outcomes == {
        str(p.relative_to(REPO)): ("failed" if p.name[:3] in ("001", "002") else "passed")
        for p in SEEDS
    }
    assert summary(data) == [
        (PSAKI, "jen-psaki", "State Department spokeswoman"),
        (CIVILIANS, "donbas-death-toll", "14,000 civilians"),
    ]


def test_finding_offsets_point_into_the_file(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest("seeds/", "--consistency-json=out.json")
    for f in report(newsroom.path / "out.json")["findings"]:
        text = (newsroom.path / f["article"]).read_text(encoding="utf-8")
        assert text[f["start"] : f["end"]] == f["text"]
        lines = text.split("\n")
        assert lines[f["line"] - 1][f["column"] - 1 :].startswith(f["text"][:20])


def test_xdist_gives_the_same_findings(newsroom: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    newsroom.runpytest("seeds/", "--consistency-json=one.json")
    result = newsroom.runpytest("seeds/", "-p", "xdist", "-n", "2", "--consistency-json=two.json")
    result.assert_outcomes(passed=3, failed=2)
    one, two = report(newsroom.path / "one.json"), report(newsroom.path / "two.json")
    assert summary(one) == summary(two)
    assert sorted(one["findings"], key=lambda f: f["start"]) == sorted(
        two["findings"], key=lambda f: f["start"]
    )


def test_k_selecting_one_article_still_reads_the_others(newsroom: pytest.Pytester) -> None:
    result = newsroom.runpytest("seeds/", "-k", "002", "--consistency-json=out.json")
    result.assert_outcomes(failed=1)
    (finding,) = report(newsroom.path / "out.json")["findings"]
    assert [s["article"] for s in finding["sources"]] == ["seeds/000_b86d9a29ff56b71d.txt"]


def test_plain_pytest_collects_no_articles(newsroom: pytest.Pytester) -> None:
    newsroom.makepyfile(test_x="def test_x():\n    pass\n")
    newsroom.makeini("[pytest]\nconsistency_rules = rules\ntestpaths = test_x.py\n")
    result = newsroom.runpytest()
    result.assert_outcomes(passed=1)


def test_fact_sheet_globs_collect_their_articles(newsroom: pytest.Pytester) -> None:
    newsroom.makepyfile(test_x="def test_x():\n    pass\n")
    result = newsroom.runpytest(".")
    result.assert_outcomes(passed=4, failed=2)


def test_unreadable_articles_are_errors_and_the_rest_is_checked(
    newsroom: pytest.Pytester,
) -> None:
    seeds = newsroom.path / "seeds"
    (seeds / "900_latin1.txt").write_bytes("Caf\xe9 owners said 40 people came\n".encode("latin-1"))
    (seeds / "901_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (seeds / "902_empty.txt").write_text("\n  \n", encoding="utf-8")
    (seeds / "903_bad_front_matter.txt").write_text(
        "---\npublished: [2021\n---\nHeadline\n", encoding="utf-8"
    )
    # A date PyYAML itself can't build used to bring down the whole story with a bare ValueError.
    (seeds / "904_impossible_day.md").write_text(
        "---\npublished: 2021-02-30\n---\nHeadline\n", encoding="utf-8"
    )
    (seeds / "905_bad_tag.md").write_text(
        '---\ncount: !!int "abc"\n---\nHeadline\n', encoding="utf-8"
    )
    result = newsroom.runpytest("seeds/", "--consistency-json=out.json")
    result.assert_outcomes(passed=3, failed=2, errors=6)
    result.stdout.fnmatch_lines_random(
        [
            "*seeds/900_latin1.txt: not UTF-8 text: byte 0xe9 at line 1, column 4 can't be "
            "decoded (save the article as UTF-8)",
            "*seeds/901_binary.txt: binary file, not an article (it contains NUL bytes)",
            "*seeds/902_empty.txt: empty article: there is no text after the front matter",
            "*seeds/903_bad_front_matter.txt:2: front matter is not valid YAML*",
            "*seeds/904_impossible_day.md:2: published: '2021-02-30' is not an ISO date (write "
            "it as 2021-04-13)",
            "*seeds/905_bad_tag.md:2: front matter: a value can't be read: invalid literal for "
            "int() with base 10: 'abc'",
        ]
    )
    data = report(newsroom.path / "out.json")
    outcomes = {a["path"]: a["outcome"] for a in data["articles"]}
    assert outcomes["seeds/900_latin1.txt"] == "error"
    assert outcomes["seeds/001_7a628b8513b4a8f9.txt"] == "failed"
    assert len(data["findings"]) == 2
    assert (seeds / "900_latin1.txt").read_bytes().startswith(b"Caf\xe9")


def test_bad_fact_sheet_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "rules" / "bad.yaml").write_text(
        "facts:\n  - id: toll\n    quantity: about 14,000\n    severity: fatal\n", encoding="utf-8"
    )
    result = newsroom.runpytest("seeds/")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert (
        "ERROR: rules/bad.yaml:4: facts[0].severity: 'fatal' is not a severity "
        "(allowed: error, warning)"
    ) in result.stderr.lines


def test_a_run_stopped_by_a_bad_fact_sheet_still_writes_its_reports(
    newsroom: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom.path / "rules" / "bad.yaml").write_text(
        "facts:\n  - id: toll\n    quantity: about 14,000\n    severity: fatal\n", encoding="utf-8"
    )
    problem = (
        "rules/bad.yaml:4: facts[0].severity: 'fatal' is not a severity (allowed: error, warning)"
    )
    pytest_run = newsroom.runpytest(
        "seeds/", "--consistency-json=p.json", "--consistency-sarif=p.sarif"
    )
    assert pytest_run.ret == pytest.ExitCode.USAGE_ERROR
    monkeypatch.chdir(newsroom.path)
    assert main(["check", "seeds/", "--json", "c.json", "--sarif", "c.sarif"]) == 2
    capsys.readouterr()
    for stem in ("p", "c"):
        assert report(newsroom.path / f"{stem}.json") == {
            "schema_version": 1, "articles": [], "findings": [], "error": problem,
        }  # fmt: skip
        (run,) = report(newsroom.path / f"{stem}.sarif")["runs"]
        assert run["results"] == []
        (invocation,) = run["invocations"]
        assert invocation["executionSuccessful"] is False
        (note,) = invocation["toolConfigurationNotifications"]
        assert note["message"]["text"] == problem
        assert note["locations"][0]["physicalLocation"] == {
            "artifactLocation": {"uri": "rules/bad.yaml", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 4},
        }


def test_rules_option_overrides_the_ini(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "other.yaml").write_text(
        "story:\n  articles: [seeds/*.txt]\nfacts:\n"
        "  - id: toll\n    quantity: about 20,000\n    counts: people\n    also: [lives]\n"
        "    cues: [war, killed]\n",
        encoding="utf-8",
    )
    result = newsroom.runpytest("seeds/", "--consistency-rules=other.yaml")
    # Without the main sheet's Psaki fact, the sources settle nothing: 001 and 003 disagree on
    # who the State Department spokesperson is, and that lands on 003.
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(
        ['*000_b86d9a29ff56b71d.txt:*: toll: the article says "some 14,000 lives"; the fact '
         "sheet says about 20,000 people (other.yaml:4)",
         '*003_370413d1aa06dcb7.txt:18:194: source: the article says "State Department '
         'spokesman Ned Price"; *001_7a628b8513b4a8f9.txt:4 says "State Department spokeswoman '
         'Jen Psaki"'],
        consecutive=False,
    )  # fmt: skip


def test_warning_severity_passes_with_a_pytest_warning(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "rules" / "biden-putin-call.yaml").write_text(
        (REPO / "rules" / "biden-putin-call.yaml")
        .read_text(encoding="utf-8")
        .replace("    not: [civilians]", "    not: [civilians]\n    severity: warning"),
        encoding="utf-8",
    )
    result = newsroom.runpytest("seeds/")
    result.assert_outcomes(passed=4, failed=1, warnings=1)
    result.stdout.fnmatch_lines(
        [f"  {CIVILIANS}:9: ConsistencyWarning: {CIVILIANS}:9:221: donbas-death-toll*"]
    )


def test_junit_xml_carries_the_findings(newsroom: pytest.Pytester) -> None:
    newsroom.runpytest("seeds/", "--junitxml=junit.xml")
    xml = (newsroom.path / "junit.xml").read_text(encoding="utf-8")
    assert 'failures="2"' in xml
    assert "jen-psaki: the article says" in xml


@pytest.mark.parametrize("args", [[], ["-p", "xdist", "-n", "2"]], ids=["serial", "xdist"])
def test_html_report_rows_carry_the_findings(newsroom: pytest.Pytester, args: list[str]) -> None:
    pytest.importorskip("pytest_html")
    if args:
        pytest.importorskip("xdist")
    newsroom.runpytest("seeds/", "--html=report.html", "--self-contained-html", *args)
    html = (newsroom.path / "report.html").read_text(encoding="utf-8")
    assert "State Department spokeswoman Jen Psaki" in html
    assert (
        "&lt;mark&gt;14,000 civilians&lt;/mark&gt;" in html
        or "<mark>14,000 civilians</mark>" in html
    )
    assert "rules/biden-putin-call.yaml" in html
    # Both sides: the other article's agreeing statement is quoted beside the finding.
    assert "some 14,000 lives" in html
    assert html.count("cst-finding error") == 2


COUNTING_CONFTEST = """
import consistency.engine

_extract = consistency.engine.extract_claims


def pytest_configure(config):
    def counted(article, *args, **kwargs):
        with open("extractions.log", "a", encoding="utf-8") as log:
            log.write(article.path + "\\n")
        return _extract(article, *args, **kwargs)

    consistency.engine.extract_claims = counted
"""


@pytest.mark.parametrize("args", [[], ["-p", "xdist", "-n", "2"]], ids=["serial", "xdist"])
def test_each_article_is_extracted_once_per_run(newsroom: pytest.Pytester, args: list[str]) -> None:
    if args:
        pytest.importorskip("xdist")
    newsroom.makeconftest(COUNTING_CONFTEST)
    result = newsroom.runpytest_subprocess("seeds/", *args)
    result.assert_outcomes(passed=3, failed=2)
    log = (newsroom.path / "extractions.log").read_text(encoding="utf-8").split()
    assert sorted(log) == sorted(str(p.relative_to(REPO)) for p in SEEDS)


def test_warnings_as_errors_fail_with_every_finding_shown(newsroom: pytest.Pytester) -> None:
    (newsroom.path / "rules" / "biden-putin-call.yaml").write_text(
        (REPO / "rules" / "biden-putin-call.yaml")
        .read_text(encoding="utf-8")
        .replace("    not: [civilians]", "    not: [civilians]\n    severity: warning"),
        encoding="utf-8",
    )
    result = newsroom.runpytest("seeds/", "-W", "error::consistency.model.ConsistencyWarning")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines([f"{CIVILIANS}:*: donbas-death-toll: the article says*"])
    assert "Traceback" not in result.stdout.str()


@pytest.mark.parametrize(
    "args",
    [[], ["-p", "xdist", "-n", "2"], ["-k", "003"]],
    ids=["serial", "xdist", "k-one-article"],
)
def test_source_findings_without_a_sheet_are_the_same_however_the_run_is_split(
    newsroom: pytest.Pytester, args: list[str]
) -> None:
    if "xdist" in args:
        pytest.importorskip("xdist")
    shutil.rmtree(newsroom.path / "rules")
    newsroom.makeini("[pytest]\n")
    newsroom.runpytest("seeds/", *args, "--consistency-json=out.json")
    found = sorted(
        (f["kind"], f["severity"], f["article"], f["text"], f["other"]["article"])
        for f in report(newsroom.path / "out.json")["findings"]
    )
    expected = [
        ("source", "error", "seeds/003_370413d1aa06dcb7.txt",
         "State Department spokesman Ned Price", "seeds/001_7a628b8513b4a8f9.txt"),
        ("source", "warning", CIVILIANS, "14,000 civilians", "seeds/000_b86d9a29ff56b71d.txt"),
    ]  # fmt: skip
    # -k 003 reports only 003's findings, but read every article of its story to find them.
    assert found == (expected[:1] if "-k" in args else expected)
