"""Names in an article: the people, places and organisations a fact sheet knows, and the role
stated next to a person's name ("US State Department spokeswoman Jen Psaki").

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

from consistency.facts import Fact, NameFact, PersonFact
from consistency.model import Entity, EntityKind


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
cabinet party opposition majority minority junior supreme high""")
_DETERMINERS = _words("the a an his her its their our your my")
# "then US Vice President Joe Biden and then Russian Prime Minister Vladimir Putin" (seed 000).
_MARKERS = _words("then former ex late onetime one-time erstwhile")
_PREPOSITIONS = _words("at for to in with on and")
_STOP = _words("""
the a an and or but if in on at of for to from by with as after before when while since during over
about into than that this these those there here he she it they we i you his her its their our my
who what which where why how not no yes also however meanwhile both each every some any many most
other another such only even just still yet so now today yesterday tomorrow mr mrs ms dr sir dear
read related source home news print page back top january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday sunday eastern
western northern southern east west north south central european soviet""")
# Words of places and bodies: "Black Sea", "Cold War", "Carnegie Endowment" are not people.
_BODIES = _words("""
ministry office council committee commission agency bureau service union federation republic kingdom
states nations organisation organization alliance parliament congress senate assembly court guard
police university institute endowment foundation center centre group bank fund company corporation
times post journal network sea ocean river lake mountains peninsula island islands bay gulf strait
coast region province county city street square war treaty memorandum accord agreement revolution
summit conference pact airport station church hospital school college museum hour peace""")
_NOT_NAME = (
    _STOP | _BODIES | ROLE_HEADS | _MODIFIERS | _MARKERS | set(COUNTRIES) | set(NATIONALITIES)
)
_SUFFIXES = _words("jr jr. sr sr. ii iii iv")
_PARTICLES = "de|da|di|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|das|ter|ten|ben"

_UP = "A-ZÀ-ÖØ-Þ"
# A capitalised word ("Secretary-General", "O'Neill", not the "'s" of "Kuleba's"), an initial
# ("Joseph R. Biden") or an abbreviation ("U.S."); runs of them, with particles ("von der Leyen").
_TOK = rf"(?:[{_UP}]\.){{2,}}|[{_UP}]\.(?=[ \t])|[{_UP}][^\W\d_]*(?:[-'’](?!s\b)[^\W\d_]+)*"
_SEP = r"[ \t\u00a0]+"
_RUN = re.compile(rf"(?<![\w.])(?:{_TOK})(?:{_SEP}(?:(?:{_PARTICLES}){_SEP})*(?:{_TOK}))*")
_TOKEN = re.compile(rf"{_TOK}|\b(?:{_PARTICLES})\b")
_INITIAL = re.compile(rf"[{_UP}]\.")
_WORD = re.compile(r"[^\W_](?:[\w’'-]|\.(?=\w))*")
_JR = re.compile(r",?[ \t]+(?:Jr\.?|Sr\.?|II|III|IV)(?![\w])")
_OF_COUNTRY = re.compile(
    rf"{_SEP}of{_SEP}(?:the{_SEP})?([{_UP}][\w.]*?)(?:\.?{_SEP}([{_UP}]\w*))?\b"
)
_APPOSITION = re.compile(r",[ \t]+")
_APPOSITION_STOP = re.compile(r"[,;:()\"“”—–]")
_CLOSES = re.compile(r"[ \t]*(?:,|[.;:!?]?[\"”’)]*[ \t]*$)")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{5,}")
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


