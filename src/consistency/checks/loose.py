"""Pairs the clustering cannot line up, found by elimination: "Labour bagged 822 seats" shares
too few words with "The final tally gave Labour 411 seats" to be clustered with it, but once
what two articles agree on is set aside, the two stand out as one figure given two ways.

A claim takes part only when no other article states it the same way, and its partner is the
other article's statement most like it, whose most like statement in the first article it is
in turn. The two clauses must be somewhat alike, the figures of one kind and within a factor
of three (a figure many times another is more likely another figure), and neither article
may give the other's figure anywhere (then the two are two things it tells apart).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal

from consistency.checks.about import Statement
from consistency.checks.likeness import ALIKE, published_apart, similarity, states, wording
from consistency.checks.pairs import Verdict, compare
from consistency.compare.quantities import in_unit
from consistency.model import Quantity

# How alike two clauses must be, at least, to be paired by elimination (`ALIKE` and above
# are clustered). At 0.2 the development clusters caught 134 doubled figures of 638 instead
# of 125 and the fresh ones 39 of 211 instead of 37, for one more false warning there
# ("2.5 per cent" against a "1.50%-1.75%" range of another rate).
_LOOSE = 0.25
# Figures further apart than this are more often two figures than one misreported (72 seats
# UK-wide and six in Scotland; 16,000 people at risk and 1,900 evacuated); a doubled or
# mistyped figure stays within it.
_FACTOR = Decimal(3)


def loose_pairs(
    block: list[Statement],
    weights: dict[str, float],
    by_article: dict[str, list[Statement]],
    lined_up: set[int],
) -> list[tuple[Statement, Statement]]:
    """(claim, other article's claim) pairs of one block that differ, found by elimination.
    `lined_up` holds the ids of statements the clustering lined up with another article's:
    they take no part (which also keeps the cost down where every article has copies)."""
    stated: dict[tuple[object, ...], set[str]] = defaultdict(set)
    index: dict[str, list[Statement]] = defaultdict(list)
    for st in block:
        stated[wording(st)].add(st.article.path)
        for w in st.words:
            index[w].append(st)
    pairs: list[tuple[Statement, Statement]] = []
    seen: set[frozenset[int]] = set()
    for x in block:
        if id(x) in lined_up or not isinstance(figure := x.claim, Quantity):
            continue
        if len(stated[wording(x)]) > 1:
            continue  # a copy's figure, stated alike elsewhere: nothing stands out
        partner = _partner(x, index, weights)
        if partner is None or not isinstance(other := partner.claim, Quantity):
            continue
        if not near(figure, other) or _told_apart(x, partner, by_article):
            continue
        # Loose words need the same parties: "Russia has massed 80,000 troops on the border
        # with Ukraine" and "NATO has stationed 40,000 troops on the border with Russia".
        if x.subject != partner.subject:
            continue
        # A figure may have moved between reports of different days: loose words and a
        # day between are too little to go on (1,700 buildings burned on Thursday, 2,200 by
        # Sunday).
        if published_apart(x, partner, days=1):
            continue
        key = frozenset((id(x), id(partner)))  # two figures stated nowhere else: once,
        if key in seen or compare(x, partner) is not Verdict.DIFFERS:
            continue
        seen.add(key)
        both_alone = len(stated[wording(partner)]) == 1
        later = both_alone and _order(partner) > _order(x)
        pairs.append((partner, x) if later else (x, partner))  # on the later article
    return pairs


def _partner(
    x: Statement, index: dict[str, list[Statement]], weights: dict[str, float]
) -> Statement | None:
    """The statement of another article most like `x`, if `x` agrees with none of them and is
    in turn the statement of its own article most like it."""
    candidates = _sharing(x, index, lambda y: y.article is not x.article)
    scored = [(similarity(x, y, weights), y) for y in candidates]
    if any(score > 0 and compare(x, y) is Verdict.AGREES for score, y in scored):
        return None
    # The first of equal scores, in text order: the same pair whatever the hash seed.
    score, best = max(scored, key=lambda t: t[0], default=(0.0, None))
    if best is None or not _LOOSE <= score < ALIKE:
        return None
    mine = _sharing(best, index, lambda y: y.article is x.article)
    back = max(mine, key=lambda y: similarity(best, y, weights))
    return best if back is x else None


def _sharing(
    x: Statement, index: dict[str, list[Statement]], keep: Callable[[Statement], bool]
) -> list[Statement]:
    """The statements sharing a word with `x` that `keep` keeps, once each, in text order."""
    found = {id(y): y for w in x.words for y in index[w] if keep(y)}
    return sorted(found.values(), key=_order)


def _order(s: Statement) -> tuple[str, int]:
    return s.article.path, s.claim.start


def _told_apart(x: Statement, y: Statement, by_article: dict[str, list[Statement]]) -> bool:
    """Whether either article also gives the other's figure."""
    return states(by_article[y.article.path], x) or states(by_article[x.article.path], y)


def near(x: Quantity, y: Quantity) -> bool:
    """Whether two figures of one kind are within a factor of three of each other."""
    y_in = in_unit(y, x.unit)
    if y_in is None or not x.value or not y_in.value:
        return False
    return 1 / _FACTOR <= abs(x.value / y_in.value) <= _FACTOR


def slipped(x: Quantity, y: Quantity) -> bool:
    """Whether two figures have the same digits, one a power of ten of the other: a slipped
    zero or comma ("14,000" against "1,400")."""
    if x.value is None or y.value is None or not x.value or not y.value:
        return False
    ratio = abs(x.value / y.value)
    return ratio != 1 and ratio == Decimal(10) ** ratio.adjusted()
