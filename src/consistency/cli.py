"""The `consistency` command: extract, check, schema. Runs the core directly, without pytest.

Exit status (INTERFACE.md): `extract` 0, or 2 on a usage error or an unreadable file; `check` 0
when no error-severity finding, 1 on findings (or an unreadable article), 2 on a usage or
configuration error.
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from consistency import __version__
from consistency.engine import ArticleResult, Engine, shown_path
from consistency.errors import ArticleError, FactSheetError
from consistency.factsheet import json_schema, load_sheets
from consistency.model import Severity
from consistency.render.jsonreport import check_report, claim_to_dict, extract_report
from consistency.render.text import format_finding
from consistency.suggest import draft_sheets

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
    _common(check)
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.set_defaults(run=_check)
    schema = sub.add_parser("schema", help="print the JSON Schema of fact sheets")
    schema.set_defaults(run=_schema)
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


def _engine(args: argparse.Namespace, paths: list[Path]) -> Engine:
    """An engine rooted where pytest would root the run, with the fact sheets it would load."""
    root, configured = _project(paths)
    rules = args.rules if args.rules is not None else configured
    sheets = load_sheets([Path(shown_path(p.resolve())) for p in rules])
    if args.rules is not None and not sheets:
        named = ", ".join(shown_path(p) for p in args.rules)
        raise FactSheetError(named, 0, None, "no fact sheet here (allowed: *.yaml, *.yml files)")
    return Engine(sheets, root, day_first=args.day_first)


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


def _ini_rules(folder: Path) -> list[str] | None:
    """`consistency_rules` of the folder's pytest configuration; None when it has none."""
    if (folder / "pytest.ini").is_file():
        return _cfg_rules(folder / "pytest.ini", "pytest") or []
    ini = _pytest_ini(folder / "pyproject.toml")
    if ini is not None:
        rules = ini.get("consistency_rules", [])
        return [str(r) for r in ([rules] if isinstance(rules, str) else rules)]
    for name, section in (("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        found = _cfg_rules(folder / name, section)
        if found is not None:
            return found
    return None


def _cfg_rules(path: Path, section: str) -> list[str] | None:
    """`consistency_rules` of an ini-style file's section; None when it has no such section."""
    if not path.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return None
    if not parser.has_section(section):
        return None
    return parser.get(section, "consistency_rules", fallback="").split()


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
    engine = _engine(args, list(args.paths))
    results = sorted(engine.check(args.paths), key=lambda r: r.path)
    for result in results:
        _print_result(result)
    findings = [f for r in results for f in r.findings]
    if args.json:
        rows = [(r.path, r.story, r.outcome) for r in results]
        report = json.dumps(check_report(rows, findings), indent=2, ensure_ascii=False) + "\n"
        try:
            args.json.write_text(report, encoding="utf-8")
        except OSError as exc:  # a usage error (exit 2), not a finding: name the file, no traceback
            problem = f"{shown_path(args.json)}: cannot write the report: {exc.strerror or exc}"
            print(f"consistency: error: {problem}", file=sys.stderr)
            return 2
    print(_summary(results))
    return 1 if any(r.outcome != "passed" for r in results) else 0


def _print_result(result: ArticleResult) -> None:
    if result.error:
        print(f"ERROR {result.error}\n")
    for finding in result.findings:
        label = "FAIL" if finding.severity is Severity.ERROR else "WARN"
        print(f"{label} {format_finding(finding)}\n")


def _summary(results: list[ArticleResult]) -> str:
    outcomes = [r.outcome for r in results]
    findings = [f for r in results for f in r.findings]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    return (
        f"consistency: {_plural(len(results), 'article')} checked: "
        f"{outcomes.count('passed')} passed, "
        f"{outcomes.count('failed')} failed, {outcomes.count('error')} unreadable; "
        f"{_plural(errors, 'error')}, {_plural(len(findings) - errors, 'warning')}"
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


def _schema(args: argparse.Namespace) -> int:
    json.dump(json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
