"""Reading articles: decoding, front matter, headline, sentences and line/column positions.

Offsets are indices into the whole file's text after UTF-8 decoding (BOM stripped, newlines kept,
front matter included), as `INTERFACE.md` promises. Extraction reads `Article.scan`, a copy of the
text of the same length in which front matter and HTML markup are blanked out, so every span found
in it points at the same characters of the original.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from consistency.errors import ArticleError, decode_error_position
from consistency.model import Location

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HTML_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_BLOCK = re.compile(
    r"</?(p|div|h[1-6]|li|br|tr|td|th|blockquote|section|article|header|footer)\b", re.I
)
_HTML_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
_ENTITY_CHARS = {"amp": "&", "nbsp": " ", "quot": '"', "apos": "'", "lt": "<", "gt": ">"}

# A sentence ends at . ! ? (and any closing quotes) followed by a space and what starts a sentence,
# or at a line break. Abbreviations and initials that end in a dot don't end a sentence.
# Feeds that drop the space after a full stop ("over the medium term.The Bank of Japan said")
# still end a sentence between a word and a capitalised one.
_SENTENCE_END = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n|[.!?](?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen col lt sgt capt rev prof gov sen rep no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m".split()
)


@dataclass(frozen=True)
class Article:
    """One article file, decoded, with its front matter and sentence boundaries."""

    path: str
    text: str
    scan: str
    body_start: int
    headline: str
    published: dt.date | None = None
    story: str | None = None
    reference: bool = False
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    line_starts: tuple[int, ...] = field(default=(0,), repr=False)
    sentences: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # The sentences' starts, for bisecting (a list rebuilt per lookup made long articles slow).
    sentence_starts: tuple[int, ...] = field(default=(), repr=False)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of `offset`."""
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The span of the sentence holding `offset`."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i < 0:
            return (offset, offset)
        return self.sentences[i]

    def location(self, start: int, end: int) -> Location:
        """A `Location` for the span, with its sentence for quoting."""
        line, column = self.line_col(start)
        s_start, s_end = self.sentence_at(start)
        return Location(
            article=self.path,
            start=start,
            end=end,
            line=line,
            column=column,
            text=self.text[start:end],
            sentence=self.text[s_start : max(s_end, end)],
            sentence_start=s_start,
        )


def read_article(path: Path, display: str | None = None) -> Article:
    """Read and parse the article at `path`; `display` is the path shown in messages."""
    shown = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(shown, f"cannot read the file: {exc.strerror or exc}") from exc
    if b"\x00" in data[:8192]:
        raise ArticleError(shown, "binary file, not an article (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = decode_error_position(data, exc)
        raise ArticleError(
            shown,
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column} "
            "can't be decoded (save the article as UTF-8)",
        ) from exc
    return parse_article(text.removeprefix("\ufeff"), shown)


def peek_story(path: Path) -> str | None:
    """The `story:` of an article's front matter, read without parsing the article; None when
    it names none or can't be read (reading it properly will say why)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16384).decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        return None
    if not head.startswith("---"):
        return None
    try:
        meta, _ = _front_matter(head, str(path))
    except ArticleError:
        return None
    story = meta.get("story")
    return None if story is None else str(story)


def parse_article(text: str, path: str = "<text>") -> Article:
    """Parse decoded article text (front matter, headline, sentences)."""
    meta, body_start = _front_matter(text, path)
    scan = _blank_front_matter(text[:body_start]) + text[body_start:]
    if path.lower().endswith((".html", ".htm")):
        scan = _blank_html(scan)
    elif path.lower().endswith((".md", ".markdown")):
        # Comments don't show in rendered Markdown (suppressions are written in them): not text.
        scan = _HTML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), scan)
    headline = next((ln.strip() for ln in scan[body_start:].splitlines() if ln.strip()), "")
    if not headline:
        raise ArticleError(path, "empty article: there is no text after the front matter")
    sentences = split_sentences(scan, body_start)
    return Article(
        path=path,
        text=text,
        scan=scan,
        body_start=body_start,
        headline=str(meta.get("title") or headline),
        published=_published(meta, path, text),
        story=str(meta["story"]) if meta.get("story") is not None else None,
        reference=meta.get("reference") is True,
        meta=meta,
        line_starts=tuple([0] + [m.end() for m in re.finditer(r"\n", text)]),
        sentences=sentences,
        sentence_starts=tuple(s for s, _ in sentences),
    )


def split_sentences(scan: str, start: int = 0) -> tuple[tuple[int, int], ...]:
    """Sentence spans of `scan` from `start`, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _SENTENCE_END.finditer(scan, start):
        if m.group() != "\n" and _is_abbreviation(scan, m.start()):
            continue
        _add_span(spans, scan, begin, m.end())
        begin = m.end()
    _add_span(spans, scan, begin, len(scan))
    return tuple(spans)


