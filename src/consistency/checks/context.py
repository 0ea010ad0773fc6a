"""What a figure is doing in its sentence. Only a figure that states the story's current value can
contradict a fact; news is full of figures near the same words that state something else:

- another time's value: "more than doubling its 17 seats of 2021", "In 2004, a quake near Al
  Hoceima killed 628" (a date far from the story's day in the same clause, or opening the
  sentence);
- a target, forecast or poll: "the Bank's 2% target", "inflation would fall to around 4.9%";
- a change or an earlier level: "lost 10 seats", "fell 2.4%", "fell to 24 from 34" (34);
- a total the figure is part of: "37 of the 150 seats" (150).

Each rule names the words that forced it; a figure none of them fits is read as a statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from consistency.articles import Article
from consistency.model import DateClaim, Quantity

# Far enough from the story's day that a figure dated there is another time's value.
FAR_DAYS = 366
_CLAUSE_BREAK = re.compile(
    r"[;:()—–]|,\s+(?!(?:or|and)\s+(?:more|so|fewer|less)\b)|\s(?:and|but|while|whereas|after|"
    r"before|since|compared with|against)\s",
    re.I,
)
_OPENING = re.compile(r"\W*(?:in|by|during|since|as of|at the end of|until)?\W*$", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:target(?:ed|s)?|forecasts?|forecasting|expect(?:s|ed|ing)?|project(?:s|ed|ions?)|"
    # Not a bare "poll": "PVV tops Dutch poll with 35 seats" is a headline's election.
    r"predict(?:s|ed|ions?)|goal|would|could|might|polls|polled|polling|surveys?|"
    r"pledge[ds]?|promise[ds]?|vow(?:s|ed)?|aim(?:s|ed)?|requires?|required|needs?|needed|"
    r"halve|double|on track|wanted|wants?|sought|seeks?|seeking|favou?red|preferred)\b",
    re.I,
)
# "the Bank's 2% target", "the 76 seats needed for a majority".
_TARGET_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:target|goal|forecast|threshold|ceiling|cap|limit|objective|needed|"
    r"required)\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|lost|gained|gaining|losing|fell|rose|dropped|climbed|jumped|slipped|added|"
    r"shed|grew|increased|decreased|cut|raised|lowered|down|up|increase of|rise of|drop of|"
    r"fall of|cut of|gain of|loss of|from)\s+(?:(?:an?|the|some|about|around|nearly|almost|"
    r"just|more than|less than)\s+)?$",
    re.I,
)
_CHANGE_WORDS = frozenset(
    "raise raised raises lift lifted increase increased increases hike hikes hiked rise rose "
    "rises cut cuts lower lowered gain gained lose lost fall fell drop dropped jump jumped "
    "change changed".split()
)
# "37 of the 150 seats", "six of the nine members": the second figure is the whole.
_PART_OF = re.compile(
    r"(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|[a-z]+ty(?:-[a-z]+)?))\s*(?:\w+\s+)?(?:of|out of)\s+(?:the\s+|its\s+|all\s+)?$",
    re.I,
)


def other_use(
    article: Article,
    q: Quantity,
    dates: Sequence[DateClaim],
    anchor: dt.date | None,
    change_fact: bool,
) -> str | None:
    """Why the figure states something other than the story's current value, or None."""
    start, end = article.sentence_at(q.start)
    clause = _clause(article.scan, start, end, q.start, q.end)
    if anchor is not None and _dated_elsewhere(article, q, dates, anchor, clause):
        return "another time"
    before = article.scan[clause[0] : q.start]
    if _HYPOTHETICAL.search(before) or _TARGET_AFTER.match(article.scan, q.end):
        return "a target or forecast"
    if not change_fact and _CHANGE_BEFORE.search(article.scan, max(start, q.start - 40), q.start):
        return "a change or an earlier level"
    if _PART_OF.search(article.scan, max(start, q.start - 40), q.start):
        return "a total"
    return None


def is_change_fact(cues: Sequence[str]) -> bool:
    """Whether a fact is itself a change ("raised by 0.25 percentage points")."""
    return any(w in _CHANGE_WORDS for cue in cues for w in cue.lower().split())


def _clause(scan: str, start: int, end: int, q_start: int, q_end: int) -> tuple[int, int]:
    """The clause of the sentence `start:end` holding the figure."""
    begin, stop = start, end
    for m in _CLAUSE_BREAK.finditer(scan, start, end):
        if m.end() <= q_start:
            begin = m.end()
        elif m.start() >= q_end:
            stop = m.start()
            break
    # "in April 2008, when it stood at 5%": a "when" clause takes the date before it.
    if re.match(r"\s*(?:when|where)\b", scan[begin:q_start], re.I):
        previous = [m.end() for m in _CLAUSE_BREAK.finditer(scan, start, begin - 1)]
        begin = previous[-1] if previous else start
    return begin, stop


def _dated_elsewhere(
    article: Article,
    q: Quantity,
    dates: Sequence[DateClaim],
    anchor: dt.date,
    clause: tuple[int, int],
) -> bool:
    sentence_start = article.sentence_at(q.start)[0]
    for d in dates:
        if d.value is None or d.relative or not _far(d, anchor):
            continue
        in_clause = clause[0] <= d.start and d.end <= clause[1]
        opening = sentence_start <= d.start < q.start and _OPENING.match(
            article.scan[sentence_start : d.start]
        )
        if in_clause or opening:
            return True
    return False


def _far(d: DateClaim, anchor: dt.date) -> bool:
    assert d.value is not None
    last = (d.until or d.value).last()
    try:
        gap = max((d.value.first() - anchor).days, (anchor - last).days, 0)
    except ValueError:
        return False
    return gap > FAR_DAYS
