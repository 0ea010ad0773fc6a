"""Role comparison: a stated role against the office a fact sheet declares (the story of the
Biden–Putin call of April 13, 2021, whose articles are in `seeds/`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency.articles import split_sentences
from consistency.compare.roles import RoleVerdict, compare_role, role_matches
from consistency.extract.names import NameIndex, extract_entities
from consistency.facts import FactSheet, Origin, PersonFact
from consistency.factsheet import load_sheets
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
# Her office alone, without the sheet's other wordings and its `not` role.
PSAKI_OFFICE = person("Jen Psaki", "White House press secretary")
PRICE = person("Ned Price", "State Department spokesman")
NADELLA = person("Satya Nadella", "chief executive of Microsoft", ("Microsoft CEO",))
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
        pytest.param("Microsoft Chief Financial Officer", None, NADELLA, CONTRADICTS,
                     id="nadella-cfo-is-not-ceo"),
        pytest.param("Microsoft CEO", None, NADELLA, AGREES, id="nadella-ceo"),
        pytest.param("chief executive officer", None, NADELLA, AGREES,
                     id="nadella-chief-executive-officer-is-ceo"),
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


# A role contradicts only on evidence of another office (`compare.roles`, rules (a) to (e)).
@pytest.mark.parametrize(
    ("role", "country", "fact", "verdict"),
    [
        # News wordings of the declared office that cried wolf: "Russia's envoy Anatoly Antonov
        # was summoned", "Antonov, Moscow's envoy to Washington, was summoned", "Commander-in-chief
        # Joe Biden spoke", "the new US President Joe Biden".
        pytest.param("envoy", "Russia", ANTONOV, AGREES, id="wolf-envoy-is-ambassador"),
        pytest.param("Moscow's envoy to Washington", None, ANTONOV, AGREES, id="wolf-capitals"),
        pytest.param("top envoy to Washington", "Russia", ANTONOV, AGREES, id="wolf-top-envoy"),
        pytest.param("special envoy", "Russia", ANTONOV, UNKNOWN, id="wolf-special-envoy"),
        pytest.param("Commander-in-chief", None, BIDEN, UNKNOWN, id="wolf-commander-in-chief"),
        pytest.param("new US President", None, BIDEN, AGREES, id="wolf-new"),
        pytest.param("incoming President", "United States", BIDEN, AGREES, id="wolf-incoming"),
        pytest.param("newly elected President", None, BIDEN, AGREES, id="wolf-newly-elected"),
        pytest.param("chief spokeswoman", None, PSAKI, AGREES, id="wolf-chief-spokeswoman"),
        pytest.param("spokeswoman", None, PSAKI_OFFICE, AGREES, id="wolf-press-secretary-class"),
        pytest.param("White House spokeswoman", None, PSAKI_OFFICE, AGREES,
                     id="wolf-white-house-spokeswoman"),
        pytest.param("Pentagon chief", "United States", AUSTIN, UNKNOWN, id="wolf-pentagon-chief"),
        # "retired Gen. Lloyd Austin": a military rank is no claim about a civil office.
        pytest.param("General", None, AUSTIN, UNKNOWN, id="wolf-military-rank"),
        pytest.param("Kyiv's top diplomat", None, KULEBA, UNKNOWN, id="wolf-top-diplomat"),
        pytest.param("Kiev's foreign minister", None, KULEBA, AGREES, id="wolf-kiev-is-ukraine"),
        # "Russia's top diplomat in the US, Anatoly Antonov": posted, a top diplomat is an envoy.
        pytest.param("top diplomat in the US", "Russia", ANTONOV, AGREES, id="wolf-posted-diplomat"),
        # "Kremlin" is also the Russian government: it names no ministry a minister is not in.
        pytest.param("Kremlin official", None, SHOIGU, UNKNOWN, id="wolf-kremlin-official"),
        # A bare "secretary" may be short for "press secretary" or "secretary-general".
        pytest.param("secretary", None, PSAKI, UNKNOWN, id="wolf-secretary-short"),
        pytest.param("Secretary", None, STOLTENBERG, UNKNOWN, id="wolf-secretary-general-short"),
        # (a) one of the fact's `not` roles, however spelled.
        pytest.param("State Department spokesperson", None, PSAKI, CONTRADICTS,
                     id="a-not-role-spelling"),
        # (b) another country or posting, a capital standing for its country.
        pytest.param("Moscow's foreign minister", None, KULEBA, CONTRADICTS, id="b-capital"),
        pytest.param("Washington's envoy", None, ANTONOV, CONTRADICTS, id="b-capital-envoy"),
        pytest.param("envoy to Kyiv", "Russia", ANTONOV, CONTRADICTS, id="b-posting-capital"),
        pytest.param("Kremlin spokesman", None, PRICE, CONTRADICTS, id="b-kremlin-is-russian"),
        # (c) an institution that no declared wording names, where they name one.
        pytest.param("State Department spokeswoman", None, PSAKI_OFFICE, CONTRADICTS,
                     id="c-state-department-not-white-house"),
        pytest.param("Pentagon spokeswoman", None, PSAKI_OFFICE, CONTRADICTS,
                     id="c-pentagon-not-white-house"),
        pytest.param("Pentagon spokesman", None, PRICE, CONTRADICTS, id="c-pentagon-not-state"),
        pytest.param("UN Secretary-General", None, STOLTENBERG, CONTRADICTS, id="c-un-not-nato"),
        # (d) another portfolio (a ministry has one), or a head of another class than every one
        # declared.
        pytest.param("Foreign Ministry spokesman", None, SHOIGU, CONTRADICTS, id="d-ministry"),
        pytest.param("Treasury Secretary", None, AUSTIN, CONTRADICTS, id="d-portfolio"),
        pytest.param("top diplomat", None, SHOIGU, CONTRADICTS, id="d-top-diplomat-not-defence"),
        pytest.param("foreign minister", None, ANTONOV, CONTRADICTS, id="d-minister-not-envoy"),
        pytest.param("Senator", "United States", BIDEN, CONTRADICTS, id="d-senator"),
        pytest.param("spokesman", None, KULEBA, CONTRADICTS, id="d-spokesman-not-minister"),
        pytest.param("Defense Minister", "United States", AUSTIN, CONTRADICTS,
                     id="d-minister-not-secretary"),
        pytest.param("top diplomat", "Russia", ANTONOV, CONTRADICTS, id="d-top-diplomat-not-envoy"),
        pytest.param("Secretary of State", None, STOLTENBERG, CONTRADICTS,
                     id="d-portfolio-is-no-short-form"),
        pytest.param("Defense Secretary", None, PSAKI, CONTRADICTS, id="d-secretary-not-spokesperson"),
        # (e) the same office at another rank.
        pytest.param("Deputy Secretary-General", None, STOLTENBERG, CONTRADICTS, id="e-deputy"),
        pytest.param("Vice-President", None, BIDEN, CONTRADICTS, id="e-vice-hyphen"),
        pytest.param("acting Defense Secretary", None, AUSTIN, CONTRADICTS, id="e-acting"),
        pytest.param("First Deputy Foreign Minister", None, RYABKOV, CONTRADICTS, id="e-first"),
        pytest.param("Deputy Minister", "Russia", RYABKOV, AGREES, id="e-rank-kept"),
    ],
)  # fmt: skip
def test_contradicts_only_on_evidence(
    role: str, country: str | None, fact: PersonFact, verdict: RoleVerdict
) -> None:
    assert compare_role(role, country, fact) is verdict


@pytest.fixture(scope="module")
def sheet() -> FactSheet:
    (story,) = load_sheets([Path(__file__).resolve().parents[1] / "rules"])
    return story


# Wire-style sentences, through the extractor, against the seeds' fact sheet.
@pytest.mark.parametrize(
    ("sentence", "name", "verdict"),
    [
        ("Russia's envoy Anatoly Antonov was summoned.", "Anatoly Antonov", AGREES),
        ("Antonov, Moscow's envoy to Washington, was summoned.", "Anatoly Antonov", AGREES),
        ("Commander-in-chief Joe Biden spoke.", "Joe Biden", UNKNOWN),
        ("The new US President Joe Biden called.", "Joe Biden", AGREES),
        ("White House spokeswoman Jen Psaki said.", "Jen Psaki", AGREES),
        ("Pentagon spokeswoman Jen Psaki said.", "Jen Psaki", CONTRADICTS),
        ("Jen Psaki, the State Department spokeswoman, said.", "Jen Psaki", CONTRADICTS),
        ("Russian Foreign Minister Sergei Shoigu said.", "Sergei Shoigu", CONTRADICTS),
    ],
)
def test_news_sentences(sheet: FactSheet, sentence: str, name: str, verdict: RoleVerdict) -> None:
    entities = extract_entities(
        sentence, split_sentences(sentence), NameIndex.from_facts(sheet.facts)
    )
    (entity,) = [e for e in entities if e.value == name]
    (fact,) = [f for f in sheet.facts if isinstance(f, PersonFact) and f.name == name]
    assert entity.role is not None
    assert compare_role(entity.role, entity.country, fact) is verdict


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
        pytest.param("envoy", None, "ambassador", True, id="same-class"),
        pytest.param("Commander-in-chief", None, "President", False, id="other-head"),
    ],
)  # fmt: skip
def test_role_matches(role: str, country: str | None, phrase: str, expected: bool) -> None:
    assert role_matches(role, country, phrase) is expected
