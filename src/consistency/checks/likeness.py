"""How alike two statements of a story are: whether they can be about one thing (subject,
speaker, time, use, facets) and how alike their clauses' words are, weighted by how rare each
word is in the story. Dates are alike by their events ("will take office", "will be sworn in")."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Sequence

from consistency.checks.about import COUNT, Statement
from consistency.checks.events import ONCE
from consistency.checks.framing import ALONE, SHARE
from consistency.checks.pairs import Verdict, compare
from consistency.checks.speakers import COMMON
from consistency.checks.spelling import spellings
from consistency.checks.times import AS_OF
from consistency.checks.words import content_words, parties
from consistency.model import WEEKDAYS, DateClaim, Qualifier, Quantity

# How alike two clauses must be (weighted share of the rarer clause's words) to be one thing.
ALIKE = 0.34
# How alike clauses must be for a date or a weekday to be compared with the reference's.
CLOSE = 0.45
# Clauses sharing fewer words than this are never one statement, unless the one word they
# share names the thing measured ("Turnout was 59.7%", "Turnout fell to 59.7 per cent").
_SHARED_WORDS = 2
# Words that name a movement or an act, not a thing measured: one of them shared is a topic
# ("Deliveries rose 40.3%", "Production rose 47 per cent").
_GENERIC = frozenset(
    "rose rise fell fall grew grow increas decreas declin jump climb drop gain lost los add "
    "ad cut up down won took hit reach record total high low new last next now also more "
    "less year month week day time said told report announc expect forecast".split()
)


def published_apart(a: Statement, b: Statement, days: int = 0) -> bool:
    """Whether two statements' articles carry datelines more than `days` apart."""
    mine, theirs = a.article.published, b.article.published
    return mine is not None and theirs is not None and abs((mine - theirs).days) > days


def word_weights(all_statements: Sequence[Statement]) -> dict[str, float]:
    """Inverse document frequency of each word over the story's clauses."""
    df: Counter[str] = Counter()
    for st in all_statements:
        df.update(st.words)
    n = len(all_statements)
    return {w: math.log((n + 1) / c) for w, c in df.items()}


def similarity(s: Statement, other: Statement, weights: dict[str, float]) -> float:
    """How alike two claims' clauses are: the weighted share of the shorter one's words."""
    if not compatible(s, other):
        return 0.0
    if s.measure.startswith("office:"):  # one office, whatever the words around it
        return 1.0
    if s.measure == "age" and s.subject and s.subject == other.subject:
        return 1.0  # one person's age: "Rishi Sunak, 44, told the nation", "Sunak, 44, conceded"
    if s.measure == "date":
        return _event_likeness(s, other, _likeness(s.words, other.words, weights))
    head = s.head if s.head and s.head == other.head else None
    return _likeness(s.words, other.words, weights, head)


def _likeness(
    a: frozenset[str], b: frozenset[str], weights: dict[str, float], head: str | None = None
) -> float:
    # fsum: exact whatever the order a frozenset iterates in, so runs agree to the last bit.
    extra = weights.get(head, 0.0) if head else 0.0  # a noun both figures qualify counts twice
    mine = math.fsum(weights.get(w, 0.0) for w in a) + extra
    theirs = math.fsum(weights.get(w, 0.0) for w in b) + extra
    shared = math.fsum(weights.get(w, 0.0) for w in a & b) + extra
    # One shared word ("rise") is a topic, not a statement: "nine members sit on the committee"
    # and "two members voted for a smaller rise" are two things.
    common = a & b
    if not mine or not theirs or not common:
        return 0.0
    if len(common) < _SHARED_WORDS and common & _GENERIC:
        return 0.0
    return shared / min(mine, theirs)


def _event_likeness(s: Statement, other: Statement, clauses: float) -> float:
    """How alike two dates' events are, given how alike their clauses are. Dates of one act
    ("will take office on Jan. 1", "will be sworn in on 1 January") are close whatever the
    rest of the clauses; dates of two acts ("killed on Tuesday", "wounded on Wednesday") are
    never one; otherwise the events must share a word ("detained Mr Bazoum on Wednesday" and
    "declared himself head of state on Friday" do not)."""
    if s.act and other.act:
        if s.act != other.act:
            return 0.0
        if s.act in ONCE:
            return max(clauses, CLOSE)
    return clauses if s.event & other.event else 0.0


