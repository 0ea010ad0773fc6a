"""What a claim is about, so that the claims of different articles can be lined up.

Two figures are statements of the same thing when they count the same kind of thing (troops,
soldiers and servicemen are one kind; lives, deaths and people killed another), belong to the same
subject (Russia's troops are not NATO's), come from the same speaker (Kiev's count and Moscow's may
differ), hold at the same time (May's inflation is not June's), and are said in similar words. This
module reads those features off one article's claims; `checks.sources` compares them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from consistency.articles import Article
from consistency.checks.cues import normalise_noun
from consistency.checks.events import (
    dateline,
    event_words,
    figure_day,
    period_end,
    quoted_relative,
    tally_day,
)
from consistency.checks.framing import (
    PART,
    aged,
    dates_statement,
    figure_facets,
    figure_spans,
    part_counted,
    people_before,
    share_of,
    state_of,
    toll_counted,
    use_of,
)
from consistency.checks.places import place_of
from consistency.checks.speakers import speaker_of
from consistency.checks.times import Times, figure_times, nearest_time
from consistency.checks.words import PARTIES, content_words, parties
from consistency.compare.quantities import dimension
from consistency.extract.quantities import parse_amount
from consistency.extract.roles import COUNTRIES, NATIONALITIES, lookup_form
from consistency.model import Claim, DateClaim, Entity, EntityKind, Quantity

# Counted nouns that name the same kind of thing. People are counted as a whole ("lives",
# "people", "deaths") or as a group within them ("civilians", "children"): the group is kept apart,
# so that "14,000 lives" and "14,000 civilians" line up but do not agree (seed 002).
_KINDS = {
    "troops": "troop soldier serviceman servicemen force personnel service-member servicemember "
    "military",
    "people": "people person life live death dead victim fatality casualty individual resident "
    "killed other missing injured wounded survivor",
    "ships": "ship warship vessel destroyer boat",
    "aircraft": "aircraft plane jet warplane",
    "home": "home house dwelling building",
    # "The Conservatives were reduced to 121 seats", "left with 121 MPs".
    "seats": "seat mp lawmaker legislator deputy",
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words.split()}
# Groups within people: the same number given for the whole and for a group is a warning.
_GROUPS = frozenset(
    "civilian child woman women man men adult soldier troop fighter militant rebel police officer "
    "worker student patient migrant refugee prisoner journalist".split()
)
PEOPLE = "people"  # the measure of counts of people, whatever the group

_BEFORE, _AFTER = 12, 6  # words of context on each side of a claim


@dataclass(frozen=True)
class Statement:
    """A claim with what it is about, ready to be lined up with other articles' claims."""

    article: Article
    claim: Claim
    index: int  # the claim's position among the article's claims
    measure: str  # the unit, the kind of thing counted, "date" or the office
    group: str | None  # people: the group counted ("civilian"); an office: its country
    subject: frozenset[str]  # whose figure: countries and bodies in the clause
    speaker: str | None  # who says it
    times: frozenset[str]  # years and months stated with a figure
    words: frozenset[str]  # content words of the clause
    # "35 years ago" in an article without a dateline: compared as the figure "35 years".
    figure: Quantity | None = None
    # What else a figure states: a forecast, an earlier level, a change, a part, a plan, the
    # day a thing was said ("" for the current value).
    use: str = ""
    # For people: what happened to them ("dead", "hurt", "missing", ...).
    state: str | None = None
    # Words that tell apart figures of one kind: "revenue" and "profit", "core" and "headline".
    facets: frozenset[str] = frozenset()
    # A date's: the words of the event it dates ("detained", "general election"), and the act
    # they name ("sworn in" and "take office" name one).
    event: frozenset[str] = frozenset()
    act: str | None = None
    # A share's whole: the 150 of "won 37 of the 150 seats".
    whole: Decimal | None = None
    # The words of the place a figure was counted in: "six seats in Scotland".
    place: frozenset[str] = frozenset()
    # The noun a rate or an amount is of, right after it: "the Bank's 2% target", "a $69bn deal".
    head: str | None = None


COUNT = "count"  # the measure of a bare number ("executed seven"), lined up with a reference only
OFFSET = "offset"  # the use of "35 years ago" read as a figure: compared with offsets only
_OFFSET_AFTER = re.compile(r"\s+(?:later|earlier|ago|before|after)\b", re.I)


