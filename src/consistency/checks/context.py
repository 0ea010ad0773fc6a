"""What a figure is doing in its sentence. Only a figure that states the story's current value can
contradict a fact; news is full of figures near the same words that state something else:

- another time's value: "more than doubling its 17 seats of 2021", "In 2004, a quake near Al
  Hoceima killed 628" (a date far from the story's day in the same clause, or opening the
  sentence; "since 2014" and "began in 2014" start the period a figure covers, so they don't);
- a target, forecast, poll or someone's wish: "the Bank's 2% target", "inflation would fall to
  around 4.9%", "two members wanted an increase of 50 basis points";
- an earlier level: "fell to 24 from 34" (34);
- a change, unless the fact is one: "lost 10 seats", "shares were down 2.4%";
- a total the figure is part of: "37 of the 150 seats" (150).

Each rule names the words that forced it; a figure none of them fits is read as a statement. The
words must govern the figure: a "would" five words back belongs to another verb ("Russia would pay
a price for massing 40,000 troops" still states the 40,000).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from enum import Enum

from consistency.articles import Article
from consistency.compare.dates import days_apart
from consistency.model import DateClaim, Quantity


class Use(str, Enum):
    """What a figure states, when not the story's current value."""

    OTHER_TIME = "another time's value"
    HYPOTHETICAL = "a target, forecast or wish"
    EARLIER = "an earlier level"
    CHANGE = "a change"
    TOTAL = "a total"


# Far enough from the story's day that a figure dated there is another time's value.
FAR_DAYS = 366
# How far around a figure its clause is looked for (a 190 KB one-sentence list stays linear).
_WINDOW = 300
_CLAUSE_BREAK = re.compile(
    r"[;:()—–]|,\s+(?!(?:or|and)\s+(?:more|so|fewer|less)\b)|\s(?:and|but|while|whereas|after|"
    r"before|compared with|against)\s",
    re.I,
)
_OPENING = re.compile(r"\W*(?:in|by|during|as of|at the end of)?\W*$", re.I)
# "since 2014", "the war that began in 2014": the start of the period a figure covers.
_PERIOD_START = re.compile(
    r"\b(?:since|until|till|from|through|began|begun|started|erupted|broke out|launched)"
    r"\s+(?:in\s+|on\s+)?(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:target(?:ed|s)?|forecasts?|forecasting|expect(?:s|ed|ing)?|project(?:s|ed|ions?)|"
    # Not a bare "poll": "PVV tops Dutch poll with 35 seats" is a headline's election.
    r"predict(?:s|ed|ions?)|goal|would|could|might|polls|polled|polling|surveys?|"
    r"pledge[ds]?|promise[ds]?|vow(?:s|ed)?|aim(?:s|ed)?|requires?|required|needs?|needed|"
    r"halve|double|on track|wanted|wants?|sought|seeks?|seeking|favou?red|preferred)\b"
    r"(?:\W+\w+){0,4}\W*$",
    re.I,
)
# "the Bank's 2% target", "the 76 seats needed for a majority".
_TARGET_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:target|goal|forecast|threshold|ceiling|cap|limit|objective|needed|"
    r"required)\b",
    re.I,
)
# "down from 8.7%", "has come down from a peak of 11.1pc" (golden boe b4).
_EARLIER_BEFORE = re.compile(
    r"\bfrom\s+(?:an?\s+|the\s+)?(?:(?:peak|high|low|record|level)\s+of\s+)?$", re.I
)
# "Polls a month earlier had put the PVV at fewer than 20 seats" (golden dutch d2): a figure
# of a time counted back from the story's, in its clause before it; not the base of a change
# ("rose 101% from a year earlier to $13.51 billion").
_EARLIER_TIME = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?|"
    r"decades?)\s+(?:earlier|before|previously)\b",
    re.I,
)
# After the figure: "owned 5.2% of HP before selling shares", "revenue was $52.9 billion a
# year ago" (hunt stories written for development); not "spent 10 days in intensive care
# before being discharged".
_EARLIER_AFTER = re.compile(
    r"(?:\s+(?!from\b|than\b|on\b|over\b|versus\b|compared\b|with\b|since\b)[a-z]+){0,3}?\s+"
    r"(?:before\s+(?:selling|cutting|reducing|trimming|raising|buying|the\s+"
    r"(?:sale|cut|raise|hike|split))\b|"
    r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|quarters?|years?)\s+"
    r"(?:ago|earlier)\b)",
    re.I,
)
# The base of a change before a time counted back: "from", "compared with a year earlier".
_BASE = re.compile(r"\b(?:from|than|on|over|versus|against|compared\s+(?:with|to))\s+$", re.I)


