"""Suppressions and the baseline as a newsroom uses them (issue 5): inline comments in Markdown and
HTML articles, sidecar files beside `.txt` articles, and a baseline file of accepted findings, each
honoured by `pytest` (inner runs with pytester) and by `consistency check` alike.

The articles are copies of the seeds: seed 002 says the war "has killed 14,000 civilians", which
the fact sheet's `donbas-death-toll` (about 14,000 people, not civilians) contradicts.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from consistency.cli import main
from consistency.fingerprint import fingerprint
from consistency.render.jsonreport import finding_from_dict

REPO = Path(__file__).resolve().parents[1]
TOLL = "seeds/002_36496306b8a4a1a3"
PSAKI = "seeds/001_7a628b8513b4a8f9.txt"
# The first words of seed 002's paragraph (line 9) that says "killed 14,000 civilians".
TOLL_PARAGRAPH = "Russia annexed Crimea from Ukraine in 2014"
TOLL_FINDING = (
    'donbas-death-toll: the article says "14,000 civilians"; the fact sheet says about 14,000 '
    "people, not civilians"
)
PSAKI_FINDING = (
    'jen-psaki: the article says "State Department spokeswoman Jen Psaki"; the fact sheet says '
    "Jen Psaki is White House press secretary"
)
REASON = "Kiev's own count, attributed to it; the UN's 14,000 counts everyone killed"

Json = dict[str, Any]


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A newsroom's repository (the working directory): the seeds, the fact sheet, the ini."""
    shutil.copytree(REPO / "seeds", pytester.path / "seeds")
    shutil.copytree(REPO / "rules", pytester.path / "rules")
    pytester.makeini("[pytest]\nconsistency_rules = rules\n")
    return pytester


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of `consistency ARGV...`."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def as_markdown(root: Path, edit: str, suffix: str = ".md") -> Path:
    """Seed 002 as a Markdown article (its paragraphs already are), with `edit` (`<!-- -->` or
    markup) inserted before the toll paragraph; front matter names the story, as the sheet's
    globs name only `seeds/*.txt`."""
    text = (root / f"{TOLL}.txt").read_text(encoding="utf-8")
    assert text.count(TOLL_PARAGRAPH) == 1
    text = text.replace(TOLL_PARAGRAPH, edit + TOLL_PARAGRAPH)
    (root / f"{TOLL}.txt").unlink()
    target = root / f"{TOLL}{suffix}"
    target.write_text("---\nstory: biden-putin-call\n---\n" + text, encoding="utf-8")
    return target


def report(path: Path) -> Json:
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


# --- inline comments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            f"<!-- consistency: ignore donbas-death-toll {REASON} -->\n", id="line-before"
        ),
        pytest.param(f"<!-- consistency: ignore * {REASON} -->\n", id="any-finding"),
        pytest.param(
            f"<!--\n  consistency: ignore donbas-death-toll\n  {REASON}\n-->\n", id="multiline"
        ),
    ],
)
def test_a_comment_on_the_line_before_the_paragraph_suppresses_its_finding(
    newsroom: pytest.Pytester, edit: str
) -> None:
    as_markdown(newsroom.path, edit)
    result = newsroom.runpytest("seeds/", "--consistency-json=out.json")
    result.assert_outcomes(passed=4, failed=1)
    line = 13 if edit.count("\n") == 1 else 16
    result.stdout.fnmatch_lines(
        [
            "*= consistency: 1 finding set aside (1 suppressed) =*",
            f"SUPPRESSED {TOLL}.md:{line}:221: {TOLL_FINDING}",
            f"    suppressed at {TOLL}.md:12: {REASON}",
        ]
    )
    data = report(newsroom.path / "out.json")
    assert [(f["article"], f["fact"]) for f in data["findings"]] == [(PSAKI, "jen-psaki")]
    [aside] = data["suppressed"]
    assert (aside["article"], aside["line"], aside["text"]) == (
        f"{TOLL}.md",
        line,
        "14,000 civilians",
    )
    assert aside["suppression"] == {
        "how": "inline",
        "at": f"{TOLL}.md:12",
        "reason": REASON,
        "by": None,
        "expires": None,
    }
    outcome = {a["path"]: (a["outcome"], a["findings"]) for a in data["articles"]}
    assert outcome[f"{TOLL}.md"] == ("passed", 0)


