"""One person, two spellings: "Volodymyr Zelensky" in one article, "Volodymyr Zelenskiy" in another.

A fact sheet's aliases settle a spelling (the extractor then reports the sheet's name); what no
sheet settles is a warning on the articles that use the rarer spelling, with the common one quoted.
Only full names are compared, and only when the forenames match: "John Johnson" and "Jane
Johnston" are two people, "Mohammed bin Salman" and "Mohammad bin Salman" one.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from consistency.articles import Article
from consistency.checks.findings import SOURCE
from consistency.model import Claim, Entity, EntityKind, Finding, Severity

_PEOPLE = (EntityKind.PERSON, EntityKind.UNKNOWN)
_MIN_LENGTH = 5  # "Li" and "Lee" are two names, not two spellings


def spelling_findings(story: Sequence[tuple[Article, Sequence[Claim]]]) -> list[Finding]:
    """Warnings for names spelled two ways across the story's articles."""
    uses: dict[str, list[tuple[Article, Entity]]] = defaultdict(list)
    for article, claims in story:
        for c in claims:
            if isinstance(c, Entity) and c.kind in _PEOPLE and not c.fuzzy and " " in c.value:
                uses[c.value].append((article, c))
    names = sorted(uses)
    paths = {name: {article.path for article, _ in uses[name]} for name in names}
    findings: list[Finding] = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if not variants(a, b):
                continue
            # An article naming both means two people: "Speaker Mike Johnson" and "Denver's
            # mayor, Mike Johnston".
            if paths[a] & paths[b]:
                continue
            common, rare = sorted((a, b), key=lambda n: (-len(paths[n]), n))
            first = uses[common][0]
            for article, entity in uses[rare]:
                if article.path != first[0].path:
                    findings.append(_finding(article, entity, first[0], first[1]))
    return findings


def same_person(a: str, b: str) -> bool:
    """Whether two names are one person's: one surname, accents aside, or spelling variants."""
    return plain(a).split()[-1:] == plain(b).split()[-1:] or variants(a, b)


def plain(name: str) -> str:
    """Text without its accents: "Erdoğan" is written "Erdogan" in many newsrooms."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# Places (and a few names) newsrooms spell two ways, one word each: transliterations from
# Ukrainian, Russian and Arabic (Kyiv/Kiev, the design card's own example) and names a style
# guide changed. Multi-word names ("Ivory Coast") are left to the fact sheet's aliases.
_PLACE_SPELLINGS = (
    "kyiv kiev", "kharkiv kharkov", "odesa odessa", "lviv lvov", "luhansk lugansk",
    "mykolaiv nikolaev nikolayev", "zaporizhzhia zaporizhia zaporozhye", "dnipro dnepr",
    "chornobyl chernobyl", "donbas donbass", "bakhmut artemivsk", "vinnytsia vinnitsa",
    "chernihiv chernigov", "myanmar burma", "beijing peking", "mumbai bombay",
    "kolkata calcutta", "chennai madras", "turkiye turkey", "eswatini swaziland",
    "belarus byelorussia", "moldova moldavia", "kyrgyzstan kirghizia", "tbilisi tiflis",
    "almaty alma-ata", "gaddafi qaddafi kadhafi", "al-qaeda al-qaida",
)  # fmt: skip
_SPELLINGS = {w: frozenset(line.split()) for line in _PLACE_SPELLINGS for w in line.split()}


def spellings(word: str) -> frozenset[str]:
    """A lowercase word and the other spellings of the place it names: "kiev" -> kyiv, kiev."""
    return _SPELLINGS.get(word, frozenset((word,)))


def variants(a: str, b: str) -> bool:
    """Whether two full names are one name spelled two ways (accents aside: "Erdoğan" and
    "Erdogan" are one spelling in two character sets, not a misspelling)."""
    *fore_a, last_a = plain(a).split()
    *fore_b, last_b = plain(b).split()
    if fore_a != fore_b or last_a == last_b or min(len(last_a), len(last_b)) < _MIN_LENGTH:
        return False
    if last_a[0].lower() != last_b[0].lower():
        return False
    return Levenshtein.distance(last_a.lower(), last_b.lower()) <= 2


def _finding(article: Article, entity: Entity, other: Article, their: Entity) -> Finding:
    where = article.location(entity.start, entity.end)
    there = other.location(their.start, their.end)
    return Finding(
        kind=SOURCE,
        severity=Severity.WARNING,
        where=where,
        message=f'the article spells the name "{entity.value}"; {other.path}:{there.line} '
        f'spells it "{their.value}" (add the spelling you use to the fact sheet as an alias)',
        found=entity.value,
        other=there,
    )
