"""Who says a figure: a named speaker ("according to Shoigu", "Kiev accused", "Russia's
defence ministry said"), a source named by a common noun ("according to organisers", "the
interior ministry ... It said"), or someone unnamed ("a local official said"). Claims of
different speakers are never compared: Kiev's count and Moscow's may differ."""

from __future__ import annotations

import re

from consistency.articles import Article
from consistency.checks.words import PARTIES, party
from consistency.extract.roles import lookup_form
from consistency.model import Claim

_SAYS = (
    r"said|says|say|claimed|claims|claim|accused|accuses|alleged|alleges|estimated|estimates|"
    r"reported|reports|told|insisted|insists|announced|announces|stated|added|warned|believe|"
    r"believes|counted|put the"
)
_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.’'-]*)*"
_SPEAKER = re.compile(
    rf"\baccording to\s+(?:the\s+)?(?P<a>{_NAME})|(?P<b>{_NAME})(?:\s*,[^,]{{1,60}},)?\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?:{_SAYS})\b|\b(?:{_SAYS}),?\s+(?P<c>{_NAME})"
    # "Ukraine's military said", "Russia's defence ministry said".
    rf"|(?P<d>{_NAME})(?:'s|’s)\s+(?:[a-z]+\s+){{1,2}}(?:has\s+|had\s+)?(?:{_SAYS})\b"
)
# Someone unnamed says it: never the named source of another article's figure ("killed at
# least 50 people, a local official said" against "more than 300, according to the WFP").
UNNAMED = "?"
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:officials?|authorities|sources?|spokes(?:man|woman|person)|witnesses|residents)"
    r"\s+(?:said|says|say|told|reported|estimated)\b",
    re.I,
)


def speaker_of(article: Article, sentence: tuple[int, int], claim: Claim) -> str | None:
    """Who the article attributes `claim` to, or None when it does not say."""
    scan = article.scan
    said = scan[sentence[0] : max(sentence[1], claim.end)]
    speaker = _speaker(said, claim.start - sentence[0])
    if speaker is None:
        speaker = _common_source(scan, sentence, said)
    if speaker is None and _UNNAMED_SPEAKER.search(said):
        speaker = UNNAMED  # "a local official said": a source, if not a named one
    return speaker


# Sources news names by a common noun; "officials", "authorities" and "sources" stay unnamed.
_SOURCE = (
    r"organi[sz]ers|police|activists|unions?|protesters|witnesses|medics|rescuers|monitors|"
    r"(?:[a-z]+\s+)?(?:ministry|agency|army|military|government|council|commission)"
)
_ACCORDING = re.compile(rf"\b(?i:according) to\s+(?:the\s+)?(?P<s>{_SOURCE})\b")
# "It said" or "They said" speaks for the source that opens the sentence before: "The interior
# ministry gave a lower figure. It said 30,000 people took part."
_PRONOUN_SAYS = re.compile(r"\b(?:It|They|it|they)\s+(?:said|says|say|estimated|put)\b")
_OPENS_WITH = re.compile(rf"\s*(?:The\s+)?(?P<s>{_SOURCE})\b", re.I)


# Marks a source named by a common noun: "the health ministry" may be "Lebanon's health
# ministry" of another paper, so it is told apart only from other such sources.
COMMON = "~"


def _common_source(scan: str, sentence: tuple[int, int], said: str) -> str | None:
    m = _ACCORDING.search(said)
    if m:
        return COMMON + m["s"].lower()
    if not _PRONOUN_SAYS.search(said) or sentence[0] == 0:
        return None
    before = scan.rfind("\n", 0, sentence[0] - 1)
    start = max(before, scan.rfind(". ", 0, sentence[0] - 1) + 1)
    opener = _OPENS_WITH.match(scan, start + 1, sentence[0])
    return COMMON + opener["s"].lower() if opener else None


def _speaker(sentence: str, at: int) -> str | None:
    """Who a sentence attributes the claim at `at` to: "Kiev accused ...", "according to
    Shoigu"; of several speakers, the one nearest the claim."""
    found = list(_SPEAKER.finditer(sentence))
    if not found:
        return None
    m = min(found, key=lambda s: min(abs(s.start() - at), abs(s.end() - at)))
    name = m.group("a") or m.group("b") or m.group("c") or m.group("d") or ""
    # "according to the UN." and "the UN said" are one speaker.
    words = [w.strip(".,;:") for w in name.split() if w.lower() not in ("the", "of")]
    if not words or lookup_form(words[0]) in _NOT_SPEAKERS:
        return None
    whole = lookup_form(" ".join(words))
    if whole in PARTIES:
        return party(whole)
    known = [party(w) for w in words if lookup_form(w).removesuffix("'s") in PARTIES]
    if known:
        return known[0]
    # A lone capitalised word after the verb is as often a day or a place as a speaker.
    return lookup_form(words[-1]) if len(words) > 1 or m.group("c") is None else None


_NOT_SPEAKERS = frozenset(
    "it he she they we i amid but and after before while when monday tuesday wednesday thursday "
    "friday saturday sunday january february march april may june july august september october "
    "november december officials".split()
)
