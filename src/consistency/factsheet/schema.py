"""The JSON Schema of the fact sheet format, generated from the registry the loader validates with.

Editors' tools (the YAML language server in VS Code, say) use it for completion and hover help.
It describes the structure; what JSON Schema can't say (a weekday matching its date, a figure an
article could state, globs inside the project) only the loader checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from consistency.factsheet.kinds import KINDS, STORY_KEYS, TOP_LEVEL, Key

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of a fact sheet."""
    facts = [
        _object(kind.all_keys, title=f"{kind.name} fact", description=kind.help)
        for kind in KINDS.values()
    ]
    return {
        "$schema": DIALECT,
        "title": "consistency fact sheet",
        "description": "The established facts of a story, which its articles must not contradict.",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "story": _object(STORY_KEYS, title="story", description=TOP_LEVEL["story"]),
            "facts": {
                "description": TOP_LEVEL["facts"],
                "type": "array",
                "items": {"oneOf": facts},
            },
        },
    }


def _object(keys: Iterable[Key[Any]], title: str, description: str) -> dict[str, Any]:
    keys = tuple(keys)
    return {
        "title": title,
        "description": description,
        "type": "object",
        "additionalProperties": False,
        "required": [key.name for key in keys if key.required],
        "properties": {key.name: {"description": key.help, **key.shape.schema()} for key in keys},
    }
