"""Cue words: what ties a number or date in a sentence to a declared fact.

A cue matches a whole word, with the endings English adds: "Crimea" matches "Crimean", "annex"
matches "annexed" and "annexation", but "spoke" never matches "spokeswoman" (seed 001). Short
cues only take plural and possessive endings, so "war" matches "wars" and "war's" but never
"warn" or "warships". A cue in capitals ("NATO", "US") matches only in
capitals, so "us" in "told us" is no cue for the United States.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_SHORT = 5
_LONG_ENDINGS = (
    r"(?:s|es|d|ed|ing|n|an|ns|ans|ian|ians|ment|ments|ation|ations|ion|ions|al|er|ers)?"
    r"(?:'s|’s)?"
)


@dataclass(frozen=True)
class CueHit:
    """One cue found in a sentence."""

    cue: str
    start: int
    end: int


def compile_cues(cues: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for all of a fact's cues; group `cN` is the Nth cue."""
    if not cues:
        return None
    parts = [f"(?P<c{i}>{_cue_pattern(cue)})" for i, cue in enumerate(cues)]
    return re.compile("|".join(parts))


def _cue_pattern(cue: str) -> str:
    words = cue.split()
    *head, last = words
    ending = _LONG_ENDINGS if len(last) >= _SHORT else r"(?:s|es|'s|’s)?"
    body = r"[\s-]+".join([*(re.escape(w) for w in head), re.escape(last) + ending])
    if cue.isupper():
        return rf"(?<![\w-]){body}(?!\w)"
    # "war-torn" is no mention of a war, but "NATO-led" is one of NATO.
    return rf"(?i:(?<![\w-]){body}(?![\w-]))"


def find_cues(
    pattern: re.Pattern[str] | None, cues: Sequence[str], text: str, start: int, end: int
) -> list[CueHit]:
    """The cues of `pattern` in `text[start:end]`, with absolute offsets."""
    if pattern is None:
        return []
    return [
        CueHit(cues[int(m.lastgroup[1:])], m.start(), m.end())
        for m in pattern.finditer(text, start, end)
        if m.lastgroup is not None
    ]


def normalise_noun(word: str) -> str:
    """A counted noun reduced for comparison: "Troops" -> "troop", "allies" -> "ally"."""
    w = word.lower().strip().removesuffix("’s").removesuffix("'s")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w
