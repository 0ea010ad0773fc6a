"""Whether a role stated in an article fits the office a fact sheet declares for that person.

A role is read as an office: its head ("minister", "spokesperson"), rank ("deputy"), institution
("White House"), portfolio (a minister's or secretary's, or a ministry's: "defence"), country
("Russia's", "Moscow's") and posting ("to the United States"). A stated role agrees when its
words are among those of the declared role or of one of its other wordings, so "press secretary"
agrees with "White House press secretary" and "envoy" with "ambassador".

An editor ignores a checker that cries wolf, so a stated role contradicts the declared one only
on positive evidence of another office:

(a) it is one of the fact's `not` roles: "State Department spokeswoman" for Jen Psaki;
(b) it gives another country or posting: "Russian Foreign Minister Dmytro Kuleba";
(c) it names an institution that no declared wording names, where they name one: "Pentagon
    spokeswoman" for the White House press secretary;
(d) its portfolio is none of those declared ("Foreign Minister" for the defence minister), or its
    head is of another class than every declared head of its family ("Prime Minister" for the
    President of Ukraine, "foreign minister" for an ambassador);
(e) it names the same office at another rank: "Foreign Minister" for the deputy foreign minister,
    "Vice President" for the President.

Anything else is no claim: a head of no class ("leader", "counterpart", "commander-in-chief"),
qualifiers ("the new US President"), a military rank for a civil office ("Gen. Lloyd Austin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from consistency.extract.roles import COUNTRIES, NATIONALITIES, ROLE_HEADS
from consistency.facts import PersonFact


class RoleVerdict(str, Enum):
    """What a stated role says about the declared one."""

    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    UNKNOWN = "unknown"


def _forms(rows: str) -> dict[str, str]:
    """`canonical: form|form` lines as a form -> canonical mapping."""
    table: dict[str, str] = {}
    for row in rows.strip().splitlines():
        canonical, forms = row.split(":")
        table.update(dict.fromkeys(forms.strip().split("|"), canonical.strip()))
    return table


# Spellings of one word; words are looked up in the form on the right.
_SAME = _forms("""
spokesperson: spokesman|spokeswoman
defence: defense
adviser: advisor
chair: chairman|chairwoman|chairperson
labour: labor
centre: center
""")
# Offices by class, each form the office on the left: an envoy is an ambassador, and a White
# House press secretary a spokesperson. A head of no class ("leader", "official", "chief", "head",
# ROLE_HEADS less these) names no office: "Ukrainian leader Volodymyr Zelensky" (seed 004).
_CIVIL = _forms("""
president: president
prime minister: prime minister|premier|pm
minister: minister
secretary: secretary
spokesperson: spokesperson|press secretary
ambassador: ambassador|envoy
secretary-general: secretary general
attorney general: attorney general
chancellor: chancellor
governor: governor|gov
mayor: mayor
senator: senator|sen
representative: representative|rep|congressman|congresswoman
speaker: speaker
chief executive: chief executive officer|chief executive|ceo
chief financial officer: chief financial officer|cfo|finance chief
chief operating officer: chief operating officer|coo
king: king
queen: queen
pope: pope
emperor: emperor
""")
# A military rank says nothing of a civil office: Lloyd Austin is a retired general.
_MILITARY = _forms("general: general|gen\nadmiral: admiral|adm\ncolonel: colonel|col")
_UNCLASSED = ("commander in chief", "director general", "surgeon general", "inspector general")
# "top diplomat" is read from "top" or "chief" before "diplomat".
_FAMILY = dict.fromkeys((*_CIVIL.values(), "top diplomat"), "civil")
_FAMILY |= dict.fromkeys(_MILITARY.values(), "military")
# A top diplomat is a foreign minister or secretary; a bare "secretary" may be short for "press
# secretary" or "secretary-general" (but "Secretary of State" has a portfolio: it is not).
_COMPATIBLE = frozenset(frozenset(("top diplomat", head)) for head in ("minister", "secretary"))
_SHORT_FOR = {"secretary": frozenset(("spokesperson", "secretary-general"))}
# Institutions, whatever the head: "State Department spokeswoman". A ministry is named by its
# portfolio, so "Pentagon chief" and "Defense Secretary" work in the same one.
_BODIES = _forms("""
white house: white house
kremlin: kremlin
foreign: state department|department of state
foreign: foreign ministry|ministry of foreign affairs|foreign office
defence: pentagon|defence ministry|ministry of defence|defence department|department of defence
finance: treasury|treasury department|department of treasury|finance ministry|ministry of finance
interior: interior ministry|ministry of interior|home office
justice: justice department|department of justice|justice ministry|ministry of justice
nato: nato|north atlantic treaty organization
un: un|united nations
eu: eu|european union
senate: senate
house: house|house of representatives
congress: congress
duma: duma|state duma
""")
_BODY_COUNTRY = {"kremlin": "Russia"} | dict.fromkeys(
    ("white house", "state department", "department of state", "pentagon"), "United States"
)
_WITHIN = {"senate": "congress", "house": "congress"}  # a senator is in Congress
# The portfolio a word gives a minister or a secretary: "Defense Secretary", "Secretary of State"
# (the US foreign minister, unlike a "head of state" or a British "minister of state"). The same
# word before another head is just a word: a "foreign policy adviser" is in no ministry.
_PORTFOLIOS = _forms("""
foreign: foreign|foreign affairs
defence: defence
interior: interior|home|homeland security
finance: finance
justice: justice
health: health
education: education
trade: trade
commerce: commerce
energy: energy
agriculture: agriculture
transport: transport
environment: environment
economy: economy
labour: labour
""")
_PORTFOLIO_HEADS = frozenset(("minister", "secretary"))
_AREAS = frozenset(_PORTFOLIOS.values())
# A rank the stated role must repeat: "Foreign Minister Sergei Ryabkov" makes the deputy foreign
# minister a minister (seed 002 has it right: "Deputy Foreign Minister Sergei Ryabkov").
_RANKS = {"vice": "deputy"} | {
    r: r for r in "deputy assistant acting under associate first principal".split()
}
# Words that say nothing of the office: "the new US President Joe Biden".
_QUALIFIERS = frozenset("new incoming newly elected top current sitting outgoing longtime".split())
_HEAD_QUALIFIERS = frozenset(("chief",))  # "chief spokesman"; but "NATO chief" is a head
_CAPITALS = _forms("""
Russia: moscow
United States: washington
Ukraine: kyiv|kiev
United Kingdom: london
France: paris
Germany: berlin
China: beijing
""")
_PREPOSITIONS = frozenset(("of", "for", "to", "in", "at", "on"))
_POSTED = frozenset(("to", "in", "at"))  # "ambassador to the United States", "envoy in Kyiv"
_DROP = frozenset(("the", "a", "an", "and", "his", "her", "its", "their"))
_SPLIT = re.compile(r"[\s\-–—/,;:()]+")


@dataclass(frozen=True)
class _Entry:
    kind: str  # nation, nationality, capital, body, head, portfolio, rank, qualifier, prep, word
    # The canonical form: a class of head ("ambassador" for "envoy"), a portfolio, a country...
    value: str
    country: str | None = None  # of a place, or of an institution: "Pentagon spokeswoman"


def _lexicon() -> dict[str, _Entry]:
    lex = {w: _Entry("head", w) for w in ROLE_HEADS if "-" not in w}
    lex |= {f: _Entry("head", c) for f, c in (_CIVIL | _MILITARY).items()}
    lex |= {f: _Entry("head", f) for f in _UNCLASSED}
    lex |= {f: _Entry("portfolio", d) for f, d in _PORTFOLIOS.items()}
    lex |= {f: _Entry("body", d, _BODY_COUNTRY.get(f)) for f, d in _BODIES.items()}
    lex |= {f: _Entry("rank", r) for f, r in _RANKS.items()}
    lex |= {f: _Entry("qualifier", f) for f in _QUALIFIERS}
    lex |= {f: _Entry("prep", f) for f in _PREPOSITIONS}
    lex |= {f: _Entry("capital", f, c) for f, c in _CAPITALS.items()}
    lex |= {f: _Entry("nation", c.lower(), c) for f, c in COUNTRIES.items()}
    lex["united states of america"] = _Entry("nation", "united states", "United States")
    return lex | {f: _Entry("nationality", c.lower(), c) for f, c in NATIONALITIES.items()}


_LEXICON = _lexicon()


@dataclass(frozen=True)
class _Role:
    words: frozenset[str]
    country: str | None
    posting: str | None
    head: str | None
    ranks: frozenset[str]
    bodies: frozenset[str]
    portfolios: frozenset[str]


def _tokens(phrase: str) -> list[str]:
    """Lowercase words, with "'s" kept and dots dropped: "U.S." is "us"."""
    words = []
    for raw in _SPLIT.split(phrase.lower().replace("’", "'").replace(".", "")):
        word = raw.strip("\"“”'")
        base = word.removesuffix("'s")
        if base and base not in _DROP:
            words.append(_SAME.get(base, base) + word[len(base) :])
    return words


def _entries(phrase: str) -> list[tuple[_Entry, bool]]:
    """The lexicon's entries for a phrase, longest first, each with whether it is possessive."""
    words = _tokens(phrase)
    found = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            key = " ".join(words[i : i + n]).removesuffix("'s")
            if key in _LEXICON or n == 1:
                found.append(
                    (_LEXICON.get(key, _Entry("word", key)), words[i + n - 1].endswith("'s"))
                )
                i += n
                break
    return found


