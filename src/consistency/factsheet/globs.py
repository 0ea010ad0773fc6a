"""Globs of article paths (`seeds/*.txt`, `stories/**/wire-*.md`), matched on relative posix paths.

`fnmatch` lets `*` cross `/` and `pathlib`'s matching changed between Python versions, so the
translation to a regular expression is our own and small: `*` and `?` stay inside one folder, a
`**` segment spans any number of folders, `[abc]`, `[a-z]` and `[!abc]` are character classes, and a
pattern ending in `/` (`seeds/`) means everything under that folder.

>>> glob_matches("seeds/*.txt", "seeds/001.txt"), glob_matches("seeds/*.txt", "seeds/old/001.txt")
(True, False)
>>> glob_matches("**/wire-*.md", "wire-1.md"), glob_matches("stories/**/*.md", "stories/a/b/c.md")
(True, True)
"""

from __future__ import annotations

import functools
import re


def glob_matches(pattern: str, relpath: str) -> bool:
    """True when the relative posix path `relpath` matches `pattern`; ValueError if it's invalid."""
    return _compile(_strip_dot(pattern)).fullmatch(_strip_dot(relpath)) is not None


def validate_glob(pattern: str) -> str | None:
    """What is wrong with `pattern` as an article glob, or None when it is usable."""
    if not pattern.strip():
        return "the pattern is empty"
    if "\\" in pattern:
        return "it has a backslash; use / between folders"
    if pattern.startswith("/") or re.match(r"[A-Za-z]:", pattern):
        return "it is an absolute path"
    if ".." in pattern.split("/"):
        return "it goes up out of the folder with '..'"
    try:
        _compile(_strip_dot(pattern))
    except _BadPattern as exc:
        return str(exc)
    return None


class _BadPattern(ValueError):
    """A pattern that can't be translated: an unclosed `[`, a reversed range."""


def _strip_dot(path: str) -> str:
    while path.startswith("./"):
        path = path[2:]
    return path


@functools.lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("/"):
        pattern += "**"
    segments = pattern.split("/")
    parts: list[str] = []
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == "**":
            # `a/**/b` matches a/b, a/x/b, a/x/y/b; a final `a/**` matches everything under a.
            parts.append("(?:[^/]+/)*[^/]+" if last else "(?:[^/]+/)*")
        else:
            parts.append(_translate_segment(segment) + ("" if last else "/"))
    try:
        return re.compile("".join(parts))
    except re.error as exc:
        raise _BadPattern(f"a '[...]' class is wrong: {exc.msg}") from None


def _translate_segment(segment: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(segment):
        char = segment[i]
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            cls, i = _translate_class(segment, i)
            out.append(cls)
            continue
        else:
            out.append(re.escape(char))
        i += 1
    return "".join(out)


def _translate_class(segment: str, start: int) -> tuple[str, int]:
    """The regex for the class opening at `segment[start]`, and the index just after it."""
    i = start + 1
    negate = i < len(segment) and segment[i] in "!^"
    if negate:
        i += 1
    members: list[str] = []
    # A `]` right after the opening (or after `!`) is a member, as in fnmatch: `[]a]`.
    if i < len(segment) and segment[i] == "]":
        members.append("\\]")
        i += 1
    while i < len(segment) and segment[i] != "]":
        members.append("\\" + segment[i] if segment[i] in "\\^[]" else segment[i])
        i += 1
    if i >= len(segment):
        raise _BadPattern("a '[' is not closed by ']'")
    body = "".join(members)
    # Neither kind of class may match the folder separator.
    return ("[^/" + body + "]" if negate else "(?!/)[" + body + "]"), i + 1
