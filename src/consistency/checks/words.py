"""Words as the checks compare them: content words reduced to one stem per event ("killed" and
"deaths"), and the countries and bodies a word stands for ("Moscow" and "Russian" are Russia)."""

from __future__ import annotations

import re

from consistency.extract.roles import COUNTRIES, NATIONALITIES, lookup_form

# Places and bodies that stand for a country in news ("Moscow says", "the Kremlin denied").
METONYMS = {
    "moscow": "Russia", "kremlin": "Russia", "kiev": "Ukraine", "kyiv": "Ukraine",
    "washington": "United States", "white house": "United States", "pentagon": "United States",
    "beijing": "China", "london": "United Kingdom", "downing street": "United Kingdom",
    "paris": "France", "berlin": "Germany", "tokyo": "Japan", "tehran": "Iran",
    "jerusalem": "Israel", "ankara": "Turkey", "warsaw": "Poland", "minsk": "Belarus",
    "nato": "NATO", "alliance": "NATO", "eu": "European Union", "brussels": "European Union",
    "un": "United Nations", "united nations": "United Nations",
    # Bodies whose figures are their own: central banks, lenders, pollsters (second review:
    # the ECB's and the Bank of Canada's cuts, the IMF's and the World Bank's forecasts).
    "european central bank": "ECB", "ecb": "ECB", "federal reserve": "Federal Reserve",
    "bank of england": "Bank of England", "bank of japan": "Bank of Japan",
    "bank of canada": "Bank of Canada", "reserve bank of australia": "Reserve Bank of Australia",
    "imf": "IMF", "international monetary fund": "IMF", "world bank": "World Bank",
    "oecd": "OECD", "opec": "OPEC", "world food programme": "WFP", "wfp": "WFP",
    "world health organization": "WHO", "yougov": "YouGov", "ipsos": "Ipsos",
    "gallup": "Gallup", "savanta": "Savanta", "opinium": "Opinium", "survation": "Survation",
}  # fmt: skip
# Chambers of a parliament, whose votes are their own: "The House on May 29 approved the bill"
# and "The Senate approved the bill on May 31" are two votes (second review). "House" only
# after "the", capitalised: "House prices" and "a house fire" name no chamber.
_CHAMBERS = {
    "house": "House", "house of representatives": "House", "senate": "Senate",
    "house of commons": "House of Commons", "house of lords": "House of Lords",
    "bundestag": "Bundestag", "bundesrat": "Bundesrat",
}  # fmt: skip
PARTIES = {**COUNTRIES, **NATIONALITIES, **METONYMS, **_CHAMBERS}
# Initials are capitals, with or without dots ("U.S.", "UK"): "told us" names no country.
_INITIALS = frozenset(("us", "usa", "uk", "eu", "un"))
_SPELLED = {"house": r"(?-i:(?<=[Tt]he )House)"}


def _spelled(key: str) -> str:
    if key in _SPELLED:
        return _SPELLED[key]
    if key in _INITIALS:
        return "(?-i:" + r"\.?".join(key.upper()) + r"\.?)"
    return re.escape(key)


# The longest name first: "the House of Commons" before "the House".
PARTY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(_spelled(k) for k in sorted(PARTIES, key=len, reverse=True))
    + r")(?:'s|’s)?(?![\w-])",
    re.I,
)

WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")  # a word as the checks read it
_STOP = frozenset(
    """a an the and or but of to in on at by for from with as is are was were be been being has
    have had it its this that these those there their they them he she his her we our you your
    not no than then so such which who whom whose what when where while also after before about
    over more less some said says say would could should will can may might into out up down
    per its it's said year years month months week weeks day days according told time one two
    three four five six seven eight nine ten hundred thousand million billion percent
    cent""".split()
)


def content_words(text: str) -> frozenset[str]:
    """The words that say what a clause is about, reduced for comparison: "killed" and "deaths"
    are one word, so are "Kiev" and "Ukrainian"."""
    return frozenset(
        _reduce(w) for w in WORD.findall(text) if len(w) > 2 and w.lower() not in _STOP
    )


# One stem for the words news uses for the same event.
_SAME_WORD = {
    "kill": "die", "dead": "die", "death": "die", "life": "die", "live": "die", "fatal": "die",
    "toll": "die", "wound": "injure", "injury": "injure", "hurt": "injure",
    "troop": "force", "soldier": "force", "servicemen": "force", "serviceman": "force",
    "buildup": "build-up", "massing": "build-up", "mass": "build-up", "concentration": "build-up",
    "phone": "call", "telephone": "call", "conversation": "call", "spoke": "call", "talk": "call",
    "meeting": "meet", "summit": "meet", "met": "meet",
    "pay": "offer", "paying": "offer", "pays": "offer", "paid": "offer", "bid": "offer",
    "bids": "offer", "bidd": "offer", "win": "won", "wins": "won", "winn": "won", "secur": "won",
    "captur": "won", "earthquak": "quak", "tremor": "quak", "explosion": "explod",
    "blast": "explod",
}  # fmt: skip


def _reduce(word: str) -> str:
    low = lookup_form(word).removesuffix("'s")
    if low in PARTIES:
        return party(low).lower()
    for ending in ("ing", "ed", "es", "s"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            low = low[: -len(ending)]
            break
    if low.endswith("e") and len(low) > 4 and low not in _SAME_WORD:
        low = low[:-1]
    return _SAME_WORD.get(low, low)


def parties(scan: str, window: tuple[int, int]) -> list[str]:
    return [party(m.group()) for m in PARTY.finditer(scan, *window)]


def party(word: str) -> str:
    """The country or body a word stands for: "Moscow" and "Russian" are Russia."""
    key = lookup_form(word).removesuffix("'s").replace(".", "")
    return PARTIES.get(key, key)
