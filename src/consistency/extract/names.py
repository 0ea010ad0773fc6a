"""Names in an article: the people, places and organisations a fact sheet knows, each with the
role stated next to a person's name (read by `extract.roles`).

Names are looked for only in runs of capitalised words, so one regex pass finds every candidate and
the rest is dictionary lookups. Known names win; a name the fact sheet doesn't know is reported only
with a role attached, because without one nothing about it can be checked, and a run of capitalised
words is as often a place, a body or a headline as a person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from consistency.articles import title_case
from consistency.extract.roles import (
    COUNTRIES,
    ROLE_WORDS,
    STOP_WORDS,
    find_role,
    lookup_form,
)
from consistency.facts import Fact, NameFact, PersonFact
from consistency.model import Entity, EntityKind


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words of places and bodies: "Black Sea", "Cold War", "Carnegie Endowment" are not people.
_BODIES = _words("""
ministry office council committee commission agency bureau service union federation republic kingdom
states nations organisation organization alliance parliament congress senate assembly court guard
police university institute endowment foundation center centre group bank fund company corporation
times post journal network sea ocean river lake mountains peninsula island islands bay gulf strait
coast region province county city street square war treaty memorandum accord agreement revolution
summit conference pact airport station church hospital school college museum hour peace""")
_NOT_NAME = STOP_WORDS | _BODIES | ROLE_WORDS
_SUFFIXES = _words("jr jr. sr sr. ii iii iv")
_PARTICLES = "de|da|di|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|ter|ten|ben"

_UP = "A-ZÀ-ÖØ-Þ"
# A capitalised word ("Secretary-General", "O'Neill", not the "'s" of "Kuleba's"), an initial
# ("Joseph R. Biden") or an abbreviation ("U.S."); runs of them, with particles ("von der Leyen").
_TOK = rf"(?:[{_UP}]\.){{2,}}|[{_UP}]\.(?=[ \t])|[{_UP}][^\W\d_]*(?:[-'’](?!s\b)[^\W\d_]+)*"
_SEP = r"[ \t\u00a0]+"
# A run's first _TOK with its capital taken out in front, so that the regex engine skips straight
# to capitals (twice as fast); the look-behind then checks what stands before that capital. Group 1,
# the words after the first, is None for a run of one word.
_FIRST = rf"[{_UP}](?<![\w.].)(?:\.(?:[{_UP}]\.)+|\.(?=[ \t])|[^\W\d_]*(?:[-'’](?!s\b)[^\W\d_]+)*)"
_RUN = re.compile(rf"{_FIRST}((?:{_SEP}(?:(?:{_PARTICLES}){_SEP})*(?:{_TOK}))+)?")
# `_TOKEN` reads a run of one word as `_RUN` read it unless `_RUN` looked past the word's end: at
# the dot of "A." (`(?=[ \t])`) or at an "s" after an apostrophe or a hyphen (`(?!s\b)`).
_LOOKED_PAST = (".", "'s", "’s", "-s")
_TOKEN = re.compile(rf"{_TOK}|\b(?:{_PARTICLES})\b")
_INITIAL = re.compile(rf"[{_UP}]\.")
_JR = re.compile(r",?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV)(?![\w])")
_OF_COUNTRY = re.compile(
    rf"{_SEP}of{_SEP}(?:the{_SEP})?([{_UP}][\w.]*?)(?:\.?{_SEP}([{_UP}]\w*))?\b"
)
_FUZZY_MIN = 85
_SOFT = frozenset("aeiouyjhw")
_ENDINGS = _words("s es y n an ian ns ans ese ish ism ist ists ite ites ed er ers ing ly")


@dataclass(frozen=True)
class KnownName:
    """What a written name resolves to: the fact sheet's name, its kind and fact id."""

    value: str
    kind: EntityKind
    fact_id: str
    fuzzy: bool = False


_Memo = dict[str, KnownName | None]


