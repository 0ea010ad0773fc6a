"""The fact sheet loader: a realistic sheet, every message in full, globs and the schema."""

from __future__ import annotations

import datetime as dt
import re
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.errors import FactSheetError
from consistency.extract.quantities import parse_amount
from consistency.facts import (
    DateFact,
    FactSheet,
    NameFact,
    Origin,
    PersonFact,
    QuantityFact,
    Story,
)
from consistency.factsheet import (
    glob_matches,
    json_schema,
    load_sheet,
    load_sheets,
    parse_sheet,
    validate_glob,
)
from consistency.factsheet.kinds import KINDS, STORY_KEYS, TOP_LEVEL
from consistency.model import PartialDate, Qualifier, Severity

SHOWN = "rules/story.yaml"

FULL_SHEET = """\
# rules/biden-putin-call.yaml
story:
  id: biden-putin-call
  title: Biden and Putin speak by phone as Russia masses troops near Ukraine
  date: 2021-04-13
  articles: [seeds/*.txt]

facts:
  - id: donbas-death-toll
    quantity: about 14,000
    counts: People
    also: [lives, dead, deaths, people]
    not: [civilians]
    cues: [killed, death toll, war]
    tolerance: 5%
    severity: error
    note: UN figure, covering both sides since 2014

  - id: call-date
    date: 2021-04-13
    weekday: Tuesday
    cues: [phone call, telephone]

  - id: jen-psaki
    person: Jen Psaki
    aliases: [Psaki, Jennifer Psaki]
    role: White House press secretary
    also: [press secretary]
    not: [State Department spokeswoman]
    severity: warning

  - id: kyiv
    place: Kyiv
    aliases: [Kiev]

  - id: nato
    organisation: NATO
    aliases: North Atlantic Treaty Organization
"""

# Sheets that load: each must also satisfy the JSON Schema (see `test_schema_accepts_what_loads`).
GOOD_SHEETS = {
    "full": FULL_SHEET,
    "story only": "story:\n  title: The call\n",
    "facts only": "facts:\n  - id: kyiv\n    place: Kyiv\n",
    "empty facts": "facts: []\n",
    "figures": (
        "facts:\n"
        "  - {id: dead, quantity: 29}\n"
        "  - {id: troops, quantity: 'more than 80,000 troops', tolerance: 500}\n"
        "  - {id: share, quantity: 5%, unit: percent}\n"
        "  - {id: year-2014, date: 2014, cues: annexation}\n"
        "  - {id: april, date: '2021-04'}\n"
    ),
    "norway": "facts:\n  - id: norway\n    place: Norway\n    aliases: [NO, Norge]\n",
}


def load(tmp_path: Path, text: str | bytes, name: str = "story.yaml") -> FactSheet:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return load_sheet(path, display=f"rules/{name}")


def error(tmp_path: Path, text: str | bytes) -> str:
    with pytest.raises(FactSheetError) as excinfo:
        load(tmp_path, text)
    return str(excinfo.value)


# --- a realistic sheet ----------------------------------------------------------------------------


