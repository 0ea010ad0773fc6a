"""The one registry of the fact sheet format: the kinds of fact, their keys, shapes and help texts.

Validation (`loader.py`) and the JSON Schema (`schema.py`) both read these tables; adding a key here
is all it takes for the loader to accept it and the schema to describe it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar, cast

from consistency.facts import DateFact, Fact, NameFact, Origin, PersonFact, QuantityFact
from consistency.factsheet import values as v
from consistency.factsheet.yamlnodes import Map, Node
from consistency.model import PartialDate, Quantity, Severity

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    """A key of the format: its name, the shape of its value, and the help shown to editors."""

    name: str
    shape: v.Shape[T]
    help: str
    required: bool = False


@dataclass(frozen=True)
class Fields:
    """A fact's mapping with its values read: what a kind's builder turns into a `Fact`."""

    node: Map
    values: Mapping[str, object]

    def get(self, key: Key[T]) -> T | None:
        """The value of `key`, or None when the fact doesn't give it."""
        return cast("T | None", self.values.get(key.name))

    def require(self, key: Key[T]) -> T:
        """The value of a key the fact must give (its kind key, once the kind is known)."""
        value = self.get(key)
        if value is None:
            raise self.node.error(f"no {key.name} given")
        return value

    def node_of(self, key: Key[Any]) -> Node:
        """The YAML value of `key` (the fact itself when it is absent), for messages."""
        return self.node.entries.get(key.name, self.node)

    @property
    def origin(self) -> Origin:
        """Where the fact starts."""
        return Origin(self.node.file, self.node.line)

    @property
    def common(self) -> dict[str, Any]:
        """The arguments every kind of fact takes: id, origin, severity, note."""
        return {
            "id": self.require(ID),
            "origin": self.origin,
            "severity": self.get(SEVERITY) or Severity.ERROR,
            "note": self.get(NOTE),
        }


@dataclass(frozen=True)
class Kind:
    """A kind of fact: the key that names it, its other keys, and how it becomes a `Fact`."""

    help: str
    keys: tuple[Key[Any], ...]  # its own keys, the kind key first
    build: Callable[[Fields], Fact]

    @property
    def name(self) -> str:
        """The kind's name, which is its key: `quantity`, `date`, `person`..."""
        return self.keys[0].name

    @property
    def all_keys(self) -> tuple[Key[Any], ...]:
        """The keys a fact of this kind may have: the common ones and its own."""
        return COMMON_KEYS + self.keys


# --- keys ---------------------------------------------------------------------------------------

ID: Key[str] = Key("id", v.ID, "A name for the fact, unique across all fact sheets.", required=True)
SEVERITY: Key[Severity] = Key(
    "severity", v.SEVERITY, "error (the default) fails the article; warning only reports."
)
NOTE: Key[str] = Key("note", v.TEXT, "Free text for editors: the source of the fact, say.")
COMMON_KEYS: tuple[Key[Any], ...] = (ID, SEVERITY, NOTE)

QUANTITY: Key[tuple[str, Quantity]] = Key(
    "quantity",
    v.FIGURE,
    "The figure as an article would write it: 29, about 14,000.",
    required=True,
)
COUNTS: Key[tuple[str, ...]] = Key("counts", v.TEXTS, "What is counted: people, troops.")
ALSO_COUNTS: Key[tuple[str, ...]] = Key(
    "also", v.TEXTS, "Other words for what is counted: lives, dead, deaths."
)
NOT_COUNTS: Key[tuple[str, ...]] = Key(
    "not", v.TEXTS, "What the figure must not be called: civilians."
)
CUES: Key[tuple[str, ...]] = Key(
    "cues", v.TEXTS, "Words that tie a number or date in a sentence to this fact: killed, war."
)
TOLERANCE: Key[tuple[Decimal, bool]] = Key(
    "tolerance", v.TOLERANCE, "Slack around the figure: a share (5%) or an amount (500)."
)
UNIT: Key[str] = Key("unit", v.TEXT, "The figure's unit, as the extractor names it: percent, USD.")

DATE: Key[PartialDate] = Key(
    "date", v.DATE, "The day, month or year: 2021-04-13, 2021-04, 2014.", required=True
)
WEEKDAY: Key[str] = Key("weekday", v.WEEKDAY, "The weekday of the date, checked against it.")

PERSON: Key[str] = Key(
    "person", v.TEXT, "The person's name as the story gives it: Jen Psaki.", required=True
)
ALIASES: Key[tuple[str, ...]] = Key("aliases", v.TEXTS, "Other spellings of the name: Kiev.")
ROLE: Key[str] = Key("role", v.TEXT, "The office the person holds: White House press secretary.")
ALSO_ROLE: Key[tuple[str, ...]] = Key(
    "also", v.TEXTS, "Other ways of saying the role: press secretary (needs role)."
)
NOT_ROLES: Key[tuple[str, ...]] = Key(
    "not", v.TEXTS, "Offices wrongly given to this person: State Department spokeswoman."
)
PLACE: Key[str] = Key(
    "place", v.TEXT, "The place's name as the story spells it: Kyiv.", required=True
)
ORGANISATION: Key[str] = Key(
    "organisation", v.TEXT, "The organisation's name: NATO.", required=True
)

