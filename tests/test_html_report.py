"""The HTML report as an editor opens it: pytest-html's page of the seeds, rendered by a real
headless Chromium (Debian's `chromium` package; `.ci/run` installs it when it can), its DOM read
after the page's scripts ran, and a screenshot at a laptop's screen size.

The rendering itself (`consistency.render.html`) is tested without a browser at the end.
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from consistency.checks.coverage import FactVerdict, Stance
from consistency.engine import Engine
from consistency.model import Location
from consistency.render.html import ArticleColumn, findings_html, summary_html

REPO = Path(__file__).resolve().parents[1]
PSAKI = "seeds/001_7a628b8513b4a8f9.txt"
CIVILIANS = "seeds/002_36496306b8a4a1a3.txt"
AGREEING = "seeds/000_b86d9a29ff56b71d.txt"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# A browser that hangs must fail the test, not the CI job: every run is bounded.
TIMEOUT = 120


# --- a browser ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of a working Chromium, or a skip that says how to get one."""
    found = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if found is None:
        pytest.skip(
            "Chromium not found (looked for " + ", ".join(BROWSERS) + "): install Debian's "
            "`chromium` package (`apt-get install chromium`); .ci/run installs it when it can"
        )
    try:
        version = subprocess.run(
            [found, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"{found} --version did not answer within 60 s: no usable Chromium")
    if version.returncode != 0:
        # Ubuntu's `chromium-browser` is a stub that asks for snap, which containers lack.
        pytest.skip(f"{found} does not start: {(version.stdout + version.stderr).strip()[:300]}")
    return found


def browse(chromium: str, tmp_path: Path, *args: str) -> str:
    """Run headless Chromium with `args`, bounded in time, and return what it prints."""
    command = [
        chromium,
        "--headless",
        "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
        "--disable-gpu",
        "--disable-dev-shm-usage",  # containers' /dev/shm is too small for it
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        # Let the page's scripts (pytest-html draws the results table) finish before the dump.
        "--virtual-time-budget=5000",
        *args,
    ]
    # Its own process group, so a hung browser is killed with all its helper processes.
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"Chromium did not finish within {TIMEOUT} s: {' '.join(command)}")
    assert proc.returncode == 0, f"{' '.join(command)} exited {proc.returncode}:\n{err[-2000:]}"
    return out


# --- a DOM to query -----------------------------------------------------------------------------


@dataclass
class Node:
    """An element of the page, as Chromium serialised it."""

    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def all(self, tag: str = "", cls: str = "") -> list[Node]:
        return [
            n
            for n in self.iter()
            if n is not self and (not tag or n.tag == tag) and (not cls or cls in n.classes)
        ]

    def one(self, tag: str = "", cls: str = "") -> Node:
        found = self.all(tag, cls)
        assert len(found) == 1, f"{len(found)} <{tag or '*'} class={cls}> in <{self.tag}>"
        return found[0]

    def by_id(self, id_: str) -> Node | None:
        return next((n for n in self.iter() if n.attrs.get("id") == id_), None)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class _Builder(HTMLParser):
    """A tree of the serialised DOM; `<template>` contents are left out, as the page does."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]
        self.templates = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        if self.templates == 0:
            self.stack[-1].children.append(node)
        if tag == "template":
            self.templates += 1
        if tag not in _VOID and self.templates == 0:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self.templates -= 1
            return
        if self.templates == 0 and tag not in _VOID:
            while self.stack[-1].tag != tag:
                self.stack.pop()
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.templates == 0:
            self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def squash(text: str) -> str:
    return " ".join(text.split())


# --- the report of the seeds --------------------------------------------------------------------


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project like ours: the seeds, the fact sheet, and the ini that names it."""
    shutil.copytree(REPO / "seeds", pytester.path / "seeds")
    shutil.copytree(REPO / "rules", pytester.path / "rules")
    pytester.makeini("[pytest]\nconsistency_rules = rules\n")
    return pytester


def render(newsroom: pytest.Pytester, *args: str) -> Path:
    pytest.importorskip("pytest_html")
    result = newsroom.runpytest("seeds/", "--html=report.html", "--self-contained-html", *args)
    result.assert_outcomes(passed=3, failed=2)
    return newsroom.path / "report.html"


