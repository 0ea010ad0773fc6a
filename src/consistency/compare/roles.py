"""Whether a role stated in an article fits the office a fact sheet declares for that person.

Roles are compared as sets of normalised words, with the country set apart: "US State Department
spokeswoman" is {state, department, spokesperson} in the United States. A stated role agrees when
its words are among those of the declared role (or one of its other wordings), so "press secretary"
agrees with "White House press secretary". Precision comes first: an editor ignores a checker that
cries wolf, so a role that names no office ("leader", "counterpart", "NATO chief") makes no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from consistency.extract.roles import COUNTRIES, NATIONALITIES, ROLE_HEADS
from consistency.facts import PersonFact


class RoleVerdict(str, Enum):
    """What a stated role says about the declared one."""

    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    UNKNOWN = "unknown"


_SAME = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "defense": "defence",
    "advisor": "adviser",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "labor": "labour",
    "center": "centre",
}
_DROP = frozenset(("the", "a", "an", "of", "for", "to", "in", "at", "on", "and"))
# A declared rank the stated role must repeat: "Foreign Minister Sergei Ryabkov" makes the deputy
# foreign minister a minister (seed 002 has it right: "Deputy Foreign Minister Sergei Ryabkov").
_RANKS = frozenset(
    ("deputy", "vice", "assistant", "acting", "under", "associate", "prime", "first", "principal")
)
# Words that describe a position without naming the office: "Ukrainian leader Volodymyr
# Zelensky" (seed 004), "his Russian counterpart Vladimir Putin" (seed 001), "defence chief".
# fmt: off
_VAGUE = frozenset((
    "leader", "counterpart", "official", "politician", "predecessor", "successor", "aide",
    "chief", "head", "boss", "diplomat",  # "NATO chief", "head of state", "top diplomat"
))
# fmt: on
_OFFICES = frozenset(_SAME.get(w, w) for h in ROLE_HEADS for w in h.split("-")) - _VAGUE
_SPLIT = re.compile(r"[\s\-–—/,;:()]+")
_PAIRS = frozenset(k for k in (*COUNTRIES, *NATIONALITIES) if " " in k)


@dataclass(frozen=True)
class _Role:
    words: frozenset[str]
    country: str | None


def _normalise(phrase: str, country: str | None = None) -> _Role:
    """The words of a role, and its country: "Russia's defence minister" -> {defence, minister}."""
    raw = [w.strip(".\"“”'") for w in _SPLIT.split(phrase.lower().replace("’", "'")) if w]
    words: set[str] = set()
    prev = ""
    i = 0
    while i < len(raw):
        word = raw[i]
        if i + 1 < len(raw) and f"{word} {raw[i + 1]}" in _PAIRS:  # "united states"
            word, i = f"{word} {raw[i + 1]}", i + 1
        i += 1
        possessive = word.endswith("'s")
        word = word.removesuffix("'s").replace(".", "")
        nation = NATIONALITIES.get(word) or COUNTRIES.get(word)
        if nation and prev in ("to", "in", "at"):
            words.add(nation.lower())  # the posting: "Russia's ambassador to the United States"
        elif nation and (possessive or word in NATIONALITIES or prev == "of"):
            country = country or nation  # "Russia's", "Russian", "President of Ukraine"
        elif word not in _DROP:
            words.add(_SAME.get(word, word))
        if word not in ("the", "a", "an"):
            prev = word
    return _Role(frozenset(words), country)


def _fits(stated: _Role, declared: _Role) -> bool:
    if stated.country and declared.country and stated.country != declared.country:
        return False
    # "Foreign Minister" is not "deputy foreign minister": a declared rank must be stated.
    return (
        bool(stated.words)
        and stated.words <= declared.words
        and declared.words & _RANKS <= stated.words
    )


def role_matches(role: str, country: str | None, phrase: str) -> bool:
    """True when `role` (with `country`, as stated) is a way of saying the role `phrase`.

    >>> role_matches("press secretary", None, "White House press secretary")
    True
    >>> role_matches("Foreign Minister", "Russia", "Ukraine's foreign minister")
    False
    """
    return _fits(_normalise(role, country), _normalise(phrase))


def compare_role(role: str, country: str | None, fact: PersonFact) -> RoleVerdict:
    """Whether `role` (with `country`, as stated) agrees with the role `fact` declares.

    A past office ("then US Vice President Joe Biden", `Entity.historical`) is no claim about the
    present one: callers don't compare it.
    """
    stated = _normalise(role, country)
    if not stated.words:
        return RoleVerdict.UNKNOWN
    for wrong in map(_normalise, fact.not_roles):
        if (
            wrong.words
            and wrong.words <= stated.words
            and (not (wrong.country and stated.country) or wrong.country == stated.country)
        ):
            return RoleVerdict.CONTRADICTS
    if fact.role is None:
        return RoleVerdict.UNKNOWN
    declared = [_normalise(p) for p in (fact.role, *fact.role_aliases)]
    home = next((d.country for d in declared if d.country), None)
    if stated.country and home and stated.country != home:
        # "Russian Foreign Minister Dmytro Kuleba": the country is a claim even where the office
        # word is vague ("Russian leader Volodymyr Zelensky").
        return RoleVerdict.CONTRADICTS
    if any(_fits(stated, d) for d in declared):
        return RoleVerdict.AGREES
    if not stated.words & _OFFICES:
        return RoleVerdict.UNKNOWN
    return RoleVerdict.CONTRADICTS
