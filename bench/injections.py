#!/usr/bin/env python3
"""Contradictions injected one at a time into the golden stories, with no fact sheet.

Each golden story (`tests/fixtures/golden/`, articles written for the tests) is read as plain
articles: front matter that names a reference is dropped, so every article is one source among
others. Then, one at a time, a figure or a day that another article of the story also gives is
changed in one article (a figure doubled, a day moved two days), and the story is checked on its
sources. An injection counts as caught when a source finding quotes the changed span, on either
side. Not every figure given twice is one fact ("5%" may be a rate in one article and a target in
another), so the rate is a floor, to be compared between versions, not a recall.

Also printed: source findings on the stories as written, before any injection (the golden
folders hold deliberate errors, so this is no false-alarm rate either; it should not grow).

Usage:  python bench/injections.py
Last line: `injections: figures N/N caught | days N/N caught | findings as written N`.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from consistency.articles import parse_article
from consistency.engine import Engine
from consistency.extract.names import NameIndex
from consistency.extract.pipeline import extract_claims
from consistency.model import DateClaim, Finding, Location, Quantity

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "golden"
_REFERENCE = re.compile(r"^reference:\s*true\s*\n", re.M)
_DAY = re.compile(r"\b\d{1,2}\b")


def stories() -> Iterator[dict[str, str]]:
    """Each golden story as {file name: text}, with no article marked as the reference."""
    for folder in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
        yield {
            p.name: _REFERENCE.sub("", p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.txt"))
        }


def injections(story: dict[str, str]) -> Iterator[tuple[str, str, int, str]]:
    """(kind, article, offset of the change, changed text) for each figure or day to change."""
    names = NameIndex.empty()
    claims = {n: extract_claims(parse_article(t, n), names) for n, t in story.items()}
    stated = {n: {_key(c) for c in cs} - {None} for n, cs in claims.items()}
    for name, text in story.items():
        elsewhere = set().union(*(stated[m] for m in story if m != name))
        for c in claims[name]:
            if _key(c) not in elsewhere:
                continue
            if isinstance(c, Quantity) and c.value >= 2:
                number = text[c.number_start : c.number_end]
                if re.fullmatch(r"\d[\d,]*", number):
                    doubled = f"{int(c.value) * 2:,}" if "," in number else str(int(c.value) * 2)
                    yield (
                        "figure",
                        name,
                        c.number_start,
                        _swap(text, c.number_start, c.number_end, doubled),
                    )
            elif isinstance(c, DateClaim) and (day := _DAY.search(text, c.start, c.end)):
                moved = int(day.group()) + (2 if int(day.group()) < 27 else -2)
                yield "day", name, day.start(), _swap(text, day.start(), day.end(), str(moved))


def _key(c: object) -> str | None:
    if isinstance(c, Quantity) and c.value is not None:
        return f"q:{c.value}"
    if isinstance(c, DateClaim) and c.value is not None and c.value.day is not None:
        return f"d:{c.value.iso()}"
    return None


def _swap(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def check(story: dict[str, str]) -> list[Finding]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, text in story.items():
            (folder / name).write_text(text, encoding="utf-8")
        results = Engine([], folder, display=lambda p: p.name).check([folder])
        return [f for r in results for f in r.findings if f.kind == "source"]


def _covers(where: Location | None, article: str, at: int) -> bool:
    return where is not None and where.article == article and where.start <= at < where.end


def main() -> None:
    caught = {"figure": 0, "day": 0}
    total = {"figure": 0, "day": 0}
    as_written = 0
    for story in stories():
        as_written += len(check(story))
        for kind, name, at, changed in injections(story):
            findings = check({**story, name: changed})
            total[kind] += 1
            caught[kind] += any(
                _covers(f.where, name, at) or _covers(f.other, name, at) for f in findings
            )
    print(
        f"injections: figures {caught['figure']}/{total['figure']} caught | days "
        f"{caught['day']}/{total['day']} caught | findings as written {as_written}"
    )


if __name__ == "__main__":
    main()
