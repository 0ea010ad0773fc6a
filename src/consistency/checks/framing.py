"""How a sentence frames a claim: a part of a whole, a plan, the day a thing was said, what
happened to the people counted, whose figure it is, and which facet of a measure it gives.

Two articles' figures are one statement only when their framing matches: "five killed" in a
headline is not contradicted by "two of them teachers" (a part), nor "12 killed" by "40
wounded" (another state), nor "Messi scored two goals" by "Mbappe scored three" (another
subject), nor "cut 10,000 jobs last year" by "will cut 11,000" (a plan), nor "revenue of $61.9
billion" by "profit of $21.9 billion" (another facet). A share won ("won 37 of the 150 seats")
is a count of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from consistency.articles import Article
from consistency.checks.context import Use, other_use
from consistency.checks.words import content_words
from consistency.extract.datecontext import to_come
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
# One more of a kind the story has told of: its date is another event's. So is one more time:
# "Rebels attacked the town again on Sept. 28" (second review of the date rules).
_ANOTHER = re.compile(
    r"\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|further|new)|another)\s+"
    r"(?:man|woman|person|suspect|boy|girl|teenager|attack|strike|blast|explosion|shooting|"
    r"stabbing|arrest|earthquake|quake|aftershock|round|vote|case|death|victim)\b|\bagain\b",
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


def dates_statement(scan: str, claim: DateClaim) -> bool:
    """Whether a date is the day something was said ("said on Monday"), not the day of what
    was announced ("the deal, first announced on Jan. 18")."""
    if _ANNOUNCED_ON.search(scan, max(0, claim.start - 40), claim.start):
        return False
    return _SAID_ON.search(scan, max(0, claim.start - 40), claim.start) is not None


# Days after the dateline within which a date may be a slip for one before it rather than a
# plan (a weekday off by a day or two, a day moved by a typo).
_WEEK = 7
# What a hyphenated span names when it comes before a security or a loan.
_INSTRUMENT = re.compile(
    r"\s+(?:(?:US|U\.S\.|Japanese|German|UK|government)\s+)?(?:Treasury|Treasuries|notes?|bonds?|"
    r"gilts?|bunds?|bills?|yields?|JGBs?|fixed|mortgages?|(?:interest\s+)?rates?)\b",
    re.I,
)


def use_of(article: Article, claim: Claim, dates: Sequence[DateClaim]) -> str | None:
    """The claim's use ("" for a current value); None for a figure that is no statement of its
    own (the whole in "six of the nine members", the "650-seat" of a chamber)."""
    scan = article.scan
    if isinstance(claim, DateClaim):
        sentence_start = article.sentence_at(claim.start)[0]
        if _ANOTHER.search(scan, sentence_start, claim.start):
            return ANOTHER  # "A second man was arrested on Tuesday": another arrest's day
        if dates_statement(scan, claim):
            return SAID
        # "Tesla will report earnings on January 25" dates no event that has happened, nor
        # does "set sentencing for July 11" in a paper of May 30. A day within the week after
        # the dateline may be a slip for a day before it ("spoke by phone on Tuesday, April 15"
        # in a paper of April 13), so only later ones are plans by their date alone.
        day, published = claim.value, article.published
        if day and day.day and published and (day.first() - published).days > _WEEK:
            return PLAN
        return PLAN if to_come(scan, claim.start, claim.end) else ""
    if not isinstance(claim, Quantity):
        return ""
    if claim.end < len(scan) and scan[claim.end] == "-" and claim.unit is None:
        return None  # "the 650-seat House": a description, not a count
    if "-" in claim.text and _INSTRUMENT.match(scan, claim.end):
        return None  # "the 10-year Treasury yield", "the two-year gilt": a name, not a span
    # A plan first: "will cut 11,000 jobs" is a planned change, not the change made.
    use = other_use(article, claim, dates, None)
    if _PLAN_BEFORE.search(scan, max(0, claim.start - 50), claim.start):
        # "will fall to £1,568" and "will fall by £122": a planned level and a planned change.
        return f"{PLAN}:{Use.CHANGE.value}" if use is Use.CHANGE else PLAN
    if use is Use.TOTAL:
        return None
    if use is not None:
        return str(use.value)
    # A share is of something by nature: "55.7% of the vote" is the 55.7 percent another
    # paper gives; "three of the dead" is a part of a count.
    if claim.unit == "percent":
        return ""
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


def toll_counted(scan: str, claim: Claim) -> bool:
    """Whether a bare number is a toll of people: "the death toll had reached 186 by
    Saturday", "the number of people killed has risen to 50" (development clusters of the
    Maui fire and the Christchurch attacks, where it was a bare count, never compared)."""
    if not isinstance(claim, Quantity) or claim.unit or claim.noun:
        return False
    return _TOLL_BEFORE.search(scan, max(0, claim.start - 90), claim.start) is not None


_TOLL_BEFORE = re.compile(
    r"\b(?:(?:death|casualty)\s+toll|toll|number\s+of\s+(?:people\s+|those\s+)?"
    r"(?:killed|dead|deaths|fatalities|victims|injured|wounded|missing))\b"
    r"(?:\s+(?!(?:and|but|while|as)\b)[\w'’-]+){0,10}?\s+(?:to|at|of|reached|hit|passed|topped|"
    r"exceeded|is|was|stands|stood|now)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|"
    r"at\s+least\s+|over\s+)?$",
    re.I,
)


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


def aged(scan: str, claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """The person an age stands beside, by surname, and their given name as a facet: "Messi,
    35, opened the scoring" is not "Di María, 34" (a development cluster of the 2022 World
    Cup final), nor "Andrew Tate, 36" his brother "Tristan Tate, 34"."""
    if not isinstance(claim, Quantity) or claim.unit != "age":
        return frozenset(), frozenset()
    m = _AGE_OF.search(scan, max(0, claim.start - 60), claim.start)
    if m is None:
        return frozenset(), frozenset()
    first = m.group(1)
    given = (
        frozenset((f"{PERSON}:{first.lower()}",))
        if first and first.lower().rstrip(".") not in _TITLES
        else frozenset()
    )
    return frozenset((m.group(2).lower(),)), given


PERSON = "person"  # the facet group of a person's given name
# Titles before a surname are no given name: "Mrs Reeves, 45".
_TITLES = frozenset("mr mrs ms miss dr sir dame lady lord prof president judge".split())
_AGE_OF = re.compile(r"(?:\b([A-Z][^\W\d_]+)[ \t]+)?\b([A-Z][^\W\d_]+),\s+(?:aged\s+)?$")


# Figures of one unit that measure different things, by the word that names each: a company's
# revenue is not its profit, core inflation not headline inflation, a closing fall not an
# intraday one, the first round's turnout not the second's (second adversarial review).
FACETS: dict[str, str] = {
    **dict.fromkeys("revenue revenues sales turnover".split(), "finance:revenue"),
    **dict.fromkeys("profit profits earnings income ebitda".split(), "finance:profit"),
    **dict.fromkeys("loss losses".split(), "finance:loss"),
    **dict.fromkeys("dividend dividends".split(), "finance:dividend"),
    **dict.fromkeys("bonus bonuses".split(), "finance:bonus"),
    **dict.fromkeys("core headline".split(), "inflation"),
    **dict.fromkeys(["including debt", "debt included", "enterprise value"], "deal:debt"),
    **dict.fromkeys("closed close closing intraday early".split(), "session"),
    **dict.fromkeys("first second third runoff run-off".split(), "round"),
    # The span a change is measured over, and the period a figure covers: "up 4.4% from a year
    # earlier" is not "rose 0.3% in January"; "grew 5.5% in the first half" is not the second
    # quarter's 6.3% (a development cluster of China's GDP figures).
    **dict.fromkeys(
        ["year on year", "year-on-year", "year over year", "year-over-year", "from a year earlier",
         "a year earlier", "a year ago", "from a year ago", "in the year to", "12 months",
         "twelve months", "annual inflation", "over the year", "over the past year"],
        "span:year",
    ),
    **dict.fromkeys(
        ["month on month", "month-on-month", "month over month", "month-over-month", "monthly",
         "from the previous month", "the month before", "a month earlier", "over the month"],
        "span:month",
    ),
    **dict.fromkeys(
        ["quarter on quarter", "quarter-on-quarter", "from the previous quarter"], "span:quarter"
    ),
    **dict.fromkeys(["annualized", "annualised", "annual rate"], "span:annualised"),
    **{f"{n} {p}": f"period:{n} {p}" for n in ("first", "second") for p in ("half", "half-year")},
    **{
        f"{n}{sep}quarter": f"period:q{i}"
        for i, n in enumerate(("first", "second", "third", "fourth"), 1)
        for sep in (" ", "-")
    },
    **{f"q{i}": f"period:q{i}" for i in range(1, 5)},
    **dict.fromkeys(["full year", "full-year", "whole year"], "period:year"),
    **dict.fromkeys(["first nine months", "nine months"], "period:9m"),
    # Accounts kept two ways: a non-GAAP (adjusted) margin is not the GAAP one.
    **dict.fromkeys(["non-gaap", "adjusted", "underlying"], "basis:adjusted"),
    **dict.fromkeys(["gaap", "generally accepted accounting principles"], "basis:gaap"),
}  # fmt: skip
_FACET_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(FACETS, key=len, reverse=True)).replace(" ", r"\s+") + r")\b", re.I
)
# Facets that set a figure apart even where the other clause names none: "core" prices, a
# bonus (against the whole pay), a deal's value including debt.
ALONE = frozenset({"inflation:core", "finance:bonus", "deal:debt"})
_ROUND_AFTER = re.compile(r"[ \t]+round\b", re.I)


def facets_of(text: str) -> frozenset[str]:
    """The facets of a clause, as "group:name" ("finance:profit" for profit or earnings). An
    ordinal counts only before "round"."""
    found = set()
    for m in _FACET_WORD.finditer(text):
        word = " ".join(m.group().lower().split())
        facet = FACETS[word]
        if facet == "round" and word != "runoff" and not _ROUND_AFTER.match(text, m.end()):
            continue
        found.add(facet if ":" in facet else f"{facet}:{word}")
    return frozenset(found)


_SPAN = "span:"
_SPAN_AFTER = re.compile(
    r"\s*,?\s*(?:"
    + "|".join(
        sorted((w for w, f in FACETS.items() if f.startswith(_SPAN)), key=len, reverse=True)
    ).replace(" ", r"\s+")
    + r")\b",
    re.I,
)


def figure_spans(scan: str, claims: Sequence[Claim]) -> dict[int, tuple[int, int, str]]:
    """The spans named right after a figure, by the figure's id: (start, end, facet). "Food
    rose 1.0% month over month and 10.4% year over year" measures the 1.0% over a month and
    the 10.4% over a year, whatever else the clause names."""
    spans = {}
    for claim in claims:
        if isinstance(claim, Quantity) and (m := _SPAN_AFTER.match(scan, claim.end)):
            word = " ".join(m.group().lower().lstrip(" ,").split())
            spans[id(claim)] = (m.start(), m.end(), FACETS[word])
    return spans


def figure_facets(
    scan: str, claim: Claim, clause: tuple[int, int], spans: dict[int, tuple[int, int, str]]
) -> frozenset[str]:
    """The facets of `claim`'s clause, where a span named right after another figure is that
    figure's and one named right after this one is its only span."""
    low, high = clause
    text = scan[low:high]
    for key, (start, end, _) in spans.items():
        if key != id(claim) and low <= start < high:
            text = text[: start - low] + " " * (end - start) + text[end - low :]
    found = facets_of(text) | _per(scan, claim)
    if (own := spans.get(id(claim))) is None:
        return found
    return frozenset({f for f in found if not f.startswith(_SPAN)} | {own[2]})


