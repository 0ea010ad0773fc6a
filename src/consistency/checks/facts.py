"""Claims against the fact sheet: which claim states which fact, and whether it agrees.

A claim is tied to a fact by what it counts and by the fact's cue words in the same sentence, never
by the number alone: "NATO, according to Shoigu, is stationing 40,000 soldiers" counts soldiers
near the cues of Shoigu's NATO figure, and so is not read as a statement of the 80,000 Russian
troops. When two facts fit a claim equally well the claim is left alone: a checker that guesses
cries wolf.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from consistency.articles import Article
from consistency.checks.context import Use, is_change_fact, other_use
from consistency.checks.cues import CueHit, compile_cues, find_cues, normalise_noun
from consistency.compare.dates import date_agrees, days_apart, weekday_conflict, weekday_only
from consistency.compare.quantities import agrees, in_unit, same_magnitude
from consistency.compare.roles import RoleVerdict, compare_role
from consistency.facts import DateFact, Fact, PersonFact, QuantityFact
from consistency.model import Claim, DateClaim, Entity, Qualifier, Quantity


@dataclass(frozen=True)
class Tie:
    """A claim read as a statement of a fact, and the verdict."""

    fact: Fact
    claim: Claim
    agrees: bool
    # What disagrees: "value", "noun", "date", "weekday" or "role"; None when it agrees.
    problem: str | None = None


@dataclass(frozen=True)
class _QuantityRule:
    fact: QuantityFact
    counts: frozenset[str]
    not_counts: frozenset[str]
    change: bool


class FactIndex:
    """A set of facts prepared for tying: cue patterns compiled once per run."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.facts = tuple(facts)
        self._patterns = {f.id: compile_cues(f.cues) for f in self.facts if hasattr(f, "cues")}
        self.quantities = [
            _QuantityRule(
                f,
                frozenset(normalise_noun(n) for n in f.counts),
                frozenset(normalise_noun(n) for n in f.not_counts),
                is_change_fact(f.cues),
            )
            for f in self.facts
            if isinstance(f, QuantityFact)
        ]
        self.dates = [f for f in self.facts if isinstance(f, DateFact)]
        self.persons = {f.name: f for f in self.facts if isinstance(f, PersonFact)}
        # Cue hits of the article being tied: every figure of a sentence asks for the same ones.
        self._cached_for: Article | None = None
        self._cache: dict[tuple[str, tuple[int, int]], list[CueHit]] = {}

    def cues(
        self, fact: QuantityFact | DateFact, article: Article, span: tuple[int, int]
    ) -> list[CueHit]:
        """The fact's cues in `article.scan[span]`, found once per article and sentence."""
        if self._cached_for is not article:
            self._cached_for, self._cache = article, {}
        key = (fact.id, span)
        if key not in self._cache:
            pattern = self._patterns.get(fact.id)
            self._cache[key] = find_cues(pattern, fact.cues, article.scan, *span)
        return self._cache[key]


def tie_claims(
    article: Article, claims: Sequence[Claim], index: FactIndex, anchor: dt.date | None = None
) -> list[Tie]:
    """Every claim of the article that states one of the facts, with its verdict; `anchor` is
    the story's day, which tells figures of other times apart."""
    ties: list[Tie] = []
    dates = [c for c in claims if isinstance(c, DateClaim)]
    for claim in claims:
        tie: Tie | None = None
        if isinstance(claim, Quantity):
            tie = _tie_quantity(article, claim, index, (dates, anchor))
        elif isinstance(claim, Entity):
            tie = _tie_person(claim, index)
        if tie is not None:
            ties.append(tie)
    ties = _settle_breakdowns(article, ties)
    ties.extend(_tie_dates(article, dates, index))
    return sorted(ties, key=lambda t: t.claim.start)


def calendar_conflicts(claims: Sequence[Claim]) -> list[tuple[DateClaim, str | None]]:
    """Dates the calendar contradicts, with the true weekday: ("Monday, April 13, 2021",
    "Tuesday"), and days that don't exist: ("June 31", None)."""
    found: list[tuple[DateClaim, str | None]] = []
    for claim in claims:
        if isinstance(claim, DateClaim):
            actual = weekday_conflict(claim)
            if actual or claim.impossible:
                found.append((claim, actual))
    return found


# --- quantities ---------------------------------------------------------------------------------


