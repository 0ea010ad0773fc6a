"""What a date dates: the words of the event beside it, and the dates that date no event.

Two dates of a story are one event's only when their clauses name it alike: "detained Mr Bazoum
on Wednesday" and "declared himself head of state on Friday" share the words of the person
(presidential guard, head) but not of the event, and are two events. A dateline opening the
first paragraph ("LONDON, Nov 16 -") dates the report, not anything in it.
"""

from __future__ import annotations

import re

from consistency.checks.words import WORD, content_words
from consistency.model import DateClaim

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


def event_words(scan: str, claim: DateClaim, sentence: tuple[int, int]) -> frozenset[str]:
    """The words that name what a date dates: the last few content words before it in its
    clause, what a possessive date is of ("Thursday's general election"), and what follows a
    date that opens its clause ("On Friday, the ministry said"). Names are left out: "expelled
    by Poland on Monday" and "Russia retaliated on Wednesday" are two events of one story."""
    low = sentence[0]
    for b in _BREAK.finditer(scan, sentence[0], claim.start):
        low = b.end()
    words = _event(WORD.findall(scan, low, claim.start))[-_EVENT_WORDS:]
    tail = scan[claim.end : claim.end + 2]
    if tail in ("'s", "’s") or not words:
        high = min(claim.end + 60, max(sentence[1], claim.end))
        stop = _BREAK.search(scan, claim.end + 2, high)
        after = WORD.findall(scan, claim.end + len(tail), stop.start() if stop else high)
        words += _event(after)[:_EVENT_WORDS]
    return frozenset(words)


def _event(tokens: list[str]) -> list[str]:
    """The content words among `tokens` that are no names, reduced, in order."""
    return [w for t in tokens if t[0].islower() for w in content_words(t)]
