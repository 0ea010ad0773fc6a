"""The time a figure holds at: the date its clause gives nearest it ("fell to 2.3% in April
from 3.2% in March" dates the 2.3% in April), or the day it was said, which only bounds it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from consistency.model import Claim, DateClaim, Quantity

AS_OF = "<"  # marks a time that only bounds a figure: the day it was said
# A year after these bounds a period the figure covers ("killed 14,000 since 2014"): it dates
# no other time than the story's.
_PERIOD_BOUND = re.compile(r"\b(?:since|from|until|till|through)\s+$", re.I)


@dataclass(frozen=True)
class Times:
    """An article's dates (those it gives a day or a weekday of), the ids of those that date a
    statement ("said on Friday"), and of those that follow a figure, by the id of that
    figure."""

    dates: Sequence[DateClaim]
    said: set[int]
    bound: dict[int, int]


# A date right after a figure is that figure's time: "8.7 per cent in May".
_TIME_OF_FIGURE = re.compile(r"\s+(?:in|during|for|as of|at the end of)\s+(?:the\s+)?$", re.I)


def figure_times(scan: str, claims: Sequence[Claim]) -> dict[int, int]:
    """The dates that follow a figure, by id, with the id of the figure: "fell to 7.9 per cent
    in June from 8.7 per cent in May, still almost four times the Bank's 2% target" dates the
    8.7 in May and leaves the target undated."""
    bound = {}
    for before, claim in itertools.pairwise(claims):
        if (
            isinstance(before, Quantity)
            and isinstance(claim, DateClaim)
            and _TIME_OF_FIGURE.match(scan[before.end : claim.start])
        ):
            bound[id(claim)] = id(before)
    return bound


def nearest_time(
    scan: str,
    claim: Claim,
    timed: Times,
    window: tuple[int, int],
    sentence: tuple[int, int],
) -> frozenset[str]:
    """The date the clause gives nearest the claim, the time it holds at: "fell to 2.3% in
    April from 3.2% in March" dates the 2.3% in April. A period's start ("since 2014") dates
    no other time, nor does a date that follows another figure. The day a thing was said only
    bounds it, marked `AS_OF`: "said on Friday that the economy added 353,000 jobs" may be
    January's figure."""
    dates, said = timed.dates, timed.said
    # The day a thing was said dates it from anywhere in its sentence: "killed nine people,
    # the fire agency said on Wednesday evening".
    whole = (sentence[0], max(sentence[1], claim.end))

    def reached(d: DateClaim) -> bool:
        low, high = whole if id(d) in said else window
        return low <= d.start < high

    near = [
        d
        for d in dates
        if d is not claim
        and reached(d)
        and (d.value is not None or (d.weekday is not None and id(d) not in said))
        and timed.bound.get(id(d), id(claim)) == id(claim)
        and not _PERIOD_BOUND.search(scan, max(0, d.start - 8), d.start)
    ]
    if not near:
        return frozenset()
    best = min(
        near,
        key=lambda d: (id(d) in said, min(abs(d.start - claim.end), abs(claim.start - d.end))),
    )
    if best.value is None:
        # No dateline to put a date to it: "By Wednesday evening officials had confirmed
        # 8,574 dead" and "By Friday evening, ... 18,991 deaths" are two days' tolls.
        return frozenset((str(best.weekday),))
    if id(best) not in said:
        return frozenset((str(best.value),))
    # "said on Wednesday morning" and "on Wednesday evening": two statements of one day, a
    # toll that rose in between (an adversarial story written for development).
    part = _PART_OF_DAY.match(scan, best.end)
    return frozenset((AS_OF + str(best.value) + (f" {part[1].lower()}" if part else ""),))


_PART_OF_DAY = re.compile(r"\s+(morning|afternoon|evening|night)\b", re.I)
