"""Fact sheets: the editors' YAML files of established facts, loaded, validated and described.

`load_sheets([Path("rules")])` reads every `rules/*.yaml`; any mistake in a sheet is a
`FactSheetError` naming the file, line and key. `json_schema()` describes the same format for
editors' tools, generated from the registry of kinds the loader validates with.
"""

from __future__ import annotations

from consistency.factsheet.globs import glob_matches, validate_glob
from consistency.factsheet.loader import load_sheet, load_sheets, parse_sheet
from consistency.factsheet.schema import json_schema

__all__ = [
    "glob_matches",
    "json_schema",
    "load_sheet",
    "load_sheets",
    "parse_sheet",
    "validate_glob",
]