def test_full_sheet_builds_every_kind(tmp_path: Path) -> None:
    sheet = load(tmp_path, FULL_SHEET)
    toll = parse_amount("about 14,000")
    assert toll is not None
    assert sheet == FactSheet(
        path=SHOWN,
        story=Story(
            id="biden-putin-call",
            title="Biden and Putin speak by phone as Russia masses troops near Ukraine",
            date=dt.date(2021, 4, 13),
            articles=("seeds/*.txt",),
        ),
        facts=(
            QuantityFact(
                id="donbas-death-toll",
                origin=Origin(SHOWN, 9),
                severity=Severity.ERROR,
                stated="about 14,000",
                value=Decimal(14000),
                low=toll.low,
                high=toll.high,
                qualifier=Qualifier.APPROX,
                tolerance=Decimal("0.05"),
                tolerance_is_relative=True,
                unit=None,
                counts=("people", "lives", "dead", "deaths"),
                not_counts=("civilians",),
                cues=("killed", "death toll", "war"),
                note="UN figure, covering both sides since 2014",
            ),
            DateFact(
                id="call-date",
                origin=Origin(SHOWN, 19),
                severity=Severity.ERROR,
                date=PartialDate(2021, 4, 13),
                cues=("phone call", "telephone"),
            ),
            PersonFact(
                id="jen-psaki",
                origin=Origin(SHOWN, 24),
                severity=Severity.WARNING,
                name="Jen Psaki",
                aliases=("Psaki", "Jennifer Psaki"),
                role="White House press secretary",
                role_aliases=("press secretary",),
                not_roles=("State Department spokeswoman",),
            ),
            NameFact(
                id="kyiv",
                origin=Origin(SHOWN, 32),
                severity=Severity.ERROR,
                kind="place",
                name="Kyiv",
                aliases=("Kiev",),
            ),
            NameFact(
                id="nato",
                origin=Origin(SHOWN, 36),
                severity=Severity.ERROR,
                kind="organisation",
                name="NATO",
                aliases=("North Atlantic Treaty Organization",),
            ),
        ),
    )
    assert str(sheet.facts[1].origin) == "rules/story.yaml:19"


def test_story_defaults_to_the_file_stem(tmp_path: Path) -> None:
    sheet = load(tmp_path, "facts:\n  - id: kyiv\n    place: Kyiv\n", "biden-putin-call.yaml")
    assert sheet.story == Story("biden-putin-call", None, None, ())
    assert load(tmp_path, "story:\n  title: The call\n").story.id == "story"


def test_figures_dates_and_tolerances_as_editors_write_them(tmp_path: Path) -> None:
    facts = load(tmp_path, GOOD_SHEETS["figures"]).facts
    dead, troops, share, year, month = facts
    assert isinstance(dead, QuantityFact)
    assert (dead.stated, dead.value, dead.qualifier) == ("29", Decimal(29), Qualifier.EXACT)
    assert (dead.tolerance, dead.counts, dead.cues) == (None, (), ())
    assert isinstance(troops, QuantityFact)
    # The figure's own noun says what is counted when `counts` doesn't.
    assert (troops.value, troops.high, troops.counts) == (Decimal(80000), None, ("troops",))
    assert (troops.tolerance, troops.tolerance_is_relative) == (Decimal(500), False)
    assert isinstance(share, QuantityFact)
    assert share.unit == "percent"
    assert isinstance(year, DateFact)
    assert (year.date, year.weekday, year.cues) == (PartialDate(2014), None, ("annexation",))
    assert isinstance(month, DateFact)
    assert month.date == PartialDate(2021, 4)


def test_values_are_read_as_written_not_as_yaml_1_1_guesses(tmp_path: Path) -> None:
    # YAML 1.1 reads NO as false and 1:30 as the sexagesimal 90: editors mean what they typed.
    norway = load(tmp_path, GOOD_SHEETS["norway"]).facts[0]
    assert isinstance(norway, NameFact)
    assert norway.aliases == ("NO", "Norge")
    title = load(tmp_path, "story:\n  title: 1:30\n  id: 2021\n").story
    assert (title.title, title.id) == ("1:30", "2021")


def test_a_utf8_bom_is_ignored(tmp_path: Path) -> None:
    assert load(tmp_path, "\ufefffacts:\n  - id: kyiv\n    place: Kyiv\n").facts[0].id == "kyiv"


# --- every message, in full ----------------------------------------------------------------------

