"""The engine on small stories written for the purpose: grouping, datelines, HTML, bad files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.engine import Engine
from consistency.facts import FactSheet
from consistency.factsheet import load_sheet, load_sheets

SHEET = """\
story:
  id: call
  date: 2021-04-13
facts:
  - id: call-date
    date: 2021-04-13
    cues: [phone call, call, telephone]
  - id: troops
    quantity: more than 80,000
    counts: troops
    cues: [Russia, Russian, border]
"""


@pytest.fixture
def sheet(tmp_path: Path) -> FactSheet:
    path = tmp_path / "rules.yaml"
    path.write_text(SHEET, encoding="utf-8")
    return load_sheet(path, "rules.yaml")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(root: Path, sheet: FactSheet, *paths: Path) -> dict[str, list[tuple[str | None, str]]]:
    results = Engine([sheet], root, display=lambda p: p.relative_to(root).as_posix()).check(paths)
    return {r.path: [(f.fact or f.kind, f.where.text) for f in r.findings] for r in results}


def test_weekday_resolves_against_the_dateline(tmp_path: Path, sheet: FactSheet) -> None:
    # Published the day after the call, "on Monday" can only be the Monday before it.
    a = write(
        tmp_path / "a.txt",
        "---\npublished: 2021-04-14\n---\nBiden calls Putin\n\n"
        "Biden and Putin spoke in a telephone call on Monday.\n",
    )
    assert check(tmp_path, sheet, a) == {"a.txt": [("call-date", "Monday")]}


def test_wednesday_conference_is_not_the_tuesday_call(tmp_path: Path, sheet: FactSheet) -> None:
    # Seed 002: the conference is a different event, with no cue of the call in its sentence.
    a = write(
        tmp_path / "a.txt",
        "Biden urges Putin\n\nSeparately, two diplomats said Stoltenberg would host a video "
        "conference on Wednesday with allied military and foreign ministers.\n",
    )
    assert check(tmp_path, sheet, a) == {"a.txt": []}


def test_a_weekday_wrong_for_its_date_is_reported(tmp_path: Path, sheet: FactSheet) -> None:
    a = write(
        tmp_path / "a.txt",
        "Talks\n\nThe ministers will meet on Monday, April 19, 2021 in Brussels.\n",
    )
    assert check(tmp_path, sheet, a) == {"a.txt": []}
    b = write(
        tmp_path / "b.txt",
        "Talks\n\nThe ministers will meet on Monday, April 20, 2021 in Brussels.\n",
    )
    assert check(tmp_path, sheet, b) == {"b.txt": [("calendar", "Monday, April 20, 2021")]}


def test_a_day_its_month_lacks_is_reported(tmp_path: Path, sheet: FactSheet) -> None:
    a = write(
        tmp_path / "a.txt",
        "Talks\n\nThe ministers met on June 31 in Brussels and agreed on 30 measures.\n",
    )
    results = Engine([sheet], tmp_path, display=lambda p: p.name).check([a])
    assert [(f.kind, f.message) for r in results for f in r.findings] == [
        ("calendar", 'the article says "June 31"; there is no such day on the calendar')
    ]
    assert [c.text for r in results for c in r.claims if c.type == "quantity"] == ["30 measures"]


def test_front_matter_story_groups_articles_across_folders(
    tmp_path: Path, sheet: FactSheet
) -> None:
    a = write(
        tmp_path / "wire" / "a.txt",
        "---\nstory: call\n---\nTroops\n\nKiev says Russia has massed more than 80,000 troops "
        "on its border.\n",
    )
    b = write(
        tmp_path / "web" / "b.txt",
        "---\nstory: call\n---\nTroops\n\nKiev says Russia has massed more than 40,000 troops "
        "on its border.\n",
    )
    results = Engine([sheet], tmp_path, display=lambda p: p.name).check([a, b])
    (finding,) = [f for r in results for f in r.findings]
    assert (finding.where.article, finding.fact) == ("b.txt", "troops")
    assert [(s.article, s.text) for s in finding.sources] == [("a.txt", "more than 80,000 troops")]


def test_html_articles_keep_offsets_into_the_file(tmp_path: Path, sheet: FactSheet) -> None:
    html = (
        "<html><head><title>Troops</title><style>p{color:red}</style></head><body>"
        "<h1>Troops at the border</h1><p>Kiev says Russia has <b>massed</b> more than "
        "40,000&nbsp;troops on its border.</p></body></html>"
    )
    a = write(tmp_path / "a.html", html)
    results = Engine([sheet], tmp_path).check([a])
    (finding,) = results[0].findings
    assert html[finding.where.start : finding.where.end] == finding.where.text
    assert finding.where.text == "more than 40,000&nbsp;troops"


def test_an_article_that_cannot_be_read_is_named(tmp_path: Path, sheet: FactSheet) -> None:
    good = write(tmp_path / "good.txt", "Troops\n\nMore than 80,000 Russian troops are there.\n")
    gone = tmp_path / "gone.txt"
    os.symlink(tmp_path / "nowhere.txt", gone)
    results = {
        r.path: r for r in Engine([sheet], tmp_path, display=lambda p: p.name).check([good, gone])
    }
    assert results["gone.txt"].outcome == "error"
    assert results["gone.txt"].error == "gone.txt: cannot read the file: No such file or directory"
    assert results["good.txt"].outcome == "passed"


def test_articles_are_never_modified(tmp_path: Path, sheet: FactSheet) -> None:
    text = "Troops\r\n\r\nKiev says Russia has massed more than 40,000 troops on its border.\r\n"
    a = tmp_path / "a.txt"
    a.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    before = a.read_bytes()
    results = Engine([sheet], tmp_path).check([a])
    assert a.read_bytes() == before
    (finding,) = results[0].findings
    # Offsets count characters of the decoded text, BOM stripped, "\r\n" kept.
    assert text[finding.where.start : finding.where.end] == "more than 40,000 troops"
    assert (finding.where.line, finding.where.column) == (3, 29)


SEED_WORDS = (
    "Kiev accused Moscow of deploying more than 80,000 troops on Tuesday, April 13 , 2021 ; "
    "the war has claimed some 14,000 lives . US State Department spokeswoman Jen Psaki said "
    "NATO is stationing 40,000 soldiers since 2014 — about 29 allies , Crimea annexed in "
    "February – March 2014 , 5.25%-5.5% , $3bn , half a million , Wednesday , 4/13/2021"
).split(" ")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(SEED_WORDS) | st.text(max_size=12), max_size=60),
    st.sampled_from(["\n", " ", "\n\n", "\t"]),
)
def test_no_article_crashes_the_engine(
    tmp_path_factory: pytest.TempPathFactory, words: list[str], sep: str
) -> None:
    sheets = load_sheets([Path(__file__).resolve().parents[1] / "rules"])
    folder = tmp_path_factory.mktemp("story")
    path = folder / "a.txt"
    path.write_text("Headline\n\n" + sep.join(words), encoding="utf-8")
    (result,) = Engine(sheets, folder).check([path])
    text = path.read_bytes().decode("utf-8")  # no newline translation: offsets are exact
    for finding in result.findings:
        assert text[finding.where.start : finding.where.end] == finding.where.text


def test_a_dateline_out_of_range_is_a_clear_error(tmp_path: Path, sheet: FactSheet) -> None:
    a = write(tmp_path / "a.txt", "---\npublished: 9999-12-31\n---\nFar\n\nThey meet tomorrow.\n")
    (result,) = Engine([sheet], tmp_path, display=lambda p: p.name).check([a])
    assert result.error == (
        "a.txt:2: published: 9999-12-31 is out of range (allowed: years 1800 to 2200)"
    )