class NameIndex:
    """The names a fact sheet declares, by every written form they may take."""

    __slots__ = (
        "_exact",
        "_exact_cs",
        "_first",
        "_given",
        "_resolved",
        "_surnames",
        "_targets",
        "_words",
    )

    def __init__(self, entries: Iterable[tuple[KnownName, Sequence[str]]]) -> None:
        self._exact: dict[str, KnownName] = {}
        self._exact_cs: dict[str, KnownName] = {}
        self._given: dict[str, frozenset[str]] = {}
        self._words: _Memo = {}  # by written word, for `word` and `resolve`
        self._resolved: _Memo = {}
        surnames: dict[str, set[KnownName]] = {}
        for known, forms in entries:
            given: set[str] = set()
            for form in forms:
                words = lookup_form(form).removeprefix("the ").replace(",", "").split()
                if form.isupper() and len(form) <= 5:
                    self._exact_cs[form] = known  # "NATO", but not "N ATO" (seed 000) or "Nato"
                elif words:
                    self._exact.setdefault(" ".join(words), known)
                names = [w for w in words if w not in _SUFFIXES]
                if known.kind is EntityKind.PERSON and len(names) >= 2:
                    surnames.setdefault(names[-1], set()).add(known)
                    given.update(names[:-1])
            self._given[known.fact_id] = frozenset(given)
        # A surname two people share stands for neither of them.
        self._surnames = {s: next(iter(k)) for s, k in surnames.items() if len(k) == 1}
        self._first: dict[str, int] = {}  # the first word of a name of 2+ words -> most words
        for k in self._exact:
            if " " in k:
                self._first[k.split()[0]] = max(self._first.get(k.split()[0], 0), k.count(" ") + 1)
        self._targets: dict[str, list[tuple[str, KnownName]]] = {}
        singles = {k: v for k, v in self._exact.items() if " " not in k}
        for word, known in {**singles, **self._surnames}.items():
            if len(word) >= 5:
                self._targets.setdefault(word[0], []).append((word, known))

    @classmethod
    def from_facts(cls, facts: Iterable[Fact]) -> NameIndex:
        """The index of the people, places and organisations among `facts`."""
        entries: list[tuple[KnownName, Sequence[str]]] = []
        for fact in facts:
            if isinstance(fact, PersonFact):
                known = KnownName(fact.name, EntityKind.PERSON, fact.id)
            elif isinstance(fact, NameFact):
                kind = EntityKind.PLACE if fact.kind == "place" else EntityKind.ORGANISATION
                known = KnownName(fact.name, kind, fact.id)
            else:
                continue
            entries.append((known, (fact.name, *fact.aliases)))
        return cls(entries)

    @classmethod
    def empty(cls) -> NameIndex:
        """An index that knows no name."""
        return cls(())

    def resolve(self, written: str) -> KnownName | None:
        """The known name `written` denotes: a declared form, a surname, or a spelling variant."""
        if written in self._resolved:  # roles ask again for each name near the same words
            return self._resolved[written]
        return _remember(self._resolved, written, self._resolve(written))

    def _resolve(self, written: str) -> KnownName | None:
        text = re.sub(r"['’]s?$", "", " ".join(written.split()))
        if not text or text.islower():
            return None
        words = lookup_form(text).removeprefix("the ").split()
        return (
            self.exact(text.split())
            or self._exact.get(" ".join(words))
            or (self.single(text) if len(words) == 1 else None)
        )

    def kind(self, written: str) -> EntityKind | None:
        """The kind of the known name `written` denotes, None when it denotes none."""
        known = self.resolve(written)
        return known.kind if known else None

    def exact(self, words: Sequence[str]) -> KnownName | None:
        """The name written exactly as these words, if declared."""
        if len(words) == 1 and words[0] in self._exact_cs:
            return self._exact_cs[words[0]]
        return self._exact.get(lookup_form(" ".join(words)))

    def longest(self, words: Sequence[str], i: int) -> tuple[int, KnownName] | None:
        """The longest declared name of two or more words starting at `words[i]`, with its end."""
        width = self._first.get(lookup_form(words[i]))
        if width is None:
            return None
        for j in range(min(len(words), i + width), i + 1, -1):
            known = self.exact(words[i:j])
            if known is not None:
                return j, known
        return None

    def word(self, word: str) -> KnownName | None:
        """The known name one word of a run denotes alone: a declared form or `single`, cached."""
        if word in self._words:
            return self._words[word]
        known = self.exact((word,))
        if known is None and word[1:2].islower() and lookup_form(word) not in _NOT_NAME:
            known = self.single(word)
        return _remember(self._words, word, known)

    def single(self, word: str) -> KnownName | None:
        """A person's surname alone ("Psaki") or a spelling variant ("Zelenskyy")."""
        low = lookup_form(word)
        known = self._surnames.get(low)
        if known is None and len(low) >= 5 and low not in _NOT_NAME:
            known = self._fuzzy(low)
        return known

    def given_names(self, fact_id: str) -> frozenset[str]:
        """The lowercased forenames and initials a person is written with."""
        return self._given.get(fact_id, frozenset())

    def _fuzzy(self, low: str) -> KnownName | None:
        hits = {
            known
            for target, known in self._targets.get(low[0], ())
            if abs(len(target) - len(low)) <= 2
            and fuzz.ratio(low, target) >= _FUZZY_MIN
            and _spelling_variant(low, target)
        }
        if len({k.fact_id for k in hits}) != 1:
            return None
        known = hits.pop()
        return KnownName(known.value, known.kind, known.fact_id, fuzzy=True)