BAD_SHEETS = [
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n   aliases: [Kiev]\n",
        "4: not valid YAML: expected <block end>, but found '<block mapping start>' "
        "(while parsing a block collection from line 2; check the indentation)",
        id="yaml-indentation",
    ),
    pytest.param(
        'facts:\n  - id: a\n    place: "Kyiv\n    aliases: [Kiev]\n',
        "5: not valid YAML: found unexpected end of stream "
        "(while scanning a quoted scalar from line 3)",
        id="yaml-unclosed-quote",
    ),
    pytest.param(
        "facts:\n\t- id: a\n",
        "2: not valid YAML: found character '\\t' that cannot start any token "
        "(indent with spaces, not tabs)",
        id="yaml-tab",
    ),
    pytest.param(
        "facts: []\n---\nfacts: []\n",
        "2: a second YAML document (a fact sheet is one: remove this ---)",
        id="yaml-two-documents",
    ),
    pytest.param(
        "facts: [\x00]\n",
        "1: the control character U+0000 is not allowed in YAML (save the fact sheet as text)",
        id="yaml-control-character",
    ),
    pytest.param(
        "- id: a\n  place: Kyiv\n",
        "1: the fact sheet must be a mapping with story: and facts:, not a list "
        "(allowed: facts, story)",
        id="top-level-list",
    ),
    pytest.param(
        "{}\n",
        "1: the fact sheet declares no story and no facts (allowed: facts, story)",
        id="top-level-empty-mapping",
    ),
    pytest.param(
        "story:\n  id: x\nfact:\n  - id: a\n",
        "3: fact: not a key of a fact sheet; did you mean facts? (allowed: facts, story)",
        id="top-level-unknown-key",
    ),
    pytest.param(
        "story: [a]\n",
        "1: story: must be a mapping of story keys, not a list",
        id="story-list",
    ),
    pytest.param(
        "story:\nfacts: []\n",
        "1: story: has no value (write a mapping of story keys, or remove the key)",
        id="story-no-value",
    ),
    pytest.param(
        "story:\n  headline: The call\n",
        "2: story.headline: not a key of story (allowed: articles, date, id, title)",
        id="story-unknown-key",
    ),
    pytest.param(
        "story:\n  date: 2021-04\n",
        "2: story.date: '2021-04' is not a full date (allowed: a day, like 2021-04-13)",
        id="story-date-not-a-day",
    ),
    pytest.param(
        "story:\n  date: 9999-12-31\n",
        "2: story.date: '9999-12-31' is out of range (allowed: years 1800 to 2200)",
        id="story-date-out-of-range",
    ),
    pytest.param(
        "facts:\n  id: a\n  place: Kyiv\n",
        "2: facts: must be a list of facts, not a mapping",
        id="facts-mapping",
    ),
    pytest.param(
        "facts:\n",
        "1: facts: has no value (write a list of facts, or remove the key)",
        id="facts-no-value",
    ),
    pytest.param(
        "facts:\n  - kyiv\n",
        "2: facts[0]: must be a mapping with an id and a kind, not the value 'kyiv'",
        id="fact-text",
    ),
    pytest.param(
        "facts:\n  -\n  - id: a\n    place: Kyiv\n",
        "2: facts[0]: has no value (write a mapping with an id and a kind, or remove the entry)",
        id="fact-no-value",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n  - id: b\n    place: Lviv\n  - id: c\n"
        "    aliases: [Kiev]\n  - id: d\n    place: Kharkiv\n",
        "6: facts[2]: no kind given (allowed: one of date, organisation, person, place, quantity)",
        id="no-kind",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantitiy: 29\n",
        "2: facts[0]: no kind given; did you mean quantity instead of quantitiy? "
        "(allowed: one of date, organisation, person, place, quantity)",
        id="no-kind-misspelt",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n    person: Jen Psaki\n",
        "2: facts[0]: several kinds given: person, place "
        "(allowed: one of date, organisation, person, place, quantity)",
        id="several-kinds",
    ),
    pytest.param(
        "facts:\n  - place: Kyiv\n",
        "2: facts[0]: no id given "
        "(allowed: lowercase letters, digits and hyphens, e.g. donbas-death-toll)",
        id="no-id",
    ),
    pytest.param(
        "facts:\n  - id:\n    place: Kyiv\n",
        "2: facts[0].id: has no value (write an id, or remove the key)",
        id="id-no-value",
    ),
    pytest.param(
        "facts:\n  - id: Donbas Toll\n    place: Kyiv\n",
        "2: facts[0].id: 'Donbas Toll' is not a valid id "
        "(allowed: lowercase letters, digits and hyphens, e.g. donbas-death-toll)",
        id="id-pattern",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n  - place: Kiev\n    id: a\n",
        "5: facts[1].id: 'a' is already the id of the fact at rules/story.yaml:2 "
        "(allowed: each id once across all fact sheets loaded together)",
        id="id-twice",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n    place: Kiev\n",
        "4: facts[0].place: given twice, first on line 3 "
        "(keep one: YAML would silently use only the last)",
        id="key-twice",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity: 29\n    cue: [war]\n",
        "4: facts[0].cue: not a key of a quantity fact; did you mean cues? "
        "(allowed: also, counts, cues, id, not, note, quantity, severity, tolerance, unit)",
        id="unknown-key-misspelt",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n    role: capital\n",
        "4: facts[0].role: not a key of a place fact (allowed: aliases, id, note, place, severity)",
        id="key-of-another-kind",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n  - id: b\n    place: Kiev\n    severity: fatal\n",
        "6: facts[1].severity: 'fatal' is not a severity (allowed: error, warning)",
        id="severity",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: [Kyiv, Kiev]\n",
        "3: facts[0].place: must be text, not a list",
        id="list-for-text",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity: 29\n    cues: {war: yes}\n",
        "4: facts[0].cues: must be text or a list of text, not a mapping",
        id="mapping-for-cues",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity: 29\n    cues:\n      - war\n      - [killed]\n",
        "6: facts[0].cues[1]: must be text, not a list",
        id="list-in-cues",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: ''\n",
        "3: facts[0].place: is empty (write text, or remove the key)",
        id="empty-text",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n    aliases: [Kiev, '  ']\n",
        "4: facts[0].aliases[1]: is empty (write text, or remove the entry)",
        id="empty-list-entry",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity:\n",
        "3: facts[0].quantity: has no value (write a figure, or remove the key)",
        id="kind-no-value",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity: lots\n",
        "3: facts[0].quantity: 'lots' is not a figure "
        "(write it as in an article: 29, about 14,000, more than 80,000)",
        id="figure",
    ),
    pytest.param(
        "facts:\n  - {id: q, quantity: about 14,000, counts: people}\n",
        "2: facts[0].000: not a key of a quantity fact; a comma inside { } splits a figure: "
        "put it in quotes, 'about 14,000' "
        "(allowed: also, counts, cues, id, not, note, quantity, severity, tolerance, unit)",
        id="figure-split-by-flow-comma",
    ),
    pytest.param(
        "facts:\n  - id: q\n    quantity: 29\n    also: [lives]\n",
        "4: facts[0].also: other words for what is counted, but counts is not given "
        "(add counts: people)",
        id="also-without-counts",
    ),
    pytest.param(
        "facts:\n  - id: q\n    quantity: 5%\n    unit: USD\n",
        "4: facts[0].unit: 'USD' disagrees with the figure '5%', which is in percent",
        id="unit-disagrees",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity: 29\n    tolerance: a few\n",
        "4: facts[0].tolerance: 'a few' is not a tolerance "
        "(allowed: a share like 5% or an amount like 500)",
        id="tolerance",
    ),
    pytest.param(
        "facts:\n  - id: a\n    quantity: 29\n    tolerance: -5\n",
        "4: facts[0].tolerance: '-5' is not a tolerance "
        "(allowed: a share like 5% or an amount like 500)",
        id="tolerance-negative",
    ),
    pytest.param(
        "facts:\n  - id: a\n    date: yesterday\n",
        "3: facts[0].date: 'yesterday' is not a date (allowed: 2021-04-13, 2021-04 or 2021)",
        id="date",
    ),
    pytest.param(
        "facts:\n  - id: a\n    date: 2021-04-13 10:00\n",
        "3: facts[0].date: '2021-04-13 10:00' is not a date (allowed: 2021-04-13, 2021-04 or 2021)",
        id="date-with-time",
    ),
    pytest.param(
        "facts:\n  - id: a\n    date: 2021-02-30\n",
        "3: facts[0].date: '2021-02-30' is not a date: February 2021 has 28 days",
        id="date-february-30",
    ),
    pytest.param(
        "facts:\n  - id: a\n    date: 2021-13\n",
        "3: facts[0].date: '2021-13' is not a date: there is no month 13",
        id="date-month-13",
    ),
    pytest.param(
        "facts:\n  - id: a\n    date: '0000'\n",
        "3: facts[0].date: '0000' is not a date: there is no year 0",
        id="date-year-0",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n"
        "  - id: b\n    date: 2021-04-13\n    weekday: Monday\n",
        "6: facts[1].weekday: 'Monday' does not match 2021-04-13, which is a Tuesday",
        id="weekday-mismatch",
    ),
    pytest.param(
        "facts:\n  - id: b\n    date: 2021-04-13\n    weekday: Tusday\n",
        "4: facts[0].weekday: 'Tusday' is not a weekday "
        "(allowed: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday)",
        id="weekday-misspelt",
    ),
    pytest.param(
        "facts:\n  - id: b\n    date: 2021-04\n    weekday: Tuesday\n",
        "4: facts[0].weekday: a weekday needs a full date, and 2021-04 is not one",
        id="weekday-of-a-month",
    ),
    pytest.param(
        "facts:\n  - id: p\n    person: Jen Psaki\n    also: [press secretary]\n",
        "4: facts[0].also: other ways of saying the role, but role is not given "
        "(add role: White House press secretary)",
        id="also-without-role",
    ),
    pytest.param(
        "story:\n  articles: [seeds/*.txt, /srv/news/*.txt]\n",
        "2: story.articles[1]: bad glob '/srv/news/*.txt': it is an absolute path "
        "(allowed: a path relative to the project root, with * ? ** and [abc], e.g. seeds/*.txt)",
        id="glob-absolute",
    ),
    pytest.param(
        "story:\n  articles: ../other/*.txt\n",
        "2: story.articles: bad glob '../other/*.txt': it goes up out of the folder with '..' "
        "(allowed: a path relative to the project root, with * ? ** and [abc], e.g. seeds/*.txt)",
        id="glob-dotdot",
    ),
    pytest.param(
        "story:\n  articles: 'seeds/[ab.txt'\n",
        "2: story.articles: bad glob 'seeds/[ab.txt': a '[' is not closed by ']' "
        "(allowed: a path relative to the project root, with * ? ** and [abc], e.g. seeds/*.txt)",
        id="glob-bracket",
    ),
    pytest.param(
        "story:\n  articles: 'seeds\\*.txt'\n",
        "2: story.articles: bad glob 'seeds\\\\*.txt': it has a backslash; use / between folders "
        "(allowed: a path relative to the project root, with * ? ** and [abc], e.g. seeds/*.txt)",
        id="glob-backslash",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: &k Kyiv\n    aliases: [*k]\n",
        "3: YAML anchors and aliases (&name, *name) are not allowed in fact sheets "
        "(write each value out in full)",
        id="anchor",
    ),
    pytest.param(
        "facts:\n  - id: a\n    <<: {place: Kyiv}\n",
        "3: facts[0]: YAML merge keys (<<) are not allowed in fact sheets "
        "(write each key out in full)",
        id="merge-key",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: !!python/object:os.system Kyiv\n",
        "3: facts[0].place: the YAML tag !!python/object:os.system is not allowed "
        "(allowed: plain values, lists and mappings, without tags)",
        id="tag-python",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: !city Kyiv\n",
        "3: facts[0].place: the YAML tag !city is not allowed "
        "(allowed: plain values, lists and mappings, without tags)",
        id="tag-local",
    ),
    pytest.param(
        "facts:\n  - id: a\n    place: Kyiv\n    aliases: !!set {Kiev}\n",
        "4: facts[0].aliases: the YAML tag !!set is not allowed "
        "(allowed: plain values, lists and mappings, without tags)",
        id="tag-set",
    ),
    pytest.param(
        "facts:\n  - id: a\n    ? [place]\n    : Kyiv\n",
        "3: facts[0]: a key must be a plain name, not a list or mapping",
        id="key-not-a-name",
    ),
    pytest.param(
        "facts: " + "[" * 40 + "]" * 40 + "\n",
        "1: nested more than 16 levels deep (a fact sheet needs four)",
        id="deep-nesting",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_SHEETS)
