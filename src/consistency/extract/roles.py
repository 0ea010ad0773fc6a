"""The role stated next to a person's name ("US State Department spokeswoman Jen Psaki", "Jen
Psaki, the White House press secretary"), and the vocabulary roles are made of.

A role is read from the words around a name that `extract.names` found: each word is classified by
table (head, modifier, nationality, ...) and the classes decide where the phrase starts and ends.
The tables are also what `compare.roles` compares roles with, and what `extract.names` knows is no
part of a name. This module knows nothing of the name index: callers pass `kind_of`, which says
what a capitalised word denotes, so the two modules import one way (names -> roles).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from consistency.model import EntityKind

# The kind of the known name a written word denotes; None for a word the fact sheet doesn't know.
KindOf = Callable[[str], EntityKind | None]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _tables(rows: str) -> tuple[dict[str, str], dict[str, str]]:
    """`Canonical: noun|noun / prefix|prefix` lines as two form -> canonical mappings."""
    nouns: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for row in rows.strip().splitlines():
        canonical, forms = row.split(":")
        noun_forms, prefix_forms = forms.split("/")
        nouns.update(dict.fromkeys(noun_forms.strip().split("|"), canonical))
        prefixes.update(dict.fromkeys(prefix_forms.strip().split("|"), canonical))
    return nouns, prefixes


# Cached: names and roles look up the same few hundred words of an article thousands of times.
@lru_cache(maxsize=1 << 14)
def lookup_form(text: str) -> str:
    """The form words are looked up in: lowercase, single spaces, straight apostrophes."""
    return " ".join(text.replace("’", "'").split()).lower()


# COUNTRIES are nouns: "President of Ukraine", "Russia's". NATIONALITIES stand before a title to
# give the person's country: "US Defense Secretary Lloyd Austin". A bare noun before a title is its
# subject, not a nationality: "a Russia researcher at the Carnegie Endowment" (seed 002). Keys are
# lowercase without dots ("U.S." is "us").
COUNTRIES, NATIONALITIES = _tables("""
United States: united states|america|usa|us / american|us|usa|united states
Russia: russia|russian federation / russian
Ukraine: ukraine / ukrainian
United Kingdom: united kingdom|britain|great britain|uk / british|uk
France: france / french
Germany: germany / german
China: china / chinese
Japan: japan / japanese
India: india / indian
Iran: iran / iranian
Israel: israel / israeli
Turkey: turkey|türkiye / turkish
Poland: poland / polish
Belarus: belarus / belarusian
Italy: italy / italian
Spain: spain / spanish
Canada: canada / canadian
Australia: australia / australian
Syria: syria / syrian
Afghanistan: afghanistan / afghan
Georgia: georgia / georgian
North Korea: north korea / north korean
South Korea: south korea / south korean
Saudi Arabia: saudi arabia / saudi
""")
# A role phrase needs one of these; "NATO" or "State Department" alone is not a role.
ROLE_HEADS = _words("""
president premier chancellor minister secretary spokesman spokeswoman spokesperson ambassador envoy
emissary leader counterpart adviser advisor aide official chief head director general admiral
commander colonel captain lieutenant marshal senator congressman congresswoman lawmaker legislator
governor mayor speaker chairman chairwoman chairperson chair ceo founder co-founder author
researcher analyst expert economist professor fellow scholar historian correspondent editor reporter
journalist columnist diplomat king queen prince princess emperor monarch pope sheikh emir sultan
predecessor successor negotiator commissioner prosecutor attorney judge executive manager officer
mp pm strategist secretary-general gen sen rep gov col adm sgt capt lt prof""")
# Words that may stand before the head: "Deputy Foreign Minister", "White House press secretary".
_MODIFIERS = _words("""
deputy vice assistant acting under associate prime first principal foreign defence defense interior
home finance economy economic trade state press white house department national security senior top
executive managing federal regional military presidential special permanent health justice energy
education agriculture environment transport science intelligence staff joint armed forces navy army
naval air force affairs policy public information communications development treasury labour labor
cabinet party opposition majority minority junior supreme high operating financial technology
marketing legal commercial information""")
_DETERMINERS = _words("the a an his her its their our your my")
# "then US Vice President Joe Biden and then Russian Prime Minister Vladimir Putin" (seed 000).
_MARKERS = _words("then former ex late onetime one-time erstwhile")
_PREPOSITIONS = _words("at for to in with on and")
# Words never part of a name, nor, capitalised, of a role: "Meanwhile", "On Tuesday, US President".
STOP_WORDS = _words("""
the a an and or but if in on at of for to from by with as after before when while since during over
about into than that this these those there here he she it they we i you his her its their our my
who what which where why how not no yes also however meanwhile both each every some any many most
other another such only even just still yet so now today yesterday tomorrow mr mrs ms dr sir dear
read related source home news print page back top january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday eastern
western northern southern east west north south central european soviet""")
# The words a title is made of, which no name is made of.
ROLE_WORDS = ROLE_HEADS | _MODIFIERS | _MARKERS | set(COUNTRIES) | set(NATIONALITIES)
# A sentence's first word is capitalised whatever it is, so there an unknown word joins the role
# only if it names a body that titles start with even without a head right after it ("Pentagon
# Press Secretary John F. Kirby") ...
_INSTITUTIONS = _words("""
pentagon kremlin elysee élysée whitehall downing vatican senate house congress parliament duma
knesset bundestag commerce homeland""")
# ... or stands right before the head ("Kremlin spokesman Dmitry Peskov") and is not one of the
# words that open sentences: "Later President Joe Biden", "Said Pentagon spokesman John Kirby".
_OPENERS = _words("""
later earlier instead again thus hence therefore moreover furthermore nevertheless nonetheless
besides otherwise next last once until unless because although though whereas whether unlike like
despite says said told wrote tell ask thank meet please let""")

# A word, with the dots of "U.S." inside it; written as runs of one class for speed.
_WORD = re.compile(r"[^\W_][\w’'-]*(?:\.(?=\w)[\w’'-]*)*")
_APPOSITION = re.compile(r",[ \t]+")
_APPOSITION_STOP = re.compile(r"[,;:()\"“”—–]")
_TAIL = 48  # characters `_walk_back` reads first; the titles of the seeds take up to 32
_CLOSES = re.compile(r"[ \t]*(?:,|[.;:!?]?[\"”’)]*[ \t]*$)")

# Word classes in a role phrase.
_DET, _MARK, _NAT, _NATP, _HEAD, _MOD, _OF, _PREP, _CAPS, _POSS = range(10)
_BODY = frozenset((_HEAD, _MOD, _CAPS, _NAT, _POSS))
_Part = tuple[int, int, int]  # start, end, class


@dataclass(frozen=True)
class Role:
    """A role phrase's span in the scanned text, the country it states, and if it is past."""

    start: int
    end: int
    country: str | None
    historical: bool


