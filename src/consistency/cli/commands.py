"""`extract`, `check`, `suggest` and `schema`."""

from __future__ import annotations

import argparse
import json
import os
import sys

from consistency.cli.project import engine_for, missing_path, project
from consistency.cli.report import github_outputs, print_result, summary, write_report
from consistency.engine import ArticleResult, Engine, shown_path
from consistency.errors import ArticleError
from consistency.factsheet import json_schema
from consistency.gitchanges import GitError
from consistency.hooks import changed_results
from consistency.render import github
from consistency.render.jsonreport import check_report, claim_to_dict, extract_report
from consistency.render.sarif import sarif_report
from consistency.suggest import draft_sheets


def run_extract(args: argparse.Namespace) -> int:
    engine = engine_for(args, [p.parent for p in args.files])
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


def run_check(args: argparse.Namespace) -> int:
    if missing_path(args.paths):
        return 2
    engine = engine_for(args, list(args.paths), baseline=True)
    results = _checked(engine, args)
    for result in results:
        print_result(result)
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
        if not write_report(args.sarif, sarif + "\n"):
            return 2
    if (
        github.enabled(os.environ)
        and results
        and not github_outputs(findings, problems, len(results))
    ):
        return 2
    print(summary(results))
    return 1 if any(r.outcome != "passed" for r in results) else 0


def _checked(engine: Engine, args: argparse.Namespace) -> list[ArticleResult]:
    if args.changed_only is None:
        return sorted(engine.check(args.paths), key=lambda r: r.path)
    try:
        return changed_results(engine, args.paths, args.changed_only)
    except GitError as exc:
        raise GitError(f"--changed-only: {exc}") from None


def run_suggest(args: argparse.Namespace) -> int:
    if missing_path(args.paths):
        return 2
    root, _ = project(list(args.paths))
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


def run_schema(args: argparse.Namespace) -> int:
    json.dump(json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0