def test_bad_sheet_is_named_with_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    assert error(tmp_path, text) == f"{SHOWN}:{message}"


def test_error_carries_its_parts(tmp_path: Path) -> None:
    with pytest.raises(FactSheetError) as excinfo:
        load(tmp_path, "facts:\n  - id: a\n    place: Kyiv\n    severity: fatal\n")
    exc = excinfo.value
    assert (exc.file, exc.line, exc.key) == (SHOWN, 4, "facts[0].severity")
    assert (exc.problem, exc.allowed) == ("'fatal' is not a severity", "allowed: error, warning")


def test_not_utf8(tmp_path: Path) -> None:
    text = "facts:\n  - id: kyiv\n    place: Ky\xefv\n".encode("latin-1")
    assert error(tmp_path, text) == (
        f"{SHOWN}:3: not UTF-8 text: byte 0xef at column 14 can't be decoded "
        "(save the fact sheet as UTF-8)"
    )


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    assert error(tmp_path, text) == f"{SHOWN}: the fact sheet is empty (allowed: facts, story)"


def test_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    # "Billion laughs": nine levels of ten aliases each expand to 10**9 strings if constructed.
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        refs = ",".join([f"*a{n - 1}"] * 10)
        lines.append(f"a{n}: &a{n} [{refs}]")
    bomb = "\n".join(lines) + "\nfacts: *a9\n"
    started = time.perf_counter()
    message = error(tmp_path, bomb)
    assert time.perf_counter() - started < 1.0
    assert message == (
        f"{SHOWN}:1: YAML anchors and aliases (&name, *name) are not allowed in fact sheets "
        "(write each value out in full)"
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_loads_or_fails_with_our_error(text: str) -> None:
    _loads_or_refuses(text.encode())


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["id", "quantity", "date", "place", "cues", "severity", "weekday", "x"]),
        st.one_of(st.text(max_size=12), st.integers(), st.lists(st.text(max_size=5), max_size=3)),
        max_size=4,
    )
)
def test_any_fact_loads_or_fails_with_our_error(fact: dict[str, Any]) -> None:
    _loads_or_refuses(yaml.safe_dump({"facts": [fact]}).encode())


