"""How a sentence frames a claim: a part of a whole, a plan, the day a thing was said, what
happened to the people counted, and whose figure it is.

Two articles' figures are one statement only when their framing matches: "five killed" in a
headline is not contradicted by "two of them teachers" (a part), nor "12 killed" by "40
wounded" (another state), nor "Messi scored two goals" by "Mbappe scored three" (another
subject), nor "cut 10,000 jobs last year" by "will cut 11,000" (a plan).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consistency.articles import Article
from consistency.checks.context import Use, other_use
from consistency.model import Claim, DateClaim, Quantity

SAID = "said"  # a date that dates a statement ("said on Monday")
PART = "part"  # "two of them", "three of the dead", "412 of the 650 seats"
PLAN = "plan"  # "will cut 11,000 jobs", "plans to hire 500"
ANOTHER = "another"  # the day of another instance: "a second man was arrested on Tuesday"

_SAYS = (
    r"said|says|say|claimed|claims|told|announced|announces|stated|added|warned|reported|"
    r"reports|confirmed|insisted"
)
_SAID_ON = re.compile(rf"\b(?:{_SAYS})\s+(?:\w+\s+){{0,2}}(?:on\s+|late\s+|early\s+)?$", re.I)
# What was announced is the event dated, not a statement about it: "the deal, first announced
# on Jan. 18, 2022", "was announced on Tuesday".
_ANNOUNCED_ON = re.compile(
    r"\b(?:first|was|were|been|being|originally|initially)\s+(?:announced|reported|confirmed)"
    r"\s+(?:on\s+)?$",
    re.I,
)
# One more of a kind the story has told of: its date is another event's.
_ANOTHER = re.compile(
    r"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|further|new)|another)\s+"
    r"(?:man|woman|person|suspect|boy|girl|teenager|attack|strike|blast|explosion|shooting|"
    r"stabbing|arrest|earthquake|quake|aftershock|round|vote|case|death|victim)\b",
    re.I,
)
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|these|the|its|their)\b", re.I)
_PLAN_BEFORE = re.compile(
    r"\b(?:will|would|'ll|could|might|plans?\s+to|planning\s+to|expects?\s+to|expected\s+to|"
    r"aims?\s+to|intends?\s+to|is\s+set\s+to|are\s+set\s+to|wants?\s+to|is\s+to|are\s+to)"
    r"(?:\s+\w+){0,3}\s+$",
    re.I,
)
# What happened to the people counted, nearest the figure first.
_STATES = {
    "dead": "killed|killing|kill|kills|dead|died|dying|die|dies|deaths|death toll|lives|"
    "fatalities|fatally",
    "hurt": "injured|injuries|wounded|hurt|injuring|wounding",
    "missing": "missing|unaccounted",
    "held": "arrested|arresting|detained|held|jailed|charged",
    "moved": "evacuated|evacuating|displaced|homeless|fled|rescued|rescuing",
}
_STATE = re.compile(
    "|".join(rf"(?P<{k}>\b(?:{v})\b)" for k, v in _STATES.items()),
    re.I,
)
_REACH = 40  # characters each side searched for a state word


def use_of(article: Article, claim: Claim, dates: Sequence[DateClaim]) -> str | None:
    """The claim's use ("" for a current value); None for a figure that is no statement of its
    own (the whole in "six of the nine members", the "650-seat" of a chamber)."""
    scan = article.scan
    if isinstance(claim, DateClaim):
        sentence_start = article.sentence_at(claim.start)[0]
        if _ANOTHER.search(scan, sentence_start, claim.start):
            return ANOTHER  # "A second man was arrested on Tuesday": another arrest's day
        if _ANNOUNCED_ON.search(scan, max(0, claim.start - 40), claim.start):
            return ""
        return SAID if _SAID_ON.search(scan, max(0, claim.start - 40), claim.start) else ""
    if not isinstance(claim, Quantity):
        return ""
    if claim.end < len(scan) and scan[claim.end] == "-" and claim.unit is None:
        return None  # "the 650-seat House": a description, not a count
    # A plan first: "will cut 11,000 jobs" is a planned change, not the change made.
    use = other_use(article, claim, dates, None)
    if _PLAN_BEFORE.search(scan, max(0, claim.start - 50), claim.start):
        # "will fall to £1,568" and "will fall by £122": a planned level and a planned change.
        return f"{PLAN}:{Use.CHANGE.value}" if use is Use.CHANGE else PLAN
    if use is Use.TOTAL:
        return None
    if use is not None:
        return str(use.value)
    return PART if _PART_AFTER.match(scan, claim.end) else ""


def state_of(scan: str, start: int, end: int, sentence: tuple[int, int]) -> str | None:
    """What happened to the people a figure counts: "dead", "hurt", "missing", ... or None."""
    low, high = max(sentence[0], start - _REACH), min(max(sentence[1], end), end + _REACH)
    best: tuple[int, str] | None = None
    for m in _STATE.finditer(scan, low, high):
        gap = start - m.end() if m.end() <= start else m.start() - end
        if m.lastgroup and (best is None or gap < best[0]):
            best = (gap, m.lastgroup)
    return best[1] if best else None


_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*[ ]([A-Z][a-z]{2,})\b")


def people_before(scan: str, low: int, at: int, exclude: frozenset[str]) -> frozenset[str]:
    """The people named in full in the clause before a figure, by surname ("Lionel Messi
    scored two goals" is Messi's figure), leaving out the speaker and the parties."""
    clause = max(low, scan.rfind(",", low, at) + 1, scan.rfind(";", low, at) + 1)
    return frozenset(
        m.group(1).lower()
        for m in _FULL_NAME.finditer(scan, clause, at)
        if m.group(1).lower() not in exclude
    )
