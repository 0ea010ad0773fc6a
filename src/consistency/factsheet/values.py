"""The shapes of fact sheet values: how each reads a YAML node, and how JSON Schema describes it.

A shape reads the scalar's text as written, never YAML 1.1's guess at it: `aliases: [NO]` is
Norway's code, not `False`; `quantity: 14:00` is not the sexagesimal 840. Each shape's regular
expression is written once and used both here and in the schema, in the syntax both Python and
JSON Schema accept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from consistency.factsheet.globs import validate_glob
from consistency.factsheet.yamlnodes import Node, Scalar, Seq, wrong_type
from consistency.model import WEEKDAYS, PartialDate, Quantity, Severity

T_co = TypeVar("T_co", covariant=True)

ID_PATTERN = "^[a-z0-9][a-z0-9-]*$"
ID_HINT = "allowed: lowercase letters, digits and hyphens, e.g. donbas-death-toll"
DATE_PATTERN = "^[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?$"
DATE_HINT = "allowed: 2021-04-13, 2021-04 or 2021"
DAY_PATTERN = "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"
# "5%" is a share of the figure; "500" or "1,000" an amount.
TOLERANCE_PATTERN = "^([0-9]{1,3}(,[0-9]{3})+|[0-9]+)([.][0-9]+)? *%?$"
FIGURE_HINT = "write it as in an article: 29, about 14,000, more than 80,000"

# Scalars a JSON Schema tool may see for a value we read as text: YAML 1.2 tools make `29` a number.
_TEXT_SCHEMA: dict[str, Any] = {"type": ["string", "number"], "minLength": 1}


class Shape(Protocol[T_co]):
    """How one kind of value is read from YAML and described in the JSON Schema."""

    def convert(self, node: Node) -> T_co:
        """The value of `node`, or a `FactSheetError` naming what is wrong with it."""
        ...

    def schema(self) -> dict[str, Any]:
        """The JSON Schema of the value (without its description)."""
        ...


def scalar_text(node: Node, what: str = "text") -> str:
    """The stripped text of a single value; `what` names the expected value in messages."""
    if not isinstance(node, Scalar) or node.is_null:
        raise wrong_type(node, what)
    text = node.text.strip()
    if not text:
        where = "entry" if node.path.endswith("]") else "key"
        raise node.error("is empty", f"write {what}, or remove the {where}")
    return text


class Text:
    """A single piece of text: a name, a title, a note."""

    def convert(self, node: Node) -> str:
        return scalar_text(node)

    def schema(self) -> dict[str, Any]:
        return dict(_TEXT_SCHEMA)


class Texts:
    """One piece of text or a list of them (`cues: war` or `cues: [killed, war]`)."""

    def convert(self, node: Node) -> tuple[str, ...]:
        if isinstance(node, Seq):
            return tuple(scalar_text(item) for item in node.items)
        return (scalar_text(node, "text or a list of text"),)

    def schema(self) -> dict[str, Any]:
        return {"anyOf": [dict(_TEXT_SCHEMA), {"type": "array", "items": dict(_TEXT_SCHEMA)}]}


class Id:
    """A fact id: lowercase letters, digits and hyphens."""

    def convert(self, node: Node) -> str:
        text = scalar_text(node, "an id")
        if not re.fullmatch(ID_PATTERN, text):
            raise node.error(f"{text!r} is not a valid id", ID_HINT)
        return text

    def schema(self) -> dict[str, Any]:
        # A YAML 1.2 tool reads `id: 2021` as a number; we read it as the id "2021".
        return {"type": ["string", "integer"], "pattern": ID_PATTERN, "minimum": 0}


class SeverityShape:
    """`error` or `warning`."""

    def convert(self, node: Node) -> Severity:
        text = scalar_text(node, "a severity")
        allowed = [s.value for s in Severity]
        if text not in allowed:
            raise node.error(f"{text!r} is not a severity", "allowed: " + ", ".join(allowed))
        return Severity(text)

    def schema(self) -> dict[str, Any]:
        return {"enum": [s.value for s in Severity]}


class Weekday:
    """A weekday's full English name, capitalised: `Tuesday`."""

    def convert(self, node: Node) -> str:
        text = scalar_text(node, "a weekday")
        if text not in WEEKDAYS:
            raise node.error(f"{text!r} is not a weekday", "allowed: " + ", ".join(WEEKDAYS))
        return text

    def schema(self) -> dict[str, Any]:
        return {"enum": list(WEEKDAYS)}


