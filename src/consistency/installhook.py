"""`consistency install-hook`: a plain git pre-commit hook, for teams without pre-commit.

The hook passes the staged articles to `consistency hook`, which checks them against their whole
stories on disk. It is found again by its marker line, so installing twice rewrites our own hook
and never someone else's (unless forced; the replaced hook is kept beside it).
"""

from __future__ import annotations

import os
import shlex
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from consistency.articles import ARTICLE_SUFFIXES
from consistency.engine import shown_path
from consistency.gitchanges import hooks_dir, toplevel

MARKER = "# consistency-install-hook: written by `consistency install-hook`, which may rewrite it"

_SCRIPT = """\
#!/bin/sh
{marker}
# Checks the staged articles (and the stories of staged fact sheets) against the fact sheets and
# the whole stories on disk; a finding of error severity refuses the commit. Skip it once with
# `git commit --no-verify`.
set -f
IFS='
'
files=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR -- {pathspecs})
[ -n "$files" ] || exit 0
python={python}
if [ -x "$python" ]; then
    "$python" -m consistency.cli hook {args}-- $files
else
    consistency hook {args}-- $files
fi
status=$?
if [ "$status" -ne 0 ]; then
    echo "consistency: commit refused (see above; skip the check with git commit --no-verify)" >&2
fi
exit "$status"
"""


class HookInstallError(Exception):
    """A hook that consistency did not write is in the way, or the folder is no repository."""


def hook_script(args: Sequence[str] = (), python: str = sys.executable) -> str:
    """The text of the pre-commit hook: `consistency hook ARGS -- <staged articles>`.

    The interpreter that installed it runs it (commits from a shell without the virtual
    environment still work); where that is gone, `consistency` on PATH does.
    """
    return _SCRIPT.format(
        marker=MARKER,
        # Articles, and fact sheets (an edited fact re-checks its stories).
        pathspecs=" ".join(
            f"':(icase)*{suffix}'" for suffix in (*ARTICLE_SUFFIXES, ".yaml", ".yml")
        ),
        python=shlex.quote(python),
        args="".join(f"{shlex.quote(a)} " for a in args),
    )


def install_hook(
    folder: Path, rules: Sequence[Path] = (), *, day_first: bool = False, force: bool = False
) -> str:
    """Write the pre-commit hook of the repository holding `folder`; what was done, in words.

    `rules` and `day_first` are passed on to `consistency hook`; git runs hooks at the top of the
    working tree, so fact sheet paths are written relative to it."""
    hooks = hooks_dir(folder)
    top = toplevel(folder)
    args = [
        a for r in rules for a in ("--rules", Path(os.path.relpath(r.resolve(), top)).as_posix())
    ]
    text = hook_script([*args, *(["--day-first"] if day_first else [])])
    path = hooks / "pre-commit"
    shown = shown_path(path)
    verb, backup = "wrote", path
    if path.exists():
        old = path.read_text(encoding="utf-8", errors="replace")
        if old == text:
            return f"the pre-commit hook {shown} is already installed"
        if MARKER in old:
            verb = "updated"
        elif not force:
            raise HookInstallError(
                f"{shown}: a pre-commit hook that consistency did not write is already there; "
                "call `consistency hook FILE...` from it, or replace it with "
                f"`consistency install-hook --force` (it is then kept as {shown}.bak)"
            )
        else:
            backup = _free_backup(path)
            path.replace(backup)
            verb = "replaced"
    hooks.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    kept = f" (the old one is kept as {shown_path(backup)})" if verb == "replaced" else ""
    return f"{verb} the pre-commit hook {shown}{kept}"


__all__ = ["MARKER", "HookInstallError", "hook_script", "install_hook"]


def _free_backup(path: Path) -> Path:
    """`pre-commit.bak`, or `.bak.2`, `.bak.3`... when earlier backups are there: a second
    `--force` must not overwrite the first foreign hook it set aside."""
    backup, n = path.with_name("pre-commit.bak"), 2
    while backup.exists():
        backup, n = path.with_name(f"pre-commit.bak.{n}"), n + 1
    return backup
