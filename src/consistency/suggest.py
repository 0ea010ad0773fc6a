"""`consistency suggest`: a draft fact sheet for a story, from what its articles agree on.

Claims are lined up as the cross-source checks line them up (`checks.sources`); a cluster
stated alike by two or more articles becomes a fact, with comments saying where each
article states it; clusters whose articles disagree are listed at the end for an editor to
settle. The draft is YAML the fact sheet loader accepts as it stands.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.articles import Article
from consistency.checks.about import COUNT, Statement, statements
from consistency.checks.likeness import word_weights
from consistency.checks.pairs import Verdict, compare
from consistency.checks.sources import StoryArticle, cluster_statements, consensus, source_findings
from consistency.checks.words import WORD, content_words
from consistency.engine import Engine, iter_articles
from consistency.errors import ArticleError
from consistency.model import Claim, DateClaim, Entity, Finding, Quantity

_MAX_CUES = 6
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class _Draft:
    """One suggested fact: its YAML lines and where the articles state it."""

    id: str
    lines: tuple[str, ...]
    where: tuple[str, ...]


def draft_sheets(engine: Engine, paths: Sequence[Path]) -> tuple[str, int]:
    """The drafts of every story under `paths`, one YAML document each, and an exit status (2
    when an article could not be read; the others are still drafted)."""
    documents, status = [], 0
    for story, members in engine.stories(iter_articles(paths)).items():
        read: list[tuple[Article, Sequence[Claim]]] = []
        for path in members:
            try:
                read.append(engine.extract(path))
            except ArticleError as exc:
                print(f"consistency: error: {exc}", file=sys.stderr)
                status = 2
        if read:
            globs = [engine.relative(p) for p in members]
            # A story named after its folder: "." is the folder's own name.
            name = Path(story).resolve().name if story in (".", "..") else story
            documents.append(suggest(name, read, globs))
    return "---\n".join(documents), status


def suggest(
    story_id: str, articles: Sequence[tuple[Article, Sequence[Claim]]], paths: list[str]
) -> str:
    """The draft fact sheet of one story, as YAML text."""
    entries = [StoryArticle(a, c) for a, c in articles]
    every = [st for e in entries for st in statements(e.article, e.claims) if st.measure != COUNT]
    weights = word_weights(every)
    blocks: dict[str, list[Statement]] = {}
    for st in every:
        blocks.setdefault(st.measure, []).append(st)
    drafts: list[_Draft] = []
    used: set[str] = set()
    for block in blocks.values():
        for cluster in cluster_statements(block, weights):
            draft = _draft(cluster, used)
            if draft is not None:
                drafts.append(draft)
    findings = [f for fs in source_findings(entries).values() for f in fs if f.other is not None]
    return _render(story_id, articles, paths, drafts, sorted(findings, key=lambda f: f.message))


def _draft(cluster: list[Statement], used: set[str]) -> _Draft | None:
    """A fact for a cluster two or more articles state alike, or None."""
    anchor = consensus(cluster)
    agreeing = [s for s in cluster if s is anchor or compare(s, anchor) is Verdict.AGREES]
    if len({s.article.path for s in agreeing}) < 2:
        return None
    claim = anchor.claim
    body = _body(anchor, agreeing)
    if body is None:
        return None
    fact_id = _unique(_slug(anchor), used)
    cues = _cues(anchor, agreeing)
    lines = [f"  - id: {fact_id}", *body]
    if cues and not isinstance(claim, Entity):
        lines.append(f"    cues: {_list(cues)}")
    where = tuple(
        f"{s.article.path}:{s.article.line_col(s.claim.start)[0]} {_q(s.claim.text)}"
        for s in agreeing
    )
    return _Draft(fact_id, tuple(lines), where)


def _body(anchor: Statement, agreeing: list[Statement]) -> list[str] | None:
    claim = anchor.claim
    if isinstance(claim, Quantity):
        stated = claim.text
        if claim.noun and stated.endswith(claim.noun):
            stated = stated[: -len(claim.noun)].rstrip(" -")
        lines = [f"    quantity: {_q(stated)}"]
        nouns = sorted(
            {s.claim.noun for s in agreeing if isinstance(s.claim, Quantity) and s.claim.noun}
        )
        if claim.noun:
            lines.append(f"    counts: {_q(claim.noun)}")
            others = [n for n in nouns if n != claim.noun]
            if others:
                lines.append(f"    also: {_list(others)}")
        return lines
    if isinstance(claim, DateClaim):
        if claim.value is None or claim.value.day is None:
            return None
        lines = [f"    date: {claim.value.iso()}"]
        if claim.weekday:
            lines.append(f"    weekday: {claim.weekday}")
        return lines
    if isinstance(claim, Entity) and claim.role:
        role = claim.role
        if claim.country and claim.country.lower() not in role.lower():
            role = f"{claim.country} {role}"  # "President" of whom: "United States President"
        return [f"    person: {_q(claim.value)}", f"    role: {_q(role)}"]
    return None


def _cues(anchor: Statement, agreeing: list[Statement]) -> list[str]:
    """Words of the anchor's clause that the other articles' clauses share."""
    shared: dict[str, int] = {}
    for s in agreeing:
        for w in s.words:
            shared[w] = shared.get(w, 0) + 1
    sentence = anchor.article.location(anchor.claim.start, anchor.claim.end).sentence
    cues: list[str] = []
    for word in WORD.findall(sentence):
        (reduced,) = content_words(word) or {""}
        own = word.lower() in anchor.claim.text.lower()
        if reduced and shared.get(reduced, 0) >= 2 and word not in cues and not own:
            cues.append(word)
    return cues[:_MAX_CUES]
    return cues


def _slug(anchor: Statement) -> str:
    claim = anchor.claim
    if isinstance(claim, Quantity):
        base = f"{claim.noun or claim.unit or 'figure'}-{claim.value.normalize():f}"
    elif isinstance(claim, DateClaim):
        base = f"date-{claim.value}"
    else:
        base = claim.text if isinstance(claim, Entity) else "fact"
    return _SLUG.sub("-", base.lower()).strip("-")[:40] or "fact"


def _unique(base: str, used: set[str]) -> str:
    name, n = base, 2
    while name in used:
        name, n = f"{base}-{n}", n + 1
    used.add(name)
    return name


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def _list(items: Sequence[str]) -> str:
    return "[" + ", ".join(_q(i) for i in items) + "]"


def _render(
    story_id: str,
    articles: Sequence[tuple[Article, Sequence[Claim]]],
    paths: list[str],
    drafts: list[_Draft],
    findings: list[Finding],
) -> str:
    headline = articles[0][0].headline if articles else story_id
    out = [
        f"# Draft fact sheet for the story {json.dumps(story_id)}, by `consistency suggest` from",
        f"# {len(articles)} articles. Each fact is stated alike by two or more of them; check it",
        "# against the record before relying on it. Disagreements to settle are listed at the end.",
        "story:",
        f"  id: {_q(_SLUG.sub('-', story_id.lower()).strip('-') or 'story')}",
        f"  title: {_q(headline)}",
        f"  articles: {_list(paths)}",
    ]
    if drafts:
        out.append("facts:")
        for d in drafts:
            out += [f"  # {w}" for w in d.where]
            out += d.lines
    else:
        out.append("facts: []  # no figure, date or office is stated alike by two articles")
    if findings:
        out.append("")
        out.append("# Disagreements between the articles, for an editor to settle:")
        for f in findings:
            out.append(f"# - {f.where.article}:{f.where.line}: {' '.join(f.message.split())}")
    return "\n".join(out) + "\n"