def find_role(
    scan: str, start: int, end: int, sentence: tuple[int, int], kind_of: KindOf
) -> Role | None:
    """The role stated before the name at `start:end`, in apposition before it, or after it."""
    s0, s1 = sentence
    lo = max(s0, start - 160)
    role = _assemble(scan, _walk_back(scan, lo, start, lo == s0, kind_of))
    if role is None:
        comma = lo + len(scan[lo:start].rstrip(" \t\u00a0")) - 1
        # "the ambassador, Anatoly Antonov, would only return" (seed 004)
        if comma >= lo and scan[comma] == "," and _CLOSES.match(scan, end, s1):
            role = _assemble(scan, _walk_back(scan, lo, comma, lo == s0, kind_of))
    return role or _role_after(scan, end, s1, kind_of)


def _is_head(bare: str) -> bool:
    return bare in ROLE_HEADS or any(part in ROLE_HEADS for part in bare.split("-"))


def _classify(word: str, kind_of: KindOf, following: str | None = None) -> int | None:
    """The class of `word` in a role phrase, or None when it can't be part of one.

    `following` is the word after `word` when `word` opens the sentence, None elsewhere.
    """
    cls = _word_class(word)
    if cls not in (_CAPS, _POSS):
        return cls
    kind = kind_of(word)
    if kind is EntityKind.PERSON:
        return None  # "Biden’s predecessor, Donald Trump" (seed 003): Biden isn't in the role
    low = lookup_form(word).replace(".", "")
    if following is not None and kind is None and not word.isupper() and not _opens(low, following):
        return None  # "Echoing NATO Secretary-General Jens Stoltenberg" (seed 002)
    return cls  # "Jens Stoltenberg, NATO’s secretary general"


# Cached: the same few words stand before every name, and this part doesn't depend on the index.
@lru_cache(maxsize=1 << 14)
def _word_class(word: str) -> int | None:
    """The class of `word` by the tables; _CAPS or _POSS for a capitalised word they don't hold."""
    low = lookup_form(word).replace(".", "")
    if low in _DETERMINERS:
        return _DET
    if low in _MARKERS:
        return _MARK
    if low.endswith("'s") and (low[:-2] in COUNTRIES or low[:-2] in NATIONALITIES):
        return _NATP  # "Russia’s defence minister, Sergei Shoigu" (seed 004)
    if word[0].isupper() and low in NATIONALITIES:
        return _NAT
    bare = low.split("-", 1)[1] if low.startswith(("ex-", "then-")) else low
    if _is_head(bare):
        return _HEAD
    if bare in _MODIFIERS:
        return _MOD
    if low == "of":
        return _OF
    if low in _PREPOSITIONS:
        return _PREP
    if not word[0].isupper() or low in STOP_WORDS:
        return None
    return _POSS if low.endswith("'s") else _CAPS


def _opens(low: str, following: str) -> bool:
    """True when `low`, an unknown word opening a sentence, is the first word of the title.

    Without this, "Pentagon spokeswoman Jen Psaki claimed" (seed 001 as tests/test_facts_bite.py
    changes it) gave "spokeswoman", which agrees with her "White House spokeswoman".
    """
    after = lookup_form(following).replace(".", "")
    if low in _INSTITUTIONS or f"{low} {after}" in NATIONALITIES:  # "United States Secretary"
        return True
    if low in _OPENERS or low.endswith(("ly", "ing", "ed")):  # "Echoing", "Asked", "Separately"
        return False
    return _is_head(after)


