"""The `consistency` command as a user runs it: its output, the JSON of INTERFACE.md, exit statuses.

Most tests call `consistency.cli.main(argv)` in-process (fast); one runs the installed script.
Each runs in a temporary folder holding copies of `seeds/` and `rules/`, because the fact sheet's
`articles: [seeds/*.txt]` globs are relative to the working directory.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pytest

from consistency.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted(p.name for p in (REPO / "seeds").glob("*.txt"))
PSAKI = "seeds/001_7a628b8513b4a8f9.txt"
CIVILIANS = "seeds/002_36496306b8a4a1a3.txt"
SHEET = "rules/biden-putin-call.yaml"
SUMMARY = "consistency: 5 articles checked: 3 passed, 2 failed, 0 unreadable; 2 errors, 0 warnings"

Json = dict[str, Any]


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working directory of a newsroom: copies of the seed articles and of the fact sheet."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of `consistency ARGV...`."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of `offset`, computed without the package."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def read(path: str) -> str:
    return Path(path).read_text(encoding="utf-8")


def only(claims: list[Json], type_: str, text: str) -> Json:
    """The one claim of that type and text."""
    found = [c for c in claims if c["type"] == type_ and c["text"] == text]
    assert len(found) == 1, f"{type_} {text!r}: {found}"
    return found[0]


def declared_at(fact_id: str) -> str:
    """`rules/biden-putin-call.yaml:N`, N the line of the fact's `- id:`."""
    lines = read(SHEET).splitlines()
    return f"{SHEET}:{lines.index(f'  - id: {fact_id}') + 1}"


def finding_line(path: str, span: str, fact_id: str, message: str) -> str:
    """The first line of a finding as `consistency check` prints it."""
    line, column = line_col(read(path), read(path).index(span))
    return f"FAIL {path}:{line}:{column}: {fact_id}: {message} ({declared_at(fact_id)})"


# --- consistency extract -------------------------------------------------------------------------


def test_extract_json_finds_the_claims_of_seed_001(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "extract", "--json", "--rules", "rules", PSAKI)
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert [a["path"] for a in data["articles"]] == [PSAKI]
    claims = data["articles"][0]["claims"]
    text = read(PSAKI)

    troops = only(claims, "quantity", "more than 80,000 troops")
    assert troops["start"] == text.index("more than 80,000 troops")
    assert {k: troops[k] for k in ("value", "low", "high", "qualifier", "unit", "noun")} == {
        "value": 80000,
        "low": 80000,
        "high": None,
        "qualifier": "more-than",
        "unit": None,
        "noun": "troops",
    }
    # The fact sheet's story date (2021-04-13) gives "Tuesday, April 13" its year.
    call = only(claims, "date", "Tuesday, April 13")
    assert (call["value"], call["weekday"]) == ("2021-04-13", "Tuesday")
    psaki = only(claims, "entity", "Jen Psaki")
    assert (psaki["value"], psaki["role"]) == ("Jen Psaki", "State Department spokeswoman")


def test_extract_without_a_story_date_leaves_the_year_open(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "extract", "--json", PSAKI)
    assert status == 0
    call = only(json.loads(out)["articles"][0]["claims"], "date", "Tuesday, April 13")
    assert (call["value"], call["weekday"]) == (None, "Tuesday")


