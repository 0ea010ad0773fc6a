"""Safe YAML reading for fact sheets: a node tree in which every value knows its file, line and key.

Only composition is used (never construction), so no YAML tag can run code or build objects.
Anchors and aliases are refused as soon as the composer meets one: a fact sheet never needs them,
and refusing them is what stops an alias bomb ("billion laughs") before anything is expanded.
Duplicate mapping keys, which PyYAML silently resolves by keeping the last, are refused too. Scalars
keep the text as written; the value shapes (`values.py`) read that text, so `NO`, `14:00` or
`2021-04-13` mean what the editor typed, not what YAML 1.1 would make of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from consistency.errors import FactSheetError, decode_error_position

_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
# A fact sheet nests four collections (sheet → facts → fact → cues); sixteen leaves room and keeps
# PyYAML's recursive composer far from Python's recursion limit on hostile input.
_MAX_DEPTH = 16


@dataclass(frozen=True)
class Node:
    """A YAML value and where it was written: file, 1-based line, dotted key (`facts[2].cues`)."""

    file: str
    line: int
    path: str

    def error(self, problem: str, allowed: str | None = None) -> FactSheetError:
        """A `FactSheetError` pointing at this value."""
        return FactSheetError(self.file, self.line, self.path or None, problem, allowed)


@dataclass(frozen=True)
class Scalar(Node):
    """A single value, with its text exactly as written (quotes and escapes resolved)."""

    text: str
    tag: str

    @property
    def is_null(self) -> bool:
        """True for a key with nothing after it, `~` or `null`."""
        return self.tag == _NULL_TAG


@dataclass(frozen=True)
class Seq(Node):
    """A list."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class Map(Node):
    """A mapping of plain keys to values, in the order written, with the line of each key."""

    entries: Mapping[str, Node]
    key_lines: Mapping[str, int]

    def key_error(self, key: str, problem: str, allowed: str | None = None) -> FactSheetError:
        """A `FactSheetError` pointing at `key` itself (an unknown key, say)."""
        line = self.key_lines.get(key, self.line)
        return FactSheetError(self.file, line, join(self.path, key), problem, allowed)


def join(path: str, key: str | int) -> str:
    """The dotted path of an entry (`facts[2]`) or a key (`facts[2].cues`) under `path`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def describe(node: Node) -> str:
    """How a value is named in messages: "a list", "a mapping", "the value 'x'"."""
    if isinstance(node, Seq):
        return "a list"
    if isinstance(node, Scalar):
        text = node.text if len(node.text) <= 40 else node.text[:37] + "..."
        return f"the value {text!r}"
    return "a mapping"


def wrong_type(node: Node, what: str) -> FactSheetError:
    """The error for `node` when `what` ("text", "a list of facts") was expected."""
    if isinstance(node, Scalar) and node.is_null:
        where = "entry" if node.path.endswith("]") else "key"
        return node.error("has no value", f"write {what}, or remove the {where}")
    return node.error(f"must be {what}, not {describe(node)}")


class _Refused(Exception):
    """Raised inside the composer, turned into a `FactSheetError` once the file name is at hand."""

    def __init__(self, line: int, problem: str, allowed: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem
        self.allowed = allowed


class _Composer(yaml.SafeLoader):
    """PyYAML's safe composer, refusing anchors, aliases and deep nesting as they are met."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise _Refused(
                line,
                "YAML anchors and aliases (&name, *name) are not allowed in fact sheets",
                "write each value out in full",
            )
        if self._depth >= _MAX_DEPTH:
            raise _Refused(
                line, f"nested more than {_MAX_DEPTH} levels deep", "a fact sheet needs four"
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def compose(data: bytes, file: str, kind: str = "fact sheet") -> Node | None:
    """The node tree of a fact sheet's bytes (or another YAML file of ours, named by `kind` in
    the advice of an error); None when the file holds no YAML value at all."""
    text = _decode(data, file, kind)
    composer: _Composer | None = None
    try:
        # The reader checks every character as it is constructed, so that is inside the `try`.
        composer = _Composer(text)
        root = composer.get_single_node()
    except _Refused as exc:
        raise FactSheetError(file, exc.line, None, exc.problem, exc.allowed) from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, file) from None
    except yaml.reader.ReaderError as exc:
        # PyYAML refuses control characters (NUL, say) outright: usually a binary or damaged file.
        line = text[: exc.position].count("\n") + 1
        problem = f"the control character U+{exc.character:04X} is not allowed in YAML"
        raise FactSheetError(file, line, None, problem, f"save the {kind} as text") from None
    finally:
        if composer is not None:
            composer.dispose()
    return None if root is None else _convert(root, file, "")


def _decode(data: bytes, file: str, kind: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = decode_error_position(data, exc)
        raise FactSheetError(
            file,
            line,
            None,
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at column {column} can't be decoded",
            f"save the {kind} as UTF-8",
        ) from None
    return text.removeprefix("\ufeff")


def _syntax_error(exc: yaml.MarkedYAMLError, file: str) -> FactSheetError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    if exc.context and exc.context.startswith("expected a single document"):
        return FactSheetError(
            file, line, None, "a second YAML document", "a fact sheet is one: remove this ---"
        )
    problem = f"not valid YAML: {exc.problem or exc.context or 'unreadable'}"
    if "'\\t'" in problem:
        return FactSheetError(file, line, None, problem, "indent with spaces, not tabs")
    # The context names where the broken construct started ("while scanning a quoted scalar").
    hint = exc.context if exc.problem else None
    if hint and exc.context_mark is not None and exc.context_mark.line + 1 != line:
        hint += f" from line {exc.context_mark.line + 1}"
    if "<block" in problem:
        hint = (hint + "; " if hint else "") + "check the indentation"
    return FactSheetError(file, line, None, problem, hint)


def _convert(node: yaml.Node, file: str, path: str) -> Node:
    line = node.start_mark.line + 1
    if node.tag not in _STANDARD_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise FactSheetError(
            file,
            line,
            path or None,
            f"the YAML tag {tag} is not allowed",
            "allowed: plain values, lists and mappings, without tags",
        )
    if isinstance(node, yaml.ScalarNode):
        return Scalar(file, line, path, text=str(node.value), tag=node.tag)
    if isinstance(node, yaml.SequenceNode):
        items = tuple(_convert(item, file, join(path, i)) for i, item in enumerate(node.value))
        return Seq(file, line, path, items=items)
    assert isinstance(node, yaml.MappingNode)
    return _convert_map(node, file, path)


def _convert_map(node: yaml.MappingNode, file: str, path: str) -> Map:
    entries: dict[str, Node] = {}
    key_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if key_node.tag == _MERGE_TAG:
            raise FactSheetError(
                file,
                key_line,
                path or None,
                "YAML merge keys (<<) are not allowed in fact sheets",
                "write each key out in full",
            )
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _STANDARD_TAGS:
            raise FactSheetError(
                file, key_line, path or None, "a key must be a plain name, not a list or mapping"
            )
        key = str(key_node.value)
        if key in entries:
            raise FactSheetError(
                file,
                key_line,
                join(path, key),
                f"given twice, first on line {key_lines[key]}",
                "keep one: YAML would silently use only the last",
            )
        key_lines[key] = key_line
        entries[key] = _convert(value_node, file, join(path, key))
    return Map(file, node.start_mark.line + 1, path, entries=entries, key_lines=key_lines)