def _remember(cache: _Memo, word: str, known: KnownName | None) -> KnownName | None:
    """`known`, stored under `word`; a full cache is emptied, so that it stays bounded."""
    if len(cache) > 100_000:
        cache.clear()
    cache[word] = known
    return known


def _spelling_variant(word: str, target: str) -> bool:
    """True when `word` differs from `target` as transliterations do: "Zelenskiy", "Zelenskyy".

    Only vowels (and y, j, h, w) may change, and letters may double: "Prince" is not "Price",
    "Prices" not a variant of it, and "Zelenska" (his wife) not "Zelensky".
    """
    for longer, shorter in ((word, target), (target, word)):
        extra = longer[len(shorter) :]
        if longer.startswith(shorter) and extra != shorter[-1] * len(extra) and extra in _ENDINGS:
            return False
    if word.endswith("a") != target.endswith("a"):
        return False
    for op in Levenshtein.editops(word, target):
        if op.tag == "replace":
            ok = word[op.src_pos] in _SOFT and target[op.dest_pos] in _SOFT
        else:
            text, k = (target, op.dest_pos) if op.tag == "insert" else (word, op.src_pos)
            ok = text[k] in _SOFT or text[k] in text[max(0, k - 1) : k] + text[k + 1 : k + 2]
        if not ok:
            return False
    return True


# --- finding names ------------------------------------------------------------------------------

_Name = tuple[int, int, KnownName | None]  # start, end, None for a name the index doesn't know


def extract_entities(
    scan: str, sentences: Sequence[tuple[int, int]], index: NameIndex
) -> list[Entity]:
    """Known names, and other people with a stated role, in `scan`, sorted by start."""
    starts = [s for s, _ in sentences]
    found: list[Entity] = []
    for run in _RUN.finditer(scan):
        # Most runs are one word (a sentence's first), which alone has no forenames before it
        # and makes no unknown name.
        word = run.group()
        if run.lastindex is None and not word.endswith(_LOOKED_PAST):
            known = index.word(word)
            names: list[_Name] = [(run.start(), run.end(), known)] if known else []
        else:
            names = _names_in_run(scan, list(_TOKEN.finditer(scan, *run.span())), index)
        for name in names:
            i = bisect.bisect_right(starts, name[0]) - 1
            sentence = sentences[i] if i >= 0 and sentences[i][1] >= name[1] else name[:2]
            entity = _entity(scan, name, sentence, index)
            if entity is not None:
                found.append(entity)
    return found


def _names_in_run(scan: str, toks: list[re.Match[str]], index: NameIndex) -> list[_Name]:
    """Known names in one run of capitalised words, and the unknown names between them."""
    words = [t.group() for t in toks]
    out: list[_Name] = []
    covered = i = 0  # tokens before `covered` belong to a name already
    while i < len(toks):
        hit = _known_at(scan, toks, words, i, covered=covered, index=index)
        if hit is None:
            i += 1
            continue
        first, last, known = hit
        out.extend(_unknown_names(toks[covered:first]))
        out.append((toks[first].start(), toks[last - 1].end(), known))
        covered = i = last
    out.extend(_unknown_names(toks[covered:]))
    return out