def _loads_or_refuses(data: bytes) -> None:
    """Loading `data` gives a sheet or our own error naming the file: never anything else."""
    try:
        parse_sheet(data, SHOWN, "story")
    except FactSheetError as exc:
        message = str(exc)
    else:
        return
    assert message.startswith(SHOWN + ":")


# --- several sheets -------------------------------------------------------------------------------


def test_load_sheets_reads_folders_in_order_and_files(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "b.yml").write_text("facts:\n  - id: b\n    place: Lviv\n")
    (rules / "a.yaml").write_text("facts:\n  - id: a\n    place: Kyiv\n")
    (rules / "notes.txt").write_text("not a sheet")
    (rules / ".#a.yaml").write_text("an editor's lock file")
    extra = tmp_path / "extra.yaml"
    extra.write_text("story:\n  id: extra\n")
    sheets = load_sheets([rules, extra, rules / "a.yaml"])
    assert [sheet.path for sheet in sheets] == [
        str(rules / "a.yaml"),
        str(rules / "b.yml"),
        str(extra),
    ]
    assert [sheet.story.id for sheet in sheets] == ["a", "b", "extra"]


def test_ids_are_unique_across_sheets(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("facts:\n  - id: kyiv\n    place: Kyiv\n")
    (tmp_path / "b.yaml").write_text(
        "facts:\n  - id: lviv\n    place: Lviv\n\n  - id: kyiv\n    place: Kiev\n"
    )
    with pytest.raises(FactSheetError) as excinfo:
        load_sheets([tmp_path])
    assert str(excinfo.value) == (
        f"{tmp_path / 'b.yaml'}:5: facts[1].id: 'kyiv' is already the id of the fact at "
        f"{tmp_path / 'a.yaml'}:2 (allowed: each id once across all fact sheets loaded together)"
    )


def test_missing_path_is_named_without_a_line(tmp_path: Path) -> None:
    with pytest.raises(FactSheetError) as excinfo:
        load_sheets([tmp_path / "nope.yaml"])
    assert str(excinfo.value) == f"{tmp_path / 'nope.yaml'}: no such file or directory"
    assert excinfo.value.line == 0


def test_error_with_a_line_shows_it() -> None:
    assert str(FactSheetError("r.yaml", 3, "story.id", "bad", "allowed: x")) == (
        "r.yaml:3: story.id: bad (allowed: x)"
    )
    assert str(FactSheetError("r.yaml", 0, None, "no such file or directory")) == (
        "r.yaml: no such file or directory"
    )


# --- globs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("seeds/*.txt", "seeds/001.txt", True),
        ("seeds/*.txt", "seeds/old/001.txt", False),
        ("seeds/*.txt", "other/001.txt", False),
        ("seeds/00?.txt", "seeds/001.txt", True),
        ("seeds/?01.txt", "seeds//01.txt", False),
        ("**/wire-*.md", "wire-1.md", True),
        ("**/wire-*.md", "a/b/wire-1.md", True),
        ("stories/**/*.md", "stories/x.md", True),
        ("stories/**/*.md", "stories/a/b/x.md", True),
        ("stories/**", "stories/a/b/x.md", True),
        ("stories/", "stories/a/x.md", True),
        ("seeds/[ab]*.txt", "seeds/a1.txt", True),
        ("seeds/[ab]*.txt", "seeds/c1.txt", False),
        ("seeds/[!ab]*.txt", "seeds/c1.txt", True),
        ("seeds/[!ab]*.txt", "seeds/a1.txt", False),
        ("seeds/[0-9]*.txt", "seeds/7.txt", True),
        ("a[!x]b", "a/b", False),
        ("seeds/a.txt", "seeds/aXtxt", False),
        ("./seeds/*.txt", "seeds/1.txt", True),
        ("seeds/*.TXT", "seeds/1.txt", False),
    ],
)
def test_glob_matches(pattern: str, path: str, matches: bool) -> None:
    assert glob_matches(pattern, path) is matches


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("seeds/*.txt", None),
        ("**/[a-z]*.md", None),
        ("", "the pattern is empty"),
        ("/srv/news/*.txt", "it is an absolute path"),
        ("C:/news/*.txt", "it is an absolute path"),
        ("seeds/../../etc/*", "it goes up out of the folder with '..'"),
        ("seeds\\*.txt", "it has a backslash; use / between folders"),
        ("seeds/[ab.txt", "a '[' is not closed by ']'"),
        ("seeds/[z-a].txt", "a '[...]' class is wrong: bad character range z-a"),
    ],
)
def test_validate_glob(pattern: str, problem: str | None) -> None:
    assert validate_glob(pattern) == problem


