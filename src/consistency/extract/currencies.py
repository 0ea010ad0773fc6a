"""Currencies as news writes them: signs ("$5", "HK$5", "100 ₡"), ISO codes ("USD 5", "120 MEUR")
and names ("10 Turkish lira", "5 trillion won"), each mapped to its ISO 4217 code.

>>> currency_before("sold for C$16.4 million", 11), currency_before("fined RM 500", 9)
(Mark(start=9, unit='CAD', scale=Decimal('1')), Mark(start=6, unit='MYR', scale=Decimal('1')))
>>> currency_code("MUSD"), currency_name("Hong Kong dollars")
(('USD', Decimal('1000000')), 'HKD')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

_Trie = dict[str, "_Trie"]


def trie(words: Iterable[str]) -> str:
    """One pattern for many words, branching letter by letter ("d(?:inars?|ollars?)"): the regex
    engine tries the alternatives of "dinar|dollar|..." one by one at every number."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(root)


def _branches(node: _Trie) -> str:
    alternatives = [
        re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char
    ]
    if not alternatives:
        return ""
    group = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if "" in node:
        return f"(?:{group})?" if len(group) > 1 else f"{group}?"
    return group


# ISO 4217 codes read as money when written in capitals next to a number ("EUR 5", "5 CHF").
# Left out: codes that are also English words or names in all-caps headlines and tickers (ALL, TOP,
# CUP, MAD, BOB, MOP, PEN, SOS, TRY, AMD, NIO, CVE, ERN, BAM), KGS (the plural of kg), PHP ("PHP 8"
# is a programming language) and RON ("RON 95" a petrol grade).
ISO_CODES = frozenset(
    "AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD "
    "CDF CHF CLP CNY COP CRC CZK DJF DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ "
    "GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KHR KMF KPW KRW KWD KYD KZT LAK "
    "LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NOK NPR NZD OMR "
    "PAB PGK PKR PLN PYG QAR RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SRD SSP STN "
    "SVC SYP SZL THB TJS TMT TND TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF "
    "YER ZAR ZMW ZWL RMB".split()
)
_ALIASES = {"RMB": "CNY"}
# Codes news also writes in lower case ("rmb 10", "usd 20") that are no English word.
LOWER_CODES = frozenset(
    "usd eur gbp jpy cny rmb inr aud cad chf hkd nzd sgd mxn rub uah krw brl zar sek nok dkk "
    "pln".split()
)
# "120 MEUR", "MAUD 60": millions in the code, as annual reports write them.
_MILLIONS = Decimal(10**6)
# "75 USD million": the scale word after the code.
_SCALE_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