def _known_at(
    scan: str,
    toks: list[re.Match[str]],
    words: list[str],
    i: int,
    *,
    covered: int,
    index: NameIndex,
) -> tuple[int, int, KnownName] | None:
    """The known name at token `i`, as (first token, end token, name)."""
    longest = index.longest(words, i)
    if longest is not None:
        return i, longest[0], longest[1]
    known = index.word(words[i])
    if known is None or known.kind is not EntityKind.PERSON:
        return (i, i + 1, known) if known else None
    first = _forenames(words, i, covered, index.given_names(known.fact_id))
    # "Hunter Biden" is not Joe Biden; "Biden Invited Putin" (seed 001) is a headline.
    if first == i > covered and _name_like(words[i - 1]) and not title_case(scan, toks[i].start()):
        return None
    return first, i + 1, known


def _forenames(words: list[str], i: int, covered: int, given: frozenset[str]) -> int:
    """Where a name found by its last word starts: "Volodymyr Zelenskyy", "Antony J. Blinken"."""
    while i > covered and (lookup_form(words[i - 1]) in given or _INITIAL.fullmatch(words[i - 1])):
        i -= 1
    return i


def _name_like(word: str) -> bool:
    low = lookup_form(word)
    if not word[1:2].islower() or low in _NOT_NAME or low.endswith("'s"):
        return False
    # "Reported", "Speaking" open sentences; "Ned" (Price, seed 003) and "Ahmed" are names.
    return len(low) <= 4 or low.endswith(_NAME_ENDINGS) or not low.endswith(("ing", "ed"))


_NAME_ENDINGS = ("med", "eed", "yed", "ved", "ied")


def _unknown_names(toks: list[re.Match[str]]) -> list[_Name]:
    """Runs of 2-4 name-like words ("Andrew Weiss", "Viktor Yanukovych") among `toks`."""
    out: list[_Name] = []
    # A group is toks[first:] from a name-like word; it ends at its last name-like word (`last`),
    # as a particle or an initial doesn't end a name.
    first = last = -1
    for k, tok in enumerate(toks):
        word = tok.group()
        like = _name_like(word)
        if like or (first >= 0 and (word.islower() or _INITIAL.fullmatch(word))):
            first, last = (k if first < 0 else first), (k + 1 if like else last)
            continue
        if 2 <= last - first <= 4:
            out.append((toks[first].start(), toks[last - 1].end(), None))
        first = last = -1
    if 2 <= last - first <= 4:
        out.append((toks[first].start(), toks[last - 1].end(), None))
    return out


_HAS_ROLE = (EntityKind.PERSON, EntityKind.UNKNOWN)


def _entity(scan: str, name: _Name, sentence: tuple[int, int], index: NameIndex) -> Entity | None:
    """The entity for a name, with its role; None for an unknown name without one."""
    start, end, known = name
    kind = known.kind if known else EntityKind.UNKNOWN
    if kind is EntityKind.PERSON and (jr := _JR.match(scan, end)):
        end = jr.end()  # "President Joseph R. Biden, Jr. spoke today" (seed 000)
    text = scan[start:end]
    value, fuzzy = (known.value, known.fuzzy) if known else (" ".join(text.split()), False)
    role = find_role(scan, start, end, sentence, index.kind) if kind in _HAS_ROLE else None
    if role is None:
        return Entity(text, start, end, value, kind, fuzzy=fuzzy) if known else None
    return Entity(
        text,
        start,
        end,
        value,
        kind,
        role=scan[role.start : role.end],
        role_start=role.start,
        role_end=role.end,
        country=role.country or _country_after(scan, end),
        historical=role.historical,
        fuzzy=fuzzy,
    )


def _country_after(scan: str, end: int) -> str | None:
    """ "President Vladimir Putin of Russia" (seed 000): the country after the name."""
    m = _OF_COUNTRY.match(scan, end)
    if m is None:
        return None
    first = lookup_form(m.group(1)).replace(".", "")
    return COUNTRIES.get(f"{first} {lookup_form(m.group(2) or '')}") or COUNTRIES.get(first)
