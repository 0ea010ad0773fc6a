"""Value semantics: when a stated figure or date agrees with a declared one."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from consistency.compare.dates import date_agrees, weekday_conflict
from consistency.compare.quantities import agrees, in_unit, rounding, same_magnitude
from consistency.extract.quantities import extract_quantities, parse_amount
from consistency.facts import Origin, QuantityFact
from consistency.model import DateClaim, PartialDate, Severity

D = Decimal


def fact(stated: str, tolerance: str | None = None) -> QuantityFact:
    q = parse_amount(stated)
    assert q is not None
    relative = tolerance is not None and tolerance.endswith("%")
    tol = None
    if tolerance is not None:
        tol = Decimal(tolerance.rstrip("%")) / (100 if relative else 1)
    return QuantityFact(
        id="f", origin=Origin("rules/t.yaml", 1), severity=Severity.ERROR, stated=stated,
        value=q.value, low=q.low, high=q.high, qualifier=q.qualifier, tolerance=tol,
        tolerance_is_relative=relative, unit=None, counts=("people",), not_counts=(), cues=(),
    )  # fmt: skip


def said(text: str) -> object:
    (q,) = extract_quantities(text)
    return q


@pytest.mark.parametrize(
    ("declared", "stated", "ok"),
    [
        pytest.param("about 14,000", "some 14,000 lives", True, id="some-vs-about"),
        pytest.param("about 14,000", "14,000 people", True, id="bare-vs-about"),
        pytest.param("about 14,000", "14 thousand people", True, id="rewording"),
        pytest.param("about 14,000", "some 24,000 lives", False, id="different-figure"),
        pytest.param("about 14,000", "more than 13,000 people", True, id="true-lower-bound"),
        pytest.param("more than 80,000", "80,000+ troops", True, id="plus-vs-more-than"),
        pytest.param("more than 80,000", "about 85,000 troops", True, id="about-inside-bound"),
        pytest.param("more than 80,000", "more than 40,000 troops", False, id="halved-bound"),
        pytest.param("more than 80,000", "fewer than 50,000 troops", False, id="opposite-bound"),
        pytest.param("29", "29 allies", True, id="exact-count"),
        pytest.param("29", "30 allies", False, id="exact-count-off-by-one"),
        pytest.param("40,000", "40,000 soldiers", True, id="round-exact"),
        pytest.param("40,000", "42,000 soldiers", False, id="round-exact-off"),
    ],
)
def test_quantity_agreement(declared: str, stated: str, ok: bool) -> None:
    assert agrees(said(stated), fact(declared)) is ok  # type: ignore[arg-type]


def test_basis_points_compare_with_percentage_points() -> None:
    fact_pp = dataclasses.replace(fact("0.25"), unit="percentage-point")
    (bp,) = extract_quantities("a rise of 25 basis points")
    converted = in_unit(bp, "percentage-point")
    assert converted is not None
    assert agrees(converted, fact_pp)
    (wrong,) = extract_quantities("a rise of 50 basis points")
    converted = in_unit(wrong, "percentage-point")
    assert converted is not None
    assert not agrees(converted, fact_pp)
    assert in_unit(bp, "percent") is None


def test_tolerance_widens_the_fact() -> None:
    assert not agrees(said("15,500 people"), fact("14,000"))  # type: ignore[arg-type]
    assert agrees(said("15,500 people"), fact("14,000", "15%"))  # type: ignore[arg-type]
    assert agrees(said("14,900 people"), fact("14,000", "1000"))  # type: ignore[arg-type]


def test_rounding_reads_round_figures_as_rounded() -> None:
    assert rounding(Decimal(14000)) == 500
    assert rounding(Decimal(80000)) == 5000
    assert rounding(Decimal(29)) == 0
    assert rounding(Decimal(14123)) == 0


def test_magnitude_separates_other_figures() -> None:
    assert same_magnitude(said("2,000 people"), fact("about 14,000"))  # type: ignore[arg-type]
    assert not same_magnitude(said("two people"), fact("about 14,000"))  # type: ignore[arg-type]


def claim(text: str, value: PartialDate | None, weekday: str | None = None,
          until: PartialDate | None = None, relative: bool = False) -> DateClaim:  # fmt: skip
    return DateClaim(text, 0, len(text), value, weekday, until, None, relative)


CALL = PartialDate(2021, 4, 13)


@pytest.mark.parametrize(
    ("stated", "declared", "ok"),
    [
        pytest.param(claim("Tuesday, April 13", CALL, "Tuesday", relative=True), CALL, True,
                     id="weekday-and-date"),
        pytest.param(claim("Tuesday", PartialDate(2021, 4, 13), "Tuesday", relative=True), CALL,
                     True, id="weekday-alone"),
        pytest.param(claim("Monday", PartialDate(2021, 4, 12), "Monday", relative=True), CALL,
                     False, id="wrong-weekday"),
        pytest.param(claim("April 14", PartialDate(2021, 4, 14), relative=True), CALL, False,
                     id="wrong-day"),
        pytest.param(claim("2014", PartialDate(2014)), PartialDate(2014, 3, 18), True,
                     id="year-of-a-day"),
        pytest.param(claim("February – March 2014", PartialDate(2014, 2),
                           until=PartialDate(2014, 3)), PartialDate(2014, 3, 18), True,
                     id="month-range"),
        pytest.param(claim("2015", PartialDate(2015)), PartialDate(2014, 3, 18), False,
                     id="wrong-year"),
    ],
)  # fmt: skip
def test_date_agreement(stated: DateClaim, declared: PartialDate, ok: bool) -> None:
    assert date_agrees(stated, declared) is ok


def test_weekday_conflict_with_own_date() -> None:
    assert weekday_conflict(claim("Monday, April 13, 2021", CALL, "Monday")) == "Tuesday"
    assert weekday_conflict(claim("Tuesday, April 13, 2021", CALL, "Tuesday")) is None
    assert (
        weekday_conflict(claim("Monday", PartialDate(2021, 4, 12), "Monday", relative=True)) is None
    )


def test_a_day_range_without_year_is_compared_within_the_facts_year() -> None:
    # "April 22-23" in an article dated 2022 still states the days of a 2021 event.
    days = claim(
        "April 22-23", PartialDate(2022, 4, 22), until=PartialDate(2022, 4, 23), relative=True
    )
    assert date_agrees(days, PartialDate(2021, 4, 23))
    assert not date_agrees(days, PartialDate(2021, 4, 24))
    dated = claim("April 13, 2022", PartialDate(2022, 4, 13))
    assert not date_agrees(dated, CALL)


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        pytest.param("two weeks", "day", (D(14), D(14), D(14)), id="weeks-in-days"),
        pytest.param("25 basis points", "percentage-point", (D("0.25"),) * 3, id="bp-in-points"),
        pytest.param(
            "100 mph", "km/h", (D("160.9344"), D("156.106368"), D("165.762432")),
            id="mph-in-kmh-is-approximate",
        ),
        pytest.param("half", "percent", (D(50), D("48.5"), D("51.5")), id="half-in-percent"),
        pytest.param("40 km", "kg", None, id="length-is-no-mass"),
        pytest.param("40C", "fahrenheit", (D(104), D(103), D(105)), id="celsius-in-fahrenheit"),
    ],
)  # fmt: skip
def test_figures_in_another_unit(
    text: str, unit: str, expected: tuple[Decimal, Decimal, Decimal] | None
) -> None:
    (q,) = extract_quantities(text if text != "half" else "half of the homes")
    converted = in_unit(q, unit)
    got = None if converted is None else (converted.value, converted.low, converted.high)
    assert got == expected
