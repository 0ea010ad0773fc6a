"""Role comparison: a stated role against the office a fact sheet declares (the story of the
Biden–Putin call of April 13, 2021, whose articles are in `seeds/`)."""

from __future__ import annotations

import pytest

from consistency.compare.roles import RoleVerdict, compare_role, role_matches
from consistency.facts import Origin, PersonFact
from consistency.model import Severity

AGREES, CONTRADICTS, UNKNOWN = RoleVerdict.AGREES, RoleVerdict.CONTRADICTS, RoleVerdict.UNKNOWN


def person(
    name: str,
    role: str | None,
    aliases: tuple[str, ...] = (),
    not_roles: tuple[str, ...] = (),
) -> PersonFact:
    fact_id = name.rsplit(maxsplit=1)[-1].lower()
    origin = Origin("rules/t.yaml", 1)
    return PersonFact(fact_id, origin, Severity.ERROR, name, (), role, aliases, not_roles)


PSAKI = person(
    "Jen Psaki",
    "White House press secretary",
    ("press secretary", "White House spokeswoman"),
    ("State Department spokeswoman",),
)
PRICE = person("Ned Price", "State Department spokesman")
RYABKOV = person("Sergei Ryabkov", "deputy foreign minister")
SHOIGU = person("Sergei Shoigu", "Russia's defence minister")
ZELENSKY = person("Volodymyr Zelensky", "President of Ukraine")
BLINKEN = person("Antony Blinken", "Secretary of State")
STOLTENBERG = person("Jens Stoltenberg", "NATO secretary-general")
AUSTIN = person("Lloyd Austin", "Defense Secretary", ("Secretary of Defense",))
KULEBA = person("Dmytro Kuleba", "Ukraine's foreign minister")
ANTONOV = person("Anatoly Antonov", "Russia's ambassador to the United States")
BIDEN = person("Joe Biden", "President of the United States")
TRUMP = person("Donald Trump", None)


@pytest.mark.parametrize(
    ("role", "country", "fact", "verdict"),
    [
        # seed 001: "US State Department spokeswoman Jen Psaki" (she was at the White House).
        pytest.param("State Department spokeswoman", "United States", PSAKI, CONTRADICTS,
                     id="psaki-not-state-department"),
        pytest.param("White House press secretary", None, PSAKI, AGREES, id="psaki-declared"),
        pytest.param("press secretary", None, PSAKI, AGREES, id="psaki-alias"),
        pytest.param("spokeswoman", None, PSAKI, AGREES, id="psaki-part-of-alias"),
        # A sentence-start "Pentagon spokeswoman Jen Psaki" read as "spokeswoman" would agree.
        pytest.param("Pentagon spokeswoman", None, PSAKI, CONTRADICTS, id="psaki-not-pentagon"),
        pytest.param("State Department spokesman", None, PRICE, AGREES, id="price-declared"),
        pytest.param("spokesperson", None, PRICE, AGREES, id="price-spokesperson-is-spokesman"),
        pytest.param("Deputy Foreign Minister", None, RYABKOV, AGREES, id="ryabkov-deputy"),
        pytest.param("Foreign Minister", None, RYABKOV, CONTRADICTS, id="ryabkov-rank-dropped"),
        pytest.param("Defense Minister", "Russia", SHOIGU, AGREES, id="shoigu-defense-is-defence"),
        pytest.param("defence minister", None, SHOIGU, AGREES, id="shoigu-no-country"),
        pytest.param("Foreign Minister", None, SHOIGU, CONTRADICTS, id="shoigu-other-ministry"),
        pytest.param("leader", "Ukraine", ZELENSKY, UNKNOWN, id="zelensky-leader-is-vague"),
        pytest.param("President", "Ukraine", ZELENSKY, AGREES, id="zelensky-president"),
        pytest.param("prime minister", None, ZELENSKY, CONTRADICTS, id="zelensky-prime-minister"),
        pytest.param("Secretary of State", "United States", BLINKEN, AGREES, id="blinken"),
        pytest.param("Secretary-General", None, STOLTENBERG, AGREES, id="stoltenberg"),
        pytest.param("NATO Secretary-General", None, STOLTENBERG, AGREES, id="stoltenberg-nato"),
        pytest.param("Defense Secretary", "United States", AUSTIN, AGREES, id="austin"),
        pytest.param("Secretary of Defense", None, AUSTIN, AGREES, id="austin-word-order"),
        pytest.param("Foreign Minister", "Russia", KULEBA, CONTRADICTS, id="kuleba-wrong-country"),
        pytest.param("Foreign Minister", "Ukraine", KULEBA, AGREES, id="kuleba"),
        pytest.param("ambassador", None, ANTONOV, AGREES, id="antonov-ambassador"),
        pytest.param("ambassador to the US", "Russia", ANTONOV, AGREES, id="antonov-posting"),
        pytest.param("ambassador to Ukraine", None, ANTONOV, CONTRADICTS,
                     id="antonov-other-posting"),
        pytest.param("counterpart", "United States", BIDEN, UNKNOWN, id="biden-counterpart"),
        pytest.param("Vice President", "United States", BIDEN, CONTRADICTS, id="biden-vice"),
        pytest.param("NATO chief", None, STOLTENBERG, UNKNOWN, id="vague-chief"),
        pytest.param("top diplomat", "United States", BLINKEN, UNKNOWN, id="vague-top-diplomat"),
        # A vague word still states a country: "Russian leader Volodymyr Zelensky" is wrong.
        pytest.param("leader", "Russia", ZELENSKY, CONTRADICTS, id="vague-role-wrong-country"),
        pytest.param("predecessor", None, TRUMP, UNKNOWN, id="no-declared-role"),
        pytest.param("", None, PSAKI, UNKNOWN, id="empty-role"),
    ],
)  # fmt: skip
def test_compare_role(
    role: str, country: str | None, fact: PersonFact, verdict: RoleVerdict
) -> None:
    assert compare_role(role, country, fact) is verdict


def test_not_role_contradicts_without_declared_role() -> None:
    fact = person("Jen Psaki", None, not_roles=("State Department spokeswoman",))
    assert compare_role("US State Department spokeswoman", None, fact) is CONTRADICTS


@pytest.mark.parametrize(
    ("role", "country", "phrase", "expected"),
    [
        pytest.param("press secretary", None, "White House press secretary", True, id="subset"),
        pytest.param("Russia's defence minister", None, "defence minister", True, id="possessive"),
        pytest.param("President", "Ukraine", "President of Ukraine", True, id="of-country"),
        pytest.param("Foreign Minister", "Russia", "Ukraine's foreign minister", False,
                     id="country-differs"),
        pytest.param("foreign minister", None, "deputy foreign minister", False, id="rank"),
        pytest.param("Deputy Foreign Minister", None, "foreign minister", False, id="superset"),
    ],
)  # fmt: skip
def test_role_matches(role: str, country: str | None, phrase: str, expected: bool) -> None:
    assert role_matches(role, country, phrase) is expected
