"""Hooks and changed-only runs as a newsroom uses them: real git repositories in tmp_path, real
`git commit`, the real `pre-commit` framework, and inner pytest runs with pytester.

Every git command runs with the caller's GIT_* variables removed and HOME in tmp_path (so a
global hooksPath, a signing key or a missing identity on the machine change nothing), and the
repository's identity set locally.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from consistency.articles import ARTICLE_SUFFIXES
from consistency.cli import main
from consistency.installhook import MARKER

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SHEET = "rules/biden-putin-call.yaml"
PSAKI = "seeds/001_7a628b8513b4a8f9.txt"
CIVILIANS = "seeds/002_36496306b8a4a1a3.txt"
LIVES = "seeds/000_b86d9a29ff56b71d.txt"
WIRE = "seeds/005_wire.txt"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

# A report written for these tests: the death toll called "civilians", as seed 002 does.
CONTRADICTING = """\
Ukraine says Russian build-up goes on after Biden's call to Putin

KYIV, April 14 - Ukraine's foreign minister Dmytro Kuleba said on Wednesday that Russia had massed \
more than 80,000 troops near the border and in Crimea. The war in the east has killed 14,000 \
civilians since 2014, he said.
"""
CLEAN = CONTRADICTING.replace("killed 14,000 civilians", "killed some 14,000 people")


def declared_at(fact_id: str) -> str:
    """`rules/biden-putin-call.yaml:N`, N the line of the fact's `- id:`."""
    lines = (REPO / SHEET).read_text(encoding="utf-8").splitlines()
    return f"{SHEET}:{lines.index(f'  - id: {fact_id}') + 1}"


def wire_finding() -> list[str]:
    """The finding on CONTRADICTING saved as WIRE, as `consistency hook` prints it: the other
    articles of the story on disk are quoted, so it was compared with the whole story."""
    return [
        f'FAIL {WIRE}:3:186: donbas-death-toll: the article says "14,000 civilians"; the fact '
        f"sheet says about 14,000 people, not civilians ({declared_at('donbas-death-toll')})",
        "    The war in the east has killed 14,000 civilians since 2014, he said.",
        "                                   ^^^^^^^^^^^^^^^^",
        f'  {LIVES}:41:44 says "some 14,000 lives" (agrees with the fact sheet)',
        f'  {CIVILIANS}:9:221 says "14,000 civilians" (contradicts it too)',
    ]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of a newsroom's shell: no GIT_* of ours, a HOME without git settings,
    pre-commit's cache in tmp_path, and the venv's scripts (`consistency`) on PATH."""
    home = tmp_path / "home"
    home.mkdir()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return {
        **clean,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")]),
    }


def run(
    cwd: Path, env: dict[str, str], *command: str | Path, ok: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run a command; with `ok`, fail the test (showing its output) unless it exits 0."""
    done = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert not ok or done.returncode == 0, f"{command}: {done.stdout}\n{done.stderr}"
    return done


def make_newsroom(root: Path, env: dict[str, str]) -> Path:
    """A newsroom's repository: the seeds, the fact sheet, the ini naming it, one commit."""
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "rules", root / "rules")
    (root / "pytest.ini").write_text("[pytest]\nconsistency_rules = rules\n", encoding="utf-8")
    run(root, env, "git", "init", "--quiet")
    for key, value in (
        ("user.name", "Night Desk"),
        ("user.email", "desk@example.org"),
        ("commit.gpgsign", "false"),
    ):
        run(root, env, "git", "config", key, value)
    commit(root, env, "The seed reports and their fact sheet")
    return root


def commit(root: Path, env: dict[str, str], message: str) -> subprocess.CompletedProcess[str]:
    run(root, env, "git", "add", "--all")
    return run(root, env, "git", "commit", "--quiet", "-m", message, ok=False)


def said(done: subprocess.CompletedProcess[str]) -> list[str]:
    """What a commit printed: git hands its hooks' output to stderr."""
    return (done.stdout + done.stderr).splitlines()


def commits(root: Path, env: dict[str, str]) -> list[str]:
    return run(root, env, "git", "log", "--format=%s").stdout.splitlines()


