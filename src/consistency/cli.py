"""The `consistency` command: extract, check, schema. Runs the core directly, without pytest.

Exit status (INTERFACE.md): `extract` 0, or 2 on a usage error or an unreadable file; `check` 0
when no error-severity finding, 1 on findings (or an unreadable article), 2 on a usage or
configuration error.
"""

from __future__ import annotations

import argparse
import configparser
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consistency import __version__
from consistency.baseline import (
    DEFAULT_DAYS,
    DEFAULT_NAME,
    Baseline,
    BaselineError,
    accepted_by,
    load_baseline,
    write_baseline,
)
from consistency.engine import ArticleResult, Engine, is_article, shown_path
from consistency.errors import ArticleError, FactSheetError
from consistency.factsheet import json_schema, load_sheets
from consistency.gitchanges import GitError, ref_argument
from consistency.hooks import changed_results, check_only, story_universe
from consistency.installhook import HookInstallError, install_hook
from consistency.model import Finding, Severity
from consistency.render import github
from consistency.render.jsonreport import check_report, claim_to_dict, extract_report
from consistency.render.sarif import sarif_report
from consistency.render.text import format_finding
from consistency.suggest import draft_sheets
from consistency.suppress import set_aside_counts

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        sys.stdout.flush()
    except FactSheetError as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        if github.enabled(os.environ):
            print(github.sheet_error(exc.file, exc.line, str(exc)))
        return 2
    except (GitError, HookInstallError, BaselineError) as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `consistency extract ... | head`: the reader left; that is no error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consistency", description="Fact-consistency checks for news articles."
    )
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = sub.add_parser("extract", help="print the claims found in each file")
    extract.add_argument("--json", action="store_true", help="print JSON (INTERFACE.md)")
    _common(extract)
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.set_defaults(run=_extract)
    check = sub.add_parser("check", help="check the articles under PATH, as pytest would")
    check.add_argument("--json", type=Path, metavar="FILE", help="write the JSON report to FILE")
    check.add_argument("--sarif", type=Path, metavar="FILE", help="write SARIF 2.1.0 to FILE")
    check.add_argument(
        "--changed-only",
        nargs="?",
        const="HEAD",
        type=ref_argument("--changed-only"),
        metavar="REF",
        help="check only the articles changed since REF (default HEAD) or untracked",
    )
    _common(check)
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.set_defaults(run=_check)
    schema = sub.add_parser("schema", help="print the JSON Schema of fact sheets")
    schema.set_defaults(run=_schema)
    _hook_commands(sub)
    _baseline_command(sub)
    check.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="findings accepted in FILE don't fail (default: consistency_baseline of the ini)",
    )
    draft = sub.add_parser(
        "suggest", help="draft a fact sheet from what a story's articles agree on"
    )
    draft.add_argument("--output", type=Path, metavar="FILE", help="write the draft to FILE")
    draft.add_argument("--day-first", action="store_true", help="read 13/4/2021 as 13 April")
    draft.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    draft.set_defaults(run=_suggest)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=None,
        metavar="PATH",
        help="fact sheet file or folder (repeatable; default: consistency_rules of pyproject.toml)",
    )
    parser.add_argument("--day-first", action="store_true", help="read 13/4/2021 as 13 April")


def _engine(args: argparse.Namespace, paths: list[Path], *, baseline: bool = False) -> Engine:
    """An engine rooted where pytest would root the run, with the fact sheets it would load
    (and, with `baseline`, the baseline it would apply)."""
    root, configured = _project(paths)
    rules = args.rules if args.rules is not None else configured
    sheets = load_sheets([Path(shown_path(p.resolve())) for p in rules])
    if args.rules is not None and not sheets:
        named = ", ".join(shown_path(p) for p in args.rules)
        raise FactSheetError(named, 0, None, "no fact sheet here (allowed: *.yaml, *.yml files)")
    accepted = _baseline_file(args, root) if baseline else None
    return Engine(sheets, root, day_first=args.day_first, baseline=accepted)


def _baseline_file(args: argparse.Namespace, root: Path) -> Baseline | None:
    """`--baseline FILE`, else the ini's `consistency_baseline` (relative to the root)."""
    path: Path | None = getattr(args, "baseline", None)
    if path is None:
        configured = _ini_rules(root, "consistency_baseline")
        path = root / configured[0] if configured else None
    return None if path is None else load_baseline(path, shown_path(path))


def _project(paths: list[Path]) -> tuple[Path, list[Path]]:
    """The project root and its `consistency_rules`, found as pytest finds its rootdir and ini
    file: the nearest folder above the checked paths (else above the working directory) with
    pytest.ini, a pyproject.toml configuring pytest, tox.ini [pytest] or setup.cfg
    [tool:pytest]. Fact sheet globs are relative to it."""
    common = Path(os.path.commonpath([p.resolve() for p in paths])) if paths else Path.cwd()
    for start in (common, Path.cwd()):
        for folder in (start, *start.parents):
            rules = _ini_rules(folder)
            if rules is not None:
                return folder, [folder / r for r in rules]
    return Path.cwd(), []


