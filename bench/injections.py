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

Usage:  python bench/injections.py [FOLDER ...] [--show N]
FOLDER is a story (a folder of `.txt`/`.md` articles) or a folder of stories; by default the golden
stories. `--show N` prints N injections that went uncaught, each with its sentence.
Last line: `injections: figures N/N caught | days N/N caught | findings as written N`.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from consistency.articles import parse_article
from consistency.engine import Engine
from consistency.extract.names import NameIndex
from consistency.extract.pipeline import extract_claims
from consistency.model import DateClaim, Finding, Location, Quantity

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "golden"
_REFERENCE = re.compile(r"^reference:\s*true\s*\n", re.M)
_DAY = re.compile(r"\b\d{1,2}\b")


def stories(roots: Sequence[Path]) -> Iterator[dict[str, str]]:
    """Each story under `roots` as {file name: text}, with no article marked as the reference."""
    for root in roots:
        folders = sorted(p for p in root.iterdir() if p.is_dir()) or [root]
        for folder in folders:
            if files := _articles(folder):
                yield {p.name: _REFERENCE.sub("", p.read_text(encoding="utf-8")) for p in files}


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.is_file())


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


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    end = min(x for x in (text.find("\n", at), text.find(". ", at), len(text)) if x >= 0)
    return " ".join(text[start : end + 1].split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[GOLDEN])
    ap.add_argument("--show", type=int, default=0, help="print N uncaught injections")
    args = ap.parse_args()
    caught = {"figure": 0, "day": 0}
    total = {"figure": 0, "day": 0}
    as_written = 0
    severities: dict[str, int] = {}
    misses: list[str] = []
    for story in stories(args.folders):
        for f in check(story):
            as_written += 1
            severities[f.severity.value] = severities.get(f.severity.value, 0) + 1
        for kind, name, at, changed in injections(story):
            findings = check({**story, name: changed})
            total[kind] += 1
            hit = any(_covers(f.where, name, at) or _covers(f.other, name, at) for f in findings)
            caught[kind] += hit
            if not hit and len(misses) < args.show:
                misses.append(f"missed {kind} in {name}: {_sentence(changed, at)}")
    for miss in misses:
        print(miss)
    print("as written:", ", ".join(f"{n} {s}" for s, n in sorted(severities.items())) or "none")
    print(
        f"injections: figures {caught['figure']}/{total['figure']} caught | days "
        f"{caught['day']}/{total['day']} caught | findings as written {as_written}"
    )


if __name__ == "__main__":
    main()