def row(dom: Node, article: str) -> Node:
    """An article's row of the results table (pytest-html names it by the test id)."""
    body = dom.by_id(f"{article}::consistency")
    assert body is not None, f"no row for {article}"
    return body


def finding(dom: Node, article: str) -> Node:
    return row(dom, article).one("div", "cst-finding")


def target(dom: Node, link: Node) -> Node:
    """The element a `#fragment` link jumps to (it must exist)."""
    href = link.attrs["href"]
    assert href.startswith("#"), href
    node = dom.by_id(href[1:])
    assert node is not None, f"{href} leads nowhere"
    return node


def check_findings(dom: Node) -> None:
    """Each finding in its article's row: the sentence marked, the fact sheet beside it."""
    assert len(dom.all("div", "cst-finding")) == 2

    toll = finding(dom, CIVILIANS)
    assert toll.classes == ["cst", "cst-finding", "error"]
    assert squash(toll.one("div", "cst-head").text()) == (
        f"error donbas-death-toll · {CIVILIANS}:9:221"
    )
    assert toll.one("div", "cst-msg").text() == (
        'the article says "14,000 civilians"; the fact sheet says about 14,000 people, '
        "not civilians"
    )
    here = toll.one("div", "cst-here")
    assert here.one("mark").text() == "14,000 civilians"
    assert squash(here.one("blockquote").text()) == (
        "Russia annexed Crimea from Ukraine in 2014, and violence has flared up in recent weeks "
        "in eastern Ukraine, where government troops have been fighting Russian-backed rebels "
        "in a seven-year war that Kiev claims has killed 14,000 civilians."
    )
    there = toll.one("div", "cst-there")
    assert squash(there.one("div", "cst-label").text()) == (
        "The fact sheet rules/biden-putin-call.yaml:15"
    )
    assert there.one("div", "cst-value").text() == "about 14,000 people, not civilians"
    # The other article that states the toll, quoted with its span, and a link to its row.
    (source,) = toll.one("ul", "cst-sources").all("li")
    assert source.one("mark", "cst-ok").text() == "some 14,000 lives"
    assert squash(source.text()) == (
        f"{AGREEING}:41:44: Since then, the war in Ukraine has claimed some 14,000 lives, "
        "according to conservative estimates, and has displaced millions of people. "
        "(agrees with the fact sheet)"
    )
    link = source.one("a")
    assert link.text() == f"{AGREEING}:41:44"
    assert target(dom, link) is row(dom, AGREEING).one("td", "col-testId")

    psaki = finding(dom, PSAKI)
    assert psaki.one("div", "cst-msg").text() == (
        'the article says "State Department spokeswoman Jen Psaki"; the fact sheet says '
        "Jen Psaki is White House press secretary"
    )
    assert psaki.one("div", "cst-here").one("mark").text() == (
        "State Department spokeswoman Jen Psaki"
    )
    there = psaki.one("div", "cst-there")
    assert squash(there.one("div", "cst-label").text()) == (
        "The fact sheet rules/biden-putin-call.yaml:87"
    )
    assert there.one("div", "cst-value").text() == "Jen Psaki is White House press secretary"
    assert psaki.all("ul", "cst-sources") == []
    for passed in ("000_b86d9a29ff56b71d", "003_370413d1aa06dcb7", "004_a7a1196b4f45b494"):
        assert row(dom, f"seeds/{passed}.txt").all("div", "cst-finding") == []


def cells(table: Node) -> dict[str, list[tuple[str, str]]]:
    """Each fact's row: (class, text) of each cell after the fact's id."""
    rows = {}
    for tr in table.one("tbody").all("tr"):
        head, *rest = [c for c in tr.children if isinstance(c, Node)]
        rows[head.text()] = [(" ".join(c.classes), squash(c.text())) for c in rest]
    return rows