def test_a_comment_in_the_paragraph_suppresses_its_finding_and_its_words_are_not_read(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    # At the end of the paragraph's line, with figures of its own that must not become claims.
    path = as_markdown(newsroom.path, "")
    text = path.read_text(encoding="utf-8")
    comment = (
        " <!-- consistency: ignore donbas-death-toll Kiev says the war killed 13,000 civilians -->"
    )
    end = text.index("\n", text.index(TOLL_PARAGRAPH))
    path.write_text(text[:end] + comment + text[end:], encoding="utf-8")
    status, out, _ = run(capsys, "check", "seeds/")
    assert status == 1
    assert f"SUPPRESSED {TOLL}.md:12:221: {TOLL_FINDING}\n" in out
    assert f"    suppressed at {TOLL}.md:12: Kiev says the war killed 13,000 civilians\n" in out
    assert out.endswith(
        "consistency: 5 articles checked: 4 passed, 1 failed, 0 unreadable; 1 error, 0 warnings;"
        " 1 finding set aside (1 suppressed)\n"
    )


def test_a_comment_covers_only_its_own_paragraph(newsroom: pytest.Pytester) -> None:
    # Separated from the toll paragraph by a blank line: it suppresses nothing and says so.
    as_markdown(newsroom.path, f"<!-- consistency: ignore donbas-death-toll {REASON} -->\n\n")
    result = newsroom.runpytest("seeds/", "-W", "default::consistency.model.ConsistencyWarning")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(
        [
            f"{TOLL}.md:14:221: {TOLL_FINDING} (rules/biden-putin-call.yaml:*)",
            "*warnings summary*",
            f"  {TOLL}.md:12: ConsistencyWarning: {TOLL}.md:12:1: suppression: the suppression of "
            "donbas-death-toll is on no paragraph (put it in the paragraph, or on the line "
            "directly before it)",
        ]
    )
    assert "set aside" not in result.stdout.str()


def test_a_comment_naming_another_fact_suppresses_nothing_and_is_a_warning(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    comment = "<!-- consistency: ignore russian-troops-massed Kiev's count -->"
    as_markdown(newsroom.path, comment + "\n")
    status, out, _ = run(capsys, "check", "seeds/")
    assert status == 1
    assert f"FAIL {TOLL}.md:13:221: {TOLL_FINDING} (rules/biden-putin-call.yaml:15)\n" in out
    assert (
        f"WARN {TOLL}.md:12:1: suppression: the suppression of russian-troops-massed matches no "
        "finding in its paragraph (remove it, or check the fact id)\n"
        f"    {comment}\n"
        f"    {'^' * len(comment)}\n"
    ) in out


@pytest.mark.parametrize(
    ("comment", "warning"),
    [
        pytest.param(
            "<!-- consistency: ignore donbas-death-toll -->",
            "the suppression of donbas-death-toll gives no reason (write why after the fact id: "
            "<!-- consistency: ignore donbas-death-toll REASON -->)",
            id="no-reason",
        ),
        pytest.param(
            "<!-- consistency: ignroe donbas-death-toll typo -->",
            '"consistency: ignroe donbas-death-toll typo" is not a suppression (write: '
            "<!-- consistency: ignore FACT-ID REASON -->)",
            id="misspelt",
        ),
    ],
)
def test_a_suppression_without_a_reason_applies_and_is_a_warning(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str], comment: str, warning: str
) -> None:
    as_markdown(newsroom.path, comment + "\n")
    status, out, _ = run(capsys, "check", "seeds/")
    assert status == 1  # seed 001 still fails
    assert f"WARN {TOLL}.md:12:1: suppression: {warning}\n" in out
    suppressed = f"SUPPRESSED {TOLL}.md:13:221: {TOLL_FINDING}\n" in out
    assert suppressed == ("ignroe" not in comment)
    result = newsroom.runpytest("seeds/", "-W", "default::consistency.model.ConsistencyWarning")
    result.assert_outcomes(passed=4 if suppressed else 3, failed=1 if suppressed else 2)
    result.stdout.fnmatch_lines(["*warnings summary*", f"*: suppression: {warning}"])


def test_ignore_source_suppresses_a_disagreement_between_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # No fact sheet: seed 003 names Ned Price where seed 001 names Jen Psaki (a source finding).
    for seed in (REPO / "seeds").glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    monkeypatch.chdir(tmp_path)
    status, out, _ = run(capsys, "check", ".")
    assert status == 1
    assert "FAIL 003_370413d1aa06dcb7.txt:18:194: source: " in out
    lines = (tmp_path / "003_370413d1aa06dcb7.txt").read_text(encoding="utf-8").split("\n")
    lines.insert(
        17, "<!-- consistency: ignore source Price speaks for State, Psaki for the White House -->"
    )
    (tmp_path / "003_370413d1aa06dcb7.md").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "003_370413d1aa06dcb7.txt").unlink()
    status, out, _ = run(capsys, "check", ".")
    assert status == 0
    assert (
        'SUPPRESSED 003_370413d1aa06dcb7.md:19:194: source: the article says "State Department '
        'spokesman Ned Price"; 001_7a628b8513b4a8f9.txt:4 says "State Department spokeswoman Jen '
        'Psaki"\n    suppressed at 003_370413d1aa06dcb7.md:18: Price speaks for State, Psaki for '
        "the White House\n"
    ) in out