def _add_span(spans: list[tuple[int, int]], scan: str, begin: int, end: int) -> None:
    chunk = scan[begin:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((begin + lead, begin + lead + len(stripped)))


_WORD_BEFORE_DOT = re.compile(r"([A-Za-z.]+)$")


def _is_abbreviation(scan: str, dot: int) -> bool:
    """True when the dot at `dot` closes an abbreviation or initial ("U.S.", "Joseph R. Biden")."""
    if scan[dot] != ".":
        return False
    word = _WORD_BEFORE_DOT.search(scan[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    # A lone capital is an initial ("Joseph R. Biden"), unless it ends a sentence like "Plan B."
    # or a unit does ("dropped to -23C.").
    return token in _ABBREVIATIONS or (
        len(token) == 1 and scan[dot - 1].isupper() and not scan[dot - 2 : dot - 1].isdigit()
    )


def title_case(scan: str, at: int) -> bool:
    """True when the line holding `at` is a title-case headline: no lowercase word of 5+ letters."""
    line_end = scan.find("\n", at)
    line = scan.rfind("\n", 0, at) + 1, line_end if line_end >= 0 else len(scan)
    return _LOWER_WORD.search(scan, *line) is None


_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]{5,}")


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe loading that leaves dates as text: `published: 2021-02-30` is then reported by
    `_published` with its line, where PyYAML would raise a bare ValueError for the whole run."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _front_matter(text: str, path: str) -> tuple[dict[str, Any], int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        meta = yaml.load(m.group(1) or "", Loader=_FrontMatterLoader) or {}  # a SafeLoader
    except (ValueError, TypeError, OverflowError) as exc:
        # An explicit tag that can't build its value ("!!int abc"): where is not known.
        raise ArticleError(path, f"front matter: a value can't be read: {exc}", 2) from None
    except yaml.YAMLError as exc:
        # Where the broken construct began ("published: [2021") reads better than where the
        # parser gave up, which is often the closing `---`.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise ArticleError(path, f"front matter is not valid YAML: {problem}", line) from exc
    if not isinstance(meta, dict):
        raise ArticleError(path, "front matter must be a mapping of keys to values", 2)
    return {str(k): v for k, v in meta.items()}, m.end()


def _published(meta: Mapping[str, Any], path: str, text: str) -> dt.date | None:
    value = meta.get("published")
    if value is None:
        return None
    line = next((n for n, ln in enumerate(text.splitlines(), 1) if ln.startswith("published")), 1)
    try:
        day = value.date() if isinstance(value, dt.datetime) else value
        if not isinstance(day, dt.date):
            day = dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ArticleError(
            path, f"published: {value!r} is not an ISO date (write it as 2021-04-13)", line
        ) from None
    # "Tomorrow" in an article dated 9999-12-31 has no day to be; no news is dated that far out.
    if not _DATELINE_YEARS[0] <= day.year <= _DATELINE_YEARS[1]:
        raise ArticleError(
            path,
            f"published: {day.isoformat()} is out of range (allowed: years "
            f"{_DATELINE_YEARS[0]} to {_DATELINE_YEARS[1]})",
            line,
        )
    return day


_DATELINE_YEARS = (1800, 2200)


def _blank_front_matter(head: str) -> str:
    return re.sub(r"[^\n]", " ", head)


def _blank_html(scan: str) -> str:
    """Markup and entities become spaces (same length), so offsets still point into the file."""

    def blank(m: re.Match[str]) -> str:
        spaces = re.sub(r"[^\n]", " ", m.group())
        # A block element ends a sentence even when the paragraph has no full stop (headings).
        return "\n" + spaces[1:] if _HTML_BLOCK.match(m.group()) else spaces

    def entity(m: re.Match[str]) -> str:
        name = m.group(1).lower()
        char = _ENTITY_CHARS.get(name, " ")
        if name.startswith("#"):
            try:
                code = int(name[2:], 16) if name.startswith("#x") else int(name[1:])
                char = chr(code)
            except (ValueError, OverflowError):
                char = " "
        return char + " " * (len(m.group()) - 1)

    return _HTML_ENTITY.sub(entity, _HTML_DROP.sub(blank, scan))