def _ini_rules(folder: Path, key: str = "consistency_rules") -> list[str] | None:
    """`consistency_rules` (or `key`) of the folder's pytest configuration; None when it has
    none."""
    if (folder / "pytest.ini").is_file():
        return _cfg_rules(folder / "pytest.ini", "pytest", key) or []
    ini = _pytest_ini(folder / "pyproject.toml")
    if ini is not None:
        rules = ini.get(key, [])
        return [str(r) for r in ([rules] if isinstance(rules, str) else rules)]
    for name, section in (("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        found = _cfg_rules(folder / name, section, key)
        if found is not None:
            return found
    return None


def _cfg_rules(path: Path, section: str, key: str = "consistency_rules") -> list[str] | None:
    """`key` of an ini-style file's section; None when it has no such section."""
    if not path.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return None
    if not parser.has_section(section):
        return None
    return parser.get(section, key, fallback="").split()


def _pytest_ini(pyproject: Path) -> dict[str, Any] | None:
    """`[tool.pytest.ini_options]` of a pyproject.toml, or None."""
    if not pyproject.is_file():
        return None
    try:
        data: dict[str, Any] = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return None
    ini = data.get("tool", {}).get("pytest", {}).get("ini_options")
    return ini if isinstance(ini, dict) else None


def _extract(args: argparse.Namespace) -> int:
    engine = _engine(args, [p.parent for p in args.files])
    done, status = [], 0
    for path in args.files:
        try:
            done.append(engine.extract(path))
        except ArticleError as exc:
            print(f"consistency: error: {exc}", file=sys.stderr)
            status = 2
    if args.json:
        json.dump(extract_report(done), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for article, claims in done:
            print(f"{article.path}: {len(claims)} claims")
            for claim in claims:
                d = claim_to_dict(article, claim)
                extra = {
                    k: v
                    for k, v in d.items()
                    if k not in ("type", "text", "start", "end", "line", "column")
                    and v not in (None, False)
                }
                print(f"  {d['line']}:{d['column']} {claim.type} {claim.text!r} {extra}")
    return status


def _check(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(
            f"consistency: error: {shown_path(missing[0])}: no such file or directory",
            file=sys.stderr,
        )
        return 2
    engine = _engine(args, list(args.paths), baseline=True)
    results = _checked(engine, args)
    for result in results:
        _print_result(result)
    findings = [f for r in results for f in r.findings]
    if args.json:
        rows = [(r.path, r.story, r.outcome) for r in results]
        aside = [s for r in results for s in r.set_aside]
        document = check_report(rows, findings, aside)
        report = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        try:
            args.json.write_text(report, encoding="utf-8")
        except OSError as exc:  # a usage error (exit 2), not a finding: name the file, no traceback
            problem = f"{shown_path(args.json)}: cannot write the report: {exc.strerror or exc}"
            print(f"consistency: error: {problem}", file=sys.stderr)
            return 2
    problems = [(r.path, r.error) for r in results if r.error is not None]
    if args.sarif:
        sarif = json.dumps(sarif_report(findings, problems), indent=2, ensure_ascii=False)
        if not _write(args.sarif, sarif + "\n"):
            return 2
    if github.enabled(os.environ) and results and not _github(findings, problems, len(results)):
        return 2
    print(_summary(results))
    return 1 if any(r.outcome != "passed" for r in results) else 0


def _write(path: Path, text: str) -> bool:
    """Write a report; a failure is a usage error (exit 2) named with the file, no traceback."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        problem = f"{shown_path(path)}: cannot write the report: {exc.strerror or exc}"
        print(f"consistency: error: {problem}", file=sys.stderr)
        return False
    return True


def _github(findings: list[Finding], problems: list[tuple[str, str]], articles: int) -> bool:
    """Annotations for GitHub Actions (capped at its limits) and the whole step summary."""
    items = github.annotate(findings, problems)
    for command in github.commands(items):
        print(command)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary:
        return True
    try:
        github.append_summary(Path(summary), github.step_summary(items, articles))
    except OSError as exc:
        print(f"consistency: error: {summary}: cannot write: {exc.strerror}", file=sys.stderr)
        return False
    return True


def _print_result(result: ArticleResult) -> None:
    if result.error:
        print(f"ERROR {result.error}\n")
    for finding in result.findings:
        label = "FAIL" if finding.severity is Severity.ERROR else "WARN"
        print(f"{label} {format_finding(finding)}\n")
    for entry in result.set_aside:
        print(f"{entry.label} {entry.describe()}\n")


def _summary(results: list[ArticleResult]) -> str:
    outcomes = [r.outcome for r in results]
    findings = [f for r in results for f in r.findings]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    aside = [s for r in results for s in r.set_aside]
    return (
        f"consistency: {_plural(len(results), 'article')} checked: "
        f"{outcomes.count('passed')} passed, "
        f"{outcomes.count('failed')} failed, {outcomes.count('error')} unreadable; "
        f"{_plural(errors, 'error')}, {_plural(len(findings) - errors, 'warning')}"
        + (f"; {set_aside_counts(aside)}" if aside else "")
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _suggest(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(
            f"consistency: error: {shown_path(missing[0])}: no such file or directory",
            file=sys.stderr,
        )
        return 2
    root, _ = _project(list(args.paths))
    text, status = draft_sheets(Engine([], root, day_first=args.day_first), args.paths)
    if args.output is None:
        sys.stdout.write(text)
        return status
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(
            f"consistency: error: {shown_path(args.output)}: cannot write the draft: "
            f"{exc.strerror or exc}",
            file=sys.stderr,
        )
        return 2
    return status


def _baseline_command(sub: Any) -> None:
    cmd = sub.add_parser("baseline", help="accept the current findings into a baseline file")
    cmd.add_argument("--reason", required=True, type=_text, help="why they are accepted")
    cmd.add_argument(
        "--by", type=_text, metavar="NAME", help="who accepts them (default: git user.name, $USER)"
    )
    cmd.add_argument(
        "--expires",
        type=_future,
        metavar="YYYY-MM-DD",
        help=f"when they come up for review again (default: in {DEFAULT_DAYS} days)",
    )
    cmd.add_argument(
        "--output", type=Path, metavar="FILE", help=f"default: {DEFAULT_NAME} at the project root"
    )
    _common(cmd)
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    cmd.set_defaults(run=_baseline)


def _text(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return " ".join(value.split())


def _future(value: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (write 2026-01-31)") from None
    if day < dt.date.today():
        raise argparse.ArgumentTypeError(f"{value} is in the past")
    return day


def _baseline(args: argparse.Namespace) -> int:
    """Accept every current finding under PATH: written with reason, who and expiry."""
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(
            f"consistency: error: {shown_path(missing[0])}: no such file or directory",
            file=sys.stderr,
        )
        return 2
    engine = _engine(args, list(args.paths))
    results = sorted(engine.check(args.paths), key=lambda r: r.path)
    for result in results:
        if result.error:
            print(f"ERROR {result.error}\n")
    output = args.output or _project(list(args.paths))[0] / DEFAULT_NAME
    expires = args.expires or dt.date.today() + dt.timedelta(days=DEFAULT_DAYS)
    findings = [f for r in results for f in r.findings]
    checked = [r.path for r in results if r.error is None]
    accept = (args.reason, args.by or accepted_by(), expires)
    print("consistency: " + write_baseline(output, shown_path(output), findings, checked, accept))
    return 1 if any(r.error for r in results) else 0


def _hook_commands(sub: Any) -> None:
    hook = sub.add_parser("hook", help="check the given articles against their whole stories")
    _common(hook)
    hook.add_argument("files", nargs="*", type=Path, metavar="FILE")
    hook.set_defaults(run=_hook)
    install = sub.add_parser("install-hook", help="write a git pre-commit hook running `hook`")
    install.add_argument("--force", action="store_true", help="replace a hook we did not write")
    _common(install)
    install.set_defaults(run=_install_hook)


def _checked(engine: Engine, args: argparse.Namespace) -> list[ArticleResult]:
    if args.changed_only is None:
        return sorted(engine.check(args.paths), key=lambda r: r.path)
    try:
        return changed_results(engine, args.paths, args.changed_only)
    except GitError as exc:
        raise GitError(f"--changed-only: {exc}") from None


def _hook(args: argparse.Namespace) -> int:
    """The given articles (the staged ones) checked with their stories on disk; others ignored."""
    missing = [p for p in args.files if not p.is_file()]
    if missing:
        print(f"consistency: error: {shown_path(missing[0])}: no such file", file=sys.stderr)
        return 2
    articles = [p for p in args.files if is_article(p)]
    engine = _engine(args, articles, baseline=True)  # the ini's baseline, as CI applies it
    results = check_only(engine, articles, story_universe(engine, articles))
    for result in results:
        _print_result(result)
    print(_summary(results))
    return 1 if any(r.outcome != "passed" for r in results) else 0


def _install_hook(args: argparse.Namespace) -> int:
    rules = args.rules or []
    done = install_hook(Path.cwd(), rules, day_first=args.day_first, force=args.force)
    print(f"consistency: {done}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    json.dump(json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
