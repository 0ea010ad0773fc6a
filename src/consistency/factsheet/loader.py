"""Loading fact sheets: reading files, checking each key against the registry, building facts."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from consistency.errors import FactSheetError
from consistency.facts import Fact, FactSheet, Origin, Story
from consistency.factsheet.kinds import (
    ARTICLES,
    ID,
    KINDS,
    STORY_DATE,
    STORY_ID,
    STORY_KEYS,
    TITLE,
    TOP_LEVEL,
    Fields,
    Key,
)
from consistency.factsheet.values import ID_HINT
from consistency.factsheet.yamlnodes import Map, Node, Scalar, Seq, compose, describe, wrong_type

SHEET_SUFFIXES = (".yaml", ".yml")


def load_sheet(path: Path, display: str | None = None) -> FactSheet:
    """Load and validate the fact sheet at `path`; `display` is the path shown in messages."""
    shown = display or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FactSheetError(shown, 0, None, "no such file or directory") from None
    except OSError as exc:
        raise FactSheetError(
            shown, 0, None, f"cannot read the file: {exc.strerror or exc}"
        ) from None
    return parse_sheet(data, shown, path.stem)


def load_sheets(paths: Iterable[Path]) -> list[FactSheet]:
    """Load the sheets at `paths` (files, or folders of `*.yaml`/`*.yml`); ids unique across all."""
    sheets = [load_sheet(path) for path in _sheet_files(paths)]
    seen: dict[str, Origin] = {}
    for sheet in sheets:
        for i, fact in enumerate(sheet.facts):
            first = seen.get(fact.id)
            if first is not None:
                raise _duplicate_id(fact.id, first, fact.origin, i)
            seen[fact.id] = fact.origin
    return sheets


def parse_sheet(data: bytes, display: str, stem: str) -> FactSheet:
    """Validate a fact sheet's bytes; `stem` is the story id when the sheet gives none."""
    root = compose(data, display)
    # "---" alone is a document holding nothing: as empty as an empty file.
    if root is None or (isinstance(root, Scalar) and root.is_null):
        raise FactSheetError(display, 0, None, "the fact sheet is empty", _allowed(TOP_LEVEL))
    if not isinstance(root, Map):
        raise root.error(
            f"the fact sheet must be a mapping with story: and facts:, not {describe(root)}",
            _allowed(TOP_LEVEL),
        )
    _check_keys(root, TOP_LEVEL, "a fact sheet")
    if not root.entries:
        raise root.error("the fact sheet declares no story and no facts", _allowed(TOP_LEVEL))
    story_node = root.entries.get("story")
    story = Story(stem, None, None, ()) if story_node is None else _story(story_node, stem)
    facts_node = root.entries.get("facts")
    facts = () if facts_node is None else _facts(facts_node)
    return FactSheet(path=display, story=story, facts=facts)


def _sheet_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Dot files are editors' backups and lock files (`.#story.yaml`), not sheets.
            files += sorted(
                p
                for p in path.iterdir()
                if p.suffix.lower() in SHEET_SUFFIXES and not p.name.startswith(".") and p.is_file()
            )
        else:
            files.append(path)
    # A file named both on its own and through its folder is loaded once, not reported as a clash.
    unique: dict[Path, Path] = {}
    for file in files:
        unique.setdefault(file.resolve(), file)
    return list(unique.values())


def _story(node: Node, stem: str) -> Story:
    if not isinstance(node, Map):
        raise wrong_type(node, "a mapping of story keys")
    values = _read(node, STORY_KEYS, "story")
    return Story(
        id=values.get(STORY_ID.name, stem),
        title=values.get(TITLE.name),
        date=values.get(STORY_DATE.name),
        articles=values.get(ARTICLES.name, ()),
    )


def _facts(node: Node) -> tuple[Fact, ...]:
    if not isinstance(node, Seq):
        raise wrong_type(node, "a list of facts")
    facts: dict[str, Fact] = {}
    for i, item in enumerate(node.items):
        if not isinstance(item, Map):
            raise wrong_type(item, "a mapping with an id and a kind")
        fact = _fact(item)
        if fact.id in facts:
            # Pointing at the repeated id's line, which may not be the fact's first line.
            where = Origin(item.file, item.key_lines[ID.name])
            raise _duplicate_id(fact.id, facts[fact.id].origin, where, i)
        facts[fact.id] = fact
    return tuple(facts.values())


def _fact(node: Map) -> Fact:
    present = [name for name in KINDS if name in node.entries]
    if not present:
        raise node.error(_no_kind(node), "allowed: one of " + ", ".join(sorted(KINDS)))
    if len(present) > 1:
        raise node.error(
            "several kinds given: " + ", ".join(sorted(present)),
            "allowed: one of " + ", ".join(sorted(KINDS)),
        )
    kind = KINDS[present[0]]
    values = _read(node, kind.all_keys, f"a {kind.name} fact")
    for key in kind.all_keys:
        if key.required and key.name not in values:
            raise node.error(f"no {key.name} given", ID_HINT if key is ID else None)
    return kind.build(Fields(node, values))


def _no_kind(node: Map) -> str:
    """The no-kind problem, naming the kind the editor probably meant when a key is misspelt."""
    known = {key.name for kind in KINDS.values() for key in kind.all_keys}
    for key in node.entries:
        close = difflib.get_close_matches(key, KINDS, n=1)
        if close and key not in known:
            return f"no kind given; did you mean {close[0]} instead of {key}?"
    return "no kind given"


def _read(node: Map, keys: Iterable[Key[Any]], what: str) -> dict[str, Any]:
    """The values of a mapping's keys, read in the order written, after refusing unknown keys."""
    by_name = {key.name: key for key in keys}
    _check_keys(node, by_name, what)
    return {name: by_name[name].shape.convert(value) for name, value in node.entries.items()}


def _check_keys(node: Map, allowed: Collection[str], what: str) -> None:
    for key in node.entries:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"; did you mean {close[0]}?" if close else ""
            # `{quantity: about 14,000}` is two entries in YAML: "about 14" and "000".
            if re.match(r"[0-9]{3}\b", key):
                hint = "; a comma inside { } splits a figure: put it in quotes, 'about 14,000'"
            raise node.key_error(key, f"not a key of {what}{hint}", _allowed(allowed))


def _allowed(names: Iterable[str]) -> str:
    return "allowed: " + ", ".join(sorted(names))


def _duplicate_id(fact_id: str, first: Origin, where: Origin, index: int) -> FactSheetError:
    return FactSheetError(
        where.file,
        where.line,
        f"facts[{index}].id",
        f"{fact_id!r} is already the id of the fact at {first}",
        "allowed: each id once across all fact sheets loaded together",
    )