def test_glob_matches_refuses_an_invalid_pattern() -> None:
    with pytest.raises(ValueError, match=re.escape("a '[' is not closed by ']'")):
        glob_matches("seeds/[ab", "seeds/a")


# --- the JSON Schema ------------------------------------------------------------------------------


def test_schema_is_generated_from_the_registry() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == set(TOP_LEVEL)
    story = schema["properties"]["story"]
    assert list(story["properties"]) == [key.name for key in STORY_KEYS]
    kinds = schema["properties"]["facts"]["items"]["oneOf"]
    assert len(kinds) == len(KINDS)
    for sub, kind in zip(kinds, KINDS.values(), strict=True):
        assert sub["required"] == ["id", kind.name]
        assert sub["additionalProperties"] is False
        assert list(sub["properties"]) == [key.name for key in kind.all_keys]
        assert [p["description"] for p in sub["properties"].values()] == [
            key.help for key in kind.all_keys
        ]


@pytest.mark.parametrize("name", GOOD_SHEETS)
def test_schema_accepts_what_loads(tmp_path: Path, name: str) -> None:
    load(tmp_path, GOOD_SHEETS[name])
    assert _violations(json_schema(), _as_json(GOOD_SHEETS[name])) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("facts:\n  - id: a\n    place: Kyiv\n    colour: red\n", "/facts/0"),
        ("facts:\n  - id: a\n    aliases: Kiev\n", "/facts/0"),
        ("facts:\n  - id: a\n    place: Kyiv\n    person: Jen Psaki\n", "/facts/0"),
        ("facts:\n  - id: a\n    place: Kyiv\n    severity: fatal\n", "/facts/0"),
        ("facts:\n  - id: A B\n    place: Kyiv\n", "/facts/0"),
        ("story:\n  date: 2021-04\n", "/story/date"),
        ("story:\n  headline: x\n", "/story"),
        ("stories: []\n", ""),
    ],
)
def test_schema_refuses_what_it_can_describe(tmp_path: Path, text: str, where: str) -> None:
    with pytest.raises(FactSheetError):
        load(tmp_path, text)
    assert where in _violations(json_schema(), _as_json(text))