def _key(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


class NameIndex:
    """The names a fact sheet declares, by every written form they may take."""

    __slots__ = ("_cache", "_exact", "_exact_cs", "_first", "_given", "_surnames", "_targets")

    def __init__(self, entries: Iterable[tuple[KnownName, Sequence[str]]]) -> None:
        self._exact: dict[str, KnownName] = {}
        self._exact_cs: dict[str, KnownName] = {}
        self._given: dict[str, frozenset[str]] = {}
        self._cache: dict[str, KnownName | None] = {}
        surnames: dict[str, set[KnownName]] = {}
        for known, forms in entries:
            given: set[str] = set()
            for form in forms:
                words = _key(form).removeprefix("the ").replace(",", "").split()
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
        text = re.sub(r"['’]s?$", "", " ".join(written.split()))
        if not text or text.islower():
            return None
        words = _key(text).removeprefix("the ").split()
        return (
            self.exact(text.split())
            or self._exact.get(" ".join(words))
            or (self.single(text) if len(words) == 1 else None)
        )

    def exact(self, words: Sequence[str]) -> KnownName | None:
        """The name written exactly as these words, if declared."""
        if len(words) == 1 and words[0] in self._exact_cs:
            return self._exact_cs[words[0]]
        return self._exact.get(_key(" ".join(words)))

    def longest(self, words: Sequence[str], i: int) -> tuple[int, KnownName] | None:
        """The longest declared name of two or more words starting at `words[i]`, with its end."""
        width = self._first.get(_key(words[i]), 0)
        for j in range(min(len(words), i + width), i + 1, -1):
            known = self.exact(words[i:j])
            if known is not None:
                return j, known
        return None

    def single(self, word: str) -> KnownName | None:
        """A person's surname alone ("Psaki") or a spelling variant ("Zelenskyy"), cached."""
        if word in self._cache:
            return self._cache[word]
        low = _key(word)
        known = self._surnames.get(low)
        if known is None and len(low) >= 5 and low not in _NOT_NAME:
            known = self._fuzzy(low)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[word] = known
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
        toks = list(_TOKEN.finditer(scan, run.start(), run.end()))
        for name in _names_in_run(scan, toks, index):
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
    known = index.exact(words[i : i + 1])
    if known is None and words[i][1:2].islower() and _key(words[i]) not in _NOT_NAME:
        known = index.single(words[i])
    if known is None or known.kind is not EntityKind.PERSON:
        return (i, i + 1, known) if known else None
    first = _forenames(words, i, covered, index.given_names(known.fact_id))
    # "Hunter Biden" is not Joe Biden; "Biden Invited Putin" (seed 001) is a headline.
    if first == i > covered and _name_like(words[i - 1]) and not _title_case(scan, toks[i].start()):
        return None
    return first, i + 1, known


def _forenames(words: list[str], i: int, covered: int, given: frozenset[str]) -> int:
    """Where a name found by its last word starts: "Volodymyr Zelenskyy", "Antony J. Blinken"."""
    while i > covered and (_key(words[i - 1]) in given or _INITIAL.fullmatch(words[i - 1])):
        i -= 1
    return i


def _name_like(word: str) -> bool:
    low = _key(word)
    return word[1:2].islower() and low not in _NOT_NAME and not low.endswith(("ing", "ed", "'s"))


def _title_case(scan: str, at: int) -> bool:
    """True when the line holding `at` is a title-case headline: no lowercase word of 5+ letters."""
    line_end = scan.find("\n", at)
    line = scan.rfind("\n", 0, at) + 1, line_end if line_end >= 0 else len(scan)
    return _LOWER_WORD.search(scan, *line) is None


def _unknown_names(toks: list[re.Match[str]]) -> list[_Name]:
    """Runs of 2-4 name-like words ("Andrew Weiss", "Viktor Yanukovych") among `toks`."""
    out: list[_Name] = []
    if len(toks) < 2:
        return out
    group: list[re.Match[str]] = []

    def flush() -> None:
        while group and not _name_like(group[-1].group()):
            group.pop()  # a particle or an initial doesn't end a name
        if 2 <= len(group) <= 4:
            out.append((group[0].start(), group[-1].end(), None))
        group.clear()

    for tok in toks:
        word = tok.group()
        if _name_like(word) or (group and (word.islower() or _INITIAL.fullmatch(word))):
            group.append(tok)
        else:
            flush()
    flush()
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
    role = _role(scan, start, end, sentence, index) if kind in _HAS_ROLE else None
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


# --- roles --------------------------------------------------------------------------------------

# Word classes in a role phrase.
_DET, _MARK, _NAT, _NATP, _HEAD, _MOD, _OF, _PREP, _CAPS, _POSS = range(10)
_BODY = frozenset((_HEAD, _MOD, _CAPS, _NAT, _POSS))
_Part = tuple[int, int, int]  # start, end, class


@dataclass(frozen=True)
class _Role:
    start: int
    end: int
    country: str | None
    historical: bool


def _classify(word: str, initial: bool, index: NameIndex) -> int | None:
    """The class of `word` in a role phrase, or None when it can't be part of one."""
    low = _key(word).replace(".", "")
    if low in _DETERMINERS:
        return _DET
    if low in _MARKERS:
        return _MARK
    if low.endswith("'s") and (low[:-2] in COUNTRIES or low[:-2] in NATIONALITIES):
        return _NATP  # "Russia’s defence minister, Sergei Shoigu" (seed 004)
    if word[0].isupper() and low in NATIONALITIES:
        return _NAT
    bare = low.split("-", 1)[1] if low.startswith(("ex-", "then-")) else low
    if bare in ROLE_HEADS or any(part in ROLE_HEADS for part in bare.split("-")):
        return _HEAD
    if bare in _MODIFIERS:
        return _MOD
    if low == "of":
        return _OF
    if low in _PREPOSITIONS:
        return _PREP
    if not word[0].isupper() or low in _STOP:
        return None
    known = index.resolve(word)
    if known is not None and known.kind is EntityKind.PERSON:
        return None  # "Biden’s predecessor, Donald Trump" (seed 003): Biden isn't in the role
    if initial and known is None and not word.isupper():
        return None  # "Echoing NATO Secretary-General Jens Stoltenberg" (seed 002)
    return _POSS if low.endswith("'s") else _CAPS  # "Jens Stoltenberg, NATO’s secretary general"


def _role(
    scan: str, start: int, end: int, sentence: tuple[int, int], index: NameIndex
) -> _Role | None:
    """The role stated before the name, in apposition before it, or in apposition after it."""
    s0, s1 = sentence
    lo = max(s0, start - 160)
    role = _assemble(scan, _walk_back(scan, lo, start, lo == s0, index))
    if role is None:
        comma = lo + len(scan[lo:start].rstrip(" \t\u00a0")) - 1
        # "the ambassador, Anatoly Antonov, would only return" (seed 004)
        if comma >= lo and scan[comma] == "," and _CLOSES.match(scan, end, s1):
            role = _assemble(scan, _walk_back(scan, lo, comma, lo == s0, index))
    return role or _role_after(scan, end, s1, index)


def _walk_back(scan: str, lo: int, end: int, initial: bool, index: NameIndex) -> list[_Part]:
    """The words before `end` that can make a title, read back to a determiner or a stop."""
    words = list(_WORD.finditer(scan, lo, end))
    classes: dict[int, int | None] = {}

    def class_at(n: int) -> int | None:
        gap_end = words[n + 1].start() if n + 1 < len(words) else end
        # Only spaces, or the dot of "Gen. Mark Milley", may stand between the words of a title:
        # "On Tuesday, US President Joe Biden" (seed 002) starts after the comma.
        if n < 0 or scan[words[n].end() : gap_end].strip(" \t\u00a0") not in ("", "."):
            return None
        if n not in classes:
            classes[n] = _classify(words[n].group(), initial and n == 0, index)
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
    return parts[::-1]


def _role_after(scan: str, end: int, s1: int, index: NameIndex) -> _Role | None:
    """ "Jen Psaki, the White House press secretary, said": the phrase up to the next comma."""
    m = _APPOSITION.match(scan, end, s1)
    if m is None:
        return None
    stop = _APPOSITION_STOP.search(scan, m.end(), s1)
    parts: list[_Part] = []
    for w in _WORD.finditer(scan, m.end(), stop.start() if stop else s1):
        cls = _classify(w.group(), False, index)
        if cls is None or len(parts) > 14:
            return None
        parts.append((w.start(), w.end(), cls))
    return _assemble(scan, parts)


def _assemble(scan: str, parts: list[_Part]) -> _Role | None:
    """The role in classified words, with leading determiners, markers and nationality set aside."""
    country, historical, k = None, False, 0
    while k < len(parts):
        pair = _key(scan[parts[k][0] : parts[k + 1][1]]) if k + 1 < len(parts) else ""
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
    return _Role(start, end, country, historical)


def _nation(word: str) -> str | None:
    low = _key(word).replace(".", "").removesuffix("'s")
    return NATIONALITIES.get(low) or COUNTRIES.get(low)


def _country_after(scan: str, end: int) -> str | None:
    """ "President Vladimir Putin of Russia" (seed 000): the country after the name."""
    m = _OF_COUNTRY.match(scan, end)
    if m is None:
        return None
    first = _key(m.group(1)).replace(".", "")
    return COUNTRIES.get(f"{first} {_key(m.group(2) or '')}") or COUNTRIES.get(first)