def _earlier_time(scan: str, window: int, clause: int, figure: int) -> bool:
    """Whether the clause before a figure dates it back ("Polls a month earlier had put"),
    not counting the base of a change ("rose 101% compared with a year earlier to"), whose
    "compared with" may stand just before the clause (`window` is where the text looked at
    starts)."""
    return any(
        not _BASE.search(scan, window, m.start())
        for m in _EARLIER_TIME.finditer(scan, clause, figure)
    )


# An offer or a figure since replaced: "after Anglo rejected a £31 billion bid", "an initial
# offer of $95" (second review).
_SUPERSEDED = re.compile(
    r"\b(?:(?:previous|(?<!year )(?<!month )(?<!quarter )earlier|initial|original|prior|rejected)"
    r"\s+(?:\w+\s+){0,2}?(?:of\s+)?|"
    r"(?:rejected|turned\s+down|spurned)\s+(?:an?|the|its|their)\s+)$",
    re.I,
)
_CHANGE_VERBS = (
    r"lost|gained|gaining|losing|fell|rose|dropped|climbed|jumped|slipped|shed|grew|increased|"
    r"decreased|cut|raised|lowered|lifted|reduced|declined|shrank|expanded|widened|narrowed|"
    r"fall|rise|drop|climb|grow|increase|decrease|decline|shrink"
)
_CHANGE_BEFORE = re.compile(
    # "lost 10 seats", "rose by 3%", "an increase of 5%", "shares were down 2.4%"
    rf"\b(?:(?:{_CHANGE_VERBS})(?:\s+\w+){{0,3}}?(?:\s+by)?|(?:increase|rise|drop|fall|cut|gain|"
    r"loss|decline)\s+of|(?:was|were|is|are|been|closed|ended|finished)\s+(?:up|down))"
    r"\s+(?:(?:an?|the|some|about|around|nearly|almost|just|more than|less than)\s+)?$",
    re.I,
)
# A difference from another figure: "some $3.4bn more than analysts had pencilled in", "1.48C
# above pre-industrial levels" (not the year's 14.98C average), "40,000 more troops".
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|above|below|warmer|cooler|colder|hotter|bigger|smaller|"
    r"larger|greater|short\s+of|ahead\s+of)\b",
    re.I,
)
_TO_LEVEL = re.compile(r"\bto\s+(?:(?:an?|the|some|about|around|nearly|almost|just)\s+)?$", re.I)
_CHANGE_WORDS = frozenset(
    "raise raised raises lift lifted increase increased increases hike hikes hiked rise rose "
    "rises cut cuts lower lowered gain gained lose lost fall fell drop dropped jump jumped "
    "change changed".split()
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "37 of the 150 seats", "six of the nine members", "37 of UP's 80 seats": the second figure
# is the whole. "One of the
# 30,000 people killed" names one of the toll: the figure is the toll itself.
_PART_OF = re.compile(
    r"(?:\d[\d,.]*|\b(?!one\b)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:{_TENS})(?:-\w+)?))"
    r"\s*(?:\w+\s+)?(?:of|out of)\s+(?:the\s+|its\s+|all\s+|(?-i:[A-Z])[\w.]*(?:'s|’s)\s+)?$",
    re.I,
)


def other_use(
    article: Article,
    q: Quantity,
    dates: Sequence[DateClaim],
    anchor: dt.date | None,
) -> Use | None:
    """What else the figure states, or None when it states the story's current value.

    `dates` are the article's date claims in text order."""
    sentence_start, end = article.sentence_at(q.start)
    start, end = max(sentence_start, q.start - _WINDOW), min(end, q.end + _WINDOW)
    clause = _clause(article.scan, start, end, q.start, q.end)
    if anchor is not None and _dated_elsewhere(
        article, q, dates, anchor, (sentence_start, start, clause)
    ):
        return Use.OTHER_TIME
    before = article.scan[clause[0] : q.start]
    near = article.scan[max(clause[0], q.start - 60) : q.start]
    # Before a target: "raised its price target to $1,500 from $1,320" gives the old target.
    if (
        _EARLIER_BEFORE.search(near)
        or _earlier_time(article.scan, start, clause[0], q.start)
        or _SUPERSEDED.search(near)
    ):
        return Use.EARLIER
    if _EARLIER_AFTER.match(article.scan, q.end, end):  # "before" ends the clause
        return Use.EARLIER
    if _HYPOTHETICAL.search(before) or _TARGET_AFTER.match(article.scan, q.end):
        return Use.HYPOTHETICAL
    if _PART_OF.search(near):
        return Use.TOTAL
    # "fell to 2.3%" states the new level; "fell 0.9%", "fell by 0.9%" the change.
    if _CHANGE_BEFORE.search(near) and not _TO_LEVEL.search(near):
        return Use.CHANGE
    if _DIFFERENCE_AFTER.match(article.scan, q.end):
        return Use.CHANGE
    return None


def is_change_fact(cues: Sequence[str]) -> bool:
    """Whether a fact is itself a change ("raised by 0.25 percentage points")."""
    return any(w in _CHANGE_WORDS for cue in cues for w in cue.lower().split())


def _clause(scan: str, start: int, end: int, q_start: int, q_end: int) -> tuple[int, int]:
    """The clause of `scan[start:end]` holding the figure."""
    begin, stop = start, end
    for m in _CLAUSE_BREAK.finditer(scan, start, end):
        if m.end() <= q_start:
            begin = m.end()
        elif m.start() >= q_end:
            stop = m.start()
            break
    return begin, stop


def _dated_elsewhere(
    article: Article,
    q: Quantity,
    dates: Sequence[DateClaim],
    anchor: dt.date,
    where: tuple[int, int, tuple[int, int]],
) -> bool:
    """A far date in the figure's clause (or its "when" clause's antecedent) or opening the
    sentence: "slightly below the 78.7% of 2021", "in April 2008, when it stood at 5%".

    `where` is the sentence's start, the start of the window looked at, and the clause."""
    sentence_start, window_start, clause = where
    span = (window_start, clause[1])
    if re.match(r"\s*(?:when|where)\b", article.scan[clause[0] : q.start], re.I):
        clause = (_clause(article.scan, span[0], clause[0] - 1, clause[0] - 2, clause[0] - 1)[0],
                  clause[1])  # fmt: skip
    first = bisect.bisect_left(dates, span[0], key=_start)
    last = bisect.bisect_right(dates, span[1], key=_start)
    for d in dates[first:last]:
        if d.value is None or d.relative or days_apart(d, anchor) <= FAR_DAYS:
            continue
        if _PERIOD_START.search(article.scan, max(span[0], d.start - 30), d.start):
            continue
        in_clause = clause[0] <= d.start and d.end <= clause[1]
        opening = sentence_start <= d.start < q.start and _OPENING.match(
            article.scan[sentence_start : d.start]
        )
        if in_clause or opening:
            return True
    return False


def _start(claim: DateClaim) -> int:
    return claim.start
