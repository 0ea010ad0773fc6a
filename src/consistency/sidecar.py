"""Sidecar files of suppressions: `ARTICLE.consistency.yaml` next to an article.

```yaml
# seeds/002_36496306b8a4a1a3.txt.consistency.yaml
ignore:
  - fact: donbas-death-toll          # a fact id, a finding kind (source, calendar) or *
    text: killed 14,000 civilians    # words of the paragraph it covers (or line: 9)
    reason: Kiev's own figure, attributed to it in the sentence
```

Read with the fact sheets' safe YAML reader, so every mistake is named with file:line and key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import ConsistencyError, FactSheetError
from consistency.factsheet.yamlnodes import Map, Node, Scalar, Seq, compose, wrong_type

SIDECAR_SUFFIX = ".consistency.yaml"
# What an `ignore` names: a fact id (lowercase letters, digits, hyphens), a finding kind, or *.
TARGET = re.compile(r"\*|[a-z0-9][a-z0-9-]*")
_KEYS = ("fact", "text", "line", "reason")
_ALLOWED = {
    "fact": "the fact id, a finding kind (source, calendar) or * for any",
    "text": "words of the paragraph the suppression covers",
    "line": "a line number of the article, 1 or more",
}


class SuppressionError(ConsistencyError):
    """A sidecar file that can't be used: `file:line: key: what is wrong (what is allowed)`."""


def sidecar_path(article: Path) -> Path:
    """The sidecar file of an article: `002.txt` → `002.txt.consistency.yaml`."""
    return article.with_name(article.name + SIDECAR_SUFFIX)


@dataclass(frozen=True)
class SidecarEntry:
    """One entry: what it ignores, the quoted text or the line it points at, and why."""

    target: str
    text: str | None
    line: int | None
    reason: str
    origin: str  # file:line
    key: str  # ignore[2]


def read_sidecar(path: Path, shown: str) -> list[SidecarEntry]:
    """The entries of a sidecar file; none when there is no file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise SuppressionError(f"{shown}: cannot read the file: {exc.strerror or exc}") from None
    try:
        root = compose(data, shown, "sidecar file")
        if root is None:
            return []
        return [_sidecar_entry(node, shown) for node in _ignore_list(root)]
    except FactSheetError as exc:
        raise SuppressionError(str(exc)) from None


def _ignore_list(root: Node) -> tuple[Node, ...]:
    if not isinstance(root, Map):
        raise wrong_type(root, "a mapping with the key ignore")
    for key in root.entries:
        if key != "ignore":
            raise root.key_error(key, "unknown key", "allowed: ignore")
    listed = root.entries.get("ignore")
    if listed is None or (isinstance(listed, Scalar) and listed.is_null):
        return ()
    if not isinstance(listed, Seq):
        raise wrong_type(listed, "a list of suppressions")
    return listed.items


def _sidecar_entry(node: Node, shown: str) -> SidecarEntry:
    if not isinstance(node, Map):
        raise wrong_type(node, "a mapping with fact, text or line, and reason")
    for key in node.entries:
        if key not in _KEYS:
            raise node.key_error(key, "unknown key", "allowed: " + ", ".join(_KEYS))
    values = {k: _scalar(v) for k, v in node.entries.items()}
    for key in ("fact", "text", "line"):
        if key in node.entries and not values[key]:
            raise node.entries[key].error("has no value", _ALLOWED[key])
    if "fact" not in node.entries:
        raise node.error("fact is missing", _ALLOWED["fact"])
    target = (values["fact"] or "").lower()
    if not TARGET.fullmatch(target):
        raise node.entries["fact"].error(f"{values['fact']!r} is not a fact id", _ALLOWED["fact"])
    if ("text" in values) == ("line" in values):
        raise node.error("give either text or line", "text: words of the paragraph, or line: N")
    line = values.get("line")
    if line is not None and (not line.isdigit() or int(line) < 1):
        raise node.entries["line"].error(f"{line!r} is not a line number", _ALLOWED["line"])
    reason = " ".join((values.get("reason") or "").split())
    return SidecarEntry(
        target,
        values.get("text"),
        int(line) if line else None,
        reason,
        f"{shown}:{node.line}",
        node.path,
    )


def _scalar(node: Node) -> str | None:
    if not isinstance(node, Scalar):
        raise wrong_type(node, "text")
    return None if node.is_null else node.text.strip()