# Signs, written before or after the number: "€5", "10 €", "100₾".
SIGNS: dict[str, str] = {
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH",
    "₩": "KRW", "₪": "ILS", "₫": "VND", "₱": "PHP", "₦": "NGN", "₡": "CRC", "₾": "GEL",
    "₭": "LAK", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₸": "KZT", "₺": "TRY", "₼": "AZN",
    "฿": "THB", "៛": "KHR", "৳": "BDT", "元": "CNY", "円": "JPY",
}  # fmt: skip
# Signs of more than one character, written after the number: "100,000 ரூ", "50 zł".
SIGNS_AFTER: dict[str, str] = {"ரூ": "LKR", "රු": "LKR", "zł": "PLN", "Kč": "CZK"}
# Which dollar (or yen) a prefix names: "C$", "HK$", "NZ$", "Mex$", "CN¥".
_PREFIXED: dict[str, dict[str, str]] = {
    "$": {
        "US": "USD", "U.S.": "USD", "USD": "USD", "C": "CAD", "c": "CAD", "CA": "CAD",
        "Can": "CAD", "Cdn": "CAD", "CDN": "CAD", "CAD": "CAD", "A": "AUD", "AU": "AUD",
        "AUD": "AUD", "NZ": "NZD", "NZD": "NZD", "HK": "HKD", "HKD": "HKD", "S": "SGD",
        "SG": "SGD", "SGD": "SGD", "R": "BRL", "Mex": "MXN", "MX": "MXN", "MXN": "MXN",
        "NT": "TWD", "TWD": "TWD", "RD": "DOP", "J": "JMD", "TT": "TTD", "BZ": "BZD",
        "EC": "XCD", "Z": "ZWL", "FJ": "FJD", "N": "NAD", "L": "LRD", "G": "GYD",
        "Bds": "BBD", "WS": "WST", "SI": "SBD", "CI": "KYD", "Col": "COP", "COP": "COP",
        "CLP": "CLP", "ARS": "ARS",
    },
    "¥": {"CN": "CNY", "RMB": "CNY", "JP": "JPY"},
}  # fmt: skip
# Letter marks written before the number, exactly so: "Rs 500 crore", "RM 500 million". (Glued to
# the digits, "RM500", they wait on the number finder, which starts no number after a letter.)
_LETTER_MARKS: dict[str, str] = {
    "Rs": "INR", "Rs.": "INR", "NRs": "NPR", "Rp": "IDR", "RM": "MYR", "Sh": "KES",
    "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "USh": "UGX", "Dh": "AED", "Dhs": "AED",
    "Tk": "BDT", "SFr": "CHF",
}  # fmt: skip
# A currency named before a scaled number: "starts at dollar 22.5 million". Never before a bare
# figure: "left the dollar 0.3% weaker".
_WORD_MARKS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}
_SCALED_AFTER = re.compile(r"[\d.,]+\s?(?:million|billion|trillion|bn|mn|m)\b")

_SIGN_CLASS = re.escape("".join(SIGNS))
# The mark right before a number: a sign with an optional prefix ("HK$", "c $"), or a word.
_BEFORE = re.compile(
    rf"(?:(?<![\w.])(?P<prefix>[A-Za-z.]{{1,4}})(?P<gap>[ \t]?))?(?P<sign>[{_SIGN_CLASS}])[ \t]?$"
    r"|(?<![\w.])(?P<word>[A-Za-z.]{2,7})[ \t]?$"
)


class Mark(NamedTuple):
    """A unit written before a number: where it starts, its name, and a scale ("MAUD 60")."""

    start: int
    unit: str
    scale: Decimal


def currency_before(scan: str, number_start: int) -> Mark | None:
    """The currency mark ending right before `number_start`."""
    m = _BEFORE.search(scan, max(0, number_start - 10), number_start)
    if m is None:
        return None
    sign = m.group("sign")
    if sign is not None:
        prefixed = _prefixed(sign, m.group("prefix"), m.group("gap"))
        start = m.start() if prefixed else m.start("sign")
        return Mark(start, prefixed or SIGNS[sign], Decimal(1))
    word = m.group("word")
    unit = _LETTER_MARKS.get(word)
    if unit is None and word.lower() in _WORD_MARKS:
        scaled = _SCALED_AFTER.match(scan, number_start)
        unit = _WORD_MARKS[word.lower()] if scaled else None
    if unit is not None:
        return Mark(m.start(), unit, Decimal(1))
    code = currency_code(word)
    return Mark(m.start(), *code) if code else None


def _prefixed(sign: str, prefix: str | None, gap: str | None) -> str | None:
    """The currency of a prefixed sign: "HK$", "hk $" (tokenised wire copy), "Mex$", "CN¥"."""
    table = _PREFIXED.get(sign)
    if not prefix or table is None:
        return None
    # Codes and two-letter prefixes in any case ("nzd$15", "hk $"); single letters and mixed
    # case only as written ("C$", "Mex$"), and glued, but for the Canadian "c $": "it's $5" and
    # "a $5 bill" are US dollars.
    unit: str | None = table.get(prefix)
    if unit is not None:
        single = len(prefix) == 1 or prefix != prefix.upper()
        glued_only = single and prefix not in ("C", "c")
    else:
        upper = prefix.upper()
        unit = table.get(upper) if len(upper.replace(".", "")) > 1 else None
        glued_only = False
    return None if unit is None or (gap and glued_only) else unit


