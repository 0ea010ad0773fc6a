"""Where a figure was counted: "six seats in Scotland", "37 Scottish seats", "In Portugal, a
temperature of 47 degrees Celsius". A figure counted in a place is compared only with
articles that name that place (`likeness`)."""

from __future__ import annotations

import re

from consistency.checks.words import PARTY, content_words, party
from consistency.extract.datewords import MONTHS
from consistency.model import WEEKDAYS, Claim, Quantity

# Where a figure was counted, when the clause says right after it: "The Liberal Democrats won
# six seats in Scotland" counts a part of a story of 72 UK-wide (a cluster written for
# development). A month or a weekday there is a date, not a place.
_NOT_NAME = rf"(?!(?:{'|'.join(MONTHS + WEEKDAYS)})\b)"
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*){0,3}?[ \t]+(?:in|across|throughout)[ \t]+(?:the[ \t]+)?"
    rf"({_NOT_NAME}[A-Z][\w'’.-]*(?:[ \t]+{_NOT_NAME}[A-Z][\w'’.-]*)*)"
)
# A name before a noun is no place: "in Nasdaq trading", "in Covid-19 cases", "in US dollar
# terms". A place ends its phrase ("in Gaza on Tuesday", "in Scotland and the ...").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:and|or|but|on|in|at|as|by|for|from|to|with|since|after|before|during|over|"
    r"amid|despite|when|while|where|which|who|that|this|last|alone|said|says|than|of|so)\b)"
    r"[a-z]"
)
# Bodies and things a vote or a figure is "in" that are no place: a vote in Parliament is the
# country's vote.
_NO_PLACE = frozenset(
    "parliament congress senate house commons lords assembly council cabinet government court "
    "bundestag knesset duma diet legislature covid covid-19 coronavirus".split()
)


def place_of(scan: str, claim: Claim) -> frozenset[str]:
    """The words of the place named right after a figure ("six seats in Scotland"), with a
    country as the party it names ("the United States", "the U.S." and "America" are one)."""
    if not isinstance(claim, Quantity):
        return frozenset()
    m = _PLACE_AFTER.match(scan, claim.end)
    if m is not None and not _NOUN_AFTER.match(scan, m.end()):
        return _place_words(m.group(1))
    # "Labour sweeps 37 Scottish seats": a name between a count and its noun.
    if inner := _CAPITALISED.findall(scan, claim.number_end, claim.end) if claim.noun else []:
        return _place_words(" ".join(inner))
    # "In Portugal, a temperature of 47 degrees Celsius was recorded": a sentence that opens
    # with its place (a development cluster of the 2022 European heatwave).
    opening = max(
        _PLACE_OPENING.finditer(scan, max(0, claim.start - 200), claim.start),
        key=lambda m: m.start(),
        default=None,
    )
    if opening is None or _SENTENCE_END.search(scan, opening.end(), claim.start):
        return frozenset()
    return _place_words(opening.group(1))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_PLACE_OPENING = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+|\n)(?:In|Across|Throughout)[ \t]+(?:the[ \t]+)?"
    rf"({_NOT_NAME}[A-Z][\w'’.-]*(?:[ \t]+{_NOT_NAME}[A-Z][\w'’.-]*)*),",
    re.M,
)
_SENTENCE_END = re.compile(r"[.!?][ \t\n]|\n")


def _place_words(name: str) -> frozenset[str]:
    if name.rstrip(".").lower() in _NO_PLACE:
        return frozenset()
    countries = {party(p.group()).lower() for p in PARTY.finditer(name)}
    return frozenset(countries) | content_words(PARTY.sub(" ", name).rstrip("."))
