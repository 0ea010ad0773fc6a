"""What git knows that the checks need: the articles changed since a ref, and where hooks live.

Pure core: `git` run as a subprocess (no library, no pytest), each answer read from NUL-separated
output so any file name survives. Errors are `GitError`s whose text says what to do.
"""

from __future__ import annotations

import argparse
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

from consistency.engine import is_article


class GitError(Exception):
    """git is missing, the folder is not in a repository, or a revision is unknown."""


def git(folder: Path, *args: str) -> str:
    """The output of `git ARGS` run in `folder` (raises GitError with git's own message)."""
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=folder,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed (no `git` command on PATH)") from None
    except NotADirectoryError:
        raise GitError(f"{folder}: not a folder") from None
    if done.returncode != 0:
        message = done.stderr.strip().splitlines()
        raise GitError(message[-1] if message else f"`git {' '.join(args)}` failed")
    return done.stdout


def toplevel(folder: Path) -> Path:
    """The top folder of the working tree holding `folder`."""
    try:
        return Path(git(folder, "rev-parse", "--show-toplevel").strip())
    except GitError:
        raise GitError(f"{folder}: not in a git repository") from None


def is_revision(folder: Path, ref: str) -> bool:
    """Whether `ref` names a commit in the repository of `folder`."""
    if ref.startswith("-"):  # never an option of git's (`--end-of-options` needs git 2.30)
        return False
    try:
        git(folder, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except GitError:
        return False
    return True


def changed_files(folder: Path, ref: str = "HEAD") -> list[Path]:
    """The files that differ from `ref` in the working tree (staged or not) or are untracked
    and not ignored; absolute, sorted; deleted ones left out (nothing to check)."""
    top = toplevel(folder)
    base = _base(top, ref)
    diff = git(top, "diff", "--name-only", "--no-renames", "--no-ext-diff", "-z", base, "--")
    untracked = git(top, "ls-files", "--others", "--exclude-standard", "-z")
    names = {n for n in (diff + untracked).split("\0") if n}
    return sorted(p.resolve() for p in (top / n for n in names) if p.is_file())


def changed_articles(
    folder: Path, ref: str = "HEAD", sheets: Iterable[Path] = (), everything: Iterable[Path] = ()
) -> list[Path]:
    """The article files changed since `ref` (see `changed_files`). When one of the fact
    sheets `sheets` changed, every article of `everything` counts as changed: an edited fact
    can fail an article nobody touched."""
    changed = changed_files(folder, ref)
    if {p.resolve() for p in sheets} & set(changed):
        return sorted({p.resolve() for p in everything} | {p for p in changed if is_article(p)})
    return [p for p in changed if is_article(p)]


def _base(top: Path, ref: str) -> str:
    """The commit to compare with; before the first commit, HEAD is the empty tree."""
    if is_revision(top, ref):
        return ref
    if ref == "HEAD" and not git(top, "rev-list", "-n", "1", "--all").strip():
        # A repository with no commit yet: everything in it is a change.
        return git(top, "hash-object", "-t", "tree", "/dev/null").strip()
    raise GitError(f"{ref!r} is not a commit of the git repository at {top}")


def ref_argument(option: str) -> Callable[[str], str]:
    """An argparse `type` for `OPTION[=REF]`: `--changed-only seeds/` would take the folder for
    the REF (argparse gives an optional value the next word); say so instead of checking nothing."""

    def ref(value: str) -> str:
        if Path(value).exists() and not is_revision(Path.cwd(), value):
            raise argparse.ArgumentTypeError(
                f"{value!r} is a path, not a git revision: write {option}=REF, "
                f"or put {option} after the paths"
            )
        return value

    return ref


def hooks_dir(folder: Path) -> Path:
    """The hooks folder git runs hooks from (`core.hooksPath` and worktrees respected)."""
    toplevel(folder)  # a clear "not in a git repository" first
    path = Path(git(folder, "rev-parse", "--git-path", "hooks").strip())
    return path if path.is_absolute() else (folder / path).resolve()


__all__ = [
    "GitError",
    "changed_articles",
    "git",
    "hooks_dir",
    "is_revision",
    "ref_argument",
    "toplevel",
]