def currency_code(text: str) -> tuple[str, Decimal] | None:
    """The currency and scale of an ISO code: "USD", "usd", "RMB", "MEUR" (millions of euros)."""
    if text.islower() and text in LOWER_CODES:
        text = text.upper()
    scale = Decimal(1)
    if len(text) == 4 and text[0] == "M" and text[1:] in ISO_CODES:
        text, scale = text[1:], _MILLIONS
    if text not in ISO_CODES:
        return None
    return _ALIASES.get(text, text), scale


def code_after(text: str) -> tuple[str, Decimal] | None:
    """A code written after the number, with an optional scale word: "75 USD million"."""
    code, _, scale_word = text.partition(" ")
    found = currency_code(code)
    if found is None or (scale_word and found[1] != 1):
        return None
    return found[0], found[1] * _SCALE_WORDS.get(scale_word.lower(), 1)


# Currency names written after the number. Each name (its spellings, singular and plural) with
# the currency it means alone, if any, and with the adjectives that name another one.
_NAMES: tuple[tuple[str, str | None, dict[str, str]], ...] = (
    ("dollar dollars", "USD", {
        "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
        "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD",
        "taiwanese": "TWD", "new taiwan": "TWD", "jamaican": "JMD", "namibian": "NAD",
        "zimbabwean": "ZWL", "zimbabwe": "ZWL", "fijian": "FJD", "liberian": "LRD",
        "bahamian": "BSD", "barbadian": "BBD", "belize": "BZD", "brunei": "BND",
        "guyanese": "GYD", "east caribbean": "XCD"}),
    ("euro euros", "EUR", {}),
    ("yen", "JPY", {"japanese": "JPY"}),
    ("yuan renminbi kuai", "CNY", {"chinese": "CNY"}),
    ("rupee rupees", "INR", {
        "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
        "nepali": "NPR", "mauritian": "MUR", "seychellois": "SCR"}),
    ("rouble roubles ruble rubles", "RUB", {"russian": "RUB", "belarusian": "BYN"}),
    ("hryvnia hryvnias hryvnas hryvnya", "UAH", {"ukrainian": "UAH"}),
    ("lira liras", "TRY", {"turkish": "TRY", "italian": "ITL", "lebanese": "LBP"}),
    ("lire", "ITL", {"italian": "ITL"}),
    ("rand", "ZAR", {"south african": "ZAR"}),
    ("naira", "NGN", {"nigerian": "NGN"}),
    ("cedi cedis", "GHS", {"ghanaian": "GHS"}),
    ("ringgit ringgits", "MYR", {"malaysian": "MYR"}),
    ("baht", "THB", {"thai": "THB"}),
    ("dong", "VND", {"vietnamese": "VND"}),
    ("rupiah rupiahs", "IDR", {"indonesian": "IDR"}),
    ("shekel shekels", "ILS", {"israeli": "ILS", "new israeli": "ILS"}),
    ("zloty zlotys zlotych zloties", "PLN", {"polish": "PLN"}),
    ("forint forints", "HUF", {"hungarian": "HUF"}),
    ("koruna korunas korun", "CZK", {"czech": "CZK"}),
    ("krona kronor", "SEK", {"swedish": "SEK", "icelandic": "ISK"}),
    ("tenge", "KZT", {"kazakh": "KZT"}),
    ("lari", "GEL", {"georgian": "GEL"}),
    ("manat manats", "AZN", {"azerbaijani": "AZN", "turkmen": "TMT"}),
    ("lei leu", "RON", {"romanian": "RON", "moldovan": "MDL"}),
    ("leva", "BGN", {"bulgarian": "BGN"}),
    ("taka", "BDT", {"bangladeshi": "BDT"}),
    ("kyat kyats", "MMK", {"myanmar": "MMK"}),
    ("riel riels", "KHR", {"cambodian": "KHR"}),
    ("afghani afghanis", "AFN", {"afghan": "AFN"}),
    ("birr", "ETB", {"ethiopian": "ETB"}),
    ("riyal riyals", "SAR", {"saudi": "SAR", "qatari": "QAR"}),
    ("rial rials", "IRR", {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"}),
    ("dirham dirhams", "AED", {"emirati": "AED", "uae": "AED", "moroccan": "MAD"}),
    ("bolivar bolivars bolivares", "VES", {"venezuelan": "VES"}),
    ("reais", "BRL", {"brazilian": "BRL"}),
    ("quetzal quetzales quetzals", "GTQ", {"guatemalan": "GTQ"}),
    ("colones", "CRC", {"costa rican": "CRC"}),
    ("guarani guaranis", "PYG", {"paraguayan": "PYG"}),
    ("drachma drachmas drachmae", "GRD", {"greek": "GRD"}),
    ("deutschmark deutschmarks", "DEM", {}),
    ("peseta pesetas", "ESP", {"spanish": "ESP"}),
    ("guilder guilders", "NLG", {"dutch": "NLG"}),
    # The names below mean no one currency alone: "200 pounds" is a weight, "100 francs" Swiss,
    # French or CFA ones.
    ("pound pounds", None, {
        "british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP",
        "sudanese": "SDG", "south sudanese": "SSP"}),
    ("peso pesos", None, {
        "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "chilean": "CLP",
        "colombian": "COP", "philippine": "PHP", "uruguayan": "UYU", "dominican": "DOP",
        "cuban": "CUP"}),
    ("franc francs", None, {
        "swiss": "CHF", "french": "FRF", "belgian": "BEF", "congolese": "CDF",
        "rwandan": "RWF", "burundian": "BIF", "guinean": "GNF", "djiboutian": "DJF"}),
    ("dinar dinars", None, {
        "iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "bahraini": "BHD",
        "libyan": "LYD", "tunisian": "TND", "algerian": "DZD", "serbian": "RSD"}),
    ("shilling shillings", None, {
        "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"}),
    ("crown crowns krone kroner", None, {
        "swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "icelandic": "ISK",
        "czech": "CZK"}),
    ("real reals", None, {"brazilian": "BRL"}),
    ("kwacha", None, {"zambian": "ZMW", "malawian": "MWK"}),
    ("som", None, {"kyrgyz": "KGS", "uzbek": "UZS"}),
    ("mark marks", None, {"german": "DEM", "deutsche": "DEM", "deutsch": "DEM"}),
    # "5 trillion won" (a bare "won" is a verb), "40 billion South Korean won".
    ("won", None, {"korean": "KRW", "south korean": "KRW", "north korean": "KPW"}),
)  # fmt: skip
_BY_NAME = {name: row for row in _NAMES for name in row[0].split()}
_ADJECTIVES = trie({a for row in _NAMES for a in row[2]})
_ALONE = trie(n for n, row in _BY_NAME.items() if row[1])
_NOT_ALONE = trie(n for n, row in _BY_NAME.items() if not row[1])
# Matched (case aside) right after a number; `currency_name` then reads it.
NAME_PATTERN = (
    rf"(?:{_ADJECTIVES} )?(?:{_ALONE}|(?:(?<=million )|(?<=billion )|(?<=trillion ))won)\b"
    rf"|{_ADJECTIVES} {_NOT_ALONE}\b"
)


def currency_name(text: str) -> str | None:
    """The currency a name means: "dollars", "Hong Kong dollars", "10 Turkish lira"."""
    *adjective, name = text.lower().split()
    _, alone, adjectives = _BY_NAME[name]
    if not adjective:
        return alone or ("KRW" if name == "won" else None)
    return adjectives.get(" ".join(adjective))


# Every code the tables name: a figure in one may go on in cents ("3 dollars 50 cents").
CURRENCIES = frozenset(
    {*ISO_CODES, *SIGNS.values(), *SIGNS_AFTER.values(), *_LETTER_MARKS.values()}
    | {code for row in _NAMES for code in (row[1], *row[2].values()) if code}
) - set(_ALIASES)