def _tie_quantity(
    article: Article,
    q: Quantity,
    index: FactIndex,
    when: tuple[Sequence[DateClaim], dt.date | None],
) -> Tie | None:
    start, end = article.sentence_at(q.start)
    # Cues further off than this say nothing about the figure; bounding the look keeps a
    # 190 KB one-sentence list linear.
    sentence = (max(start, q.start - _CUE_REACH), min(end, q.end + _CUE_REACH))
    # What else the figure may be doing: for a level, a change is something else; for a
    # change ("raised by 0.25 points"), it is the statement itself.
    use = other_use(article, q, *when)
    scored: list[tuple[tuple[int, int, int, int], _QuantityRule, str, bool]] = []
    for rule in index.quantities:
        noun_kind = _noun_kind(q, rule)
        if noun_kind is None or (use is not None and not (use is Use.CHANGE and rule.change)):
            continue
        own = normalise_noun(q.noun) if q.noun else None
        # The counted noun is no cue of itself: "15 warships" says nothing of whose warships.
        hits = [h for h in index.cues(rule.fact, article, sentence) if normalise_noun(h.cue) != own]
        score = _quantity_score(q, rule, noun_kind, hits)
        if score is not None:
            # A figure with no counted noun needs two cues to be tied ("A magnitude 4.9
            # aftershock" is no statement of the quake's magnitude); with one it still counts
            # as a rival that makes a farther fact's claim doubtful.
            weak = noun_kind == "unstated" and score[2] < 2
            scored.append((score, rule, noun_kind, weak))
    scored.sort(key=lambda s: s[0], reverse=True)
    if not scored or scored[0][3]:
        return None
    best, rule, noun_kind, _ = scored[0]
    if any(s[0][:3] == best[:3] or (s[3] and s[0][3] > best[3]) for s in scored[1:]):
        return None  # another fact fits as well, or a nearer one: don't guess
    tie = _judge_quantity(in_unit(q, rule.fact.unit) or q, rule.fact, noun_kind)
    # The tie quotes the figure as written, whatever unit it was compared in.
    return None if tie is None else Tie(tie.fact, q, tie.agrees, tie.problem)


def _quantity_score(
    q: Quantity, rule: _QuantityRule, noun_kind: str, hits: Sequence[CueHit]
) -> tuple[int, int, int, int] | None:
    """How well the claim fits the fact (higher is better), or None when it doesn't."""
    if rule.fact.cues and not hits:
        return None
    cue_count = len({h.cue.lower() for h in hits})
    nearest = min((_gap(h, q.start, q.end) for h in hits), default=0)
    if noun_kind == "bare" and nearest > _ADJACENT:
        return None  # a fact of no noun and no unit: only "magnitude 7.8" ties the number
    # A cue near the figure outweighs more cues further off: in "raised rates to 5.25% to bring
    # down inflation that reached 7.9%", 7.9% is the inflation figure; in "ahead of the VVD of
    # Mark Rutte, which fell to 24 from 34", 24 is the VVD's, not the party named before.
    distance = next((i for i, limit in enumerate(_CUE_DISTANCES) if nearest <= limit), 3)
    return int(noun_kind in ("counts", "not")), -distance, cue_count, -nearest


def _gap(hit: CueHit, start: int, end: int) -> int:
    """Characters between a cue and a span (0 when they touch or overlap)."""
    return max(0, start - hit.end, hit.start - end)


def _noun_kind(q: Quantity, rule: _QuantityRule) -> str | None:
    """How the claim's unit and noun fit the fact: "counts", "not", "unstated" or None."""
    if in_unit(q, rule.fact.unit) is None:
        return None
    if not rule.counts and not rule.not_counts:
        if rule.fact.unit:
            return "counts"  # a share or an amount: the unit says what it is
        return "bare" if q.noun is None else None
    if q.noun is None:
        return "unstated"
    noun = normalise_noun(q.noun)
    if noun in rule.counts:
        return "counts"
    return "not" if noun in rule.not_counts else None


def _settle_breakdowns(article: Article, ties: list[Tie]) -> list[Tie]:
    """Figures of one fact in one sentence that add up to it are its parts, not contradictions.

    "Russia had massed 41,000 troops on the eastern border and 42,000 in Crimea" states the
    83,000 of "more than 80,000" in two parts.
    """
    groups: dict[tuple[tuple[int, int], str], list[Tie]] = {}
    for tie in ties:
        if isinstance(tie.claim, Quantity) and tie.problem in (None, "value"):
            groups.setdefault((article.sentence_at(tie.claim.start), tie.fact.id), []).append(tie)
    settled: dict[int, Tie] = {}
    for group in groups.values():
        fact = group[0].fact
        if len(group) < 2 or all(t.agrees for t in group) or not isinstance(fact, QuantityFact):
            continue
        values = [t.claim.value for t in group if isinstance(t.claim, Quantity)]
        total = sum(values, Decimal(0))
        first = group[0].claim
        assert isinstance(first, Quantity)
        whole = replace(first, value=total, low=total, high=total, qualifier=Qualifier.EXACT)
        # Parts that add up to the figure, or a partial breakdown ("1,293 in Al Haouz and 452
        # in Taroudant" of more than 2,000 dead): no part contradicts the whole.
        partial = all(v < fact.value for v in values) and (fact.high is None or total <= fact.high)
        if agrees(whole, fact) or partial:
            settled.update({id(t): Tie(t.fact, t.claim, True) for t in group})
    return [settled.get(id(t), t) for t in ties]


