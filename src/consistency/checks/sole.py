"""Figures a story gives one way everywhere but in one article: "Hurricane Ian came ashore
with winds of 150mph" in every paper, and "a 300mph monster" in the tabloid. The tabloid's
clause shares no word with the others, so neither the clustering nor the pairs by elimination
line it up; what gives it away is that the story has one figure of the kind, stated alike by
the other articles, and the tabloid states the kind once, otherwise.

A figure takes part only when its article states its measure once, at least two other
articles state the measure, every statement of it in the other articles agrees with the
others, the figure can be about what they are about (`likeness.compatible`), it is within a
factor of three of theirs (or a slipped zero), and the articles' datelines are at most a day
apart (a toll grows). Such a pair is a warning: it is lined up by the story, not by its words.
"""

from __future__ import annotations

from collections import defaultdict

from consistency.checks.about import Statement
from consistency.checks.apart import far_apart
from consistency.checks.likeness import compatible, published_apart, states
from consistency.checks.pairs import Verdict, compare
from consistency.model import Quantity

# Other articles that must state the measure, all alike, before a lone figure stands out.
_WITNESSES = 2


def sole_pairs(
    block: list[Statement], by_article: dict[str, list[Statement]], taken: set[int]
) -> list[tuple[Statement, Statement]]:
    """(lone figure, another article's statement of the story's figure) pairs of one block.
    `taken` holds the ids of statements already lined up or reported."""
    per_article: dict[str, list[Statement]] = defaultdict(list)
    for st in block:
        if isinstance(st.claim, Quantity):
            per_article[st.article.path].append(st)
    pairs = []
    for path, mine in per_article.items():
        if len(mine) != 1 or id(x := mine[0]) in taken:
            continue
        others = [sts for other, sts in per_article.items() if other != path]
        if len(others) < _WITNESSES:
            continue
        told = [st for sts in others for st in sts]
        ref = told[0]
        if any(compare(st, ref) is not Verdict.AGREES for st in told[1:]):
            continue  # the story gives several figures of the kind: nothing stands out
        if not all(compatible(x, st) and not published_apart(x, st, days=1) for st in told):
            continue
        if compare(x, ref) is not Verdict.DIFFERS or far_apart(x, ref):
            continue
        if states(by_article[path], ref):
            continue  # the article gives the story's figure too, of something else
        pairs.append((x, ref))
    return pairs