def compatible(a: Statement, b: Statement) -> bool:
    """Whether two claims can be about one thing: same subject, speaker, time and use (a
    forecast is no statement of the current value)."""
    if a.use != b.use:
        return False
    if a.state and b.state and a.state != b.state:
        return False  # "12 killed" and "40 wounded" count other people
    if _other_facet(a.facets, b.facets):
        return False  # "quarterly revenue of $61.9 billion", "quarterly profit of $21.9 billion"
    if a.subject and b.subject and not a.subject & b.subject:
        return False
    if a.measure.startswith("office:") and published_apart(a, b, days=31):
        return False  # an office changes hands: the FDA's director in January and in July
    if a.measure == "age" and published_apart(a, b, days=300):
        return False  # the gunman was 28 at the attack and 29 at his sentencing
    if a.measure == "age" and _age_band(a) != _age_band(b):
        return False  # "workers aged 21 and over" is a band, no one's age
    if _other_head(a, b) or _other_head(b, a):
        return False  # "the company's 18-year history" against "Four years at this company"
    if _elsewhere(a, b) or _elsewhere(b, a):
        return False  # "six seats in Scotland" against the 72 of a sentence of no Scotland
    if a.whole is not None and b.whole is not None and a.whole != b.whole:
        return False  # "33 of the 80 seats" in one state, "240 of the 543 seats" in the house
    if a.speaker and b.speaker and a.speaker != b.speaker and _one_kind(a.speaker, b.speaker):
        return False
    # A bare year in one clause only, one the other article never names, dates another time
    # than the story's ("The FDP, which won 80 seats in 2017, took 92 this time" against "the
    # FDP won 92"); "sales of $10bn in 2023" against a wire that names 2023 is the story's own.
    if not (a.times and b.times) and (_earlier(a, b) or _earlier(b, a)):
        return False
    if _other_weekday(a, b) or _other_weekday(b, a):
        return False
    return not (a.times and b.times) or any(_one_time(x, y) for x in a.times for y in b.times)


def _age_band(s: Statement) -> str:
    """How an age bounds a group rather than giving someone's ("" for someone's): "workers
    aged 21 and over" (an open band), "young workers aged 18 to 20" (a closed one); a
    development cluster of the 2024 UK budget gave both, two bands and no contradiction."""
    claim, scan = s.claim, s.article.scan
    if not isinstance(claim, Quantity):
        return ""
    if m := _BAND_AFTER.match(scan, claim.end):
        return m.group(1).lower()
    aged = _AGED_BEFORE.search(scan, max(0, claim.start - 8), claim.start) is not None
    return "range" if claim.qualifier is Qualifier.RANGE and aged else ""


_BAND_AFTER = re.compile(r"\s+(?:and|or)\s+(over|above|older|under|younger|up)\b", re.I)
_AGED_BEFORE = re.compile(r"\baged\s+$", re.I)


def _other_weekday(a: Statement, b: Statement) -> bool:
    """Whether `a` holds on a weekday no dateline puts a date to and `b`, undated in its clause,
    in an article whose dateline falls on another day: "By Friday evening, officials had
    confirmed 18,991 deaths" against "14,014 people had died" in a paper of Thursday."""
    if b.times or not a.times or not all(t in WEEKDAYS for t in a.times):
        return False
    published = b.article.published
    return published is not None and WEEKDAYS[published.weekday()] not in a.times


_MODIFIER = re.compile(r"\d-[a-z]+$")


def _other_head(a: Statement, b: Statement) -> bool:
    """Whether `a` is a span joined to the life of something ("the company's 18-year
    history", "her 70-year reign") that `b`'s clause does not name. Other nouns leave the
    figure comparable: "a 17-day ordeal" is the other paper's "after 17 days underground"."""
    return (
        a.head in _LIFE_SPANS
        and a.head != b.head
        and a.head not in b.words
        and _MODIFIER.search(a.claim.text) is not None
    )


_LIFE_SPANS = frozenset(
    reduced
    for word in "history career reign rule tenure lifetime marriage relationship partnership "
    "existence rivalry stint absence hiatus drought dynasty".split()
    for reduced in content_words(word)
)


def _one_kind(a: str, b: str) -> bool:
    """Whether two speakers are named alike, both by name or both by a common noun ("according
    to organisers" and "the interior ministry ... It said" are two sources; "the health
    ministry" may be "Lebanon's")."""
    return a.startswith(COMMON) == b.startswith(COMMON)


def _one_time(x: str, y: str) -> bool:
    """Whether two clause times can be one: "2023-10" and "2023-10-13" can, "2023-10-06" and
    "2023-10-12" can't. A figure said on a day may be of any time up to it: "said on Friday
    (Feb. 2) that the economy added 353,000 jobs" against "added 353,000 jobs in January"."""
    if x in WEEKDAYS or y in WEEKDAYS:
        return _one_weekday(x, y) if x in WEEKDAYS else _one_weekday(y, x)
    if x.startswith(AS_OF) != y.startswith(AS_OF):
        bound, other = (x, y) if x.startswith(AS_OF) else (y, x)
        return other[: len(bound) - 1] <= bound[1:]
    return x.startswith(y) or y.startswith(x)