def as_html(root: Path, place: str) -> Path:
    """Seed 002 as HTML, one `<p>` a line as a CMS writes them (no blank lines between), with a
    suppression comment `before` the toll paragraph, `inside` it, or before the one `above` it."""
    text = (root / f"{TOLL}.txt").read_text(encoding="utf-8")
    (root / f"{TOLL}.txt").unlink()
    lines = [f"<p>{p.strip()}</p>" for p in text.split("\n\n") if p.strip()]
    toll = next(n for n, line in enumerate(lines) if TOLL_PARAGRAPH in line)
    comment = f"<!-- consistency: ignore donbas-death-toll {REASON} -->"
    if place == "inside":
        lines[toll] = lines[toll].replace("<p>", "<p>" + comment, 1)
    else:
        lines.insert(toll if place == "before" else toll - 1, comment)
    target = root / f"{TOLL}.html"
    front = "---\nstory: biden-putin-call\n---\n"
    target.write_text(front + "<html><body>\n" + "\n".join(lines) + "\n</body></html>\n", "utf-8")
    return target


@pytest.mark.parametrize(
    ("place", "suppressed"),
    [
        pytest.param("before", True, id="on-the-line-before-its-p"),
        pytest.param("inside", True, id="inside-its-p"),
        pytest.param("above", False, id="before-the-p-above"),
    ],
)
def test_html_articles_take_comments_on_their_paragraph_elements(
    newsroom: pytest.Pytester, place: str, suppressed: bool
) -> None:
    as_html(newsroom.path, place)
    result = newsroom.runpytest(f"{TOLL}.html", "--consistency-json=out.json")
    result.assert_outcomes(passed=int(suppressed), failed=int(not suppressed))
    data = report(newsroom.path / "out.json")
    assert [f["fact"] for f in data["suppressed"]] == (["donbas-death-toll"] if suppressed else [])
    found = [(f["fact"] or f["kind"], f["severity"]) for f in data["findings"]]
    unused = [("suppression", "warning"), ("donbas-death-toll", "error")]
    assert found == ([] if suppressed else unused)


# --- sidecar files ------------------------------------------------------------------------------

SIDECAR = f"{TOLL}.txt.consistency.yaml"


@pytest.mark.parametrize(
    ("points", "line"),
    [
        pytest.param("text: killed 14,000   civilians", 9, id="quoted-text"),
        pytest.param("line: 9", 9, id="line-number"),
    ],
)
def test_a_sidecar_suppresses_a_txt_articles_finding_in_the_paragraph_it_names(
    newsroom: pytest.Pytester, points: str, line: int
) -> None:
    sidecar = f"ignore:\n  - fact: donbas-death-toll\n    {points}\n    reason: {REASON}\n"
    (newsroom.path / SIDECAR).write_text(sidecar, encoding="utf-8")
    result = newsroom.runpytest("seeds/", "-p", "xdist", "-n", "2", "--consistency-json=out.json")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*= consistency: 1 finding set aside (1 suppressed) =*",
            f"SUPPRESSED {TOLL}.txt:{line}:221: {TOLL_FINDING}",
            f"    suppressed at {SIDECAR}:2: {REASON}",
        ]
    )
    [aside] = report(newsroom.path / "out.json")["suppressed"]
    assert aside["suppression"]["at"] == f"{SIDECAR}:2"