def check_summary(dom: Node) -> None:
    """The facts × articles table: where each article stands on each fact."""
    table = dom.one("table", "cst-facts")
    assert table.attrs["data-story"] == "biden-putin-call"
    assert [squash(th.text()) for th in table.one("thead").all("th")] == [
        "Fact",
        "Fact sheet",
        "000_b86d9a29ff56b71d.txt",
        "001_7a628b8513b4a8f9.txt",
        "002_36496306b8a4a1a3.txt",
        "003_370413d1aa06dcb7.txt",
        "004_a7a1196b4f45b494.txt",
    ]
    for link in table.one("thead").all("a"):
        assert target(dom, link).classes == ["col-testId"]
    rows = cells(table)
    # Every figure, date and office of the sheet; places, organisations and Trump (no office
    # declared) can't be stated or contradicted, so they have no row.
    assert list(rows) == [
        "donbas-death-toll",
        "russian-troops-massed",
        "nato-troops-per-shoigu",
        "nato-equipment-per-shoigu",
        "allies-briefed",
        "us-warships",
        "call-date",
        "helsinki-summit",
        "crimea-annexation",
        "joe-biden",
        "vladimir-putin",
        "jen-psaki",
        "ned-price",
        "sergei-shoigu",
        "sergei-ryabkov",
        "anatoly-antonov",
        "jens-stoltenberg",
        "dmytro-kuleba",
        "antony-blinken",
        "lloyd-austin",
        "volodymyr-zelensky",
    ]
    silent = ("cst-not-mentioned", "– not mentioned")
    assert rows["donbas-death-toll"] == [
        ("cst-sheet", "about 14,000 people"),
        ("cst-agrees", "✓ agrees some 14,000 lives"),
        silent,
        ("cst-contradicts", "✗ contradicts 14,000 civilians"),
        silent,
        silent,
    ]
    assert rows["jen-psaki"] == [
        ("cst-sheet", "Jen Psaki is White House press secretary"),
        silent,
        ("cst-contradicts", "✗ contradicts State Department spokeswoman Jen Psaki"),
        silent,
        silent,
        silent,
    ]
    assert rows["call-date"] == [
        ("cst-sheet", "Tuesday, April 13, 2021"),
        ("cst-agrees", "✓ agrees Tuesday"),
        ("cst-agrees", "✓ agrees Tuesday, April 13"),
        silent,
        ("cst-agrees", "✓ agrees Tuesday"),
        ("cst-agrees", "✓ agrees Tuesday"),
    ]
    # A contradiction links to its finding, in the contradicting article's row.
    contradictions = table.all("td", "cst-contradicts")
    assert len(contradictions) == 2
    for cell, article in zip(contradictions, (CIVILIANS, PSAKI), strict=True):
        assert target(dom, cell.one("a")) is finding(dom, article)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_pixels(data: bytes) -> bytes:
    """The PNG's (filtered) pixel rows: IDAT chunks joined and inflated."""
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return zlib.decompress(idat)


def check_screenshot(chromium: str, tmp_path: Path, report: Path) -> None:
    """A screenshot at a laptop's screen size shows a page."""
    shot = tmp_path / "report.png"
    browse(
        chromium,
        tmp_path,
        "--hide-scrollbars",
        f"--screenshot={shot}",
        "--window-size=1366,768",
        report.as_uri(),
    )
    data = shot.read_bytes()
    assert png_size(data) == (1366, 768)
    # A page, not a blank: a white screen inflates to a handful of distinct byte values.
    assert len(set(png_pixels(data))) > 64


def check_self_contained(dom: Node, report: Path) -> None:
    """Nothing to fetch: no style sheet, script, image or font from elsewhere."""
    assert dom.all("link") == []
    assert [s.attrs for s in dom.all("script") if "src" in s.attrs] == []
    for node in dom.iter():
        for name in ("src", "srcset", "poster", "data"):
            value = node.attrs.get(name, "")
            assert not value.startswith(("http:", "https:", "//")), (node.tag, name, value)
    raw = report.read_text(encoding="utf-8")
    assert "@import" not in raw
    assert "url(http" not in raw


@pytest.mark.parametrize(
    "args",
    [pytest.param([], id="serial"), pytest.param(["-p", "xdist", "-n", "2"], id="xdist")],
)
def test_the_report_of_the_seeds_in_chromium(
    newsroom: pytest.Pytester, chromium: str, tmp_path: Path, args: list[str]
) -> None:
    if args:
        pytest.importorskip("xdist")
    report = render(newsroom, *args)
    dom = parse(browse(chromium, tmp_path, "--dump-dom", report.as_uri()))
    check_findings(dom)
    check_summary(dom)
    check_self_contained(dom, report)
    check_screenshot(chromium, tmp_path, report)


# --- the rendering alone ------------------------------------------------------------------------