class _Reader:
    """Reads a role phrase's entries, in order, into a `_Role`."""

    def __init__(self) -> None:
        self.prev = ""
        self.core = True  # before the first preposition, where the head and its rank are
        self.head: str | None = None
        self.top = False
        self.country: str | None = None
        self.implied: str | None = None  # of an institution
        self.posting: str | None = None
        self.words: set[str] = set()
        self.ranks: set[str] = set()
        self.bodies: set[str] = set()
        self.portfolios: set[str] = set()

    def read(self, entry: _Entry, possessive: bool) -> None:
        kind, value = entry.kind, entry.value
        if kind == "prep":
            self.core = False
        elif kind in ("nation", "nationality", "capital"):
            self._place(entry, possessive)
        elif kind == "body" and self.prev in _POSTED:  # "ambassador to NATO"
            self.posting = entry.country.lower() if entry.country else value
        elif kind == "body":
            self.bodies.add(value)
            self.implied = self.implied or entry.country
        elif kind == "head":
            self._head(value)
        elif kind == "portfolio":
            self.portfolios.add(value)
        elif kind == "rank":
            (self.ranks if self.core else self.words).add(value)
        elif kind == "qualifier":
            self.top = self.top or value == "top"
        else:
            self.words.add(value)
        self.prev = value

    def _place(self, entry: _Entry, possessive: bool) -> None:
        of_nation = (entry.kind, self.prev) == ("nation", "of")  # "President of Ukraine"
        if self.prev in _POSTED and entry.country:  # "Russia's ambassador to the United States"
            self.posting = entry.country.lower()
        elif possessive or entry.kind == "nationality" or of_nation:
            self.country = self.country or entry.country  # "Moscow's", "Russian"
        else:  # "a Russia researcher" (seed 002), "Governor of Washington"
            self.words.add(entry.value)

    def _head(self, value: str) -> None:
        if not self.core:
            self.words.add(value)
            return
        if self.head in _HEAD_QUALIFIERS:  # "chief spokesman", "chief diplomat"
            self.words.discard(self.head)
            self.top = True
        self.head = "top diplomat" if value == "diplomat" and self.top else value
        self.words.add(self.head)

    def role(self, country: str | None) -> _Role:
        head, words, portfolios = self.head, self.words | self.ranks, self.bodies & _AREAS
        if head == "top diplomat" and self.posting:  # "Russia's top diplomat in Washington"
            head = "ambassador"
            words = words - {"top diplomat"} | {head}
        elif head == "top diplomat":
            portfolios.add("foreign")
        if head in _PORTFOLIO_HEADS:
            portfolios |= self.portfolios
            if head == "secretary" and "state" in words:  # "Secretary of State"
                words.remove("state")
                portfolios.add("foreign")
        else:
            words |= self.portfolios
        posting = {self.posting} if self.posting else set()
        return _Role(
            frozenset(words | self.bodies | portfolios | posting),
            country or self.country or self.implied,
            self.posting,
            head,
            frozenset(self.ranks),
            frozenset(self.bodies),
            frozenset(portfolios),
        )


