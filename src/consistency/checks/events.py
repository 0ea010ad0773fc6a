"""What a date dates: the words of the event beside it, and the dates that date no event.

Two dates of a story are one event's only when their clauses name it alike: "detained Mr Bazoum
on Wednesday" and "declared himself head of state on Friday" share the words of the person
(presidential guard, head) but not of the event, and are two events. A dateline opening the
first paragraph ("LONDON, Nov 16 -") dates the report, not anything in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consistency.checks.words import WORD, content_words
from consistency.model import Claim, DateClaim, Quantity

# "LONDON, Nov 16 -", "BEIRUT, Aug 5 (Reuters) -", "Jan 2 -": a place in capitals, if any, then
# the date and a dash.
_PLACE = re.compile(r"[ \t]*(?:[A-Z][\w.'’ -]*(?:,[ \t]*[A-Z][\w.'’ -]*)?,[ \t]*)?")
_DASH_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[-–—]")
_BREAK = re.compile(r"[;()\"“”—–]|[,:](?=\s)")
_EVENT_WORDS = 3  # content words each side of a date that may name its event


def quoted_relative(scan: str, claim: DateClaim) -> bool:
    """Whether a date counted from the dateline ("Today", "on Tuesday") stands in a quotation:
    it was said on a day the dateline need not be ("Floyd's brother said: 'Today, we are able
    to breathe again'" in papers of two days)."""
    if not claim.relative:
        return False
    paragraph = scan.rfind("\n", 0, claim.start) + 1
    return len(_QUOTE.findall(scan, paragraph, claim.start)) % 2 == 1


_QUOTE = re.compile(r'["“”]')


def dateline(scan: str, claim: DateClaim) -> bool:
    """Whether a date opens its line as the report's dateline."""
    line_start = scan.rfind("\n", 0, claim.start) + 1
    if not _PLACE.fullmatch(scan, line_start, claim.start):
        return False
    return _DASH_AFTER.match(scan, claim.end) is not None


def period_end(scan: str, claim: DateClaim) -> bool:
    """Whether a date ends the period a figure covers, no event: "revenue for the quarter ended
    January 28" in a paper that says the results came out "on Wednesday", "in the week to
    April 24"."""
    return _PERIOD_END.search(scan, max(0, claim.start - 40), claim.start) is not None


_PERIOD_END = re.compile(
    r"\b(?:quarter|period|year|half|week|month|weeks|months)\s+(?:ended|ending|to)\s+$", re.I
)


def tally_day(scan: str, claims: Sequence[Claim], n: int, sentence_end: int) -> bool:
    """Whether a date that opens its clause with "by" or "as of" is the time a count in its
    sentence holds at, no event: "By Wednesday evening officials had confirmed 8,574 dead"
    and "By Friday evening, Turkish officials had confirmed 18,991 deaths" (a development
    cluster of the 2023 Turkey earthquake)."""
    claim = claims[n]
    if not _TALLY_BEFORE.search(scan, max(0, claim.start - 12), claim.start):
        return False
    if scan.startswith(("'s", "’s"), claim.end):
        return False
    return any(isinstance(c, Quantity) and c.start < sentence_end for c in claims[n + 1 : n + 4])


_TALLY_BEFORE = re.compile(r"(?:^|[.!?\n,;:]\s*|\s[-—–]\s*)(?:by|as of)\s+$", re.I)


def figure_day(scan: str, claims: Sequence[Claim], n: int) -> bool:
    """Whether the date `claims[n]` dates the level just before it, not an event: "the number
    of deaths rose to 92 on Friday" and "rose to 64 on Wednesday" are one toll on two days,
    "put the toll at 185 on Monday and about 270 on Tuesday" two counts."""
    if n == 0 or not isinstance(level := claims[n - 1], Quantity):
        return False
    if not _LEVEL_BEFORE.search(scan, max(0, level.start - 50), level.start):
        return False
    return _DAY_AFTER.fullmatch(scan, level.end, claims[n].start) is not None


_LEVEL_BEFORE = re.compile(
    r"\b(?:(?:rose|risen|climbed|jumped|fell|dropped|increased|decreased|grew|stood|stands|"
    r"put\s[\w ]{1,30}?)\s+(?:to|at)|reached)\s+$",
    re.I,
)
_DAY_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:on|in|by|as of)\s+", re.I)