def test_extract_spans_point_into_the_file(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [f"seeds/{name}" for name in SEEDS]
    status, out, _ = run(capsys, "extract", "--json", "--rules", "rules", *paths)
    assert status == 0
    articles = json.loads(out)["articles"]
    assert [a["path"] for a in articles] == paths
    for article in articles:
        text = read(article["path"])
        assert article["claims"], article["path"]
        for claim in article["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"], claim
            assert (claim["line"], claim["column"]) == line_col(text, claim["start"]), claim


def test_extract_prints_one_line_per_claim(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = (PSAKI, CIVILIANS)
    _, out, _ = run(capsys, "extract", "--json", "--rules", "rules", *files)
    claims = {a["path"]: a["claims"] for a in json.loads(out)["articles"]}

    status, out, err = run(capsys, "extract", "--rules", "rules", *files)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == sum(1 + len(c) for c in claims.values())
    second = 1 + len(claims[PSAKI])
    assert lines[0] == f"{PSAKI}: {len(claims[PSAKI])} claims"
    assert lines[second] == f"{CIVILIANS}: {len(claims[CIVILIANS])} claims"
    body = lines[1:second]
    assert all(line.startswith("  ") for line in body)
    troops = only(claims[PSAKI], "quantity", "more than 80,000 troops")
    [line] = [ln for ln in body if "'more than 80,000 troops'" in ln]
    assert line.startswith(
        f"  {troops['line']}:{troops['column']} quantity 'more than 80,000 troops' "
    )
    assert "'qualifier': 'more-than'" in line
    assert "'noun': 'troops'" in line


def test_extract_names_an_unreadable_file_and_reports_the_others(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / "latin1.txt").write_bytes("Headline\ncafé au lait\n".encode("latin-1"))
    good = "seeds/004_a7a1196b4f45b494.txt"
    status, out, err = run(capsys, "extract", "--json", "latin1.txt", good)
    assert status == 2
    assert err == (
        "consistency: error: latin1.txt: not UTF-8 text: byte 0xe9 at line 2, column 4 "
        "can't be decoded (save the article as UTF-8)\n"
    )
    articles = json.loads(out)["articles"]
    assert [a["path"] for a in articles] == [good]
    assert articles[0]["claims"]


def test_extract_names_a_missing_file(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "extract", "--json", "nope.txt", PSAKI)
    assert status == 2
    assert err == "consistency: error: nope.txt: cannot read the file: No such file or directory\n"
    assert [a["path"] for a in json.loads(out)["articles"]] == [PSAKI]


# --- consistency check ---------------------------------------------------------------------------


@pytest.mark.parametrize("rules_from", ["pyproject.toml", "--rules"])
def test_check_reports_the_two_real_errors_of_the_seeds(
    newsroom: Path, capsys: pytest.CaptureFixture[str], rules_from: str
) -> None:
    if rules_from == "pyproject.toml":
        (newsroom / "pyproject.toml").write_text(
            '[tool.pytest.ini_options]\nconsistency_rules = ["rules"]\n', encoding="utf-8"
        )
        argv: tuple[str, ...] = ("check", "--json", "out.json", "seeds/")
    else:
        argv = ("check", "--rules", "rules", "--json", "out.json", "seeds/")
    status, out, err = run(capsys, *argv)
    assert (status, err) == (1, "")

    lines = out.splitlines()
    assert [ln for ln in lines if ln.startswith("FAIL ")] == [
        finding_line(
            PSAKI,
            "State Department spokeswoman Jen Psaki",
            "jen-psaki",
            'the article says "State Department spokeswoman Jen Psaki"; '
            "the fact sheet says Jen Psaki is White House press secretary",
        ),
        finding_line(
            CIVILIANS,
            "14,000 civilians",
            "donbas-death-toll",
            'the article says "14,000 civilians"; '
            "the fact sheet says about 14,000 people, not civilians",
        ),
    ]
    assert lines[-1] == SUMMARY

    report = json.loads((newsroom / "out.json").read_text(encoding="utf-8"))
    assert report["schema_version"] == 1
    assert {a["path"]: (a["outcome"], a["findings"]) for a in report["articles"]} == {
        f"seeds/{name}": (("failed", 1) if name[:3] in ("001", "002") else ("passed", 0))
        for name in SEEDS
    }
    findings = report["findings"]
    assert [(f["article"], f["fact"], f["found"]) for f in findings] == [
        (PSAKI, "jen-psaki", "State Department spokeswoman"),
        (CIVILIANS, "donbas-death-toll", "14,000 civilians"),
    ]
    for f in findings:
        assert (f["kind"], f["severity"], f["other"]) == ("fact", "error", None)
        text = read(f["article"])
        assert text[f["start"] : f["end"]] == f["text"]
        assert (f["line"], f["column"]) == line_col(text, f["start"])


def test_check_passes_a_clean_folder_without_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "Council approves budget\n\nThe council approved the budget on Monday.\n", encoding="utf-8"
    )
    status, out, err = run(capsys, "check", "news")
    assert (status, err) == (0, "")
    assert out == (
        "consistency: 1 article checked: 1 passed, 0 failed, 0 unreadable; 0 errors, 0 warnings\n"
    )


def test_check_names_the_file_line_and_key_of_a_bad_fact_sheet(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / "rules" / "x.yaml").write_text(
        "story:\n  id: x\nfacts:\n  - id: budget\n    quantity: 5\n    colour: red\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "check", "--rules", "rules/x.yaml", "seeds/")
    assert (status, out) == (2, "")
    assert err == (
        "consistency: error: rules/x.yaml:6: facts[0].colour: not a key of a quantity fact "
        "(allowed: also, counts, cues, id, not, note, quantity, severity, tolerance, unit)\n"
    )


def test_check_names_a_missing_path(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", "--rules", "rules", "nowhere")
    assert (status, out) == (2, "")
    assert err == "consistency: error: nowhere: no such file or directory\n"


def test_check_names_a_report_file_it_cannot_write(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "check", "--rules", "rules", "--json", "no/dir/out.json", "seeds/")
    assert status == 2
    assert err == (
        "consistency: error: no/dir/out.json: cannot write the report: No such file or directory\n"
    )


# --- usage and schema ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        pytest.param([], "the following arguments are required: COMMAND", id="no-command"),
        pytest.param(["frobnicate"], "invalid choice: 'frobnicate'", id="unknown-command"),
        pytest.param(["check", "--bogus", "seeds"], "unrecognized arguments: --bogus", id="option"),
        pytest.param(["extract"], "the following arguments are required: FILE", id="no-file"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], complaint: str
) -> None:
    with pytest.raises(SystemExit) as exc_info:
        main(argv)
    assert exc_info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("usage: consistency")
    assert complaint in err


def test_schema_prints_the_json_schema_of_fact_sheets(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "schema")
    assert (status, err) == (0, "")
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["properties"]) == {"story", "facts"}
    kinds = schema["properties"]["facts"]["items"]["oneOf"]
    assert [k["title"] for k in kinds] == [
        f"{kind} fact" for kind in ("quantity", "date", "person", "place", "organisation")
    ]
    for kind in kinds:
        assert kind["required"] == ["id", kind["title"].removesuffix(" fact")]


# --- the installed console script ----------------------------------------------------------------


def test_console_script_runs_check(newsroom: Path) -> None:
    [script] = entry_points(group="console_scripts", name="consistency")
    assert script.value == "consistency.cli:main"
    # The script pip installed beside this interpreter; `-m` where it lives elsewhere (Windows).
    installed = Path(sys.executable).with_name("consistency")
    command = [str(installed)] if installed.is_file() else [sys.executable, "-m", "consistency.cli"]
    done = subprocess.run(
        [*command, "check", "--rules", "rules", "seeds/"],
        cwd=newsroom,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert (done.returncode, done.stderr) == (1, "")
    assert done.stdout.splitlines()[-1] == SUMMARY
    assert f"FAIL {PSAKI}:" in done.stdout
    assert f"FAIL {CIVILIANS}:" in done.stdout


def test_check_from_a_subfolder_roots_globs_at_the_project(
    newsroom: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # pytest finds its rootdir above the checked paths; so does `consistency check`, or the
    # fact sheet's `seeds/*.txt` would match nothing and every article would pass.
    (newsroom / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nconsistency_rules = ["rules"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(newsroom / "seeds")
    status, out, _ = run(capsys, "check", ".")
    assert status == 1
    assert out.splitlines()[-1] == (
        "consistency: 5 articles checked: 3 passed, 2 failed, 0 unreadable; 2 errors, 0 warnings"
    )


def test_check_with_rules_naming_no_fact_sheet_is_a_usage_error(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (newsroom / "empty").mkdir()
    status, _, err = run(capsys, "check", "--rules", "empty", "seeds")
    assert status == 2
    assert err == "consistency: error: empty: no fact sheet here (allowed: *.yaml, *.yml files)\n"


def test_check_reads_the_rules_from_pytest_ini_as_pytest_does(
    newsroom: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # pytest.ini comes first in pytest's search, even above a pyproject.toml further up.
    (newsroom / "pytest.ini").write_text("[pytest]\nconsistency_rules = rules\n", encoding="utf-8")
    monkeypatch.chdir(newsroom / "seeds")
    status, out, _ = run(capsys, "check", ".")
    assert status == 1
    assert out.splitlines()[-1].endswith("3 passed, 2 failed, 0 unreadable; 2 errors, 0 warnings")
