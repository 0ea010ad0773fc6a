"""Claims a reference article does not support.

When a story has a reference (front matter `reference: true`: the wire copy, the agency report),
every figure, date, ordinal and name of the other articles should be found in it. One that the
reference contradicts is a `source` error (`checks.sources`); one it neither states nor
contradicts is a warning: "unsupported by the reference". A figure is supported by any figure of
the same measure the reference states with an overlapping interval, whatever it counts, because
a summary may say "the dead" where the report says "people killed".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from consistency.articles import Article, title_case
from consistency.checks.about import COUNT, is_kind, measure_of, undated_figure
from consistency.checks.cues import normalise_noun
from consistency.checks.findings import SOURCE, claim_span
from consistency.checks.pairs import figures_agree
from consistency.checks.spelling import plain, spellings
from consistency.compare.dates import weekday_of
from consistency.compare.quantities import in_unit
from consistency.extract.dates import extract_dates
from consistency.extract.roles import ROLE_WORDS, lookup_form
from consistency.model import Claim, DateClaim, Entity, Finding, Quantity, Severity

_ORDINAL = re.compile(
    r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|\d+(?:st|nd|rd|th))(?!\w)",
    re.I,
)
# Ordinals that are as often adverbs or idioms as counts ("at first", "first-hand").
# "first-hand", "first of all": idioms, not counts ("at first" and "a second" in `_idiom`).
_IDIOM_AFTER = re.compile(r"[- ](?:hand|of all)\b", re.I)


def unsupported(
    article: Article,
    claims: Sequence[Claim],
    references: Sequence[tuple[Article, Sequence[Claim]]],
    skip: Iterable[int] = (),
) -> list[Finding]:
    """Warnings for the claims of `article` that no reference article states."""
    skipped = set(skip)
    theirs = [c for _, cs in references for c in cs]
    findings = []
    for n, claim in enumerate(claims):
        if n in skipped or _anaphoric(article.scan, claim):
            continue
        if supported(claim, theirs) or (
            isinstance(claim, DateClaim) and _open(claim, [a for a, _ in references])
        ):
            continue
        what = "figure" if isinstance(claim, Quantity) or undated_figure(claim) else "date"
        findings.append(_warning(article, claim_span(claim), what, references))
    spans = [(c.start, c.end) for c in claims if not isinstance(c, Entity)]
    findings += _ordinals(article, [a for a, _ in references], spans)
    findings += _names(article, [a for a, _ in references], spans)
    return findings


# "The two leaders", "the two countries": people or things named before, counted again in
# passing, not a figure the reference must give.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_FEW = re.compile(r"(?:two|three)\b", re.I)


def _anaphoric(scan: str, claim: Claim) -> bool:
    """Whether a figure is "the two" of something the story has already named."""
    if not isinstance(claim, Quantity) or claim.unit or not _FEW.match(claim.text):
        return False
    return _THE_BEFORE.search(scan, max(0, claim.start - 5), claim.start) is not None


# A name: capitalised words joined by "of"/"the" ("Bank of Japan"), or a code with digits
# ("SARS-CoV-2", "COVID-19"). A run's first word opening a sentence is left out.
_NAME_RUN = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'-]*\d[\w-]*|[A-Z][a-z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)
_WORD = re.compile(r"[^\W_][\w’'-]*")


# Months and weekdays are dates, checked as dates.
_NOT_NAMES = frozenset(
    "of the january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday i".split()
)


def _names(
    article: Article, references: Sequence[Article], figures: Sequence[tuple[int, int]]
) -> list[Finding]:
    """Names and codes the reference never writes ("Bank of China" for its "Bank of Japan").
    A word is written there when some word of the reference is a spelling of it ("Zelensky" for
    "Zelenskyy"); titles and a sentence's first word are no part of a name."""
    told = {_bare(w) for ref in references for w in _WORD.findall(ref.scan)}
    told |= {plain(w) for w in told}
    told |= {other for w in told for other in spellings(w)}  # the wire's "Kiev" writes "Kyiv"
    findings = []
    for m in _NAME_RUN.finditer(article.scan, article.body_start):
        words = [w for w in _WORD.findall(m.group()) if w.lower() not in _NOT_NAMES]
        if not words or any(a < m.end() and m.start() < b for a, b in figures):
            continue  # "Forty-eight" opening a sentence is a figure, checked as one
        if title_case(article.scan, m.start()):
            continue  # "Biden Invited Putin to Meet in a Third Country": a headline's capitals
        if _opens_sentence(article, m.start()) or lookup_form(words[0]) in ROLE_WORDS:
            words = words[1:]
        if not words or all(_written(_bare(w), told) for w in words):
            continue
        # "The European Union" where the reference writes "the EU" (a word of 2+ words' initials).
        initials = "".join(w[0] for w in words if w[0].isupper()).lower()
        if len(initials) >= 2 and initials in told:
            continue
        findings.append(_warning(article, m.span(), "name", [(r, ()) for r in references]))
    return findings