@pytest.fixture
def newsroom(tmp_path: Path, env: dict[str, str]) -> Path:
    return make_newsroom(tmp_path / "newsroom", env)


def consistency(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a user types it."""
    return run(cwd, env, BIN / "consistency", *args, ok=False)


# --- the plain git hook (`consistency install-hook`) -----------------------------------------


def test_plain_hook_refuses_a_contradicting_commit_and_prints_the_finding(
    newsroom: Path, env: dict[str, str]
) -> None:
    installed = consistency(newsroom, env, "install-hook")
    assert (installed.returncode, installed.stderr) == (0, "")
    assert installed.stdout == "consistency: wrote the pre-commit hook .git/hooks/pre-commit\n"
    (newsroom / WIRE).write_text(CONTRADICTING, encoding="utf-8")
    refused = commit(newsroom, env, "Wire: Kuleba on the build-up")
    assert refused.returncode == 1
    output = said(refused)
    assert output[:6] == [*wire_finding(), ""]
    assert output[6:] == [
        "consistency: 1 article checked: 0 passed, 1 failed, 0 unreadable; 1 error, 0 warnings",
        "consistency: commit refused (see above; skip the check with git commit --no-verify)",
    ]
    assert commits(newsroom, env) == ["The seed reports and their fact sheet"]


def test_plain_hook_lets_a_clean_commit_through(newsroom: Path, env: dict[str, str]) -> None:
    assert consistency(newsroom, env, "install-hook").returncode == 0
    (newsroom / WIRE).write_text(CLEAN, encoding="utf-8")
    (newsroom / "NOTES.yaml").write_text("desk: night\n", encoding="utf-8")
    done = commit(newsroom, env, "Wire: Kuleba on the build-up")
    assert done.returncode == 0
    summary = (
        "consistency: 1 article checked: 1 passed, 0 failed, 0 unreadable; 0 errors, 0 warnings"
    )
    assert said(done) == [summary]
    # A commit without articles does not run the checker at all.
    (newsroom / "NOTES.yaml").write_text("desk: day\n", encoding="utf-8")
    quiet = commit(newsroom, env, "Notes")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")
    assert commits(newsroom, env)[:2] == ["Notes", "Wire: Kuleba on the build-up"]


def test_install_hook_refuses_a_foreign_hook_and_force_replaces_it(
    newsroom: Path, env: dict[str, str]
) -> None:
    hook = newsroom / ".git" / "hooks" / "pre-commit"
    foreign = "#!/bin/sh\necho 'spell-check the headlines'\n"
    hook.write_text(foreign, encoding="utf-8")
    refused = consistency(newsroom, env, "install-hook")
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == (
        "consistency: error: .git/hooks/pre-commit: a pre-commit hook that consistency did not "
        "write is already there; call `consistency hook FILE...` from it, or replace it with "
        "`consistency install-hook --force` (it is then kept as .git/hooks/pre-commit.bak)\n"
    )
    assert hook.read_text(encoding="utf-8") == foreign
    forced = consistency(newsroom, env, "install-hook", "--force")
    assert (forced.returncode, forced.stderr) == (0, "")
    assert forced.stdout == (
        "consistency: replaced the pre-commit hook .git/hooks/pre-commit "
        "(the old one is kept as .git/hooks/pre-commit.bak)\n"
    )
    assert hook.with_name("pre-commit.bak").read_text(encoding="utf-8") == foreign
    written = hook.read_text(encoding="utf-8")
    assert written.splitlines()[:2] == ["#!/bin/sh", MARKER]
    assert os.access(hook, os.X_OK)
    again = consistency(newsroom, env, "install-hook")
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout == (
        "consistency: the pre-commit hook .git/hooks/pre-commit is already installed\n"
    )
    assert hook.read_text(encoding="utf-8") == written
    # A second foreign hook forced over keeps the first backup.
    hook.write_text("#!/bin/sh\necho 'lint the captions'\n", encoding="utf-8")
    second = consistency(newsroom, env, "install-hook", "--force")
    assert second.stdout == (
        "consistency: replaced the pre-commit hook .git/hooks/pre-commit "
        "(the old one is kept as .git/hooks/pre-commit.bak.2)\n"
    )
    assert hook.with_name("pre-commit.bak").read_text(encoding="utf-8") == foreign


def test_install_hook_rewrites_its_own_hook_with_new_options(
    newsroom: Path, env: dict[str, str]
) -> None:
    assert consistency(newsroom, env, "install-hook").returncode == 0
    (newsroom / "pytest.ini").unlink()  # the fact sheet is now only named to the hook
    done = consistency(newsroom / "seeds", env, "install-hook", "--rules", "../rules")
    hook = newsroom / ".git" / "hooks" / "pre-commit"
    assert done.stdout == f"consistency: updated the pre-commit hook {hook.as_posix()}\n"
    # Paths written relative to the top of the working tree, where git runs hooks.
    text = hook.read_text(encoding="utf-8")
    assert "consistency.cli hook --rules rules -- $files" in text
    (newsroom / WIRE).write_text(CONTRADICTING, encoding="utf-8")
    refused = commit(newsroom, env, "Wire")
    assert refused.returncode == 1
    assert said(refused)[:5] == wire_finding()


def test_install_hook_follows_core_hooks_path(newsroom: Path, env: dict[str, str]) -> None:
    run(newsroom, env, "git", "config", "core.hooksPath", ".githooks")
    done = consistency(newsroom, env, "install-hook")
    assert done.stdout == "consistency: wrote the pre-commit hook .githooks/pre-commit\n"
    assert not (newsroom / ".git" / "hooks" / "pre-commit").exists()
    (newsroom / WIRE).write_text(CONTRADICTING, encoding="utf-8")
    assert commit(newsroom, env, "Wire").returncode == 1


def test_install_hook_in_a_worktree_writes_the_shared_hook(
    newsroom: Path, env: dict[str, str]
) -> None:
    tree = newsroom.parent / "desk-tree"
    run(newsroom, env, "git", "worktree", "add", "--quiet", str(tree))
    done = consistency(tree, env, "install-hook")
    hook = newsroom / ".git" / "hooks" / "pre-commit"
    assert done.stdout == f"consistency: wrote the pre-commit hook {hook.as_posix()}\n"
    (tree / WIRE).write_text(CONTRADICTING, encoding="utf-8")
    assert commit(tree, env, "Wire").returncode == 1


def test_install_hook_outside_a_repository_is_an_error(tmp_path: Path, env: dict[str, str]) -> None:
    done = consistency(tmp_path, env, "install-hook")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"consistency: error: {tmp_path}: not in a git repository\n"


# --- the pre-commit framework ------------------------------------------------------------------


def manifest() -> dict[str, object]:
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hook, dict)
    return hook


def test_the_published_manifest_is_valid(env: dict[str, str]) -> None:
    run(REPO, env, BIN / "pre-commit", "validate-manifest", ".pre-commit-hooks.yaml")
    hook = manifest()
    assert (hook["id"], hook["entry"], hook["require_serial"], hook["pass_filenames"]) == (
        "consistency",
        "consistency hook",
        True,
        True,
    )
    files = re.compile(str(hook["files"]))
    for suffix in ARTICLE_SUFFIXES:
        assert files.search(f"desk/report{suffix}")
        assert files.search(f"desk/REPORT{suffix.upper()}")
    assert files.search("rules/story.yaml")  # a staged fact sheet re-checks its stories
    for other in ("tools/check.py", "report.txt.orig", "notes.mdx"):
        assert not files.search(other), other


def test_pre_commit_framework_refuses_a_contradiction_and_passes_a_fix(
    newsroom: Path, env: dict[str, str]
) -> None:
    # The published hook as a local one: `language: system` runs the `consistency` on PATH
    # where `language: python` would pip-install this project into pre-commit's own env.
    local = {**manifest(), "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (newsroom / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    run(newsroom, env, BIN / "pre-commit", "validate-config", ".pre-commit-config.yaml")
    run(newsroom, env, BIN / "pre-commit", "install")
    assert commit(newsroom, env, "pre-commit configuration").returncode == 0
    (newsroom / WIRE).write_text(CONTRADICTING, encoding="utf-8")
    refused = commit(newsroom, env, "Wire: Kuleba on the build-up")
    assert refused.returncode == 1
    lines = said(refused)
    assert re.fullmatch(r"consistency \(fact-check the staged articles\)\.+Failed", lines[0])
    assert lines[1:4] == ["- hook id: consistency", "- exit code: 1", ""]
    assert lines[4:9] == wire_finding()
    assert commits(newsroom, env)[0] == "pre-commit configuration"
    (newsroom / WIRE).write_text(CLEAN, encoding="utf-8")
    done = commit(newsroom, env, "Wire: Kuleba on the build-up")
    assert done.returncode == 0, said(done)
    assert re.fullmatch(
        r"consistency \(fact-check the staged articles\)\.+Passed", "\n".join(said(done))
    )
    assert commits(newsroom, env)[0] == "Wire: Kuleba on the build-up"


# --- `consistency hook FILE...` ----------------------------------------------------------------


def test_hook_reports_only_the_given_articles_and_ignores_other_files(
    newsroom: Path, env: dict[str, str]
) -> None:
    (newsroom / WIRE).write_text(CLEAN, encoding="utf-8")
    (newsroom / "NOTES.yaml").write_text("desk: night\n", encoding="utf-8")
    done = consistency(newsroom, env, "hook", WIRE, "pytest.ini", "NOTES.yaml", LIVES)
    assert (done.returncode, done.stderr) == (0, "")
    summary = (
        "consistency: 2 articles checked: 2 passed, 0 failed, 0 unreadable; 0 errors, 0 warnings"
    )
    assert done.stdout == summary + "\n"
    missing = consistency(newsroom, env, "hook", "seeds/gone.txt")
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == "consistency: error: seeds/gone.txt: no such file\n"


def test_hook_compares_with_the_articles_the_fact_sheet_names_in_other_folders(
    newsroom: Path, env: dict[str, str]
) -> None:
    # The wire copy lives in its own folder; the fact sheet's globs put it in the story.
    sheet = (newsroom / SHEET).read_text(encoding="utf-8")
    (newsroom / SHEET).write_text(
        sheet.replace("articles: [seeds/*.txt]", "articles: [seeds/*.txt, wire/*.txt]"),
        encoding="utf-8",
    )
    (newsroom / "wire").mkdir()
    shutil.move(newsroom / LIVES, newsroom / "wire" / "000.txt")
    done = consistency(newsroom, env, "hook", CIVILIANS)
    assert done.returncode == 1
    assert '  wire/000.txt:41:44 says "some 14,000 lives" (agrees with the fact sheet)' in (
        done.stdout.splitlines()
    )


# --- changed-only: `pytest --consistency-changed-only` and `consistency check --changed-only` --


@pytest.fixture
def git_env(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """`env` applied to this process, for in-process runs that call git."""
    for key in [k for k in os.environ if k.startswith("GIT_")]:
        monkeypatch.delenv(key)
    for key in ("HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_NOSYSTEM"):
        monkeypatch.setenv(key, env[key])
    return env


@pytest.fixture
def desk(pytester: pytest.Pytester, git_env: dict[str, str]) -> pytest.Pytester:
    """A pytester folder that is a newsroom repository with one commit."""
    make_newsroom(pytester.path, git_env)
    return pytester


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_changed_only_runs_the_changed_and_new_articles_against_their_stories(
    desk: pytest.Pytester,
) -> None:
    append(desk.path / CIVILIANS, "\nThe Kremlin did not comment.\n")
    (desk.path / WIRE).write_text(CLEAN, encoding="utf-8")  # untracked: new is changed too
    result = desk.runpytest("seeds/", "--consistency-changed-only", "--consistency-json=out.json")
    result.assert_outcomes(passed=1, failed=1, deselected=4)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "consistency: 2 articles changed since HEAD",
            f"{CIVILIANS}:9:221: donbas-death-toll: *",
            f'  {LIVES}:41:44 says "some 14,000 lives" (agrees with the fact sheet)',
        ]
    )
    report = (desk.path / "out.json").read_text(encoding="utf-8")
    articles = [(a["path"], a["outcome"]) for a in json.loads(report)["articles"]]
    assert articles == [(CIVILIANS, "failed"), (WIRE, "passed")]


def test_changed_only_since_a_ref_and_with_nothing_changed(
    desk: pytest.Pytester, git_env: dict[str, str]
) -> None:
    append(desk.path / PSAKI, "\nThe White House did not comment.\n")
    assert commit(desk.path, git_env, "A line on 001").returncode == 0
    unchanged = desk.runpytest("seeds/", "--consistency-changed-only")
    unchanged.assert_outcomes(deselected=5)
    assert unchanged.ret == pytest.ExitCode.OK  # nothing changed is a pass, not "no tests ran"
    since = desk.runpytest("seeds/", "--consistency-changed-only=HEAD~1")
    since.assert_outcomes(failed=1, deselected=4)
    since.stdout.fnmatch_lines(
        ["consistency: 1 article changed since HEAD~1", f"{PSAKI}:*: jen-psaki: *"]
    )


def test_changed_only_with_xdist_and_nothing_changed_passes(desk: pytest.Pytester) -> None:
    # The workers deselect; the controller only sees that nothing is left to run.
    result = desk.runpytest_subprocess("seeds/", "--consistency-changed-only", "-n", "2")
    result.assert_outcomes()
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*no tests ran*"])


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        pytest.param(
            ["seeds/", "--consistency-changed-only=no-such-branch"],
            "ERROR: --consistency-changed-only: 'no-such-branch' is not a commit of the git "
            "repository at {root}",
            id="unknown-ref",
        ),
        pytest.param(
            ["--consistency-changed-only", "seeds/"],
            "*: error: argument --consistency-changed-only: 'seeds/' is a path, not a git "
            "revision: write --consistency-changed-only=REF, or put --consistency-changed-only "
            "after the paths",
            id="path-taken-for-ref",
        ),
    ],
)
def test_changed_only_usage_errors(desk: pytest.Pytester, args: list[str], complaint: str) -> None:
    result = desk.runpytest(*args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([complaint.format(root=desk.path)])


def test_changed_only_outside_a_repository_is_a_usage_error(
    pytester: pytest.Pytester, git_env: dict[str, str]
) -> None:
    shutil.copytree(REPO / "seeds", pytester.path / "seeds")
    result = pytester.runpytest("seeds/", "--consistency-changed-only")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"ERROR: --consistency-changed-only: {pytester.path}: not in a git repository"]
    )


def test_check_changed_only_checks_the_changed_article(
    desk: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    append(desk.path / CIVILIANS, "\nThe Kremlin did not comment.\n")
    status = main(["check", "seeds/", "--changed-only"])
    out, err = capsys.readouterr()
    assert (status, err) == (1, "")
    assert out.startswith(f"FAIL {CIVILIANS}:9:221: donbas-death-toll:")
    assert f'  {LIVES}:41:44 says "some 14,000 lives" (agrees with the fact sheet)' in out
    assert out.splitlines()[-1] == (
        "consistency: 1 article checked: 0 passed, 1 failed, 0 unreadable; 1 error, 0 warnings"
    )
    assert main(["check", "--changed-only=HEAD", "rules"]) == 0
    assert capsys.readouterr().out.endswith(
        "consistency: 0 articles checked: 0 passed, 0 failed, 0 unreadable; 0 errors, 0 warnings\n"
    )


def test_check_changed_only_names_an_unknown_ref(
    desk: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--changed-only=v9", "seeds/"]) == 2
    assert capsys.readouterr().err == (
        f"consistency: error: --changed-only: 'v9' is not a commit of the git repository at "
        f"{desk.path}\n"
    )


def test_the_readme_pre_commit_example_is_a_valid_config(
    tmp_path: Path, env: dict[str, str]
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Pre-commit hooks") :]
    example = section[section.index("```yaml\n") + 8 : section.index("```\n")]
    (tmp_path / "config.yaml").write_text(example, encoding="utf-8")
    run(tmp_path, env, BIN / "pre-commit", "validate-config", "config.yaml")
    [repo] = yaml.safe_load(example)["repos"]
    assert [h["id"] for h in repo["hooks"]] == [manifest()["id"]]


def test_check_changed_only_before_the_first_commit_checks_everything(
    tmp_path: Path,
    git_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    run(tmp_path, git_env, "git", "init", "--quiet")
    run(tmp_path, git_env, "git", "add", "seeds")  # staged or untracked: all new
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--rules", "rules", "seeds/", "--changed-only"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "consistency: 5 articles checked: 3 passed, 2 failed, 0 unreadable; 2 errors, 0 warnings"
    )


# --- a pair of articles that disagree is told on the changed one, wherever it landed ----------

PRICE = "seeds/003_370413d1aa06dcb7.txt"
PSAKI_SENTENCE = "US State Department spokeswoman Jen Psaki claimed"


def no_sheet(root: Path, env: dict[str, str]) -> str:
    """The newsroom without its fact sheet (so the sources are compared on their own), with
    001's Psaki sentence taken out and committed; returns that sentence's original text."""
    shutil.rmtree(root / "rules")
    (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    text = (root / PSAKI).read_text(encoding="utf-8")
    (root / PSAKI).write_text(text.replace(PSAKI_SENTENCE, "A US official claimed"), "utf-8")
    assert commit(root, env, "No fact sheet; 001 without Psaki").returncode == 0
    return text


def test_hook_tells_a_staged_article_the_disagreement_that_landed_on_another(
    newsroom: Path, env: dict[str, str]
) -> None:
    original = no_sheet(newsroom, env)
    (newsroom / PSAKI).write_text(original, encoding="utf-8")  # Psaki is back in 001
    run(newsroom, env, "git", "add", "--all")
    done = consistency(newsroom, env, "hook", PSAKI)
    assert done.returncode == 1
    assert (
        f'FAIL {PSAKI}:4:1848: source: the article says "State Department spokeswoman Jen '
        f'Psaki"; {PRICE}:18 says "State Department spokesman Ned Price"'
    ) in done.stdout.splitlines()


def test_changed_only_tells_the_changed_article_the_disagreement(
    desk: pytest.Pytester, git_env: dict[str, str]
) -> None:
    original = no_sheet(desk.path, git_env)
    (desk.path / PSAKI).write_text(original, encoding="utf-8")
    result = desk.runpytest("seeds/", "--consistency-changed-only")
    result.assert_outcomes(failed=1, deselected=4)
    result.stdout.fnmatch_lines([f'{PSAKI}:4:1848: source: the article says "State Department*'])


def test_changed_only_checks_every_article_when_a_fact_sheet_changed(
    desk: pytest.Pytester,
) -> None:
    sheet = desk.path / SHEET
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("quantity: more than 80,000", "quantity: 50,000"),
        encoding="utf-8",
    )
    result = desk.runpytest("seeds/", "--consistency-changed-only")
    result.stdout.fnmatch_lines(
        ["consistency: a fact sheet changed since HEAD: every article is checked"]
    )
    result.assert_outcomes(passed=3, failed=2)  # none deselected
    result.stdout.fnmatch_lines([f"{PSAKI}:*: russian-troops-massed: *"])


def test_a_staged_fact_sheet_rechecks_its_stories(newsroom: Path, env: dict[str, str]) -> None:
    consistency(newsroom, env, "install-hook")
    sheet = newsroom / SHEET
    sheet.write_text(
        sheet.read_text(encoding="utf-8").replace("quantity: more than 80,000", "quantity: 50,000"),
        encoding="utf-8",
    )
    done = commit(newsroom, env, "The troop count, edited")
    assert done.returncode == 1
    output = said(done)
    assert any(
        line.startswith(f"FAIL {PSAKI}:4:") and "russian-troops-massed" in line for line in output
    )
    assert commits(newsroom, env) == ["The seed reports and their fact sheet"]