def event_words(
    scan: str, claim: DateClaim, sentence: tuple[int, int]
) -> tuple[frozenset[str], str | None]:
    """The words that name what a date dates, and the act the nearest of them names. The words
    are the last few content words before it in its clause, what a possessive date is of
    ("Thursday's general election"), and what follows a date that opens its clause ("On
    Friday, the ministry said"). Names are left out: "expelled by Poland on Monday" and
    "Russia retaliated on Wednesday" are two events of one story."""
    low = sentence[0]
    for b in _BREAK.finditer(scan, sentence[0], claim.start):
        low = b.end()
    # "take office" as one word: "offices" alone is no inauguration ("raided the ruling
    # party's offices on Tuesday").
    clause = WORD.findall(_TAKE_OFFICE.sub("inaugurated", scan[low : claim.start]))
    if low == sentence[0] and len(clause) > 1 and _act_subject(clause[0], clause[1]):
        clause[0] = clause[0].lower()  # "Sentencing is set for July 11"
    before = _event(clause)[-_EVENT_WORDS:]
    after: list[str] = []
    tail = scan[claim.end : claim.end + 2]
    possessive = tail in ("'s", "’s")
    if possessive or not before:
        high = min(claim.end + 60, max(sentence[1], claim.end))
        stop = _BREAK.search(scan, claim.end + 2, high)
        skip = len(tail) if possessive else 0  # the "'s", not the first letters of a word
        words = WORD.findall(scan, claim.end + skip, stop.start() if stop else high)
        after = _event(words)[:_EVENT_WORDS]
    # The nearest word that names an act: "election results were declared on Friday" dates the
    # results, not the election.
    nearest = [*after, *before] if possessive else [*reversed(before), *after]
    act = next((_ACTS[w] for w in nearest if w in _ACTS), None)
    return frozenset(before + after), act


def _act_subject(first: str, second: str) -> bool:
    """Whether a sentence's capitalised first word is an act it is about: "Sentencing is set
    for July 11", not "Inauguration organisers closed the Mall on Jan. 18"."""
    act = any(w in _ACTS for w in content_words(first.lower()))
    return act and second.lower() in _AUXILIARIES


_AUXILIARIES = frozenset("is was will has had would could should may might must".split())


def _event(tokens: list[str]) -> list[str]:
    """The content words among `tokens` that are no names and no time of day, reduced, in
    order: "The 72-hour mark passed in the early hours of Thursday" and "The first quake, in
    the early hours of Monday" date two events (a development cluster of the 2023 Turkey
    earthquake)."""
    return [
        w
        for t in tokens
        if t[0].islower() and t.lower() not in _TIME_OF_DAY
        for w in content_words(t)
    ]


_TIME_OF_DAY = frozenset(
    "early late hour hours morning afternoon evening night overnight midnight noon dawn "
    "dusk local time".split()
)


# The acts news dates, each with the words papers use for it: "will take office", "will be sworn
# in" and "will be inaugurated on December 10" date one act; so do "The impact on Sept. 26",
# "slammed into the moonlet on 26 September" and "hit Dimorphos on September 26".
_ACT_WORDS = {
    "sentence": "sentenced sentencing",
    "inauguration": "inaugurated inauguration sworn",
    "impact": "impact slammed crashed smashed collided collision",
    # Not once: a storm makes landfall in Cuba on Tuesday and in Florida on Wednesday.
    "landfall": "landfall ashore",
    "landing": "landed landing touchdown",
    "launch": "launched launch liftoff lift-off",
    "vote": "election elected vote voted",
    "death": "died killed death",
    "injury": "injured wounded injury",
    "approval": "approved approval authorised authorized",
    "arrest": "arrested arrest detained detention",
    "verdict": "verdict convicted guilty",
    "signing": "signed signing",
    "explosion": "explosion blast exploded",
    "resignation": "resigned resignation",
    "result": "result results",
}
_TAKE_OFFICE = re.compile(r"\b(?:tak(?:e|es|ing)|took|assum(?:e|es|ed|ing))\s+office\b", re.I)
# Acts a story tells of once: its president's inauguration, the sentencing, the impact, the
# verdict. Two dates of one of them are one event's whatever else their clauses say; dates of
# other acts happen many times in a story (a House vote on Wednesday and a Senate vote on
# Friday, two resignations, two shootings) and line up only when their clauses do.
ONCE = frozenset(("inauguration", "sentence", "impact", "verdict"))
_ACTS = {
    reduced: act
    for act, words in _ACT_WORDS.items()
    for word in words.split()
    for reduced in content_words(word)
}