def _normalise(phrase: str, country: str | None = None) -> _Role:
    """The office a phrase names: "Russia's defence minister" is a defence minister in Russia."""
    reader = _Reader()
    for entry, possessive in _entries(phrase):
        reader.read(entry, possessive)
    return reader.role(country)


def _fits(stated: _Role, declared: _Role) -> bool:
    if stated.country and declared.country and stated.country != declared.country:
        return False
    # "Foreign Minister" is not "deputy foreign minister": a declared rank must be stated.
    return bool(stated.words) and stated.words <= declared.words and declared.ranks <= stated.ranks


def _elsewhere(stated: _Role, declared: list[_Role]) -> bool:
    """(b): the stated role is in another country, or posted to another."""
    home = next((d.country for d in declared if d.country), None)
    if stated.country and home and stated.country != home:
        return True
    postings = {d.posting for d in declared if d.posting}
    return bool(stated.posting and postings and stated.posting not in postings)


def _other_office(stated: _Role, declared: list[_Role]) -> bool:
    """(c), (d) and (e): another institution or portfolio, another office, or another rank."""
    bodies = {b for d in declared for b in d.bodies}
    bodies |= {_WITHIN[b] for b in bodies if b in _WITHIN}
    if bodies and not stated.bodies <= bodies:
        return True
    portfolios = {p for d in declared for p in d.portfolios}
    if portfolios and not stated.portfolios <= portfolios:
        return True
    family = _FAMILY.get(stated.head or "")
    if family is None:
        return False
    known = [d for d in declared if _FAMILY.get(d.head or "") == family]
    same = [d for d in known if _same_office(stated, d)]
    if not same:
        return bool(known)
    return all(d.ranks != stated.ranks for d in same)