def _one_weekday(day: str, other: str) -> bool:
    """Whether a weekday no dateline puts a date to can be another clause's time: "By
    Wednesday evening" is not "By Friday evening", nor 10 February 2023 (a Friday)."""
    other = other.removeprefix(AS_OF).split(" ")[0]
    if other in WEEKDAYS:
        return other == day
    if len(other) == len("2023-02-10"):
        return WEEKDAYS[dt.date.fromisoformat(other).weekday()] == day
    return True


def _elsewhere(a: Statement, b: Statement) -> bool:
    """Whether `a` is counted in a place `b`'s article never names: "six seats in Scotland" is
    no part of a story of the 72 seats UK-wide that says nothing of Scotland, while "2,000 in
    Morocco" is the story's own place in a paper that says "Morocco" anywhere, and "the Gaza
    Strip" is named by "Gaza", "Kharkiv" by "Kharkov"."""
    words = _article_words(b.article.scan)
    return bool(a.place) and not any(spellings(w) & words for w in a.place)


@functools.lru_cache(maxsize=64)
def _article_words(scan: str) -> frozenset[str]:
    """An article's content words and the parties it names ("the U.S." is the United States)."""
    return content_words(scan) | {p.lower() for p in parties(scan, (0, len(scan)))}


def _other_facet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two clauses name different things of one facet ("revenue", "profit"). "Core"
    prices, a bonus and a value including debt are other measures even where the other clause
    says nothing of the kind."""
    if (a & ALONE) != (b & ALONE):
        return True
    for group in {f.split(":", 1)[0] for f in a} & {f.split(":", 1)[0] for f in b}:
        mine = {f for f in a if f.startswith(group + ":")}
        theirs = {f for f in b if f.startswith(group + ":")}
        if group == SHARE:
            if _other_whole(mine, theirs):
                return True
        elif not mine & theirs:
            return True
    return False


def _other_whole(mine: set[str], theirs: set[str]) -> bool:
    """Whether two percentages are shares of two wholes: neither names the other's whole in
    fewer words ("of hotels in the city" is "of the city's hotels"; "of global car sales" is
    not "of global electric vehicle sales")."""
    a = {w for f in mine for w in f.split(":", 1)[1].split()}
    b = {w for f in theirs for w in f.split(":", 1)[1].split()}
    return not (a <= b or b <= a)


def _earlier(a: Statement, b: Statement) -> bool:
    """Whether `a`'s clause dates it by bare years that `b`'s article never names and that are
    before the latest year it names (any year at all when it names none)."""
    if not a.times or not all(len(t) == 4 for t in a.times):
        return False
    years = _years(b.article.scan)
    latest = max(years, default=None)
    return all(t not in years and (latest is None or t < latest) for t in a.times)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@functools.lru_cache(maxsize=256)
def _years(scan: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(scan))


def states(statements: list[Statement], target: Statement) -> bool:
    """Whether an article gives `target`'s figure too, of a thing that may be the same: then
    two figures it states are two things the clustering could not tell apart ("wages rose
    0.3% in January", "the annual rise in wages to 4.4%" against "earnings up 4.4 per cent")."""
    return any(
        x.measure in (target.measure, COUNT)
        and x.claim is not target.claim
        and not (x.subject and target.subject and not x.subject & target.subject)
        and not _bound_beyond(x, target)
        and not _weekday_alone(x)
        and compare(target, x) is Verdict.AGREES
        for x in statements
    )


def _weekday_alone(x: Statement) -> bool:
    """Whether `x` is a weekday no dateline puts a date to: "Thursday" gives no "January 30,
    2020" because that day was a Thursday too."""
    return isinstance(x.claim, DateClaim) and x.claim.value is None


def _bound_beyond(x: Statement, target: Statement) -> bool:
    """Whether `x` is a bound or a range that admits `target`'s figure without giving it: "a
    majority of more than 170" does not give Labour's 411 seats, nor China's share of
    "between 20 and 25 per cent" of revenue the 22% rise in gaming."""
    q, t = x.claim, target.figure or target.claim
    if not isinstance(q, Quantity) or q.qualifier in (Qualifier.EXACT, Qualifier.APPROX):
        return False
    return not isinstance(t, Quantity) or t.value not in (q.value, q.low, q.high)


def wording(s: Statement) -> tuple[object, ...]:
    """What makes two statements of a cluster compare alike: the claim's values and group."""
    c = s.claim
    values = tuple(
        v for k, v in vars(c).items() if k not in ("text", "start", "end") and "_" not in k
    )
    return (type(c).__name__, s.group, s.use, values, s.figure)