# What a rate is per: "2 minutes 53 seconds per kilometre" is no "4min 38sec per mile" (a
# development cluster of a marathon record), "£12.21 an hour" no "£95 a day".
_PER_AFTER = re.compile(
    r"(?:[ \t]+\d+[ \t]*(?:seconds?|secs?|minutes?|mins?)\b)?[ \t]+(?:per|a|an|each)[ \t]+"
    r"(km|kilomet(?:re|er)|mile|hour|day|week|month|year|person|head|share|capita|gallon|"
    r"litre|liter|barrel|tonne|ton)s?\b",
    re.I,
)
_PER_WORD = {"kilometre": "km", "kilometer": "km", "liter": "litre", "ton": "tonne"}


def _per(scan: str, claim: Claim) -> frozenset[str]:
    m = _PER_AFTER.match(scan, claim.end) if isinstance(claim, Quantity) else None
    if m is None:
        return frozenset()
    word = m.group(1).lower()
    return frozenset((f"per:{_PER_WORD.get(word, word)}",))


SHARE = "of"  # the facet group of a percentage's whole
# What a percentage is a share of: "60% of global electric vehicle sales" and "18% of global
# car sales" are shares of two wholes (an adversarial story written for development).
_SHARE_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?((?:(?!(?:in|on|at|by|for|from|to|and|"
    r"or|than|was|were|is|are|has|had|last|this|since)\b)[A-Za-z][\w'’-]*\s*){1,5})",
    re.I,
)


def share_of(scan: str, claim: Claim) -> frozenset[str]:
    """The whole a percentage is a share of, as a facet ("of:car sale global"), if it says."""
    if not isinstance(claim, Quantity) or claim.unit != "percent":
        return frozenset()
    m = _SHARE_OF.match(scan, claim.end)
    if m is None:
        return frozenset()
    words = content_words(m.group(1))
    return frozenset((f"{SHARE}:{' '.join(sorted(words))}",)) if words else frozenset()


_OF_THE = re.compile(r"\s+of\s+the\s+", re.I)
# A share won or held: "won 37 of the 150 seats", "with 37 of the 150 seats". A share that is
# the subject of its sentence is a part told apart from the whole ("two of the 14 people killed
# were teachers" is no count of the people killed).
_HELD_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|took|takes?|taking|holds?|held|holding|has|have|had|got|gets|"
    r"secured?|securing|captured?|controls?|controlled|with)\s+$",
    re.I,
)


def part_counted(scan: str, claims: Sequence[Claim], n: int) -> Quantity | None:
    """A share won or held, as the count of its whole's noun: the "37" of "won 37 of the 150
    seats" counts seats."""
    claim = claims[n]
    if not isinstance(claim, Quantity) or claim.noun or claim.unit or n + 1 >= len(claims):
        return None
    if not _HELD_BEFORE.search(scan, max(0, claim.start - 12), claim.start):
        return None
    whole = claims[n + 1]
    of = _OF_THE.match(scan, claim.end)
    if of is None or not isinstance(whole, Quantity) or whole.start != of.end() or not whole.noun:
        return None
    return replace(claim, noun=whole.noun)
