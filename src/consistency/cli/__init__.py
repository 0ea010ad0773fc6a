"""The `consistency` command: extract, check, suggest, schema, and the workflow commands (hook,
install-hook, baseline). Runs the core directly, without pytest.

Exit status (INTERFACE.md): `extract` 0, or 2 on a usage error or an unreadable file; `check` 0
when no error-severity finding, 1 on findings (or an unreadable article), 2 on a usage or
configuration error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from consistency import __version__
from consistency.baseline import BaselineError
from consistency.cli.commands import run_check, run_extract, run_schema, run_suggest
from consistency.cli.project import common_options
from consistency.cli.workflow import baseline_command, hook_commands
from consistency.errors import FactSheetError
from consistency.gitchanges import GitError, ref_argument
from consistency.installhook import HookInstallError
from consistency.render import github
from consistency.render.failure import write_failure_reports

__all__ = ["main"]


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
        _reports_of_a_stopped_run(args, str(exc))
        return 2
    except BaselineError as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        _reports_of_a_stopped_run(args, str(exc))
        return 2
    except (GitError, HookInstallError) as exc:
        print(f"consistency: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `consistency extract ... | head`: the reader left; that is no error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return result


def _reports_of_a_stopped_run(args: argparse.Namespace, problem: str) -> None:
    """`check --json/--sarif` still write their files when the configuration stops the run."""
    json_path, sarif_path = getattr(args, "json", None), getattr(args, "sarif", None)
    if isinstance(json_path, Path) or isinstance(sarif_path, Path):
        write_failure_reports(
            json_path if isinstance(json_path, Path) else None, sarif_path, problem
        )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consistency", description="Fact-consistency checks for news articles."
    )
    parser.add_argument("--version", action="version", version=f"consistency {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    extract = sub.add_parser("extract", help="print the claims found in each file")
    extract.add_argument("--json", action="store_true", help="print JSON (INTERFACE.md)")
    common_options(extract)
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")
    extract.set_defaults(run=run_extract)
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
    common_options(check)
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.set_defaults(run=run_check)
    schema = sub.add_parser("schema", help="print the JSON Schema of fact sheets")
    schema.set_defaults(run=run_schema)
    hook_commands(sub)
    baseline_command(sub)
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
    draft.set_defaults(run=run_suggest)
    return parser
