"""Errors of our own: bad fact sheets and unreadable articles, always named with file and line."""

from __future__ import annotations


class ConsistencyError(Exception):
    """Base of every error this package raises for bad input."""


class FactSheetError(ConsistencyError):
    """A fact sheet that can't be used: `file:line: key: what is wrong (what is allowed)`."""

    def __init__(
        self, file: str, line: int, key: str | None, problem: str, allowed: str | None = None
    ) -> None:
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
        self.allowed = allowed
        # Line 0 means the problem is the whole file (missing, unreadable, empty): no line to show.
        where = (f"{file}:{line}: " if line else f"{file}: ") + (f"{key}: " if key else "")
        super().__init__(where + problem + (f" ({allowed})" if allowed else ""))


class ArticleError(ConsistencyError):
    """An article that can't be read or whose front matter is wrong."""

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


def decode_error_position(data: bytes, exc: UnicodeDecodeError) -> tuple[int, int]:
    """1-based line and column (in characters) of the byte a UTF-8 decode stopped at."""
    before = data[: exc.start].decode("utf-8", errors="replace")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1