_OPENING = re.compile(r"[\s\"'“‘(\[—–-]*")


def _opens_sentence(article: Article, at: int) -> bool:
    """Whether `at` is its sentence's first word, or a quotation's: '“We', 'said: “When'."""
    start = article.sentence_at(at)[0]
    if at > 0 and article.scan[at - 1] in '“"‘':
        return True
    return _OPENING.fullmatch(article.scan, start, at) is not None


def _bare(word: str) -> str:
    """A word in lowercase without its possessive: the wire's "China's" writes "China"."""
    return word.lower().removesuffix("'s").removesuffix("’s")


def _written(word: str, told: set[str]) -> bool:
    if word in told or plain(word) in told:
        return True
    if any(ch.isdigit() for ch in word):
        return False
    return process.extractOne(word, told, scorer=fuzz.ratio, score_cutoff=85) is not None


def supported(claim: Claim, theirs: Sequence[Claim]) -> bool:
    """Whether some claim of the reference states this figure or date (names pass)."""
    figure = undated_figure(claim)
    if figure is not None:
        return _figure_supported(figure, [undated_figure(c) or c for c in theirs])
    if isinstance(claim, Quantity):
        return _figure_supported(claim, theirs)
    if isinstance(claim, DateClaim):
        return _date_supported(claim, theirs)
    return True


def _figure_supported(q: Quantity, theirs: Sequence[Claim]) -> bool:
    measure = measure_of(q)
    for c in theirs:
        if not isinstance(c, Quantity):
            continue
        other = in_unit(c, q.unit)
        if other is None or not figures_agree(q, other):
            continue
        # "870 infections" is "870 people infected"; only two known kinds of thing differ.
        their_measure = measure_of(c)
        if COUNT in (measure[0], their_measure[0]) or measure == their_measure:
            return True
        if measure[0] != their_measure[0] and not (
            is_kind(measure[0]) and is_kind(their_measure[0])
        ):
            return True
    return False


# Relative dates a reference without a dateline leaves open, each to the precision it states:
# "last year" may well be the summary's "2022", "last month" its "August 2022", "on Tuesday" its
# "February 14". A bare "last year" is no support for a month: "September 2022" where the wire
# says only "17 August last year" and "last year" puts in a month the wire does not give.
_OPEN_YEAR = re.compile(r"\b(?:last|this|next|past) year\b", re.I)
_OPEN_MONTH = re.compile(
    r"\b(?:last|this|next|past) (?:month|summer|winter|spring|autumn|fall)\b", re.I
)
_OPEN_DAY = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|(?:last|this|next) week|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)
# Two datelines a year and a season apart: what a relative date resolves to under both is what
# its words state ("17 August last year" is August 17 under either), not what the dateline gave.
_ANCHORS = (dt.date(2001, 6, 15), dt.date(2003, 1, 10))


def _open(d: DateClaim, references: Sequence[Article]) -> bool:
    """Whether an undated reference says something relative that this date could be."""
    if d.value is None:
        return False
    if d.value.day is not None:
        pattern = _OPEN_DAY
    elif d.value.month is not None:
        pattern = _OPEN_MONTH
    else:
        pattern = _OPEN_YEAR
    return any(ref.published is None and pattern.search(ref.scan) for ref in references)