def _as_json(text: str) -> Any:
    """The sheet as a YAML 1.2 tool (an editor's language server) hands it to a schema validator."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert root is not None
    return _yaml12(root)


def _yaml12(node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return {key.value: _yaml12(value) for key, value in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_yaml12(item) for item in node.value]
    assert isinstance(node, yaml.ScalarNode)
    text = node.value
    if node.style is not None:  # quoted or block text is always a string
        return text
    if re.fullmatch(r"~|null|Null|NULL|", text):
        return None
    if re.fullmatch(r"true|True|TRUE|false|False|FALSE", text):
        return text.lower() == "true"
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return int(text)
    if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", text):
        return float(text)
    return text


_JSON_TYPES: dict[str, Any] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def _violations(schema: dict[str, Any], value: Any, where: str = "") -> list[str]:
    """JSON pointers where `value` breaks `schema`, for the draft 2020-12 keywords we use."""
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        is_bool = isinstance(value, bool)
        if not any(
            isinstance(value, _JSON_TYPES[n]) and (n == "boolean" or not is_bool) for n in names
        ):
            return [where]
    if "enum" in schema and value not in schema["enum"]:
        return [where]
    if isinstance(value, str):
        too_short = len(value) < schema.get("minLength", 0)
        if too_short or ("pattern" in schema and not re.search(schema["pattern"], value)):
            return [where]
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        return [where]
    if "oneOf" in schema and sum(not _violations(s, value) for s in schema["oneOf"]) != 1:
        return [where]
    if "anyOf" in schema and all(_violations(s, value) for s in schema["anyOf"]):
        return [where]
    found: list[str] = []
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        if any(key not in value for key in schema.get("required", [])):
            found.append(where)
        if schema.get("additionalProperties") is False and set(value) - set(properties):
            found.append(where)
        for key, item in value.items():
            if key in properties:
                found += _violations(properties[key], item, f"{where}/{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found += _violations(schema["items"], item, f"{where}/{i}")
    return found


def test_the_readme_example_loads(tmp_path: Path) -> None:
    # The README's fact sheet example is what editors copy: it must stay a valid sheet.
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```yaml\n# rules/biden-putin-call.yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(block, encoding="utf-8")
    sheet = load_sheet(path)
    assert [f.id for f in sheet.facts] == ["donbas-death-toll", "call-date", "jen-psaki", "kyiv"]