def test_a_sidecar_entry_without_a_reason_or_pointing_nowhere_is_a_warning(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    sidecar = (
        "ignore:\n"
        "  - fact: donbas-death-toll\n"
        "    text: killed 14,000 civilians\n"
        "  - fact: jen-psaki\n"
        "    text: Jen Psaki, the White House press secretary\n"
        "    reason: the old wording\n"
    )
    (newsroom.path / SIDECAR).write_text(sidecar, encoding="utf-8")
    status, out, _ = run(capsys, "check", "seeds/")
    assert status == 1
    assert (
        f"WARN {TOLL}.txt:9:214: suppression: {SIDECAR}:2: the suppression of donbas-death-toll "
        "gives no reason (add reason: why it is accepted)\n"
    ) in out
    assert (
        f'WARN {TOLL}.txt:1:1: suppression: {SIDECAR}:4: ignore[1].text: "Jen Psaki, the White '
        'House press secretary" is not in the article\n'
    ) in out
    assert f"SUPPRESSED {TOLL}.txt:9:221: {TOLL_FINDING}\n" in out


@pytest.mark.parametrize(
    ("sidecar", "error"),
    [
        pytest.param(
            "ignore:\n  - fact: donbas-death-toll\n    text: 14,000 civilians\n    reson: typo\n",
            "4: ignore[0].reson: unknown key (allowed: fact, text, line, reason)",
            id="unknown-key",
        ),
        pytest.param(
            "ignore:\n  - text: 14,000 civilians\n    reason: Kiev's count\n",
            "2: ignore[0]: fact is missing (the fact id, a finding kind (source, calendar) or * "
            "for any)",
            id="no-fact",
        ),
        pytest.param(
            "ignore:\n  - fact: donbas-death-toll\n    text: 14,000 civilians\n    line: 9\n"
            "    reason: Kiev's count\n",
            "2: ignore[0]: give either text or line (text: words of the paragraph, or line: N)",
            id="text-and-line",
        ),
        pytest.param(
            "ignore:\n  - fact: donbas-death-toll\n    line: nine\n    reason: Kiev's count\n",
            "3: ignore[0].line: 'nine' is not a line number (a line number of the article, 1 or "
            "more)",
            id="line-not-a-number",
        ),
        pytest.param(
            "ignore:\n  - fact: donbas-death-toll\n    text: [14,000 civilians\n",
            "4: not valid YAML: expected ',' or ']', but got '<stream end>' (while parsing a flow "
            "sequence from line 3)",
            id="not-yaml",
        ),
        pytest.param(
            "- fact: donbas-death-toll\n",
            "1: must be a mapping with the key ignore, not a list",
            id="a-list",
        ),
        pytest.param(
            "ignore:\n  - fact: donbas-death-toll\x00\n",
            "2: the control character U+0000 is not allowed in YAML (save the sidecar file as "
            "text)",
            id="binary",
        ),
    ],
)
def test_a_broken_sidecar_is_an_error_naming_its_line_and_the_article_is_still_checked(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str], sidecar: str, error: str
) -> None:
    (newsroom.path / SIDECAR).write_text(sidecar, encoding="utf-8")
    status, out, _ = run(capsys, "check", "seeds/", "--json", "out.json")
    assert status == 1
    assert f"FAIL {TOLL}.txt:1:1: suppression: {SIDECAR}:{error}\n" in out
    assert f"FAIL {TOLL}.txt:9:221: {TOLL_FINDING} (rules/biden-putin-call.yaml:15)\n" in out
    assert "3 passed, 2 failed, 0 unreadable; 3 errors, 0 warnings\n" in out
    result = newsroom.runpytest("seeds/")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines([f"{TOLL}.txt:1:1: suppression: {SIDECAR}:{error}"])


# --- the baseline -------------------------------------------------------------------------------

BASELINE = "consistency-baseline.yaml"