class DateShape:
    """A day, a month or a year: `2021-04-13`, `2021-04`, `2014`."""

    def convert(self, node: Node) -> PartialDate:
        return parse_date(node, scalar_text(node, "a date"))

    def schema(self) -> dict[str, Any]:
        return {
            "type": ["string", "integer"],
            "pattern": DATE_PATTERN,
            "minimum": 1,
            "maximum": 9999,
        }


class Day:
    """A full date: `2021-04-13`."""

    def convert(self, node: Node) -> dt.date:
        text = scalar_text(node, "a date")
        day = parse_date(node, text).as_date()
        if day is None:
            raise node.error(f"{text!r} is not a full date", "allowed: a day, like 2021-04-13")
        # The story's day anchors "tomorrow" and "next week": it must leave room on the calendar,
        # and no story is dated outside these years (the same bound as an article's dateline).
        if not 1800 <= day.year <= 2200:
            raise node.error(f"{text!r} is out of range", "allowed: years 1800 to 2200")
        return day

    def schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": DAY_PATTERN}


def parse_date(node: Node, text: str) -> PartialDate:
    """`text` (`2021-04-13`, `2021-04`, `2014`) as a date, checked against the calendar."""
    m = re.fullmatch(DATE_PATTERN, text)
    if not m:
        raise node.error(f"{text!r} is not a date", DATE_HINT)
    year, *rest = (int(part) for part in text.split("-"))
    month = rest[0] if rest else None
    day = rest[1] if len(rest) > 1 else None
    if year < 1:
        raise node.error(f"{text!r} is not a date: there is no year 0")
    if month is not None and not 1 <= month <= 12:
        raise node.error(f"{text!r} is not a date: there is no month {month}")
    if month is not None and day is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            name = calendar.month_name[month]
            raise node.error(f"{text!r} is not a date: {name} {year} has {days} days")
    return PartialDate(year, month, day)


class Tolerance:
    """Slack around a figure: a share of it (`5%`) or an amount (`500`)."""

    def convert(self, node: Node) -> tuple[Decimal, bool]:
        text = scalar_text(node, "a tolerance")
        if not re.fullmatch(TOLERANCE_PATTERN, text):
            raise node.error(
                f"{text!r} is not a tolerance", "allowed: a share like 5% or an amount like 500"
            )
        relative = text.endswith("%")
        amount = Decimal(text.rstrip("% ").replace(",", ""))
        return (amount / 100, True) if relative else (amount, False)

    def schema(self) -> dict[str, Any]:
        return {"type": ["string", "number"], "pattern": TOLERANCE_PATTERN, "minimum": 0}


class Globs:
    """Globs of article paths relative to the project root: one, or a list."""

    def convert(self, node: Node) -> tuple[str, ...]:
        items = node.items if isinstance(node, Seq) else (node,)
        globs = []
        for item in items:
            pattern = scalar_text(item, "a glob or a list of globs")
            problem = validate_glob(pattern)
            if problem:
                raise item.error(
                    f"bad glob {pattern!r}: {problem}",
                    "allowed: a path relative to the project root, with * ? ** and [abc], "
                    "e.g. seeds/*.txt",
                )
            globs.append(pattern)
        return tuple(globs)

    def schema(self) -> dict[str, Any]:
        glob = {"type": "string", "minLength": 1}
        return {"anyOf": [glob, {"type": "array", "items": glob}]}


class Figure:
    """A figure as an editor writes it (`about 14,000`), with what it means."""

    def convert(self, node: Node) -> tuple[str, Quantity]:
        # Imported here: extraction is a sibling layer, needed only once a sheet has a quantity.
        from consistency.extract.quantities import parse_amount  # noqa: PLC0415

        text = scalar_text(node, "a figure")
        amount = parse_amount(text)
        if amount is None:
            raise node.error(f"{text!r} is not a figure", FIGURE_HINT)
        return text, amount

    def schema(self) -> dict[str, Any]:
        return dict(_TEXT_SCHEMA)


TEXT = Text()
TEXTS = Texts()
ID = Id()
SEVERITY = SeverityShape()
WEEKDAY = Weekday()
DATE = DateShape()
DAY = Day()
TOLERANCE = Tolerance()
GLOBS = Globs()
FIGURE = Figure()