def _judge_quantity(q: Quantity, fact: QuantityFact, noun_kind: str) -> Tie | None:
    if noun_kind == "not":
        # The declared figure given to the wrong thing ("14,000 civilians"); another figure of
        # that thing ("including 3,000 civilians") is a different statement, not this fact.
        return Tie(fact, q, False, "noun") if agrees(q, fact) else None
    if not same_magnitude(q, fact):
        return None
    return Tie(fact, q, True) if agrees(q, fact) else Tie(fact, q, False, "value")


_ADJACENT = 25
_CUE_DISTANCES = (40, 80, 160)
_CUE_REACH = 400
_PERIOD_BOUND = re.compile(r"\b(?:since|until|till|before|after|through|by)\s+(?:the\s+)?$", re.I)
_NEAR_DAYS = 7
_NEAR_MONTHS = 366


# --- dates --------------------------------------------------------------------------------------


def _tie_dates(article: Article, dates: Sequence[DateClaim], index: FactIndex) -> list[Tie]:
    """Each fact takes the date nearest its cues in a sentence; a date goes to its best fact."""
    best: dict[int, list[tuple[tuple[int, int], DateFact]]] = {}
    by_sentence: dict[tuple[int, int], list[DateClaim]] = {}
    for d in dates:
        by_sentence.setdefault(article.sentence_at(d.start), []).append(d)
    for sentence, claims in by_sentence.items():
        for fact in index.dates:
            hits = index.cues(fact, article, sentence)
            pick = _nearest_date(article, claims, fact, hits)
            if pick is not None:
                score = (len({h.cue.lower() for h in hits}), -pick[1])
                best.setdefault(id(pick[0]), []).append((score, fact))
    ties = []
    for d in dates:
        options = sorted(best.get(id(d), []), key=lambda o: o[0], reverse=True)
        if not options or (len(options) > 1 and options[0][0] == options[1][0]):
            continue
        fact = options[0][1]
        ties.append(_judge_date(d, fact))
    return ties


def _nearest_date(
    article: Article, claims: Sequence[DateClaim], fact: DateFact, hits: Sequence[CueHit]
) -> tuple[DateClaim, int] | None:
    if not hits:
        return None
    cue_words = {normalise_noun(c) for c in fact.cues}
    strong = len({h.cue.lower() for h in hits}) >= 2
    eligible = [
        c
        for c in claims
        # "the 2016 election" is about an election; only "a 2018 meeting" ties to the summit.
        if (c.noun is None or normalise_noun(c.noun) in cue_words)
        and _can_state(article, c, fact)
        # A date far from the event with one cue beside it is most likely another event of the
        # kind ("In 1999, an earthquake near Izmit killed 17,000"); a wrong year for this one
        # comes with more of its cues ("annexed Crimea from Ukraine in 2015").
        and (strong or days_apart(c, fact.date) <= _NEAR_DAYS)
    ]
    if not eligible:
        return None
    dist = {id(c): min(abs(h.start - c.start) for h in hits) for c in eligible}
    pick = min(eligible, key=lambda c: dist[id(c)])
    return pick, dist[id(pick)]


def _can_state(article: Article, claim: DateClaim, fact: DateFact) -> bool:
    """Whether a date could be meant as the day of this event at all."""
    if weekday_only(claim) and fact.date.day is None:
        return False
    # "more than at any time since 2014" (seed 001) bounds a period; it dates no event.
    if _PERIOD_BOUND.search(article.scan, max(0, claim.start - 8), claim.start):
        return False
    if not claim.relative:
        return True
    if claim.value is None:
        return False
    # "On Monday" and "in January" resolve near the dateline: they can't be about an event
    # years away (the 2014 annexation, the 2018 summit), whatever cue shares their sentence.
    near = _NEAR_DAYS if claim.value.day is not None else _NEAR_MONTHS
    return days_apart(claim, fact.date) <= near


def _judge_date(d: DateClaim, fact: DateFact) -> Tie:
    if d.weekday and fact.weekday and d.weekday != fact.weekday:
        return Tie(fact, d, False, "weekday")
    return Tie(fact, d, True) if date_agrees(d, fact.date) else Tie(fact, d, False, "date")


# --- people -------------------------------------------------------------------------------------


def _tie_person(e: Entity, index: FactIndex) -> Tie | None:
    fact = index.persons.get(e.value)
    if fact is None or e.role is None or e.historical:
        return None
    verdict = compare_role(e.role, e.country, fact)
    if verdict is RoleVerdict.UNKNOWN:
        return None
    return Tie(
        fact, e, verdict is RoleVerdict.AGREES, None if verdict is RoleVerdict.AGREES else "role"
    )