def test_a_source_finding_quotes_the_other_article_and_links_to_its_row(tmp_path: Path) -> None:
    """Without a fact sheet, the seeds disagree with each other (issue 4's source findings)."""
    for seed in (REPO / "seeds").glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    results = Engine([], tmp_path, display=lambda p: p.name).check([tmp_path])
    found = [f for r in results for f in r.findings if f.where.article.startswith("003")]
    dom = parse(findings_html(found))
    block = dom.one("div", "cst-finding")
    assert block.one("div", "cst-here").one("mark").text() == (
        "State Department spokesman Ned Price"
    )
    there = block.one("div", "cst-there")
    assert squash(there.one("div", "cst-label").text()) == (
        "The other article, 001_7a628b8513b4a8f9.txt:4:1848"
    )
    assert there.one("a").attrs["href"] == "#cst-a-001_7a628b8513b4a8f9.txt"
    assert there.one("mark", "cst-other").text() == "State Department spokeswoman Jen Psaki"


def test_the_summary_marks_unreadable_articles_and_set_aside_findings() -> None:
    said = Location("wire/a&b.txt", 40, 52, 3, 9, "2,960 people", "It killed 2,960 people.", 31)
    strong = Location("wire/a&b.txt", 90, 101, 4, 20, "magnitude 7", "A magnitude 7 quake.", 80)
    weak = Location("wire/c.txt", 10, 21, 1, 11, "magnitude 5", "A magnitude 5 quake.", 0)
    toll = ("quake-toll", "about 3,000 people", "rules/q.yaml:5")
    date = ("quake-date", "September 8, 2023", "rules/q.yaml:9")
    size = ("quake-magnitude", "magnitude 6.8", "rules/q.yaml:12")

    def stance(fact: tuple[str, str, str], stance: Stance, where: Location | None) -> FactVerdict:
        return FactVerdict(fact[0], stance, fact[1], fact[2], where, 1 if where else 0)

    wire = ArticleColumn(
        "wire/a&b.txt",
        (
            stance(toll, Stance.AGREES, said),
            stance(date, Stance.NOT_MENTIONED, None),
            stance(size, Stance.CONTRADICTS, strong),
        ),
        findings=frozenset({90}),
    )
    # A contradiction whose finding was suppressed or baselined: no finding to link to.
    local = ArticleColumn("wire/c.txt", (stance(size, Stance.CONTRADICTS, weak),))
    broken = ArticleColumn("wire/broken.txt", (), unreadable=True)
    table = parse(summary_html({"quake": [wire, local, broken]})).one("table", "cst-facts")
    heads = table.one("thead").all("th")
    assert [squash(th.text()) for th in heads] == [
        "Fact",
        "Fact sheet",
        "a&b.txt",
        "c.txt",
        "broken.txt (unreadable)",
    ]
    assert heads[2].one("a").attrs["href"] == "#cst-a-wire/a%26b.txt"
    none = ("cst-none", "—")
    assert cells(table) == {
        "quake-toll": [
            ("cst-sheet", "about 3,000 people"),
            ("cst-agrees", "✓ agrees 2,960 people"),
            none,
            none,
        ],
        "quake-date": [
            ("cst-sheet", "September 8, 2023"),
            ("cst-not-mentioned", "– not mentioned"),
            none,
            none,
        ],
        "quake-magnitude": [
            ("cst-sheet", "magnitude 6.8"),
            ("cst-contradicts", "✗ contradicts magnitude 7"),
            ("cst-contradicts", "✗ contradicts (set aside) magnitude 5"),
            none,
        ],
    }
    rows = table.one("tbody").all("tr")
    first = rows[0].all("td")
    assert first[1].attrs["title"] == '"2,960 people" (wire/a&b.txt:3:9)'
    assert first[2].attrs["title"] == "not in its fact sheets"
    assert first[3].attrs["title"] == "the article could not be read"
    contradicted = rows[2].all("td")
    assert contradicted[1].one("a").attrs["href"] == "#cst-f-wire/a%26b.txt-90"
    assert contradicted[2].all("a") == []


def test_no_fact_sheet_no_table() -> None:
    page = parse(summary_html({"quake": [ArticleColumn("wire/a.txt", ())]}))
    assert page.all("table") == []
    # The findings in the rows still need the page's style.
    assert page.one("style").text().startswith("\n.cst{")
