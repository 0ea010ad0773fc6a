"""Two figures of one cluster that differ and yet are no contradiction: a part far from the
whole, a figure beside the others' in its own sentence, two ages a birthday apart, a toll
that moved between two reports."""

from __future__ import annotations

import re

from consistency.checks.about import COUNT, PEOPLE, Statement
from consistency.checks.likeness import published_apart
from consistency.checks.loose import near, slipped
from consistency.model import Quantity


def a_birthday_apart(s: Statement, other: Statement) -> bool:
    """Whether two ages of one person differ by a year that a birthday between the reports may
    explain: "Johnson, 46" at the runoff and "Johnson, 47" at his swearing-in six weeks later,
    unless both datelines put the reports within a week of each other."""
    x, y = s.claim, other.claim
    if s.measure != "age" or not isinstance(x, Quantity) or not isinstance(y, Quantity):
        return False
    dated = s.article.published is not None and other.article.published is not None
    return abs(x.value - y.value) == 1 and not (dated and not published_apart(s, other, days=7))


def far_apart(s: Statement, anchor: Statement) -> bool:
    """Whether two figures are too far apart to be one misreported: "six seats" won in
    Scotland and the 72 UK-wide, "37 Scottish seats" and Labour's 411. A slipped zero
    ("14,000" against "1,400") is one."""
    x, y = s.figure or s.claim, anchor.figure or anchor.claim
    if not isinstance(x, Quantity) or not isinstance(y, Quantity):
        return False
    return not near(x, y) and not slipped(x, y)


def in_one_sentence(s: Statement, anchor: Statement, own: list[Statement]) -> bool:
    """Whether `s`'s sentence also gives the figure the others give: two figures of one
    sentence are two things ("will pay $95 per share, a 45% premium to Activision's closing
    price of $65.39"; "counted 1.28 million demonstrators nationwide, including 81,000 in
    Paris")."""
    given = anchor.claim
    if not isinstance(s.claim, Quantity) or not isinstance(given, Quantity):
        return False
    if anchor.article is s.article:
        return False
    sentence = s.article.sentence_at(s.claim.start)
    # The very figure, not one a bound admits: "won 822 of the 650 seats, giving it a majority
    # of more than 170" does not give Labour's 411.
    return any(
        o is not s
        and o.measure in (s.measure, COUNT)
        and isinstance(o.claim, Quantity)
        and o.claim.value == given.value
        and o.claim.unit == given.unit
        and o.article.sentence_at(o.claim.start) == sentence
        for o in own
    )


def a_toll_that_moved(s: Statement, other: Statement) -> bool:
    """Whether two tolls of people may be one count at two moments: the later of two dated
    reports gives more, or an undated report says the toll is rising ("Maui fires: death
    toll climbs to 96" beside a later paper's "has climbed to 99")."""
    x, y = s.claim, other.claim
    if s.measure != PEOPLE or not isinstance(x, Quantity) or not isinstance(y, Quantity):
        return False
    if max(x.value, y.value) >= _GROWTH * min(x.value, y.value):
        return False  # a doubled toll is a slip, not a count that moved
    mine, theirs = s.article.published, other.article.published
    if mine is not None and theirs is not None:
        if mine == theirs:
            return False
        later, earlier = (x, y) if mine > theirs else (y, x)
        return later.value >= earlier.value
    return any(
        _RISING.search(st.article.scan, max(0, st.claim.start - 30), st.claim.start)
        for st in (s, other)
    )


# How far a toll may grow between two reports and still be one count (Morocco's 2,012 dead on
# the Saturday, 2,862 on the Monday).
_GROWTH = 2
# A count still moving: "the death toll climbs to 96", "has risen to 50".
_RISING = re.compile(
    r"\b(?:rises|rose|risen|rising|climbs|climbed|climbing|jumps|jumped|soars|soared|hits|"
    r"reached|reaches|passes|passed|tops|topped)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+|"
    r"over\s+|nearly\s+|about\s+)?$",
    re.I,
)