def accept(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """`consistency baseline seeds/ ...` as an editor runs it; its one line of output."""
    status, out, err = run(capsys, "baseline", "seeds/", "--reason", REASON, *argv)
    assert (status, err) == (0, "")
    return out


def prints(newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The fingerprints of the current findings (of the JSON report), by fact."""
    run(capsys, "check", "seeds/", "--json", "now.json")
    found = report(newsroom.path / "now.json")["findings"]
    return {f["fact"]: fingerprint(finding_from_dict(f)) for f in found}


def test_baseline_writes_the_accepted_findings_with_reason_who_and_expiry(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    now = prints(newsroom, capsys)
    out = accept(capsys, "--by", "Ann Editor", "--expires", "2099-12-31")
    assert out == f"consistency: {BASELINE}: 2 findings accepted (2 new, 0 no longer found)\n"
    text = (newsroom.path / BASELINE).read_text(encoding="utf-8")
    assert text.split("version: 1\n")[1] == (
        "accepted:\n"
        f"- fingerprint: {now['jen-psaki']}\n"
        '  kind: "fact"\n'
        '  fact: "jen-psaki"\n'
        f'  article: "{PSAKI}"\n'
        '  text: "State Department spokeswoman Jen Psaki"\n'
        f"  reason: {json.dumps(REASON)}\n"
        '  by: "Ann Editor"\n'
        "  expires: 2099-12-31\n"
        f"- fingerprint: {now['donbas-death-toll']}\n"
        '  kind: "fact"\n'
        '  fact: "donbas-death-toll"\n'
        f'  article: "{TOLL}.txt"\n'
        '  text: "14,000 civilians"\n'
        f"  reason: {json.dumps(REASON)}\n"
        '  by: "Ann Editor"\n'
        "  expires: 2099-12-31\n"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_baseline_takes_who_from_git_then_user(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("USER", "night-desk")
    subprocess.run(["git", "init", "-q", "."], check=True)
    subprocess.run(["git", "config", "user.name", "Ann Editor"], check=True)
    accept(capsys)
    assert '  by: "Ann Editor"\n' in (newsroom.path / BASELINE).read_text(encoding="utf-8")
    # Without a git name (no repository, no global or system configuration): $USER.
    shutil.rmtree(newsroom.path / ".git")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(newsroom.path / "no-such-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    (newsroom.path / BASELINE).unlink()
    accept(capsys)
    assert '  by: "night-desk"\n' in (newsroom.path / BASELINE).read_text(encoding="utf-8")


def test_with_the_baseline_ci_passes_and_shows_the_baselined_findings(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    accept(capsys, "--by", "Ann Editor", "--expires", "2099-12-31")
    result = newsroom.runpytest(
        "seeds/", f"--consistency-baseline={BASELINE}", "--consistency-json=out.json"
    )
    result.assert_outcomes(passed=5)
    note = f"(accepted by Ann Editor until 2099-12-31): {REASON}"
    result.stdout.fnmatch_lines(
        [
            "*= consistency: 2 findings set aside (2 baselined) =*",
            f"BASELINED {PSAKI}:4:1848: {PSAKI_FINDING}",
            f"    baselined at {BASELINE}:8 {note}",
            f"BASELINED {TOLL}.txt:9:221: {TOLL_FINDING}",
            f"    baselined at {BASELINE}:16 {note}",
        ]
    )
    data = report(newsroom.path / "out.json")
    assert data["findings"] == []
    assert [(s["article"], s["suppression"]) for s in data["suppressed"]] == [
        (
            PSAKI,
            {
                "how": "baseline",
                "at": f"{BASELINE}:8",
                "reason": REASON,
                "by": "Ann Editor",
                "expires": "2099-12-31",
            },
        ),
        (
            f"{TOLL}.txt",
            {
                "how": "baseline",
                "at": f"{BASELINE}:16",
                "reason": REASON,
                "by": "Ann Editor",
                "expires": "2099-12-31",
            },
        ),
    ]
    status, out, _ = run(capsys, "check", "seeds/", "--baseline", BASELINE)
    assert status == 0
    assert (
        f"BASELINED {TOLL}.txt:9:221: {TOLL_FINDING}\n    baselined at {BASELINE}:16 {note}\n"
        in out
    )
    assert out.endswith(
        "consistency: 5 articles checked: 5 passed, 0 failed, 0 unreadable; 0 errors, 0 warnings;"
        " 2 findings set aside (2 baselined)\n"
    )


def test_the_baseline_survives_edits_elsewhere_and_fails_on_new_findings(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    accept(capsys, "--expires", "2099-12-31")
    toll = newsroom.path / f"{TOLL}.txt"
    text = toll.read_text(encoding="utf-8")
    # A paragraph added above the disputed sentence, and another paragraph reworded.
    edited = text.replace(
        "Spread the love\n",
        "Spread the love\n\nUpdated at 14:00 GMT with the Kremlin's response.\n",
        1,
    )
    edited = edited.replace("Any such proposals are denied", "Such proposals are denied", 1)
    assert edited.count("\n") == text.count("\n") + 2
    toll.write_text(edited, encoding="utf-8")
    result = newsroom.runpytest("seeds/", f"--consistency-baseline={BASELINE}")
    result.assert_outcomes(passed=5)
    result.stdout.fnmatch_lines([f"BASELINED {TOLL}.txt:11:221: {TOLL_FINDING}"])
    # A new finding elsewhere fails; so does the accepted one once its sentence is reworded.
    other = newsroom.path / "seeds/003_370413d1aa06dcb7.txt"
    other.write_text(
        other.read_text("utf-8") + "\nThe war has killed 14,000 civilians since 2014.\n", "utf-8"
    )
    toll.write_text(edited.replace("14,000 civilians.", "14,000 civilians and fighters."), "utf-8")
    result = newsroom.runpytest("seeds/", f"--consistency-baseline={BASELINE}")
    result.assert_outcomes(passed=3, failed=2)
    result.stdout.fnmatch_lines(
        [
            f"{TOLL}.txt:11:221: {TOLL_FINDING} (rules/biden-putin-call.yaml:15)",
            "    …Russian-backed rebels in a seven-year war that Kiev claims has killed 14,000 civilians and fighters.",
            f"seeds/003_370413d1aa06dcb7.txt:31:20: {TOLL_FINDING} (rules/biden-putin-call.yaml:15)",
            "    The war has killed 14,000 civilians since 2014.",
            "*= consistency: 1 finding set aside (1 baselined) =*",
            f"BASELINED {PSAKI}:4:1848: {PSAKI_FINDING}",
        ]
    )


def test_rerunning_baseline_keeps_accepted_entries_and_drops_fixed_ones(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    accept(capsys, "--by", "Ann Editor", "--expires", "2099-12-31")
    toll = newsroom.path / f"{TOLL}.txt"
    toll.write_text(toll.read_text("utf-8").replace("14,000 civilians", "14,000 people"), "utf-8")
    status, out, _ = run(capsys, "baseline", "seeds/", "--reason", "another reason", "--by", "Bo")
    assert status == 0
    assert out == f"consistency: {BASELINE}: 1 finding accepted (0 new, 1 no longer found)\n"
    text = (newsroom.path / BASELINE).read_text(encoding="utf-8")
    assert (f'  reason: {json.dumps(REASON)}\n  by: "Ann Editor"\n  expires: 2099-12-31\n') in text
    assert "14,000 civilians" not in text
    # Checking one article leaves the entries of the others alone.
    status, out, _ = run(capsys, "baseline", f"{TOLL}.txt", "--reason", "another reason")
    assert out == f"consistency: {BASELINE}: 1 finding accepted (0 new, 0 no longer found)\n"


def test_an_expired_entry_fails_naming_the_baseline_line(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    accept(capsys, "--by", "Ann Editor", "--expires", "2099-12-31")
    path = newsroom.path / BASELINE
    text = path.read_text(encoding="utf-8")
    head, _, tail = text.rpartition("expires: 2099-12-31")  # the toll's entry, the last one
    path.write_text(head + "expires: 2021-06-30" + tail, encoding="utf-8")
    expired = (
        f"{TOLL}.txt:9:221: baseline: {BASELINE}:16: the baseline entry for donbas-death-toll "
        f'"14,000 civilians" expired on 2021-06-30 (accepted by Ann Editor: {REASON}); fix the '
        "article, or renew the entry's expires date"
    )
    status, out, _ = run(capsys, "check", "seeds/", "--baseline", BASELINE)
    assert status == 1
    assert f"FAIL {expired}\n" in out
    assert f"FAIL {TOLL}.txt:9:221: {TOLL_FINDING} (rules/biden-putin-call.yaml:15)\n" in out
    assert f"BASELINED {PSAKI}:4:1848: {PSAKI_FINDING}\n" in out
    result = newsroom.runpytest("seeds/", f"--consistency-baseline={BASELINE}")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines([f"{TOLL}.txt:9:221: {TOLL_FINDING}*", expired])


def test_the_ini_names_the_baseline_for_pytest_and_the_command_alike(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    accept(capsys, "--expires", "2099-12-31")
    newsroom.makeini(f"[pytest]\nconsistency_rules = rules\nconsistency_baseline = {BASELINE}\n")
    newsroom.runpytest("seeds/").assert_outcomes(passed=5)
    status, out, _ = run(capsys, "check", "seeds/")
    assert status == 0
    assert out.endswith("; 2 findings set aside (2 baselined)\n")


ENTRY = (
    "version: 1\naccepted:\n- fingerprint: 0123456789abcdef0123456789abcdef\n"
    '  article: "seeds/002_36496306b8a4a1a3.txt"\n  reason: "Kiev\'s count"\n  by: "Ann"\n'
)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param(
            ENTRY + "  expires: soon\n",
            "7: accepted[0].expires: 'soon' is not a date (write it as 2026-01-31)",
            id="bad-date",
        ),
        pytest.param(
            ENTRY,
            "3: accepted[0]: expires is missing (every entry has fingerprint, article, reason, by, expires)",
            id="no-expiry",
        ),
        pytest.param(
            ENTRY.replace('  reason: "Kiev\'s count"\n', "  reason:\n") + "  expires: 2099-12-31\n",
            "5: accepted[0].reason: has no value (write why the finding is accepted)",
            id="empty-reason",
        ),
        pytest.param(
            ENTRY.replace("0123456789abcdef0123456789abcdef", "0123") + "  expires: 2099-12-31\n",
            "3: accepted[0].fingerprint: '0123' is not a fingerprint (32 hex digits, as written)",
            id="bad-fingerprint",
        ),
        pytest.param(
            ENTRY + "  expires: 2099-12-31\n  accepted_by: Ann\n",
            "8: accepted[0].accepted_by: unknown key (allowed: fingerprint, kind, fact, article, text, reason, by, expires)",
            id="unknown-key",
        ),
        pytest.param(
            "version: 2\naccepted: []\n",
            "1: version: must be 1, the only baseline format there is",
            id="version",
        ),
        pytest.param(
            "accepted: [\n",
            "2: not valid YAML: expected the node content, but found '<stream end>' (while parsing a flow node)",
            id="not-yaml",
        ),
    ],
)
def test_a_broken_baseline_stops_the_run_naming_file_and_line(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str], text: str, error: str
) -> None:
    (newsroom.path / BASELINE).write_text(text, encoding="utf-8")
    result = newsroom.runpytest("seeds/", f"--consistency-baseline={BASELINE}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {BASELINE}:{error}"])
    capsys.readouterr()
    status, out, err = run(capsys, "check", "seeds/", "--baseline", BASELINE)
    assert (status, out, err) == (2, "", f"consistency: error: {BASELINE}:{error}\n")
    # Writing a new baseline over a broken one would lose its entries: refused the same way.
    status, out, err = run(capsys, "baseline", "seeds/", "--reason", REASON)
    assert (status, err) == (2, f"consistency: error: {BASELINE}:{error}\n")


def test_a_missing_baseline_or_a_past_expiry_is_a_usage_error(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    result = newsroom.runpytest("seeds/", "--consistency-baseline=nowhere.yaml")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: nowhere.yaml: no such baseline file (write one with: consistency baseline PATH --reason TEXT)"
        ]
    )
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(["baseline", "seeds/", "--reason", REASON, "--expires", "2021-06-30"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.endswith(
        "consistency baseline: error: argument --expires: 2021-06-30 is in the past\n"
    )
    assert not (newsroom.path / BASELINE).exists()


def test_the_readme_sidecar_example_suppresses_the_toll(newsroom: pytest.Pytester) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split(f"```yaml\n# {SIDECAR}\n", 1)[1].split("```", 1)[0]
    (newsroom.path / SIDECAR).write_text(example, encoding="utf-8")
    result = newsroom.runpytest("seeds/")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines([f"SUPPRESSED {TOLL}.txt:9:221: {TOLL_FINDING}"])


def test_a_baseline_written_from_a_subfolder_applies_from_the_root(
    newsroom: pytest.Pytester, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom.path / "seeds")
    status, out, err = run(capsys, "baseline", ".", "--reason", REASON)
    assert (status, err) == (0, "")
    written = (newsroom.path / BASELINE).read_text(encoding="utf-8")
    assert f'  article: "{TOLL}.txt"' in written  # relative to the baseline's own folder
    monkeypatch.chdir(newsroom.path)
    status, out, _ = run(capsys, "check", "seeds/", "--baseline", BASELINE)
    assert status == 0
    assert f"BASELINED {TOLL}.txt:9:221: " in out
