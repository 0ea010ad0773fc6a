"""The editorial workflow commands: `hook`, `install-hook` and `baseline`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from consistency.baseline import DEFAULT_DAYS, DEFAULT_NAME, accepted_by, write_baseline
from consistency.cli.project import common_options, engine_for, missing_path, project
from consistency.cli.report import print_result, summary
from consistency.engine import is_article, shown_path
from consistency.hooks import articles_of_sheets, check_only, story_universe
from consistency.installhook import install_hook


def baseline_command(sub: Any) -> None:
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
    common_options(cmd)
    cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    cmd.set_defaults(run=run_baseline)


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


def run_baseline(args: argparse.Namespace) -> int:
    """Accept every current finding under PATH: written with reason, who and expiry."""
    if missing_path(args.paths):
        return 2
    engine = engine_for(args, list(args.paths))
    results = sorted(engine.check(args.paths), key=lambda r: r.path)
    for result in results:
        if result.error:
            print(f"ERROR {result.error}\n")
    output = args.output or project(list(args.paths))[0] / DEFAULT_NAME
    expires = args.expires or dt.date.today() + dt.timedelta(days=DEFAULT_DAYS)
    findings = [f for r in results for f in r.findings]
    checked = [r.path for r in results if r.error is None]
    accept = (args.reason, args.by or accepted_by(), expires)
    print("consistency: " + write_baseline(output, shown_path(output), findings, checked, accept))
    return 1 if any(r.error for r in results) else 0


def hook_commands(sub: Any) -> None:
    hook = sub.add_parser("hook", help="check the given articles against their whole stories")
    common_options(hook)
    hook.add_argument("files", nargs="*", type=Path, metavar="FILE")
    hook.set_defaults(run=run_hook)
    install = sub.add_parser("install-hook", help="write a git pre-commit hook running `hook`")
    install.add_argument("--force", action="store_true", help="replace a hook we did not write")
    common_options(install)
    install.set_defaults(run=run_install_hook)


def run_hook(args: argparse.Namespace) -> int:
    """The given articles (the staged ones) checked with their stories on disk, and the articles
    of a given fact sheet's stories; other files ignored."""
    missing = [p for p in args.files if not p.is_file()]
    if missing:
        print(f"consistency: error: {shown_path(missing[0])}: no such file", file=sys.stderr)
        return 2
    articles = [p for p in args.files if is_article(p)]
    engine = engine_for(args, articles, baseline=True)  # the ini's baseline, as CI applies it
    # A staged fact sheet: every article of its stories is checked against the edited facts.
    articles = sorted({p.resolve() for p in articles} | set(articles_of_sheets(engine, args.files)))
    if not articles:
        return 0  # no article and no fact sheet staged: nothing to check, nothing to say
    results = check_only(engine, articles, story_universe(engine, articles))
    for result in results:
        print_result(result)
    print(summary(results))
    return 1 if any(r.outcome != "passed" for r in results) else 0


def run_install_hook(args: argparse.Namespace) -> int:
    rules = args.rules or []
    done = install_hook(Path.cwd(), rules, day_first=args.day_first, force=args.force)
    print(f"consistency: {done}")
    return 0