STORY_ID: Key[str] = Key("id", v.TEXT, "The story's id; the file name without .yaml by default.")
TITLE: Key[str] = Key("title", v.TEXT, "The story's headline, for reports.")
STORY_DATE: Key[dt.date] = Key(
    "date", v.DAY, 'The day of the story: anchors "on Tuesday" in articles without a date.'
)
ARTICLES: Key[tuple[str, ...]] = Key(
    "articles", v.GLOBS, "Globs of the story's articles, relative to the project root."
)
STORY_KEYS: tuple[Key[Any], ...] = (STORY_ID, TITLE, STORY_DATE, ARTICLES)

# The top level's keys take blocks, read by the loader itself; here for their names and help.
TOP_LEVEL: Mapping[str, str] = {
    "story": "The story this sheet is about and where its articles are.",
    "facts": "The established facts the story's articles must not contradict.",
}


# --- builders -----------------------------------------------------------------------------------


def _quantity(f: Fields) -> QuantityFact:
    stated, amount = f.require(QUANTITY)
    # "quantity: more than 80,000 troops" says what it counts; `counts:` can say it instead.
    counts = f.get(COUNTS) or ((amount.noun,) if amount.noun else ())
    also = f.get(ALSO_COUNTS) or ()
    if also and not counts:
        raise f.node_of(ALSO_COUNTS).error(
            "other words for what is counted, but counts is not given", "add counts: people"
        )
    unit = f.get(UNIT)
    if unit and amount.unit and unit != amount.unit:
        raise f.node_of(UNIT).error(
            f"{unit!r} disagrees with the figure {stated!r}, which is in {amount.unit}"
        )
    tolerance, relative = f.get(TOLERANCE) or (None, False)
    return QuantityFact(
        **f.common,
        stated=stated,
        value=amount.value,
        low=amount.low,
        high=amount.high,
        qualifier=amount.qualifier,
        tolerance=tolerance,
        tolerance_is_relative=relative,
        unit=unit or amount.unit,
        counts=tuple(dict.fromkeys(word.lower() for word in counts + also)),
        not_counts=f.get(NOT_COUNTS) or (),
        cues=f.get(CUES) or (),
    )


def _date(f: Fields) -> DateFact:
    date = f.require(DATE)
    weekday = f.get(WEEKDAY)
    fact = DateFact(**f.common, date=date, cues=f.get(CUES) or ())
    if weekday is not None and fact.weekday is None:
        raise f.node_of(WEEKDAY).error(f"a weekday needs a full date, and {date} is not one")
    if weekday is not None and weekday != fact.weekday:
        raise f.node_of(WEEKDAY).error(
            f"{weekday!r} does not match {date}, which is a {fact.weekday}"
        )
    return fact


def _person(f: Fields) -> PersonFact:
    role, also = f.get(ROLE), f.get(ALSO_ROLE) or ()
    if also and role is None:
        raise f.node_of(ALSO_ROLE).error(
            "other ways of saying the role, but role is not given",
            "add role: White House press secretary",
        )
    return PersonFact(
        **f.common,
        name=f.require(PERSON),
        aliases=f.get(ALIASES) or (),
        role=role,
        role_aliases=also,
        not_roles=f.get(NOT_ROLES) or (),
    )


def _name(kind: Key[str]) -> Callable[[Fields], NameFact]:
    def build(f: Fields) -> NameFact:
        return NameFact(
            **f.common, kind=kind.name, name=f.require(kind), aliases=f.get(ALIASES) or ()
        )

    return build


# In the order the help lists them; `KINDS` is keyed by the name of each kind's key.
KINDS: Mapping[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "An established figure: about 14,000 people killed.",
            (QUANTITY, COUNTS, ALSO_COUNTS, NOT_COUNTS, CUES, TOLERANCE, UNIT),
            _quantity,
        ),
        Kind("The date of an event.", (DATE, WEEKDAY, CUES), _date),
        Kind(
            "A person and the office they hold in this story.",
            (PERSON, ALIASES, ROLE, ALSO_ROLE, NOT_ROLES),
            _person,
        ),
        Kind("A place and its other spellings.", (PLACE, ALIASES), _name(PLACE)),
        Kind(
            "An organisation and its other names.",
            (ORGANISATION, ALIASES),
            _name(ORGANISATION),
        ),
    )
}