def measure_of(q: Quantity) -> tuple[str, str | None]:
    """The measure a figure counts, and the group for people ("count" when nothing says what)."""
    if q.unit:
        return dimension(q.unit), None
    if not q.noun:
        return COUNT, None
    noun = normalise_noun(q.noun)
    if noun in _GROUPS:
        kind = _KIND_OF.get(noun)
        return (kind, None) if kind == "troops" else (PEOPLE, noun)
    return _KIND_OF.get(noun, noun), None


# Capitalised words that are no person's surname: parties, months, weekdays.
_NOT_PEOPLE = frozenset(
    [k for k in PARTIES if " " not in k]
    + "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def is_kind(measure: str) -> bool:
    """Whether a measure is a known kind of thing counted (not just some noun)."""
    return measure in _KINDS


def statements(article: Article, claims: Sequence[Claim]) -> list[Statement]:
    """The article's quantities, dates and roles, each with what it is about."""
    dates = [c for c in claims if isinstance(c, DateClaim) and c.value is not None]
    said_on = {id(d) for d in dates if dates_statement(article.scan, d)}
    weekdays = [c for c in claims if isinstance(c, DateClaim) and c.value is None and c.weekday]
    timed = Times(dates + weekdays, said_on, figure_times(article.scan, claims))
    spans = figure_spans(article.scan, claims)
    out: list[Statement] = []
    for n, claim in enumerate(claims):
        counted = part_counted(article.scan, claims, n)
        aboutness = _aboutness(counted or claim)
        if aboutness is None:
            continue
        measure, group = aboutness
        if measure == COUNT and toll_counted(article.scan, claim):
            measure = PEOPLE  # "the death toll had reached 186"
        if isinstance(claim, DateClaim) and (
            dateline(article.scan, claim)
            or quoted_relative(article.scan, claim)
            or figure_day(article.scan, claims, n)
            or tally_day(article.scan, claims, n, article.sentence_at(claim.start)[1])
            or period_end(article.scan, claim)
        ):
            continue  # "LONDON, Nov 16 -" dates the report, not an event in it
        sentence = article.sentence_at(claim.start)
        window = _window(article.scan, sentence, claim.start, claim.end)
        speaker = speaker_of(article, sentence, claim)
        subject = frozenset(parties(article.scan, window)) - {speaker}
        if measure.startswith("office:"):
            # Who holds an office is no one's claim to attribute: "spokesman Ned Price said".
            subject, speaker = (frozenset((group,)) if group else frozenset()), None
        use = use_of(article, claim, dates)
        if use is None:
            continue  # "six of the nine members": the nine is the whole, stated in passing
        if counted is not None and use == PART:
            use = ""  # "won 37 of the 150 seats" states the 37 seats another paper gives
        if undated_figure(claim) is not None or (
            isinstance(claim, Quantity) and _OFFSET_AFTER.match(article.scan, claim.end)
        ):
            use = OFFSET  # "five years later" is no duration: "led Germany for 16 years"
        person, given = aged(article.scan, claim)
        if isinstance(claim, Quantity):
            known = _NOT_PEOPLE | ({speaker.lower()} if speaker else set())
            subject |= person or people_before(article.scan, window[0], claim.start, known)
        # A date is its own time: "from 2003 to 2010, will take office on Jan. 1" is of 2023.
        times = (
            frozenset()
            if isinstance(claim, DateClaim) and claim.value is not None
            else nearest_time(article.scan, claim, timed, window, sentence)
        )
        event, act = (
            event_words(article.scan, claim, sentence)
            if isinstance(claim, DateClaim)
            else (frozenset(), None)
        )
        words = content_words(article.scan[window[0] : claim.start]) | content_words(
            article.scan[claim.end : window[1]]
        )
        out.append(
            Statement(
                article,
                claim,
                n,
                measure,
                group,
                subject,
                speaker,
                times,
                words,
                undated_figure(claim),
                use,
                state_of(article.scan, claim.start, claim.end, sentence)
                if isinstance(claim, Quantity) and not claim.unit
                else None,
                figure_facets(
                    article.scan,
                    claim,
                    (_clause_start(article.scan, window, claim), window[1]),
                    spans,
                )
                | share_of(article.scan, claim)
                | given,
                event,
                act,
                _whole(claims, n) if counted is not None else None,
                place_of(article.scan, claim),
                head_of(article.scan, claim),
            )
        )
    return out


# Where the clause of a claim opens: "GAAP gross margin expanded to 70.1%, while non-GAAP gross
# margin reached 71.2%" gives the 71.2% the non-GAAP facet only.
_CLAUSE_OPEN = re.compile(r"[;:()]|,\s|\s(?:while|whereas|but)\s", re.I)


def _clause_start(scan: str, window: tuple[int, int], claim: Claim) -> int:
    start = window[0]
    for m in _CLAUSE_OPEN.finditer(scan, window[0], claim.start):
        start = m.end()
    return start


def _whole(claims: Sequence[Claim], n: int) -> Decimal | None:
    whole = claims[n + 1]
    return whole.value if isinstance(whole, Quantity) else None


_HEAD = re.compile(r"[ -]([a-z]{3,})\b")


def head_of(scan: str, claim: Claim) -> str | None:
    """The noun a rate or an amount qualifies, the word right after it: "a 2% target" and "the
    4% target" are one target. Counts have theirs as their measure."""
    if not isinstance(claim, Quantity) or not claim.unit:
        return None
    m = _HEAD.match(scan, claim.end)
    words = content_words(m[1]) if m else frozenset()
    return next(iter(words)) if len(words) == 1 and not words & _NO_HEAD else None


_NO_HEAD = frozenset("rise fall increas decreas higher lower jump drop gain los cut".split())


def undated_figure(claim: Claim) -> Quantity | None:
    """ "35 years ago" with no dateline to count from, read as the figure "35 years"."""
    if not isinstance(claim, DateClaim) or claim.value is not None or claim.weekday:
        return None
    m = _AGO.match(claim.text)
    return parse_amount(m.group(1)) if m else None


_AGO = re.compile(r"(.+?)\s+(?:ago|earlier|later|before|after)\b", re.I)


def _aboutness(claim: Claim) -> tuple[str, str | None] | None:
    figure = undated_figure(claim)
    if figure is not None:
        return measure_of(figure)
    if isinstance(claim, Quantity):
        return measure_of(claim)
    if isinstance(claim, DateClaim):
        return ("date", None) if claim.value is not None or claim.weekday else None
    if isinstance(claim, Entity) and claim.role and not claim.historical:
        if claim.kind not in (EntityKind.PERSON, EntityKind.UNKNOWN):
            return None
        office = office_key(claim.role, claim.country)
        return None if office is None else office
    return None


# Offices one person holds at a time. A role counts only with its institution or country: a
# "spokesman" alone could speak for anyone.
_SOLE = (
    "president", "prime minister", "chancellor", "spokesperson", "press secretary",
    "secretary of state", "secretary-general", "secretary general", "minister", "secretary",
    "chief executive", "ceo", "governor", "mayor", "king", "queen", "pope", "chairman",
    "chairwoman", "chair", "director", "ambassador", "speaker", "foreign minister",
)  # fmt: skip
_SHARED = frozenset(
    "deputy assistant vice-chair undersecretary under aide adviser advisor "
    "official officials member envoy spokespeople".split()
)
_GENDERED = {"spokeswoman": "spokesperson", "spokesman": "spokesperson",
             "chairwoman": "chair", "chairman": "chair", "chairperson": "chair"}  # fmt: skip
_TITLE_NOISE = frozenset("the a an new incoming current sitting top then acting interim".split())


_GENERIC = frozenset(
    "foreign defence defense finance interior justice health prime press chief executive "
    "general state secretary minister president spokesperson chancellor governor mayor "
    "ambassador ceo chair director speaker king queen".split()
)


def office_key(role: str, country: str | None) -> tuple[str, str | None] | None:
    """The office a role names and the country it serves, or None for offices many people hold
    at once. A key starting with "*" names no institution and needs the country to compare."""
    words = [_GENDERED.get(w, w) for w in lookup_form(role).replace(".", "").split()]
    words = [w for w in words if w not in _TITLE_NOISE]
    if not words or _SHARED & set(words):
        return None
    home = country
    kept = []
    for w in words:
        if w in NATIONALITIES or w in COUNTRIES:
            home = home or (NATIONALITIES.get(w) or COUNTRIES.get(w))
        else:
            kept.append(w)
    phrase = " ".join(kept)
    if not any(
        phrase == h or phrase.endswith(" " + h) or phrase.startswith(h + " of") for h in _SOLE
    ):
        return None
    if set(kept) <= _GENERIC:
        return (f"office:*{phrase}", home) if home else None
    return f"office:{phrase}", home


def _window(scan: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around a claim: a few words each side, within its sentence."""
    low, high = sentence[0], max(sentence[1], end)
    left = scan[low:start].split()
    right = scan[end:high].split()
    before = len(" ".join(left[-_BEFORE:])) if left else 0
    after = len(" ".join(right[:_AFTER])) if right else 0
    return max(low, start - before - 1), min(high, end + after + 1)