def _date_supported(d: DateClaim, theirs: Sequence[Claim]) -> bool:
    dates = [c for c in theirs if isinstance(c, DateClaim)]
    if d.weekday and not any(ch.isdigit() for ch in d.text):  # "on Tuesday"
        return any(d.weekday in (c.weekday, c.value and weekday_of(c.value)) for c in dates)
    if d.value is None:
        # No dateline to put a year to it: "Tuesday, 13 April" is the wire's "Tuesday, April
        # 13"; what states no month ("last week") is left open.
        mine = _stated_day(d.text)
        return mine is None or any(_same_day(mine, c) for c in dates)
    if d.value.month is not None and any(
        c.value is None and _same_day((d.value.month, d.value.day), c) for c in dates
    ):
        return True
    for c in dates:
        if c.value is None:
            continue
        try:
            if (
                d.value.first() <= (c.until or c.value).last()
                and c.value.first() <= (d.until or d.value).last()
            ):
                return True
        except ValueError:
            continue
    return False


def _same_day(mine: tuple[int, int | None], theirs: DateClaim) -> bool:
    """Whether a claim of the reference gives this month (and day), whatever its year."""
    if theirs.value is not None:
        stated: tuple[int, int | None] | None = (
            (theirs.value.month, theirs.value.day) if theirs.value.month else None
        )
    else:
        stated = _stated_day(theirs.text)
    if stated is None:
        return False
    month, day = stated
    return month == mine[0] and (None in (day, mine[1]) or day == mine[1])


@functools.lru_cache(maxsize=4096)
def _stated_day(text: str) -> tuple[int, int | None] | None:
    """The month (and day) a date's words state without a year ("17 August last year"), or
    None when the dateline would give them ("last month", "on Tuesday")."""
    read = [extract_dates(text, anchor) for anchor in _ANCHORS]
    if any(len(r) != 1 or r[0].value is None or r[0].value.month is None for r in read):
        return None
    stated = {(r[0].value.month, r[0].value.day) for r in read if r[0].value is not None}
    if len(stated) != 1:
        return None
    ((month, day),) = stated
    return None if month is None else (month, day)


def _ordinals(
    article: Article, references: Sequence[Article], claimed: Sequence[tuple[int, int]]
) -> list[Finding]:
    """Ordinals ("a fifth straight session") the reference does not use; one inside a date
    ("the 3rd of March") or a share ("a tenth of its workforce") is checked as that claim."""
    # An ordinal with the word it counts: "third quarter" is no support for "fourth quarter"
    # where the reference's "third" is a "third-quarter" loss of another year.
    stated = {_counted(ref.scan, m) for ref in references for m in _ORDINAL.finditer(ref.scan)}
    findings = []
    for m in _ORDINAL.finditer(article.scan, article.body_start):
        if _counted(article.scan, m) in stated or _idiom(article.scan, m.start(), m.end()):
            continue
        if any(a <= m.start() < b for a, b in claimed):
            continue
        findings.append(_warning(article, m.span(), "ordinal", [(r, ()) for r in references]))
    return findings


_NEXT_WORD = re.compile(r"[- ]+([A-Za-z]+)")


def _counted(scan: str, m: re.Match[str]) -> tuple[str, str]:
    """An ordinal and the word after it, reduced: ("fourth", "quarter")."""
    after = _NEXT_WORD.match(scan, m.end())
    return m.group().lower(), normalise_noun(after.group(1)) if after else ""


def _idiom(scan: str, start: int, end: int) -> bool:
    """ "At first", "first-hand", and "first" as an adverb ("when it first opened")."""
    before = scan[max(0, start - 4) : start].lower()
    word = scan[start:end].lower()
    if (word, before[-3:]) in (("first", "at "), ("second", " a ")):
        return True
    if _IDIOM_AFTER.match(scan, end):
        return True
    after = _NEXT_WORD.match(scan, end)
    return after is not None and scan[end] == " " and after.group(1).endswith("ed")


def _warning(
    article: Article,
    span: tuple[int, int],
    what: str,
    references: Sequence[tuple[Article, Sequence[Claim]]],
) -> Finding:
    where = article.location(*span)
    names = ", ".join(ref.path for ref, _ in references)
    return Finding(
        kind=SOURCE,
        severity=Severity.WARNING,
        where=where,
        message=f'the article says "{where.text}"; no {what} like it in the reference ({names}): '
        "unsupported by the reference",
        found=where.text,
    )