def _same_office(stated: _Role, declared: _Role) -> bool:
    if stated.head == declared.head or frozenset((stated.head, declared.head)) in _COMPATIBLE:
        return True
    return not stated.portfolios and declared.head in _SHORT_FOR.get(stated.head or "", ())


def role_matches(role: str, country: str | None, phrase: str) -> bool:
    """True when `role` (with `country`, as stated) is a way of saying the role `phrase`.

    >>> role_matches("press secretary", None, "White House press secretary")
    True
    >>> role_matches("Foreign Minister", "Russia", "Ukraine's foreign minister")
    False
    """
    return _fits(_normalise(role, country), _normalise(phrase))


def compare_role(role: str, country: str | None, fact: PersonFact) -> RoleVerdict:
    """Whether `role` (with `country`, as stated) agrees with the role `fact` declares.

    A past office ("then US Vice President Joe Biden", `Entity.historical`) is no claim about the
    present one: callers don't compare it.
    """
    stated = _normalise(role, country)
    if not stated.words:
        return RoleVerdict.UNKNOWN
    for wrong in map(_normalise, fact.not_roles):  # (a)
        if (
            wrong.words
            and wrong.words <= stated.words
            and (not (wrong.country and stated.country) or wrong.country == stated.country)
        ):
            return RoleVerdict.CONTRADICTS
    if fact.role is None:
        return RoleVerdict.UNKNOWN
    declared = [_normalise(p) for p in (fact.role, *fact.role_aliases)]
    if _elsewhere(stated, declared):
        # "Russian Foreign Minister Dmytro Kuleba": the country is a claim even where the office
        # word is vague ("Russian leader Volodymyr Zelensky").
        return RoleVerdict.CONTRADICTS
    if any(_fits(stated, d) for d in declared):
        return RoleVerdict.AGREES
    return RoleVerdict.CONTRADICTS if _other_office(stated, declared) else RoleVerdict.UNKNOWN
