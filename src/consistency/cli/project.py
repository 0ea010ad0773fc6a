"""Where the command line finds the project: its root, fact sheets and baseline, as pytest would."""

from __future__ import annotations

import argparse
import configparser
import os
import sys
from pathlib import Path
from typing import Any

from consistency.baseline import Baseline, load_baseline
from consistency.engine import Engine, shown_path
from consistency.errors import FactSheetError
from consistency.factsheet import load_sheets

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=None,
        metavar="PATH",
        help="fact sheet file or folder (repeatable; default: consistency_rules of pyproject.toml)",
    )
    parser.add_argument("--day-first", action="store_true", help="read 13/4/2021 as 13 April")


def engine_for(args: argparse.Namespace, paths: list[Path], *, baseline: bool = False) -> Engine:
    """An engine rooted where pytest would root the run, with the fact sheets it would load
    (and, with `baseline`, the baseline it would apply)."""
    root, configured = project(paths)
    rules = args.rules if args.rules is not None else configured
    sheets = load_sheets([Path(shown_path(p.resolve())) for p in rules])
    if args.rules is not None and not sheets:
        named = ", ".join(shown_path(p) for p in args.rules)
        raise FactSheetError(named, 0, None, "no fact sheet here (allowed: *.yaml, *.yml files)")
    accepted = baseline_file(args, root) if baseline else None
    return Engine(sheets, root, day_first=args.day_first, baseline=accepted)


def baseline_file(args: argparse.Namespace, root: Path) -> Baseline | None:
    """`--baseline FILE`, else the ini's `consistency_baseline` (relative to the root)."""
    path: Path | None = getattr(args, "baseline", None)
    if path is None:
        configured = ini_values(root, "consistency_baseline")
        path = root / configured[0] if configured else None
    return None if path is None else load_baseline(path, shown_path(path))


def project(paths: list[Path]) -> tuple[Path, list[Path]]:
    """The project root and its `consistency_rules`, found as pytest finds its rootdir and ini
    file: the nearest folder above the checked paths (else above the working directory) with
    pytest.ini, a pyproject.toml configuring pytest, tox.ini [pytest] or setup.cfg
    [tool:pytest]. Fact sheet globs are relative to it."""
    common = Path(os.path.commonpath([p.resolve() for p in paths])) if paths else Path.cwd()
    for start in (common, Path.cwd()):
        for folder in (start, *start.parents):
            rules = ini_values(folder)
            if rules is not None:
                return folder, [folder / r for r in rules]
    return Path.cwd(), []


def ini_values(folder: Path, key: str = "consistency_rules") -> list[str] | None:
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


def missing_path(paths: list[Path]) -> bool:
    """Say so, naming the first, when a path given does not exist (the command exits 2)."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(
            f"consistency: error: {shown_path(missing[0])}: no such file or directory",
            file=sys.stderr,
        )
    return bool(missing)