def _walk_back(scan: str, lo: int, end: int, initial: bool, kind_of: KindOf) -> list[_Part]:
    """The words before `end` that can make a title, read back to a determiner or a stop."""
    # A title is a few words, so read first only the words after a space some way back: no word
    # holds a space, so they are the window's last words whatever the window's start. All the
    # window is read when the title may reach its first word or further back.
    cut = scan.rfind(" ", lo, max(lo, end - _TAIL))
    if cut > lo:
        parts, first_read = _read_back(
            scan, list(_WORD.finditer(scan, cut, end)), end, False, kind_of
        )
        if first_read > 0:
            return parts
    return _read_back(scan, list(_WORD.finditer(scan, lo, end)), end, initial, kind_of)[0]


def _read_back(
    scan: str, words: list[re.Match[str]], end: int, initial: bool, kind_of: KindOf
) -> tuple[list[_Part], int]:
    """`_walk_back` on these words, and the index of the first word it had to read (-1: none)."""
    classes: dict[int, int | None] = {}
    first_read = len(words)

    def class_at(n: int) -> int | None:
        nonlocal first_read
        first_read = min(first_read, n)
        gap_end = words[n + 1].start() if n + 1 < len(words) else end
        # Only spaces, or the dot of "Gen. Mark Milley", may stand between the words of a title:
        # "On Tuesday, US President Joe Biden" (seed 002) starts after the comma.
        if n < 0 or scan[words[n].end() : gap_end].strip(" \t\u00a0") not in ("", "."):
            return None
        if n not in classes:
            nxt = (words[1].group() if len(words) > 1 else "") if initial and n == 0 else None
            classes[n] = _classify(words[n].group(), kind_of, nxt)
        return classes[n]

    parts: list[_Part] = []
    n = len(words) - 1
    while (cls := class_at(n)) is not None:
        # "Russia's ambassador to the US, Anatoly Antonov": a preposition only after a head.
        if cls in (_PREP, _OF) and class_at(n - 1) != _HEAD:
            break
        parts.append((words[n].start(), words[n].end(), cls))
        in_tail = cls == _DET and class_at(n - 1) in (_PREP, _OF) and class_at(n - 2) == _HEAD
        if cls in (_NATP, _POSS) or (cls == _DET and not in_tail):
            break
        n -= 1
    return parts[::-1], first_read


def _role_after(scan: str, end: int, s1: int, kind_of: KindOf) -> Role | None:
    """ "Jen Psaki, the White House press secretary, said": the phrase up to the next comma."""
    m = _APPOSITION.match(scan, end, s1)
    if m is None:
        return None
    stop = _APPOSITION_STOP.search(scan, m.end(), s1)
    parts: list[_Part] = []
    for w in _WORD.finditer(scan, m.end(), stop.start() if stop else s1):
        cls = _classify(w.group(), kind_of)
        if cls is None or len(parts) > 14:
            return None
        parts.append((w.start(), w.end(), cls))
    return _assemble(scan, parts)


def _assemble(scan: str, parts: list[_Part]) -> Role | None:
    """The role in classified words, with leading determiners, markers and nationality set aside."""
    country, historical, k = None, False, 0
    while k < len(parts):
        pair = lookup_form(scan[parts[k][0] : parts[k + 1][1]]) if k + 1 < len(parts) else ""
        if country is None and pair in NATIONALITIES:  # "United States Secretary of State"
            country, k = NATIONALITIES[pair], k + 2
            continue
        if parts[k][2] == _MARK:
            historical = True
        elif parts[k][2] in (_NAT, _NATP) and country is None:
            country = _nation(scan[parts[k][0] : parts[k][1]])
        elif parts[k][2] not in (_DET, _OF):
            break
        k += 1
    body = parts[k:]
    heads = [n for n, part in enumerate(body) if part[2] == _HEAD]
    if not heads or any(c not in _BODY for _, _, c in body[: heads[-1]]):
        return None
    head, tail = body[: heads[-1] + 1], body[heads[-1] + 1 :]
    if tail and (tail[0][2] not in (_OF, _PREP) or any(c in (_NATP, _MARK) for _, _, c in tail)):
        return None
    # "Secretary of State", "researcher at the Carnegie Endowment for International Peace" (seed
    # 002); a dangling "of" is dropped: "Ivan Dikov, the founder of, is the author" (seed 000).
    end = max((e for _, e, c in tail if c in _BODY), default=head[-1][1])
    start = body[0][0]
    if scan[start : start + 5].lower().startswith(("ex-", "then-")):  # "ex-president"
        start, historical = scan.index("-", start) + 1, True
    if country is None:  # "Deputy Russian Foreign Minister"
        country = next((_nation(scan[s:e]) for s, e, c in head if c == _NAT), None)
    return Role(start, end, country, historical)


def _nation(word: str) -> str | None:
    low = lookup_form(word).replace(".", "").removesuffix("'s")
    return NATIONALITIES.get(low) or COUNTRIES.get(low)
